"""The improvement board: columns, drag and drop through the workflow, refusals, conflicts, undo."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, update

from app.board import load_board
from app.demo_data import generate
from db.enums import Stage
from db.tables import audit_event, improvement
from ui.models.board_model import CARD_MIME, StageCardsModel
from ui.workflow.board import BoardWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

Shown = list[tuple[str, tuple[object, ...]]]


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    generate(sqlite_engine, items=120)
    return sqlite_engine


@pytest.fixture
def board(demo_engine: Engine, qtbot: QtBot) -> BoardWidget:
    w = BoardWidget(demo_engine)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    with qtbot.waitSignal(w.board_loaded):
        pass
    return w


def stage_of(engine: Engine, improvement_id: int) -> str:
    with engine.connect() as conn:
        return conn.execute(
            select(improvement.c.stage).where(improvement.c.id == improvement_id)
        ).scalar_one()


def first_card(board: BoardWidget, stage: Stage) -> int:
    return board.models[stage].card(0).id


def drop(board: BoardWidget, improvement_id: int, to: Stage) -> bool:
    """Drop a card on a column the way a view does: mime data from the source model, onto the target."""
    for model in board.models.values():
        row = model.row_of(improvement_id)
        if row is not None:
            data = model.mimeData([model.index(row)])
            target = board.models[to]
            return target.dropMimeData(data, target.supportedDropActions(), -1, 0, target.index(-1))
    raise AssertionError(f"no card {improvement_id} on the board")


def wait_idle(qtbot: QtBot, board: BoardWidget) -> None:
    qtbot.waitUntil(lambda: not board.is_busy())


def test_every_stage_has_a_column_with_its_cards(board: BoardWidget, demo_engine: Engine) -> None:
    with demo_engine.connect() as conn:
        expected = load_board(conn)
    assert list(board.models) == list(Stage)
    for stage, model in board.models.items():
        assert model.rowCount() == expected[stage].total > 0  # sample data fills every stage
        assert board.header_text(stage).endswith(f"({expected[stage].total})")
    card = board.models[Stage.PLAN].card(0)
    assert card.items >= card.contributors >= 0


def test_a_long_column_shows_the_newest_cards_and_the_count(demo_engine: Engine, qtbot: QtBot) -> None:
    w = BoardWidget(demo_engine, limit=1)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.board_loaded):
        pass
    with demo_engine.connect() as conn:
        totals = {stage: column.total for stage, column in load_board(conn).items()}
    stage, total = max(totals.items(), key=lambda pair: pair[1])
    assert total > 1
    assert w.models[stage].rowCount() == 1
    assert w.header_text(stage).endswith(f"(newest 1 of {total})")


def test_card_model_passes_the_model_tester(board: BoardWidget, qtmodeltester: object) -> None:
    qtmodeltester.check(board.models[Stage.DECLINED])  # type: ignore[attr-defined]


def test_dropping_on_an_allowed_stage_moves_the_card_and_undo_moves_it_back(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot
) -> None:
    card = first_card(board, Stage.PLAN)
    with qtbot.waitSignal(board.card_moved):
        assert drop(board, card, Stage.DO) is False  # the view removes nothing itself
    wait_idle(qtbot, board)
    assert stage_of(demo_engine, card) == "do"
    assert board.models[Stage.DO].row_of(card) is not None
    assert board.models[Stage.PLAN].row_of(card) is None
    assert board.undo.undo_action.isEnabled()

    with qtbot.waitSignal(board.undo.step_done):
        board.undo.undo_action.trigger()
    wait_idle(qtbot, board)
    assert stage_of(demo_engine, card) == "plan"
    assert board.models[Stage.PLAN].row_of(card) is not None

    with qtbot.waitSignal(board.undo.step_done):
        board.undo.redo_action.trigger()
    wait_idle(qtbot, board)
    assert stage_of(demo_engine, card) == "do"
    assert board.undo.undo_action.text() == f"&Undo {board.undo.stack.undoText()}"


def test_a_refused_move_says_why_and_the_card_stays(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    card = first_card(board, Stage.NEW)
    with qtbot.waitSignal(board.move_refused) as refused:
        drop(board, card, Stage.DONE)
    assert "cannot move from new to done; from here: triage, declined" in refused.args[0]
    assert no_modal_dialogs[-1][0] == "warning"
    assert "cannot move from new to done" in str(no_modal_dialogs[-1][1])
    assert stage_of(demo_engine, card) == "new"
    assert board.models[Stage.NEW].row_of(card) is not None
    assert not board.undo.undo_action.isEnabled()


def test_undo_restores_a_move_the_rules_would_not_make(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot
) -> None:
    card = first_card(board, Stage.NEW)
    with qtbot.waitSignal(board.card_moved):
        drop(board, card, Stage.TRIAGE)
    wait_idle(qtbot, board)
    with qtbot.waitSignal(board.undo.step_done):
        board.undo.undo_action.trigger()  # triage → new is no move of the workflow, but an undo
    wait_idle(qtbot, board)
    assert board.undo.stack.index() == 0
    assert stage_of(demo_engine, card) == "new"
    assert board.models[Stage.NEW].row_of(card) is not None
    with demo_engine.connect() as conn:
        actions = conn.execute(
            select(audit_event.c.action)
            .where(audit_event.c.entity_type == "improvement", audit_event.c.entity_id == card)
            .order_by(audit_event.c.id.desc())
            .limit(2)
        ).scalars()
        assert list(actions) == ["stage_changed_undone", "stage_changed"]


def test_an_undo_after_someone_else_moved_the_card_leaves_the_stack_alone(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    card = first_card(board, Stage.NEW)
    with qtbot.waitSignal(board.card_moved):
        drop(board, card, Stage.TRIAGE)
    wait_idle(qtbot, board)
    with demo_engine.begin() as conn:  # someone else accepts it meanwhile
        conn.execute(
            update(improvement)
            .where(improvement.c.id == card)
            .values(stage="accepted", version=improvement.c.version + 1)
        )
    with qtbot.waitSignal(board.move_refused) as refused:
        board.undo.undo_action.trigger()
    assert "was changed" in refused.args[0]
    wait_idle(qtbot, board)
    assert board.undo.stack.index() == 1
    assert stage_of(demo_engine, card) == "accepted"


def test_declining_asks_for_the_reason(board: BoardWidget, demo_engine: Engine, qtbot: QtBot) -> None:
    asked: list[str] = []
    board.ask_text = lambda _parent, title, _label: asked.append(title) or "Слишком дорого"
    card = first_card(board, Stage.TRIAGE)
    with qtbot.waitSignal(board.card_moved):
        drop(board, card, Stage.DECLINED)
    wait_idle(qtbot, board)
    assert asked == ["Move to Declined"]
    with demo_engine.connect() as conn:
        row = conn.execute(select(improvement).where(improvement.c.id == card)).mappings().one()
    assert (row["stage"], row["decision"], row["decision_reason"]) == (
        "declined",
        "declined",
        "Слишком дорого",
    )


def test_cancelling_the_reason_moves_nothing(board: BoardWidget, demo_engine: Engine) -> None:
    board.ask_text = lambda *_args: None
    card = first_card(board, Stage.TRIAGE)
    drop(board, card, Stage.DECLINED)
    assert not board.is_busy()
    assert stage_of(demo_engine, card) == "triage"


def test_leaving_check_asks_for_the_measured_result(demo_engine: Engine, qtbot: QtBot) -> None:
    with demo_engine.begin() as conn:
        conn.execute(update(improvement).where(improvement.c.stage == "check").values(measured_benefit=None))
    board = BoardWidget(demo_engine)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.board_loaded):
        pass
    asked: list[str] = []
    board.ask_text = lambda _parent, title, _label: asked.append(title) or "−12% waiting time"
    card = first_card(board, Stage.CHECK)
    with qtbot.waitSignal(board.card_moved):
        drop(board, card, Stage.ACT)
    wait_idle(qtbot, board)
    assert asked == ["Leave Check"]
    with demo_engine.connect() as conn:
        measured = conn.execute(
            select(improvement.c.measured_benefit).where(improvement.c.id == card)
        ).scalar_one()
    assert measured == "−12% waiting time"


def test_a_conflict_shows_the_message_and_reloads(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    card = first_card(board, Stage.PLAN)
    with demo_engine.begin() as conn:  # someone else saves it after the board was read
        conn.execute(
            update(improvement).where(improvement.c.id == card).values(version=improvement.c.version + 1)
        )
    with qtbot.waitSignal(board.move_refused) as refused:
        drop(board, card, Stage.DO)
    assert "was changed" in refused.args[0] and "your changes were not saved" in refused.args[0]
    wait_idle(qtbot, board)
    assert stage_of(demo_engine, card) == "plan"
    model = board.models[Stage.PLAN]
    row = model.row_of(card)
    assert row is not None
    with demo_engine.connect() as conn:
        version = conn.execute(select(improvement.c.version).where(improvement.c.id == card)).scalar_one()
    assert model.card(row).version == version  # reloaded: the next drop starts from the current state
    with demo_engine.connect() as conn:
        moves = conn.execute(
            select(audit_event.c.id).where(
                audit_event.c.entity_id == card, audit_event.c.action == "stage_changed"
            )
        ).all()
    assert all(isinstance(m[0], int) for m in moves)


def test_only_cards_from_other_columns_can_be_dropped(board: BoardWidget) -> None:
    plan = board.models[Stage.PLAN]
    data = plan.mimeData([plan.index(0)])
    assert data.hasFormat(CARD_MIME)
    assert not plan.canDropMimeData(data, plan.supportedDropActions(), -1, 0, plan.index(-1))
    assert board.models[Stage.DO].canDropMimeData(data, plan.supportedDropActions(), -1, 0, plan.index(-1))
    assert isinstance(plan, StageCardsModel)


def test_the_card_menu_offers_the_allowed_stages_and_moves(
    board: BoardWidget, demo_engine: Engine, qtbot: QtBot
) -> None:
    menu = board.card_menu(Stage.DO, 0)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["Open", "Move to"]
    moves = {a.text(): a for a in actions["Move to"].menu().actions()}
    assert list(moves) == ["Plan", "Check", "Declined", "On hold"]
    card = first_card(board, Stage.DO)
    with qtbot.waitSignal(board.card_moved):
        moves["Plan"].trigger()
    wait_idle(qtbot, board)
    assert stage_of(demo_engine, card) == "plan"
    with qtbot.waitSignal(board.improvement_opened) as opened:
        board.card_menu(Stage.PLAN, board.models[Stage.PLAN].row_of(card) or 0).actions()[0].trigger()
    assert opened.args == [card]


def test_columns_are_set_up_for_drag_and_drop(board: BoardWidget) -> None:
    for stage, view in board.views.items():
        assert view.dragEnabled() and view.acceptDrops(), stage
        assert view.model() is board.models[stage]
