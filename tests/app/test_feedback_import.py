"""Importing feedback history: counts, database contents, idempotency, all-or-nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, func, insert, select

from app.errors import InputFileError
from app.feedback_import import import_feedback
from app.tasks import Cancelled, TaskState
from db.models import Category, Channel, Contact, ContactPoint, FeedbackItem

RU_HEADERS = [
    *("№", "Дата обращения", "Канал", "Тип", "Суть обращения"),
    *("ФИО", "Эл. почта", "Телефон", "Категория", "Дата ответа"),
]
RU_ROWS = [
    line.split("|")
    for line in """\
A-1|21.03.2026 14:05|телефон|жалоба|Курьер опоздал на два часа|Иван Петров|Ivan@Example.com|\
8 916 123-45-67|Доставка|22.03.2026 10:00
A-2|22.03.2026 09:30|e-mail|предложение|Сделайте, пожалуйста, чат на сайте||ivan@example.com||delivery|
A-3|2026-03-23T10:00:00+03:00|Чат|Вопрос|Where is my order?|Anna Smith||+7 (916) 765-43-21||
A-4|03/24/2026 2:05 PM|сайт||سفارش من هنوز نرسیده است||||BILLING AND PAYMENTS|""".splitlines()
]


def write_csv(
    path: Path, headers: list[str], rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def items(engine: Engine) -> dict[str, Any]:
    """external_ref -> the item row with its channel code, category code and contact name."""
    query = (
        select(
            FeedbackItem,
            Channel.code.label("channel"),
            Category.code.label("category"),
            Contact.display_name.label("contact"),
        )
        .join(Channel, Channel.id == FeedbackItem.channel_id)
        .outerjoin(Category, Category.id == FeedbackItem.category_id)
        .outerjoin(Contact, Contact.id == FeedbackItem.contact_id)
    )
    with engine.connect() as conn:
        return {row.external_ref: row for row in conn.execute(query)}


def count(engine: Engine, model: Any) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_russian_csv_is_imported_with_everything_mapped(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "crm.csv", RU_HEADERS, RU_ROWS)
    report = import_feedback(engine, path)

    assert report.as_dict() == {
        "source": "crm",
        "rows_read": 4,
        "added": 4,
        "already_present": 0,
        "duplicates_in_file": 0,
        "contacts_matched": 0,
        "contacts_created": 2,  # Ivan (rows share the e-mail) and Anna
        "categories_created": 1,  # "Доставка" is new; "delivery" and the billing name exist
        "rows_rejected": [],
        "committed": True,
    }
    got = items(engine)
    a1, a2, a3, a4 = (got[ref] for ref in ("A-1", "A-2", "A-3", "A-4"))
    assert (a1.channel, a2.channel, a3.channel, a4.channel) == ("phone", "email", "chat", "web_form")
    assert (a1.kind, a2.kind, a3.kind, a4.kind) == ("complaint", "suggestion", "question", "complaint")
    assert (a1.kind_confirmed, a4.kind_confirmed) == (True, False)  # A-4 had no kind: a default
    assert a1.received_at == dt.datetime(2026, 3, 21, 14, 5)
    assert a3.received_at == dt.datetime(2026, 3, 23, 7, 0)  # +03:00 stored as UTC
    assert a4.received_at == dt.datetime(2026, 3, 24, 14, 5)
    assert (a1.language, a3.language, a4.language) == ("ru", "en", "fa")
    assert a4.text == "سفارش من هنوز نرسیده است"
    assert (a1.status, a1.replied_at) == ("answered", dt.datetime(2026, 3, 22, 10, 0))
    assert (a2.status, a2.replied_at) == ("new", None)
    assert (a2.category, a4.category, a3.category) == ("delivery", "billing", None)
    assert (a1.category_confirmed, a3.category_confirmed) == (True, False)
    assert a1.contact_id == a2.contact_id and a1.contact == "Иван Петров"
    assert a3.contact == "Anna Smith" and a4.contact_id is None
    assert {a.source for a in got.values()} == {"crm"}
    with engine.connect() as conn:
        points = set(conn.execute(select(ContactPoint.contact_id, ContactPoint.kind, ContactPoint.value)))
        new_category = conn.execute(select(Category.name).where(Category.id == a1.category_id)).scalar_one()
        logged_by = {row.logged_by_id for row in got.values()}
    assert points == {
        (a1.contact_id, "email", "ivan@example.com"),
        (a1.contact_id, "phone", "+79161234567"),
        (a3.contact_id, "phone", "+79167654321"),
    }
    assert new_category == "Доставка"
    assert len(logged_by) == 1 and None not in logged_by


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1251", ";")])
def test_other_encodings_and_delimiters(
    engine: Engine, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = [row for row in RU_ROWS if row[0] != "A-4"]  # Persian has no place in Windows-1251
    path = write_csv(tmp_path / "export.csv", RU_HEADERS, rows, delimiter=delimiter, encoding=encoding)
    report = import_feedback(engine, path, source="old-crm")
    assert (report.committed, report.added, report.rejected) == (True, 3, [])
    got = items(engine)
    assert got["A-1"].text == "Курьер опоздал на два часа"
    assert got["A-2"].text == "Сделайте, пожалуйста, чат на сайте"
    assert got["A-1"].source == "old-crm"


def test_xlsx_with_english_headers_and_real_dates(engine: Engine, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        ["Ticket ID", "Created", "Channel", "Type", "Message", "Customer", "Phone", "First response"]
    )
    sheet.append(
        [
            1001,
            dt.datetime(2026, 1, 5, 9, 0),
            "Call",
            "Idea",
            "Open earlier on Saturdays",
            "Bob",
            79161112233,
            dt.datetime(2026, 1, 5, 9, 30),
        ]
    )
    sheet.append([1002, dt.datetime(2026, 1, 6, 12, 0), "letter", "praise", "Thank you!", None, None, None])
    sheet.append([None] * 8)
    path = tmp_path / "helpdesk.xlsx"
    workbook.save(path)

    report = import_feedback(engine, path)
    assert (report.added, report.contacts_created, report.rejected) == (2, 1, [])
    got = items(engine)
    assert got["1001"].channel == "phone" and got["1001"].kind == "suggestion"
    assert got["1001"].first_response_at == dt.datetime(2026, 1, 5, 9, 30)
    assert got["1001"].status == "new"  # a first response is not a reply
    assert (got["1002"].channel, got["1002"].kind, got["1002"].contact_id) == ("letter", "praise", None)


def test_reimport_adds_nothing_and_overlap_adds_only_new_rows(engine: Engine, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "crm.csv", RU_HEADERS, RU_ROWS[:3])
    assert import_feedback(engine, first).added == 3
    again = import_feedback(engine, first)
    assert (again.committed, again.added, again.already_present) == (True, 0, 3)
    assert (again.contacts_created, again.categories_created) == (0, 0)

    overlap = write_csv(tmp_path / "later.csv", RU_HEADERS, RU_ROWS[1:])
    report = import_feedback(engine, overlap, source="crm")
    assert (report.added, report.already_present) == (1, 2)
    assert count(engine, FeedbackItem) == 4
    assert count(engine, Contact) == 2


def test_rows_without_ids_are_identified_by_content(engine: Engine, tmp_path: Path) -> None:
    headers = ["Date", "Text", "Email"]
    rows = [
        ["2026-02-01 10:00", "Too loud in the hall", "a@example.com"],
        ["2026-02-01 10:00", "Too loud in the hall", "A@example.com"],  # the same row again
        ["2026-02-01 10:00", "Too loud in the hall", "b@example.com"],  # someone else said it
    ]
    path = write_csv(tmp_path / "box.csv", headers, rows)
    report = import_feedback(engine, path)
    assert (report.added, report.duplicates_in_file, report.contacts_created) == (2, 1, 2)
    assert all(ref.startswith("sha256:") for ref in items(engine))
    assert import_feedback(engine, path).already_present == 2
    assert count(engine, FeedbackItem) == 2


def test_same_id_with_different_content_is_rejected(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["id", "text"], [["7", "one thing"], ["7", "another thing"]])
    report = import_feedback(engine, path)
    assert report.committed is False
    assert report.rejected == [(3, "id: '7' is also on row 2 with different content")]


BAD_FILE = [
    ["1", "2026-03-01 10:00", "phone", "good one"],
    ["2", "2026-03-01 11:00", "факс", "unknown channel"],
    ["3", "2026-03-01 12:00", "email", "good two"],
    ["4", "not a date", "email", ""],
    ["5", "2026-03-01 13:00", "chat", "good three"],
]


def test_bad_rows_stop_the_whole_import_by_default(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ["ID", "Date", "Channel", "Text"], BAD_FILE)
    report = import_feedback(engine, path)
    assert (report.committed, report.added, report.rows_read) == (False, 0, 5)
    assert [row for row, _ in report.rejected] == [3, 5]
    reason = dict(report.rejected)[3]
    assert "Channel" in reason and "'факс'" in reason and "unknown channel" in reason
    assert "phone, email, chat" in reason  # the allowed values
    assert "Date 'not a date': not a date and time" in dict(report.rejected)[5]
    assert "Text: empty text" in dict(report.rejected)[5]
    assert "Nothing was written" in report.describe()
    assert count(engine, FeedbackItem) == 0


def test_skip_invalid_writes_the_valid_rows(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ["ID", "Date", "Channel", "Text"], BAD_FILE)
    report = import_feedback(engine, path, skip_invalid=True)
    assert (report.committed, report.added, len(report.rejected)) == (True, 3, 2)
    assert sorted(items(engine)) == ["1", "3", "5"]
    assert report.as_dict()["rows_rejected"][0]["row"] == 3


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["2026-03-02 10:00", "2026-03-01 10:00", "", ""], "Replied: 2026-03-01 10:00 is before"),
        (["2026-03-02 10:00", "", "not-an-email", ""], "Email 'not-an-email'"),
        (["2026-03-02 10:00", "", "", "12"], "Phone '12'"),
        (["14:05", "", "", ""], "incomplete date"),
    ],
)
def test_row_checks(engine: Engine, tmp_path: Path, cells: list[str], expected: str) -> None:
    path = write_csv(tmp_path / "c.csv", ["Date", "Replied", "Email", "Phone", "Text"], [[*cells, "text"]])
    report = import_feedback(engine, path)
    assert len(report.rejected) == 1
    assert expected in report.rejected[0][1]


def test_text_longer_than_the_limit_is_rejected(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "long.csv", ["Text"], [["x" * 20_001], ["y" * 20_000]])
    report = import_feedback(engine, path, skip_invalid=True)
    assert report.added == 1
    assert report.rejected == [(2, "Text: longer than 20,000 characters (20,001)")]


def test_contacts_match_existing_by_email_then_phone(engine: Engine, tmp_path: Path) -> None:
    with engine.begin() as conn:
        maria = conn.execute(insert(Contact).values(display_name="Maria").returning(Contact.id)).scalar_one()
        oleg = conn.execute(insert(Contact).values(display_name="Oleg").returning(Contact.id)).scalar_one()
        conn.execute(
            insert(ContactPoint),
            [
                {"contact_id": maria, "kind": "email", "value": "maria@example.com"},
                {"contact_id": oleg, "kind": "phone", "value": "+79160000001"},
            ],
        )
    headers = ["id", "text", "email", "phone", "name"]
    rows = [
        ["1", "by e-mail", "MARIA@example.com", "", "M."],
        ["2", "e-mail wins over phone", "maria@example.com", "+7 916 000-00-01", ""],
        ["3", "by phone", "", "89160000001", ""],
        ["4", "new person", "new@example.com", "", "Nina"],
        ["5", "same new person by phone", "", "+7 916 555-55-55", ""],
        ["6", "links 4 and 5", "new@example.com", "+79165555555", ""],
    ]
    report = import_feedback(engine, write_csv(tmp_path / "c.csv", headers, rows))
    assert (report.contacts_matched, report.contacts_created) == (2, 1)
    got = items(engine)
    assert got["1"].contact_id == got["2"].contact_id == maria
    assert got["3"].contact_id == oleg
    assert got["4"].contact_id == got["5"].contact_id == got["6"].contact_id
    assert got["4"].contact == "Nina"
    with engine.connect() as conn:
        nina_points = set(
            conn.execute(
                select(ContactPoint.kind, ContactPoint.value).where(
                    ContactPoint.contact_id == got["4"].contact_id
                )
            )
        )
        maria_points = conn.execute(select(func.count()).where(ContactPoint.contact_id == maria)).scalar_one()
    assert nina_points == {("email", "new@example.com"), ("phone", "+79165555555")}
    assert maria_points == 1  # Oleg's phone stays Oleg's


def test_customer_numbers_names_and_language_column(engine: Engine, tmp_path: Path) -> None:
    headers = ["ID", "Текст", "Клиентский номер", "Имя", "Язык"]
    rows = [
        ["1", "Hello", "cu-001", "Olga", "Russian"],
        ["2", "Again", "CU 001", "", ""],
        ["3", "Just a name", "", "Pavel", ""],
        ["4", "Same name, nothing else", "", "Pavel", "de"],
    ]
    report = import_feedback(engine, write_csv(tmp_path / "n.csv", headers, rows))
    assert (report.added, report.contacts_created, report.rejected) == (4, 3, [])
    got = items(engine)
    assert got["1"].contact_id == got["2"].contact_id and got["1"].contact == "Olga"
    assert got["3"].contact_id != got["4"].contact_id  # a name alone identifies no one
    assert [got[ref].language for ref in "1234"] == ["ru", "en", "en", "de"]
    with engine.connect() as conn:
        point = conn.execute(select(ContactPoint.kind, ContactPoint.value, ContactPoint.is_primary)).one()
    assert tuple(point) == ("customer_number", "CU001", True)


def test_no_contact_or_channel_columns(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plain.csv", ["Received", "Comment"], [["2026-04-01", "Nice shop"]])
    report = import_feedback(engine, path)
    assert (report.added, report.contacts_created) == (1, 0)
    (item,) = items(engine).values()
    assert (item.contact_id, item.channel, item.language) == (None, "email", "en")


def test_missing_text_column_lists_headers(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wrong.csv", ["id", "when", "what"], [["1", "2026-01-01", "hi"]])
    with pytest.raises(InputFileError) as caught:
        import_feedback(engine, path)
    message = str(caught.value)
    assert "wrong.csv" in message and "id, when, what" in message and "Text" in message


def test_cancel_rolls_back(engine: Engine, tmp_path: Path) -> None:
    rows = [[str(n), "2026-01-01", f"text {n}"] for n in range(5000)]
    path = write_csv(tmp_path / "many.csv", ["id", "date", "text"], rows)
    seen: list[int] = []

    def cancel_when_writing(done: int, total: int) -> None:
        seen.append(done)
        if done > 50:  # past the reading half
            state.cancel()

    state = TaskState(on_progress=cancel_when_writing, min_interval=0)
    with pytest.raises(Cancelled):
        import_feedback(engine, path, state=state)
    assert count(engine, FeedbackItem) == 0
    assert max(seen) > 50


def test_progress_reaches_the_end(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", ["text"], [[f"t{n}"] for n in range(600)])
    seen: list[tuple[int, int]] = []
    state = TaskState(on_progress=lambda done, total: seen.append((done, total)), min_interval=0)
    import_feedback(engine, path, state=state)
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_import_is_written_to_the_log(
    sqlite_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first = write_csv(tmp_path / "crm.csv", RU_HEADERS, RU_ROWS[:3])
    with caplog.at_level(logging.INFO, logger="kaizen.imports"):
        import_feedback(sqlite_engine, first)
    (record,) = [r for r in caplog.records if r.name == "kaizen.imports"]
    assert record.levelno == logging.INFO and "crm.csv" in record.getMessage()
    assert "3 rows read, 3 added" in record.getMessage()
