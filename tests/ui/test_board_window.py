"""The workflow window opened from the main window: inbox and board share one undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app.demo_data import generate
from db.enums import Stage
from db.tables import audit_event, feedback_item
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_improvements_menu_opens_the_board_and_the_inbox(sample_engine: Engine, qtbot: QtBot) -> None:
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    file_menu = main.improvements_menu
    texts = {a.text(): a for a in file_menu.actions()}
    texts["Improvement &board"].trigger()
    workflow = main.open_workflow()
    assert workflow.isVisible() and workflow.tabs.currentWidget() is workflow.board
    texts["Triage &inbox"].trigger()
    assert workflow.tabs.currentWidget() is workflow.inbox
    assert main.open_workflow() is workflow
    qtbot.waitUntil(lambda: not workflow.inbox.is_busy() and not workflow.board.is_busy())


def test_an_improvement_started_in_the_inbox_appears_on_the_board_and_is_audited(
    sample_engine: Engine, qtbot: QtBot
) -> None:
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    workflow = main.open_workflow()
    inbox, board = workflow.inbox, workflow.board
    qtbot.waitUntil(lambda: not inbox.is_busy() and not board.is_busy())
    inbox.table.selectRow(0)
    inbox.ask_text = lambda _p, _t, _l, proposed: "پیک دیر آمد"  # type: ignore[assignment]
    with qtbot.waitSignal(board.board_loaded):
        inbox.start_improvement_from_selection()
    qtbot.waitUntil(lambda: not inbox.is_busy() and not board.is_busy())
    new = board.models[Stage.NEW]
    assert [new.card(r).title for r in range(new.rowCount())] == ["پیک دیر آمد"]
    with sample_engine.connect() as conn:
        users = set(conn.execute(select(audit_event.c.user_id)).scalars())
    assert None not in users  # done as the operator at this computer

    with qtbot.waitSignal(board.board_loaded):
        workflow.undo.undo_action.trigger()
    qtbot.waitUntil(lambda: not inbox.is_busy() and not board.is_busy())
    assert new.rowCount() == 0
    with sample_engine.connect() as conn:
        assert (
            conn.execute(
                select(feedback_item.c.id).where(feedback_item.c.improvement_id.is_not(None))
            ).first()
            is None
        )


def test_ctrl_z_undoes_a_move_the_workflow_would_not_make(sample_engine: Engine, qtbot: QtBot) -> None:
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    workflow = main.open_workflow()
    inbox, board = workflow.inbox, workflow.board
    qtbot.waitUntil(lambda: not inbox.is_busy() and not board.is_busy())
    inbox.table.selectRow(0)
    inbox.ask_text = lambda _p, _t, _l, proposed: "Курьер опаздывает"  # type: ignore[assignment]
    with qtbot.waitSignal(board.board_loaded):
        inbox.start_improvement_from_selection()
    qtbot.waitUntil(lambda: not inbox.is_busy() and not board.is_busy())
    workflow.show_board()
    qtbot.waitExposed(workflow)
    card = board.models[Stage.NEW].card(0).id
    with qtbot.waitSignal(board.board_loaded):
        board.request_move(card, Stage.TRIAGE)
    qtbot.waitUntil(lambda: not board.is_busy())
    assert board.models[Stage.TRIAGE].row_of(card) is not None
    assert workflow.undo.undo_action.text() == "&Undo Move “Курьер опаздывает” to Triage"

    # Triage → new is no move of the workflow, but undoing the move restores it.
    with qtbot.waitSignal(workflow.undo.step_done):
        qtbot.keyClick(board.views[Stage.TRIAGE], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not board.is_busy())
    assert board.models[Stage.NEW].row_of(card) is not None
    assert board.models[Stage.TRIAGE].row_of(card) is None
    assert workflow.undo.stack.index() == 1


@pytest.fixture
def demo_window_engine(sqlite_engine: Engine) -> Engine:
    generate(sqlite_engine, items=80)
    return sqlite_engine


def test_double_clicking_a_card_opens_its_detail_beside_the_board(
    demo_window_engine: Engine, qtbot: QtBot
) -> None:
    main = MainWindow(demo_window_engine)
    qtbot.addWidget(main)
    workflow = main.open_workflow()
    board = workflow.board
    qtbot.waitUntil(lambda: not board.is_busy() and board.models[Stage.DECLINED].rowCount() > 0)
    view = board.views[Stage.DECLINED]
    card = board.models[Stage.DECLINED].card(0)
    with qtbot.waitSignal(workflow.detail.detail_loaded) as loaded:
        view.doubleClicked.emit(board.models[Stage.DECLINED].index(0))
    assert loaded.args == [card.id]
    assert workflow.detail.title_text() == f"#{card.id} {card.title}"
    assert workflow.detail.value_text("decision") == "Declined"
