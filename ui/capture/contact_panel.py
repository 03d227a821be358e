"""The side panel: what the chosen contact raised before and which survey questions they already answered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app.contact_history import AnswerOnFile, EarlierItem, answers_on_file, earlier_items
from app.tasks import TaskState
from ui import crash
from ui.background import run_in_background
from ui.capture.list_models import AnswersModel, EarlierItemsModel
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate


def _load(_state: TaskState, engine: Engine, contact_id: int) -> tuple[list[EarlierItem], list[AnswerOnFile]]:
    with engine.connect() as conn:
        return earlier_items(conn, contact_id), answers_on_file(conn, contact_id)


def _list(model: EarlierItemsModel | AnswersModel) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setItemDelegate(NaturalDirectionDelegate(view))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read while talking; Tab stays in the form
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setSpacing(3)
    return view


class ContactPanel(QWidget):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._contact_id: int | None = None
        self.items_model = EarlierItemsModel(self)
        self.answers_model = AnswersModel(self)
        self._items_title = QLabel()
        self._answers_title = QLabel()
        for title in (self._items_title, self._answers_title):
            title.setStyleSheet("font-weight: bold;")
        self._hint = QLabel(self.tr("Choose a contact to see what they told us before."))
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._hint)
        layout.addWidget(self._items_title)
        layout.addWidget(_list(self.items_model), 3)
        layout.addWidget(self._answers_title)
        layout.addWidget(_list(self.answers_model), 2)
        self._show_titles()

    @Slot(object)
    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        if contact_id is None:
            self.items_model.set_records([])
            self.answers_model.set_records([])
            self._show_titles()
            return
        task = run_in_background(_load, self._engine, contact_id)
        task.finished.connect(lambda result, c=contact_id: self._loaded(c, result))
        task.failed.connect(self._failed)

    def _loaded(self, contact_id: int, result: tuple[list[EarlierItem], list[AnswerOnFile]]) -> None:
        if contact_id != self._contact_id:
            return  # another contact was chosen meanwhile
        self.items_model.set_records(result[0])
        self.answers_model.set_records(result[1])
        self._show_titles()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self._hint.setText(crash.environment_message(exc))
        else:
            crash.report(exc)

    def _show_titles(self) -> None:
        chosen = self._contact_id is not None
        self._hint.setVisible(not chosen)
        items, answers = self.items_model.rowCount(), self.answers_model.rowCount()
        self._items_title.setText(self.tr("Earlier items (%1)").replace("%1", str(items)))
        self._answers_title.setText(
            self.tr("Survey answers on file (%1): no need to ask again").replace("%1", str(answers))
        )
