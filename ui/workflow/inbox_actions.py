"""The inbox's bulk actions on a selection: category, assignee, link, start, duplicates, reply.

Each action is ``app.triage``'s, asked for in a dialog, run in the background
and pushed on the shared undo stack as one step; a refusal (someone else's
edit in between) shows the service's message. ``InboxActions`` is mixed
into ``InboxWidget``; its strings are translated in that widget's context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy import Engine

from app import triage
from app.conflicts import EditConflict
from app.tasks import TaskState
from app.triage import TriageChange
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.models import labels
from ui.models.board_model import current_state_text, stage_labels
from ui.workflow.undo import TriageGroupStep, TriageStep, WorkflowUndo

OPEN_IMPROVEMENTS = 500  # offered for linking, newest first

#: (parent, title, label, options) -> the chosen option's index, or None when cancelled.
AskChoice = Callable[[QWidget, str, str, Sequence[str]], int | None]
#: (parent, title, label, proposed text) -> the text, or None when cancelled.
AskText = Callable[[QWidget, str, str, str], str | None]

Choices = tuple[list[tuple[int, str]], list[tuple[int, str, str]], list[tuple[int, str]]]


def ask_choice(parent: QWidget, title: str, label: str, options: Sequence[str]) -> int | None:
    chosen, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
    return list(options).index(chosen) if ok and chosen in options else None


def ask_text(parent: QWidget, title: str, label: str, proposed: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, proposed)
    return text if ok else None


def load_choices(_state: TaskState, engine: Engine) -> Choices:
    """Runs in a worker: categories, open improvements and users the actions offer."""
    with engine.connect() as conn:
        return (
            triage.active_categories(conn),
            triage.open_improvements(conn, limit=OPEN_IMPROVEMENTS),
            triage.active_users(conn),
        )


def _run(_state: TaskState, action: Callable[[], Any]) -> Any:
    return action()


def mark_duplicates(
    engine: Engine, item_ids: Sequence[int], original_id: int, user_id: int | None
) -> list[TriageChange]:
    """Mark each item a duplicate of ``original_id``, all in one transaction."""
    with engine.begin() as conn:
        return [
            triage.mark_duplicate(conn, item_id, original_id, user_id=user_id)
            for item_id in item_ids
            if item_id != original_id
        ]


class InboxActions:
    """The bulk actions of ``InboxWidget`` (a QWidget with ``model``, ``table``, ``undo`` ...)."""

    _engine: Engine
    _user_id: int | None
    _task: BackgroundTask | None
    _categories: list[tuple[int, str]]
    _improvements: list[tuple[int, str, str]]
    _users: list[tuple[int, str]]
    undo: WorkflowUndo
    ask_choice: AskChoice
    ask_text: AskText
    model: Any
    table: Any

    # -- the actions --------------------------------------------------------

    def set_category_of_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        translate = QCoreApplication.translate
        count = len(ids)  # a plain name: pyside6-lupdate drops a text whose count is an expression
        options = [labels.category_label(name) for _id, name in self._categories] + [
            translate("InboxWidget", "(no category)")
        ]
        chosen = self.ask_choice(
            self._widget(),
            translate("InboxWidget", "Set category"),
            translate("InboxWidget", "Category of %n items", "", count),
            options,
        )
        if chosen is None:
            return
        category_id = self._categories[chosen][0] if chosen < len(self._categories) else None
        engine, user, seen = self._engine, self._user_id, self._versions(ids)
        self._start_action(
            lambda: triage.set_category(engine, ids, category_id, user_id=user, expected_versions=seen)
        )

    def assign_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        translate = QCoreApplication.translate
        count = len(ids)  # a plain name: pyside6-lupdate drops a text whose count is an expression
        people = list(self._users)
        if self._user_id is not None:  # the user first: the usual choice
            people.sort(key=lambda user: user[0] != self._user_id)
        options = [name for _id, name in people] + [translate("InboxWidget", "(nobody)")]
        chosen = self.ask_choice(
            self._widget(),
            translate("InboxWidget", "Assign to"),
            translate("InboxWidget", "Who triages these %n items", "", count),
            options,
        )
        if chosen is None:
            return
        assignee = people[chosen][0] if chosen < len(people) else None
        engine, user, seen = self._engine, self._user_id, self._versions(ids)
        self._start_action(
            lambda: triage.assign_items(engine, ids, assignee, user_id=user, expected_versions=seen)
        )

    def link_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        translate = QCoreApplication.translate
        if not self._improvements:
            self._say(
                translate(
                    "InboxWidget", "There is no open improvement to link to: start one from the selection."
                )
            )
            return
        names: dict[Any, str] = dict(stage_labels())
        options = [f"#{id_} {title} ({names.get(stage, stage)})" for id_, title, stage in self._improvements]
        chosen = self.ask_choice(
            self._widget(),
            translate("InboxWidget", "Link to improvement"),
            translate("InboxWidget", "Improvement"),
            options,
        )
        if chosen is None:
            return
        target = self._improvements[chosen][0]
        engine, user, seen = self._engine, self._user_id, self._versions(ids)
        self._start_action(
            lambda: triage.link_items(engine, ids, target, user_id=user, expected_versions=seen)
        )

    def start_improvement_from_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        translate = QCoreApplication.translate
        first = " ".join(self.model.feedback_row(self._row_of(ids[0])).text.split())[: triage.TITLE_CHARS]
        title = self.ask_text(
            self._widget(),
            translate("InboxWidget", "Start improvement"),
            translate("InboxWidget", "Title"),
            first,
        )
        if title is None:
            return
        engine, user, seen = self._engine, self._user_id, self._versions(ids)
        self._start_action(
            lambda: triage.start_improvement(engine, ids, user_id=user, title=title, expected_versions=seen)[
                1
            ]
        )

    def mark_selection_duplicates(self) -> None:
        ids = self._selection_or_say(at_least=2)
        if not ids:
            return
        translate = QCoreApplication.translate
        options = [f"#{id_} {self._preview(id_)}" for id_ in ids]
        chosen = self.ask_choice(
            self._widget(),
            translate("InboxWidget", "Mark duplicates"),
            translate("InboxWidget", "The original; the others become its duplicates"),
            options,
        )
        if chosen is None:
            return
        original = ids[chosen]
        engine, user = self._engine, self._user_id
        self._start_action(lambda: mark_duplicates(engine, ids, original, user))

    def reply_to_selection(self) -> None:
        """Open the reply composer on the selected items (one reply per contributor)."""
        ids = self._selection_or_say()
        if not ids:
            return
        from ui.workflow.reply_composer import ReplyComposerDialog  # on use: it is a large screen

        dialog = ReplyComposerDialog(self._engine, item_ids=ids, user_id=self._user_id, parent=self._widget())
        dialog.replies_sent.connect(lambda _sent: self.reload())
        self.reply_dialog = dialog
        dialog.open()

    # -- inside -------------------------------------------------------------

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def selected_item_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.feedback_row(row).id for row in rows]

    def _versions(self, item_ids: Sequence[int]) -> dict[int, int]:
        """The version of each item as the list shows it: an action refuses to overwrite a later save."""
        wanted = set(item_ids)
        rows = (self.model.feedback_row(row) for row in range(self.model.rowCount()))
        return {r.id: r.version for r in rows if r.id in wanted}

    def _row_of(self, item_id: int) -> int:
        for row in range(self.model.rowCount()):
            if self.model.feedback_row(row).id == item_id:
                return row
        raise KeyError(item_id)

    def _preview(self, item_id: int) -> str:
        text = " ".join(self.model.feedback_row(self._row_of(item_id)).text.split())
        return text[:80]

    def _selection_or_say(self, at_least: int = 1) -> list[int]:
        if self._task is not None:
            return []
        ids = self.selected_item_ids()
        if len(ids) < at_least:
            translate = QCoreApplication.translate
            self._say(
                translate("InboxWidget", "Select at least %n items first.", "", at_least)
                if at_least > 1
                else translate("InboxWidget", "Select items first.")
            )
            return []
        return ids

    def _say(self, message: str) -> None:
        QMessageBox.information(self._widget(), QCoreApplication.translate("InboxWidget", "Inbox"), message)
        self.bulk_refused.emit(message)  # type: ignore[attr-defined]

    def _start_action(self, action: Callable[[], TriageChange | list[TriageChange]]) -> None:
        task = run_in_background(_run, action)
        task.finished.connect(self._on_action_done)
        task.failed.connect(self._on_action_failed)
        self._task = task
        self._update_status()

    def _on_action_done(self, result: TriageChange | list[TriageChange]) -> None:
        self._task = None
        step = TriageGroupStep(result) if isinstance(result, list) else TriageStep(result)
        self.undo.push(step)
        self.reload()
        self.bulk_done.emit(step.text())  # type: ignore[attr-defined]

    def _on_action_failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_status()
        self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        translate = QCoreApplication.translate
        if isinstance(exc, EditConflict):
            message = "\n\n".join(filter(None, [crash.environment_message(exc), current_state_text(exc)]))
            QMessageBox.warning(self._widget(), translate("InboxWidget", "Changed by someone else"), message)
            self.reload()
        elif crash.is_environment_error(exc):
            message = crash.environment_message(exc)
            QMessageBox.warning(self._widget(), translate("InboxWidget", "Inbox"), message)
        else:
            crash.report(exc)
            message = str(exc)
        self.bulk_refused.emit(message)  # type: ignore[attr-defined]
