"""Two users, one PostgreSQL database, two connections: the second save is refused, shown, loses nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select

from app import triage, workflow
from app.demo_data import generate
from db.engine import make_engine
from db.enums import Stage
from db.migrate import upgrade_to_head
from db.tables import app_user, feedback_item, improvement
from ui.workflow.board import BoardWidget
from ui.workflow.inbox import InboxWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

Shown = list[tuple[str, tuple[object, ...]]]


@pytest.fixture
def two_users(pg_url: str) -> Iterator[tuple[Engine, int, Engine, int]]:
    """User A's and user B's own engines (as two PCs have) on one PostgreSQL database."""
    a_engine, b_engine = make_engine(pg_url), make_engine(pg_url)
    upgrade_to_head(a_engine)
    generate(a_engine, items=60)
    with a_engine.begin() as conn:
        a, b = (
            conn.execute(
                insert(app_user)
                .values(username=name, display_name=shown, role="manager")
                .returning(app_user.c.id)
            ).scalar_one()
            for name, shown in (("anna", "Анна Смирнова"), ("babak", "بابک احمدی"))
        )
    yield a_engine, a, b_engine, b
    from ui import background

    background.wait_for_all(10_000)
    a_engine.dispose()
    b_engine.dispose()


def test_a_board_move_after_someone_elses_move_is_refused_and_shown(
    two_users: tuple[Engine, int, Engine, int], qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    a_engine, a, b_engine, b = two_users
    board = BoardWidget(a_engine, user_id=a)  # not shown: no poll catches B's move first
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.board_loaded):
        pass
    card = board.models[Stage.PLAN].card(0)
    workflow.advance(b_engine, card.id, Stage.DO, user_id=b)  # B, on another PC

    with qtbot.waitSignal(board.move_refused) as refused:
        board.request_move(card.id, Stage.DO)  # A's drag, from the card A still sees in Plan
    kind, args = no_modal_dialogs[-1]
    assert (kind, args[1]) == ("warning", "Changed by someone else")
    message = str(args[2])
    assert message == refused.args[0]
    assert f"improvement {card.id}" in message and "was changed by بابک احمدی" in message
    assert "your changes were not saved" in message
    assert message.endswith(f"Now: Do (version {card.version + 1})")  # where it stands now
    with a_engine.connect() as conn:
        row = conn.execute(
            select(improvement.c.stage, improvement.c.version).where(improvement.c.id == card.id)
        ).one()
    assert tuple(row) == ("do", card.version + 1)  # B's move stands; nothing of A's was written
    qtbot.waitUntil(lambda: board.models[Stage.DO].row_of(card.id) is not None)  # A now sees it


def test_an_inbox_undo_after_someone_elses_change_is_refused_and_shown(
    two_users: tuple[Engine, int, Engine, int], qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    a_engine, a, b_engine, b = two_users
    inbox = InboxWidget(a_engine, user_id=a)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.count() is not None and not inbox.is_busy())
    inbox.table.selectRow(0)
    [item] = inbox.selected_item_ids()
    with a_engine.connect() as conn:
        before = conn.execute(select(feedback_item.c.category_id).where(feedback_item.c.id == item)).scalar()
    choices = [id_ for id_, _name in inbox._categories]
    mine = next(id_ for id_ in choices if id_ != before)
    theirs = next(id_ for id_ in choices if id_ not in (before, mine))
    inbox.ask_choice = lambda _p, _t, _l, _options: choices.index(mine)  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done):
        inbox.buttons["category"].click()
    qtbot.waitUntil(lambda: not inbox.is_busy())
    triage.set_category(b_engine, [item], theirs, user_id=b)  # B recategorises it meanwhile

    with qtbot.waitSignal(inbox.bulk_refused) as refused:
        inbox.undo.undo_action.trigger()
    kind, args = no_modal_dialogs[-1]
    assert (kind, args[1]) == ("warning", "Changed by someone else")
    assert f"feedback item {item} was changed by بابک احمدی" in refused.args[0]
    assert "Now: " in refused.args[0]
    with a_engine.connect() as conn:
        assert (
            conn.execute(select(feedback_item.c.category_id).where(feedback_item.c.id == item)).scalar()
            == theirs
        )
    assert inbox.undo.stack.index() == 1  # the step stays, not undone


def test_a_bulk_action_on_items_someone_saved_since_the_list_was_read_is_refused(
    two_users: tuple[Engine, int, Engine, int], qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    a_engine, a, b_engine, b = two_users
    inbox = InboxWidget(a_engine, user_id=a)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.count() is not None and not inbox.is_busy())
    inbox.table.selectRow(0)
    [item] = inbox.selected_item_ids()
    triage.assign_items(b_engine, [item], b, user_id=b)  # B takes it, after A's list was read

    inbox.ask_choice = lambda _p, _t, _l, options: 0  # A assigns it to A (listed first)
    with qtbot.waitSignal(inbox.bulk_refused) as refused:
        inbox.buttons["assign"].click()
    assert no_modal_dialogs[-1][1][1] == "Changed by someone else"
    assert f"feedback item {item} was changed by بابک احمدی" in refused.args[0]
    with a_engine.connect() as conn:
        assert (
            conn.execute(select(feedback_item.c.assignee_id).where(feedback_item.c.id == item)).scalar() == b
        )
    qtbot.waitUntil(lambda: not inbox.is_busy())
    assert inbox.model.feedback_row(0).assignee == "بابک احمدی"  # the list shows the current state
    assert inbox.undo.stack.count() == 0
