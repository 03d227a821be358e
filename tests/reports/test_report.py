"""The PDF report parsed back: its numbers are compute_all's, its pages numbered, its Persian readable."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, insert, select

from app import demo_data
from app.errors import KaizenError
from app.metrics import Filters, compute_all
from app.tasks import Cancelled, TaskState
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.tables import category, channel, feedback_item
from main import main
from reports import builder
from reports.builder import ReportOutputError, build_report
from reports.labels import Labels

FROM, TO = dt.date(2026, 8, 1), dt.date(2026, 11, 1)
AS_OF = dt.datetime(2026, 11, 1)
# A Persian sentence with a Latin word, Latin digits and Persian digits in it.
MIXED = "امتیاز NPS 42 شد و سفارش ۱۲۳ و 123 رسید."


def fill(engine: Engine) -> None:
    demo_data.generate(engine, items=1500, seed=7)
    with engine.begin() as conn:  # the newest item of the busiest category: certain to be quoted
        top = compute_all(conn, FROM, TO, as_of=AS_OF)["volume"]["by_category"]
        code = next(c for c in top if c != "uncategorised")
        conn.execute(
            insert(feedback_item).values(
                channel_id=conn.execute(select(channel.c.id).where(channel.c.code == "email")).scalar_one(),
                category_id=conn.execute(select(category.c.id).where(category.c.code == code)).scalar_one(),
                kind="complaint",
                text=MIXED,
                language="fa",
                received_at=dt.datetime(2026, 10, 31, 23, 0),
                source="test",
                external_ref="mixed-1",
            )
        )


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('report') / 'demo.db'}")
    upgrade_to_head(engine)
    fill(engine)
    yield engine
    engine.dispose()


def lines_after(text: str, label: str, n: int) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index(label)
    return lines[at + 1 : at + 1 + n]


def expected_rows(m: dict) -> dict[str, str]:
    """The summary's figures written out by hand from compute_all's values."""
    service, repeat = m["service"]["all"], m["repeat_contacts"]["all"]
    return {
        "Feedback items received": f"{m['volume']['total']:,}",
        "Unanswered items": f"{service['unanswered_share'] * 100:.2f}%",
        "Replies beyond target": f"{service['beyond_reply_target_share'] * 100:.2f}%",
        "First-contact resolution": f"{repeat['fcr_rate'] * 100:.2f}%",
        "Repeat contacts": f"{repeat['repeat_rate'] * 100:.2f}%",
        "NPS": f"{m['surveys']['nps']['all']['nps']:.1f}",
        "CSAT (satisfied)": f"{m['surveys']['csat']['all']['csat_percent']:.1f}%",
        "Improvements done": str(m["improvements"]["outcomes"]["done"]),
        "Improvements declined": str(m["improvements"]["outcomes"]["declined"]),
    }


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_headline_numbers_are_compute_alls(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    db = make_engine(url)
    try:
        upgrade_to_head(db)
        fill(db)
        out = tmp_path / "report.pdf"
        result = build_report(db, FROM, TO, out, as_of=AS_OF)
        now = compute_all(db, FROM, TO, as_of=AS_OF)
        before = compute_all(db, FROM - (TO - FROM), FROM, as_of=AS_OF)
    finally:
        db.dispose()
    summary = PdfReader(out).pages[1].extract_text()
    assert "Summary" in summary
    for label, figure in expected_rows(now).items():
        this_period, previous, _change = lines_after(summary, label, 3)
        assert this_period == figure, label
        assert previous == expected_rows(before)[label], label
    assert result["headline"]["items"] == {"now": now["volume"]["total"], "before": before["volume"]["total"]}
    items_change = now["volume"]["total"] - before["volume"]["total"]
    assert lines_after(summary, "Feedback items received", 3)[2].startswith(f"{items_change:+,}")


def test_pages_are_numbered(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = build_report(demo_engine, FROM, TO, out, as_of=AS_OF)
    pages = PdfReader(out).pages
    assert result["pages"] == len(pages) >= 4
    assert "Page" not in pages[0].extract_text()  # the cover has no footer
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_russian_report_has_russian_labels_and_quotes(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report-ru.pdf"
    build_report(demo_engine, FROM, TO, out, lang="ru", as_of=AS_OF)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Сводка" in text and "Качество обслуживания по каналам" in text
    assert "Страница 2 из" in text
    with demo_engine.connect() as conn:
        russian = conn.execute(
            select(feedback_item.c.text).where(
                feedback_item.c.language == "ru",
                feedback_item.c.received_at >= FROM,
                feedback_item.c.received_at < TO,
            )
        ).scalars()
        assert any(" ".join(t.split())[:40] in " ".join(text.split()) for t in russian)


def visual_text(path: Path) -> str:
    """The glyphs as drawn, left to right (pypdf's layout mode keeps the drawn order)."""
    return "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)


def test_persian_report_is_shaped_and_reads_right_to_left(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report-fa.pdf"
    build_report(demo_engine, FROM, TO, out, lang="fa", as_of=AS_OF)
    drawn = visual_text(out)
    # "گزارش" (report) joined: initial gaf, final zain, then three isolated letters; drawn
    # from the left, so the last letter comes first.
    joined = "".join(
        unicodedata.lookup(f"ARABIC LETTER {name}")
        for name in (
            "SHEEN ISOLATED FORM",
            "REH ISOLATED FORM",
            "ALEF ISOLATED FORM",
            "ZAIN FINAL FORM",
            "GAF INITIAL FORM",
        )
    )
    assert joined in drawn
    plain = unicodedata.normalize("NFKC", drawn)
    # Words right to left, but the Latin word and both kinds of digits left to right.
    assert "دش NPS 42 زایتما" in plain
    assert "123 و ۱۲۳ شرافس" in plain
    # The period in the Solar Hijri calendar: 2026-08-01 is 1405/05/10, digits left to right.
    assert "۱۴۰۵/۰۵/۱۰" in plain and "2026" not in plain
    assert "۳۲۱" not in plain.split("شرافس")[0][-6:]
    # "صفحه ۲ از ۴" (page 2 of 4): the first word rightmost, each number left of the word before it.
    total = len(PdfReader(out).pages)
    assert f"{str(total).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))} زا ۲ هحفص" in plain


def test_bad_output_path_names_it(demo_engine: Engine, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(ReportOutputError) as caught:
        build_report(demo_engine, FROM, TO, missing, as_of=AS_OF)
    assert isinstance(caught.value, KaizenError)
    assert str(missing) in str(caught.value) and "does not exist" in str(caught.value)
    with pytest.raises(ReportOutputError, match="folder"):
        build_report(demo_engine, FROM, TO, tmp_path, as_of=AS_OF)


def test_nothing_half_written_on_failure(
    demo_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the old report")

    def fail_midway(data: object, path: Path) -> int:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(builder, "_render", fail_midway)
    with pytest.raises(ReportOutputError, match="No space left"):
        build_report(demo_engine, FROM, TO, out, as_of=AS_OF)
    assert out.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_cancel_writes_nothing(demo_engine: Engine, tmp_path: Path) -> None:
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        build_report(demo_engine, FROM, TO, tmp_path / "report.pdf", state=state)
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_the_report_and_explains_a_bad_path(
    demo_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(demo_engine.url)
    out = tmp_path / "cli.pdf"
    args = ["report", "--db", url, "--from", "2026-08-01", "--to", "2026-11-01"]
    assert main([*args, "--out", str(out), "--lang", "fa", "--json"]) == 0
    assert '"pages": ' in capsys.readouterr().out and out.stat().st_size > 10_000
    assert main([*args, "--out", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert "missing" in capsys.readouterr().err


def test_filtered_report_names_its_filters_and_prints_the_filtered_numbers(
    demo_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_engine.connect() as conn:
        top = compute_all(conn, FROM, TO, as_of=AS_OF)["volume"]["by_category"]
        code = next(c for c in top if c != "uncategorised")
        category_id, name = conn.execute(
            select(category.c.id, category.c.name).where(category.c.code == code)
        ).one()
    filters = Filters(channels=("email", "phone"), category_ids=(category_id,))
    out = tmp_path / "filtered.pdf"
    args = ["report", "--db", str(demo_engine.url), "--from", "2026-08-01", "--to", "2026-11-01"]
    args += ["--out", str(out), "--channel", "email", "--channel", "phone", "--category", str(category_id)]
    assert main([*args, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["filters"] == {"channels": ["email", "phone"], "category_ids": [category_id]}
    # The CLI's "now" is the clock's: compare with compute_all at the same moment, via the result.
    now = compute_all(demo_engine, FROM, TO, filters, as_of=AS_OF)
    unfiltered = compute_all(demo_engine, FROM, TO, as_of=AS_OF)
    assert printed["headline"]["items"]["now"] == now["volume"]["total"] < unfiltered["volume"]["total"]
    pages = PdfReader(out).pages
    said = f"Filters: channels: E-mail, Phone; categories: {Labels('en').category(code, name)}"
    assert said in " ".join(pages[0].extract_text().split())  # the cover
    summary = pages[1].extract_text()
    assert said in " ".join(summary.split())
    out_fixed = tmp_path / "filtered-fixed.pdf"
    build_report(demo_engine, FROM, TO, out_fixed, as_of=AS_OF, filters=filters)
    summary = PdfReader(out_fixed).pages[1].extract_text()
    for label, figure in expected_rows(now).items():
        assert lines_after(summary, label, 1) == [figure], label


def test_unfiltered_report_says_so(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert build_report(demo_engine, FROM, TO, out, as_of=AS_OF)["filters"] == {
        "channels": [],
        "category_ids": [],
    }
    assert "Filters: none (all channels and categories)" in PdfReader(out).pages[0].extract_text()


def test_unknown_filter_is_a_user_error(demo_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(KaizenError, match="no such channel"):
        build_report(demo_engine, FROM, TO, tmp_path / "x.pdf", filters=Filters(channels=("pigeon",)))
    assert list(tmp_path.iterdir()) == []


def ru(text: str) -> str:
    """English-formatted figure in Russian; spaces as pypdf reads the no-break ones back."""
    return text.replace(",", " ").replace(".", ",").replace("%", " %")


def test_russian_numbers_have_decimal_commas_and_spaced_thousands(
    demo_engine: Engine, tmp_path: Path
) -> None:
    out = tmp_path / "report-ru.pdf"
    build_report(demo_engine, FROM, TO, out, lang="ru", as_of=AS_OF)
    now = compute_all(demo_engine, FROM, TO, as_of=AS_OF)
    pages = [page.extract_text().replace("\xa0", " ") for page in PdfReader(out).pages]
    labels = {
        "Feedback items received": "Получено обращений",
        "Unanswered items": "Без ответа",
        "First-contact resolution": "Решено с первого обращения",
        "NPS": "NPS",
        "CSAT (satisfied)": "CSAT (довольны)",
    }
    for label, figure in expected_rows(now).items():
        if label in labels:
            assert lines_after(pages[1], labels[label], 1) == [ru(figure)], label
    assert "," in ru(expected_rows(now)["Unanswered items"])
    # Hours in the quality table: median / p90 with a decimal comma.
    email = now["service"]["by_channel"]["email"]["reply_hours"]
    median, p90 = (ru(f"{email[k]:,.2f}") for k in ("median", "p90"))
    hours = f"{median} / {p90}"
    assert hours in "\n".join(pages)


def test_persian_numbers_have_persian_digits_and_separators(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report-fa.pdf"
    build_report(demo_engine, FROM, TO, out, lang="fa", as_of=AS_OF)
    now = compute_all(demo_engine, FROM, TO, as_of=AS_OF)
    plain = unicodedata.normalize("NFKC", visual_text(out))
    to_fa = str.maketrans("0123456789.,%", "۰۱۲۳۴۵۶۷۸۹٫٬٪")
    for figure in expected_rows(now).values():
        assert figure.translate(to_fa) in plain, figure
    assert "٫" in expected_rows(now)["Unanswered items"].translate(to_fa)
    assert not any(c in "0123456789" for c in plain.split("NPS")[1][:40])  # Persian digits only
