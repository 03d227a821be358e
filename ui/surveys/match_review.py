"""Review possible duplicates: contacts that may be one person, side by side, decided with one key.

The list is ``app.match_review.open_matches`` (strongest first). The selected
pair shows both contacts (name, e-mail, phone, customer number, what is on
file for each) and the evidence that held them. **M** merges the pair (the
older contact is kept and gets every contact point, item, response and reply
of the other: ``app.contact_merge.merge_held_match``), **K** keeps them apart
(``reject_match``); the list then moves on to the next pair. Reading and
deciding run in workers (``ui.background``).

Preview alone: ``python -m ui.surveys.match_review [--db URL]``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.errors import KaizenError
from app.match_review import ContactSide, HeldMatch
from app.tasks import TaskState
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.match_review_model import MatchReviewModel, contact_label, evidence_label

LIST_LIMIT = 500


def load_review_list(
    _state: TaskState, engine: Engine
) -> tuple[list[HeldMatch], dict[int, ContactSide], int]:
    """In a worker: the open pairs, both contacts of each, and how many are open in all."""
    from app.match_review import contact_sides, count_open, open_matches

    with engine.connect() as conn:
        matches = open_matches(conn, limit=LIST_LIMIT)
        sides = contact_sides(conn, {i for m in matches for i in (m.contact_id, m.candidate_id)})
        return matches, sides, count_open(conn)


def decide(_state: TaskState, engine: Engine, review_id: int, merge: bool, user_id: int | None) -> int:
    """In a worker: merge the pair or keep it apart, in one transaction; returns the review id."""
    from app.contact_merge import merge_held_match
    from app.match_review import reject_match

    with engine.begin() as conn:
        if merge:
            merge_held_match(conn, review_id, user_id=user_id)
        else:
            reject_match(conn, review_id)
    return review_id


class MatchReviewWindow(QWidget):
    #: The list was read and is on screen (number of open pairs).
    list_loaded = Signal(int)
    #: A pair was decided: review id, True if merged (False: kept apart).
    pair_decided = Signal(int, bool)

    _FIELDS = ("name", "email", "phone", "customer_number", "items", "responses", "replies", "since")

    def __init__(self, engine: Engine, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Possible duplicates — Kaizen Desk"))
        self._engine = engine
        self._user_id = user_id
        self._task: BackgroundTask | None = None
        self._busy = False
        self._model = MatchReviewModel(self)

        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._table.setItemDelegate(NaturalDirectionDelegate(self._table))
        header = self._table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.selectionModel().currentRowChanged.connect(self._show_current)

        self._merge_button = QPushButton(self.tr("&Merge: one person (M)"))
        self._apart_button = QPushButton(self.tr("&Keep apart: two people (K)"))
        self._merge_button.clicked.connect(self.merge_current)
        self._apart_button.clicked.connect(self.keep_current_apart)
        for key, slot in ((Qt.Key.Key_M, self.merge_current), (Qt.Key.Key_K, self.keep_current_apart)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self._detail = QWidget()
        self._grid = QGridLayout(self._detail)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self._heads = [QLabel(), QLabel()]
        for column, head in enumerate(self._heads, start=1):
            head.setWordWrap(True)
            head.setStyleSheet("font-weight: bold")
            self._grid.addWidget(head, 0, column)
        titles = {
            "name": self.tr("Name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "customer_number": self.tr("Customer number"),
            "items": self.tr("Feedback items"),
            "responses": self.tr("Survey responses"),
            "replies": self.tr("Replies"),
            "since": self.tr("On file since"),
        }
        self._cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(self._FIELDS, start=1):
            title = QLabel(titles[key])
            title.setAlignment(Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(title, row, 0)
            pair = (QLabel(), QLabel())
            for column, cell in enumerate(pair, start=1):
                cell.setWordWrap(True)
                # Each value starts at the column's leading edge, whichever way its own text reads.
                leading = (
                    Qt.AlignmentFlag.AlignLeft
                    if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                    else Qt.AlignmentFlag.AlignRight
                )
                cell.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                self._grid.addWidget(cell, row, column)
            self._cells[key] = pair
        self._evidence = QLabel()
        self._evidence.setWordWrap(True)
        self._evidence.setTextFormat(Qt.TextFormat.PlainText)
        self._evidence.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid.addWidget(QLabel(self.tr("Why held")), len(self._FIELDS) + 1, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self._evidence, len(self._FIELDS) + 1, 1, 1, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self._merge_button)
        buttons.addWidget(self._apart_button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._detail)
        lower_layout.addLayout(buttons)
        lower_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(splitter, 1)
        self.resize(1000, 720)
        self._show_current()
        self.reload()

    # -- what others call ---------------------------------------------------

    def model(self) -> MatchReviewModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def summary_text(self) -> str:
        return self._summary.text()

    def current_match(self) -> HeldMatch | None:
        return self._model.match_at(self._table.currentIndex().row())

    def detail_text(self) -> str:
        """What the side-by-side shows, as plain text (tests, screen readers)."""
        lines = [f"{self._heads[0].text()} | {self._heads[1].text()}"]
        for key, (a, b) in self._cells.items():
            lines.append(f"{key}: {a.text()} | {b.text()}")
        return "\n".join([*lines, self._evidence.text()])

    @Slot()
    def reload(self) -> None:
        self._summary.setText(self.tr("Reading the review list…"))
        self._run(load_review_list, self._engine, on_done=self._loaded)

    @Slot()
    def merge_current(self) -> None:
        self._decide(merge=True)

    @Slot()
    def keep_current_apart(self) -> None:
        self._decide(merge=False)

    # -- work -----------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        self._busy = True
        self._update_buttons()
        task = run_in_background(fn, *args)
        task.finished.connect(on_done)
        task.failed.connect(self._failed)
        self._task = task

    _deciding = False
    _note = ""  # why the list was reloaded, said before the count

    def _decide(self, merge: bool) -> None:
        match = self.current_match()
        if match is None or self._busy:
            return
        self._deciding = True
        self._summary.setText(self.tr("Merging…") if merge else self.tr("Keeping apart…"))
        self._run(
            decide,
            self._engine,
            match.id,
            merge,
            self._user_id,
            on_done=lambda review_id, merged=merge: self._decided(review_id, merged),
        )

    def _decided(self, review_id: int, merged: bool) -> None:
        self._deciding = False
        self._next_row = max(self._model.row_of(review_id), 0)
        self.pair_decided.emit(review_id, merged)
        self.reload()

    _next_row = 0

    @Slot(object)
    def _loaded(self, result: tuple[list[HeldMatch], dict[int, ContactSide], int]) -> None:
        matches, sides, total = result
        self._busy = False
        self._model.set_matches(matches, sides)
        if total == 0:
            summary = self.tr("No possible duplicates wait for a decision.")
        else:
            summary = self.tr("%n pair(s) of contacts may be one person. M: merge, K: keep apart.", "", total)
        self._summary.setText(f"{self._note} — {summary}" if self._note else summary)
        self._note = ""
        if matches:
            row = min(self._next_row, len(matches) - 1)
            index = self._model.index(row, 0)
            self._table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._table.setFocus()
        self._show_current()
        self.list_loaded.emit(total)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if not crash.is_environment_error(exc):
            crash.report(exc)
            return
        message = crash.environment_message(exc).replace("\n", " ")
        self._summary.setText(message)
        if self._deciding and isinstance(exc, KaizenError):
            # Decided (or merged) elsewhere meanwhile: show the list as it is now, and say why.
            self._deciding = False
            self._note = message
            self.reload()

    # -- showing ----------------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.current_match() is not None and not self._busy
        self._merge_button.setEnabled(has)
        self._apart_button.setEnabled(has)

    @Slot()
    def _show_current(self, *_args: object) -> None:
        self._update_buttons()
        match = self.current_match()
        if match is None:
            for head in self._heads:
                head.setText("")
            for a, b in self._cells.values():
                a.setText("")
                b.setText("")
            self._evidence.setText("")
            return
        # merge_held_match keeps the older contact (the smaller id).
        keep_id, other_id = sorted((match.contact_id, match.candidate_id))
        sides = [self._model.side(keep_id), self._model.side(other_id)]
        self._heads[0].setText(self.tr("Kept: %1").replace("%1", contact_label(sides[0], keep_id)))
        self._heads[1].setText(self.tr("Merged into it: %1").replace("%1", contact_label(sides[1], other_id)))
        values = [self._values(side) for side in sides]
        for key, (a, b) in self._cells.items():
            left, right = values[0][key], values[1][key]
            same = bool(left) and left == right and key in {"email", "phone", "customer_number"}
            for label, text in ((a, left), (b, right)):
                label.setText(text or "—")
                label.setStyleSheet("font-weight: bold" if same else "")
        self._evidence.setText(
            "\n".join(f"{evidence_label(e.get('kind', ''))}: {e.get('detail', '')}" for e in match.evidence)
        )

    def _values(self, side: ContactSide | None) -> dict[str, str]:
        if side is None:
            return dict.fromkeys(self._FIELDS, "")
        return {
            "name": side.name or "",
            "email": "\n".join(side.values("email")),
            "phone": "\n".join(side.values("phone")),
            "customer_number": "\n".join(side.values("customer_number")),
            "items": str(side.items),
            "responses": str(side.responses),
            "replies": str(side.replies),
            "since": side.created_at.strftime("%Y-%m-%d") if side.created_at else "",
        }


def _preview() -> int:
    """Run the screen alone on ``--db URL``, else on a temporary database with sample pairs."""
    import argparse
    import tempfile

    from ui.application import create_application, open_database

    parser = argparse.ArgumentParser(prog="python -m ui.surveys.match_review", description=_preview.__doc__)
    parser.add_argument("--db", metavar="URL")
    args = parser.parse_args()
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="kaizen-review-") as folder:
        engine = open_database(args.db or f"sqlite:///{folder}/preview.db")
        if not args.db:
            from ui.surveys.sample_surveys import add_sample_surveys

            add_sample_surveys(engine, folder)
        window = MatchReviewWindow(engine)
        window.show()
        code = app.exec()
        from ui import background

        background.cancel_all()
        background.wait_for_all()
        engine.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(_preview())
