"""The classification review queue as a Qt table model: least confident suggestions first.

Rows come from ``app.classification_review.review_queue`` one keyset page at a
time as the view scrolls; the queue is never read whole. For each page the
model's likeliest other labels (the alternatives a digit key takes) are
computed in the background by ``classifiers.suggest.alternatives``: until the
models are loaded the column says so. The size of the queue is counted in the
background after each reset and after each review.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal, Slot
from sqlalchemy import Engine

from app.classification_review import (
    DEFAULT_THRESHOLD,
    ReviewRow,
    count_for_review,
    label_names,
    review_queue,
)
from app.tasks import Cancelled, TaskState
from ui import i18n
from ui.background import BackgroundTask, run_in_background
from ui.models import labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

PAGE_SIZE = 100
ALTERNATIVES = 9  # one per digit key; the suggestion itself is left out
MIN_SHOWN = 0.01  # a label the model gives less than 1% is no alternative (the chooser still has it)


class Column(enum.IntEnum):
    CONFIDENCE = 0
    SUGGESTION = 1
    ALTERNATIVES = 2
    LANGUAGE = 3
    TEXT = 4


@dataclass
class _Row:
    source: ReviewRow
    text: str  # on one line
    text_rtl: bool
    alternatives: list[tuple[str, float]] | None = None  # None: not known (yet)


def _count(state: TaskState, engine: Engine, target: str, threshold: float) -> int:
    """Runs in a worker: the size of the queue."""
    state.progress(0, 1)
    with engine.connect() as conn:
        return count_for_review(conn, target, threshold)


def _alternatives(
    state: TaskState, engine: Engine, target: str, texts: list[str], model_dir: Path | None
) -> list[list[tuple[str, float]]] | None:
    """Runs in a worker (the first call loads scikit-learn and the models)."""
    from classifiers.suggest import alternatives

    state.progress(0, 1)
    return alternatives(engine, target, texts, ALTERNATIVES + 1, model_dir)


def _models_loaded(engine: Engine, model_dir: Path | None) -> bool:
    # Not imported yet: certainly not loaded (and the GUI thread does not pay for the import).
    # A worker may be importing it right now: a half-imported module has no models_loaded yet.
    loaded = getattr(sys.modules.get("classifiers.suggest"), "models_loaded", None)
    return loaded is not None and bool(loaded(engine, model_dir))


class ReviewQueueModel(RowsTableModel[_Row]):
    CONTEXT = "ReviewQueueModel"
    HEADERS = (  # in Column order
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Confidence"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Suggested"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Alternatives (1–9)"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Language"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Text"),
    )

    #: The queue holds this many items (counted in the background after a reset or a review).
    count_changed = Signal(int)
    #: Background work of this model failed with this exception.
    error_occurred = Signal(object)

    def __init__(
        self,
        engine: Engine,
        target: str = "category",
        threshold: float = DEFAULT_THRESHOLD,
        parent: QObject | None = None,
        *,
        model_dir: Path | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._target = target
        self._threshold = threshold
        self._model_dir = model_dir
        self._page_size = page_size
        self._cursor: tuple[float, int] | None = None
        self._has_more = False
        self._changing = False
        self._count: int | None = None
        self._count_task: BackgroundTask | None = None
        self._generation = 0  # alternatives computed for an older reset are dropped
        self._asked: dict[QObject, tuple[int, list[_Row]]] = {}  # alternatives task -> what it was asked for
        self._no_model = False  # no trained model of this target: no alternatives
        self._retranslate_labels()
        self.reload()

    # -- what the view asks (rows, columns, headers, flags: RowsTableModel) -

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag
            if column == Column.CONFIDENCE:
                return int(align.AlignRight | align.AlignVCenter)
            if column == Column.TEXT:
                edge = align.AlignRight if row.text_rtl else align.AlignLeft
                return int(edge | align.AlignAbsolute | align.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TEXT:
            return row.source.text
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ALTERNATIVES and row.alternatives:
            return "\n".join(
                self.tr("Key %1: %2 (%3)")
                .replace("%1", i18n.local_number(n))
                .replace("%2", self.label_name(label))
                .replace("%3", i18n.local_percent(confidence))
                for n, (label, confidence) in enumerate(row.alternatives, start=1)
            )
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and not self._changing

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self._cursor)
        self._changing = True
        try:
            self._has_more = len(page) == self._page_size
            self._cursor = (page[-1].confidence, page[-1].item_id) if page else self._cursor
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(self._new_row(r) for r in page)
                self.endInsertRows()
        finally:
            self._changing = False
        self._ask_alternatives(self._rows[len(self._rows) - len(page) :])

    # -- what the screen asks -----------------------------------------------

    def target(self) -> str:
        return self._target

    def threshold(self) -> float:
        return self._threshold

    def set_target(self, target: str) -> None:
        if target != self._target:
            self._target = target
            self._retranslate_labels()
            self.reload()

    def set_threshold(self, threshold: float) -> None:
        if threshold != self._threshold:
            self._threshold = threshold
            self.reload()

    def count(self) -> int | None:
        """Items in the queue; None while counting."""
        return self._count

    def review_row(self, row: int) -> ReviewRow:
        return self._rows[row].source

    def alternatives(self, row: int) -> list[tuple[str, float]] | None:
        """The labels a digit key takes (1 = first), best first; None while unknown."""
        return self._rows[row].alternatives

    def label_name(self, label: str) -> str:
        return self._names.get(label, label)

    def label_choices(self) -> dict[str, str]:
        """Every label a person may choose: code -> what they read."""
        return dict(self._names)

    def take_row(self, row: int) -> ReviewRow:
        """Remove a reviewed row from the list (the item below moves up); the count follows."""
        source = self._rows[row].source
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        if self._count is not None:
            self._count = max(0, self._count - 1)
            self.count_changed.emit(self._count)
        return source

    def reload(self) -> None:
        """Read the queue again from its start (after training, or a change elsewhere)."""
        page = self._fetch(None)
        with self._engine.connect() as conn:
            names = label_names(conn, self._target)
        self._changing = True
        try:
            self.beginResetModel()
            self._generation += 1
            self._no_model = False
            if self._target == "category":
                self._names = {code: labels.category_label(name) for code, name in names.items()}
            self._rows = [self._new_row(r) for r in page]
            self._has_more = len(page) == self._page_size
            # The last row read, not the last shown: a reviewed row leaves the list, not the order.
            self._cursor = (page[-1].confidence, page[-1].item_id) if page else None
            self.endResetModel()
        finally:
            self._changing = False
        self._start_count()
        self._ask_alternatives(self._rows)

    # -- inside -------------------------------------------------------------

    def _fetch(self, after: tuple[float, int] | None) -> list[ReviewRow]:
        with self._engine.connect() as conn:
            return review_queue(conn, self._target, self._threshold, limit=self._page_size, after=after)

    def _new_row(self, source: ReviewRow) -> _Row:
        text = " ".join(source.text.split())
        return _Row(source, text, is_right_to_left(text))

    def _display(self, row: _Row, column: int) -> str:
        source = row.source
        if column == Column.CONFIDENCE:
            return i18n.local_percent(source.confidence)
        if column == Column.SUGGESTION:
            return self.label_name(source.suggestion)
        if column == Column.ALTERNATIVES:
            return self._alternatives_text(row)
        if column == Column.LANGUAGE:
            return self._languages.get(source.language, source.language) if source.language else ""
        return row.text

    def _alternatives_text(self, row: _Row) -> str:
        if row.alternatives is None:
            if self._no_model:
                return ""
            if not _models_loaded(self._engine, self._model_dir):
                return self.tr("model loading…")
            return "…"
        return "   ".join(
            f"{i18n.local_number(n)} {self.label_name(label)} {i18n.local_percent(confidence)}"
            for n, (label, confidence) in enumerate(row.alternatives, start=1)
        )

    def _ask_alternatives(self, rows: list[_Row]) -> None:
        if not rows or self._no_model:
            return
        task = run_in_background(
            _alternatives, self._engine, self._target, [r.source.text for r in rows], self._model_dir
        )
        # A bound slot, not a lambda: Qt drops the connection when this model is deleted first.
        self._asked[task] = (self._generation, rows)
        task.finished.connect(self._on_alternatives)
        task.failed.connect(self._on_alternatives_failed)

    @Slot(object)
    def _on_alternatives_failed(self, exc: BaseException) -> None:
        self._asked.pop(self.sender(), None)
        self._on_failed(exc)

    @Slot(object)
    def _on_alternatives(self, result: list[list[tuple[str, float]]] | None) -> None:
        generation, rows = self._asked.pop(self.sender(), (None, []))
        if generation != self._generation:
            return
        if result is None:
            self._no_model = True
        else:
            for row, ranked in zip(rows, result, strict=True):
                row.alternatives = [
                    (label, c) for label, c in ranked if label != row.source.suggestion and c >= MIN_SHOWN
                ][:ALTERNATIVES]
        if self._rows:
            column = int(Column.ALTERNATIVES)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def _start_count(self) -> None:
        if self._count_task is not None:
            self._count_task.cancel()
        self._count = None
        task = run_in_background(_count, self._engine, self._target, self._threshold)
        task.finished.connect(self._on_counted)
        task.failed.connect(self._on_failed)
        self._count_task = task

    @Slot(object)
    def _on_counted(self, count: int) -> None:
        if self.sender() is not self._count_task:
            return
        self._count_task = None
        self._count = count
        self.count_changed.emit(count)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.error_occurred.emit(exc)

    def _retranslate_labels(self) -> None:
        self._languages = labels.language_labels()
        if self._target == "kind":
            self._names = labels.kind_labels()
