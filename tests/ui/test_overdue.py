"""The overdue list: counts per channel, items oldest first in lazy pages, double-click to reply."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert

from app.reference_data import channel_ids, ensure_reference_data
from db.tables import contact, contact_point, feedback_item
from ui.main_window import MainWindow
from ui.models.overdue_model import OverdueModel, late_text
from ui.workflow.overdue import OverdueWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

NOW = dt.datetime(2026, 5, 4, 12, 0)


def _add(engine: Engine) -> dict[str, int]:
    """E-mail targets: acknowledge 24 h, reply 72 h; phone: reply 48 h; chat: reply 24 h."""
    with engine.begin() as conn:
        ensure_reference_data(conn)
        ch = channel_ids(conn)
        people = {}
        for key, name, lang, kind, value in (
            ("olga", "Ольга Кузнецова", "ru", "email", "olga@example.ru"),
            ("maryam", "مریم احمدی", "fa", "phone", "+989121234567"),
            ("john", "John O'Connor", "en", "email", "john@example.com"),
        ):
            people[key] = conn.execute(
                insert(contact)
                .values(display_name=name, preferred_language=lang, created_at=NOW, updated_at=NOW, version=1)
                .returning(contact.c.id)
            ).scalar_one()
            conn.execute(
                insert(contact_point).values(
                    contact_id=people[key], kind=kind, value=value, is_primary=True, created_at=NOW
                )
            )

        def item(who: str | None, channel: str, hours_ago: float, text: str, **values: object) -> int:
            return int(
                conn.execute(
                    insert(feedback_item)
                    .values(
                        contact_id=people[who] if who else None,
                        channel_id=ch[channel],
                        kind="complaint",
                        text=text,
                        language=values.pop("language", "en"),
                        received_at=NOW - dt.timedelta(hours=hours_ago),
                        status=values.pop("status", "new"),
                        version=1,
                        **values,
                    )
                    .returning(feedback_item.c.id)
                ).scalar_one()
            )

        return {
            "olga_ack": item("olga", "email", 30, "Счёт пришёл дважды", language="ru"),  # ack late by 6 h
            "maryam_reply": item("maryam", "phone", 100, "پیک دیر آمد", language="fa", first_response_at=NOW),
            "john_reply": item("john", "email", 80, "Refund still missing", first_response_at=NOW),
            "john_fresh": item("john", "email", 2, "And the invoice?"),  # within its targets
            "anonymous": item(None, "email", 200, "No one answers"),  # cannot be answered: not listed
            "closed": item("olga", "email", 300, "Old", status="closed"),
        }


@pytest.fixture
def items(sqlite_engine: Engine) -> dict[str, int]:
    return _add(sqlite_engine)


def _shown(qtbot: QtBot, widget: OverdueWidget) -> OverdueWidget:
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.counts_loaded):
        widget.show()
    qtbot.waitUntil(lambda: not widget.is_busy())
    return widget


def test_counts_per_channel_and_items_oldest_first(
    sqlite_engine: Engine, items: dict[str, int], qtbot: QtBot
) -> None:
    widget = _shown(qtbot, OverdueWidget(sqlite_engine, as_of=NOW))
    assert widget.counts == {
        "email": {"acknowledge": 1, "reply": 1, "overdue": 2},
        "phone": {"acknowledge": 0, "reply": 1, "overdue": 1},
    }
    assert widget.counts_text().startswith("<b>3 items overdue</b>")
    assert "E-mail: 2</b> (1 to acknowledge, 1 to answer)" in widget.counts_text()
    model = widget.model
    shown = [tuple(model.index(r, c).data() for c in (1, 2, 3, 4, 5)) for r in range(model.rowCount())]
    assert shown == [
        ("2 d 4 h", "a reply", "Phone", "مریم احمدی", "پیک دیر آمد"),
        ("8 h", "a reply", "E-mail", "John O'Connor", "Refund still missing"),
        ("6 h", "an acknowledgement", "E-mail", "Ольга Кузнецова", "Счёт пришёл дважды"),
    ]
    assert [model.overdue(r).item_id for r in range(3)] == [
        items["maryam_reply"],
        items["john_reply"],
        items["olga_ack"],
    ]


def test_pages_are_read_lazily(
    sqlite_engine: Engine, items: dict[str, int], qtbot: QtBot, qtmodeltester: object
) -> None:
    model = OverdueModel(sqlite_engine, as_of=NOW, page_size=2)
    with qtbot.waitSignal(model.page_loaded):
        model.reload()
    assert model.rowCount() == 2 and model.canFetchMore(model.index(-1, -1).parent())
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore(model.index(-1, -1).parent())
    assert model.rowCount() == 3 and not model.canFetchMore(model.index(-1, -1).parent())
    assert model.overdue(2).item_id == items["olga_ack"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_late_text() -> None:
    assert [late_text(h) for h in (0.4, 5.9, 24, 52.5, 240)] == ["0 h", "5 h", "1 d", "2 d 4 h", "10 d"]


def test_double_click_opens_the_composer_and_a_reply_takes_the_item_off(
    sqlite_engine: Engine, items: dict[str, int], qtbot: QtBot
) -> None:
    widget = _shown(qtbot, OverdueWidget(sqlite_engine, as_of=NOW))
    row = [widget.model.overdue(r).item_id for r in range(widget.model.rowCount())].index(
        items["maryam_reply"]
    )
    index = widget.model.index(row, 5)
    widget.table.scrollTo(index)
    with qtbot.waitSignal(widget.composer_opened) as opened:
        widget.table.doubleClicked.emit(index)
    dialog = opened.args[0]  # a child of the list: closed with it
    qtbot.waitUntil(lambda: dialog.prepared() is not None and not dialog.is_busy())
    prepared = dialog.prepared()
    assert prepared.outcome == "answer"  # acknowledged already: a direct answer is due
    (recipient,) = dialog.recipients_model.recipients()
    assert (recipient.draft.language, recipient.channel) == ("fa", "phone")
    assert recipient.body.startswith("مریم احمدی عزیز،")
    dialog.select_recipient(0)
    dialog.body_edit.setPlainText(recipient.body.replace("\n\n\n\n", "\n\nسفارش شما امروز تحویل می‌شود.\n\n"))
    with qtbot.waitSignal(widget.counts_loaded):
        dialog.send()
    qtbot.waitUntil(lambda: not widget.is_busy() and not dialog.is_busy())
    assert "phone" not in widget.counts
    assert items["maryam_reply"] not in [
        widget.model.overdue(r).item_id for r in range(widget.model.rowCount())
    ]


def test_the_improvements_menu_opens_the_overdue_list(sample_engine: Engine, qtbot: QtBot) -> None:
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    actions = {a.text(): a for a in main.improvements_menu.actions()}
    action = actions["&Overdue replies…"]
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    workflow = main.open_workflow()
    assert workflow.tabs.currentWidget() is workflow.overdue
    qtbot.waitUntil(lambda: workflow.overdue.counts_text() != "Counting…" and not workflow.overdue.is_busy())
    qtbot.waitUntil(lambda: not workflow.inbox.is_busy() and not workflow.board.is_busy())
    assert workflow.overdue.model.rowCount() > 0
