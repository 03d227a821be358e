"""The open board follows others' changes: a cheap stamp is polled, the cards reload, the selection stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update

from app import workflow
from app.conflicts import change_stamp
from app.demo_data import generate
from db.engine import make_engine
from db.enums import Stage
from db.tables import improvement
from ui.workflow.board import BoardWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    generate(sqlite_engine, items=120)
    return sqlite_engine


@pytest.fixture
def colleague(demo_engine: Engine) -> Iterator[Engine]:
    """Another user's connection to the same database (its own engine, as another process has)."""
    other = make_engine(demo_engine.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


@pytest.fixture
def board(demo_engine: Engine, qtbot: QtBot) -> BoardWidget:
    w = BoardWidget(demo_engine)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    w.poll_timer.setInterval(100)  # the same timer as in use, only sooner
    with qtbot.waitSignal(w.board_loaded):
        w.show()
    return w


def test_change_stamp_moves_with_every_saved_change(demo_engine: Engine) -> None:
    with demo_engine.connect() as conn:
        before = change_stamp(conn)
        assert change_stamp(conn) == before  # nothing changed: the same stamp
    with demo_engine.begin() as conn:  # an edit outside the audit trail still shows (its version)
        conn.execute(
            update(improvement).where(improvement.c.id == 1).values(version=improvement.c.version + 1)
        )
    with demo_engine.connect() as conn:
        after = change_stamp(conn)
    assert after[1] == before[1] + 1 and after != before


def test_another_users_move_shows_within_a_poll_and_the_selection_stays(
    board: BoardWidget, colleague: Engine, qtbot: QtBot
) -> None:
    mine = board.models[Stage.DO].card(0).id
    assert board.select_card(mine)
    theirs = board.models[Stage.PLAN].card(0).id
    assert Stage.DO in workflow.allowed_next(Stage.PLAN)
    workflow.advance(colleague, theirs, Stage.DO, user_id=None)
    with qtbot.waitSignal(board.board_loaded, timeout=3000):
        pass  # the poll saw the stamp move and reloaded
    assert board.models[Stage.DO].row_of(theirs) is not None
    assert board.models[Stage.PLAN].row_of(theirs) is None
    assert board.selected_card_id() == mine


def test_no_reload_while_a_card_is_being_dragged(board: BoardWidget, colleague: Engine, qtbot: QtBot) -> None:
    theirs = board.models[Stage.PLAN].card(0).id
    view = board.views[Stage.PLAN]
    view.setState(view.State.DraggingState)
    workflow.advance(colleague, theirs, Stage.DO, user_id=None)
    loads: list[None] = []
    board.board_loaded.connect(lambda: loads.append(None))
    qtbot.wait(400)  # several polls
    assert loads == [] and board.models[Stage.PLAN].row_of(theirs) == 0
    view.setState(view.State.NoState)  # dropped
    with qtbot.waitSignal(board.board_loaded, timeout=3000):
        pass
    assert board.models[Stage.DO].row_of(theirs) is not None


def test_a_hidden_board_does_not_poll(board: BoardWidget, colleague: Engine, qtbot: QtBot) -> None:
    board.hide()
    theirs = board.models[Stage.PLAN].card(0).id
    workflow.advance(colleague, theirs, Stage.DO, user_id=None)
    loads: list[None] = []
    board.board_loaded.connect(lambda: loads.append(None))
    qtbot.wait(300)
    assert loads == []
    with qtbot.waitSignal(board.board_loaded, timeout=3000):
        board.show()  # shown again: it catches up at once
    assert board.models[Stage.DO].row_of(theirs) is not None
