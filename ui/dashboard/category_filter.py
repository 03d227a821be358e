"""A button that opens a list of categories to tick: the dashboard's multi-select category filter.

Nothing ticked means every category. The menu stays open while boxes are
ticked, so choosing three categories is three clicks, not three menus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


class _StayOpenMenu(QMenu):
    """Ticking a box does not close the menu (Escape or a click outside does)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class CategoryFilter(QPushButton):
    #: The ticked categories changed (the ids, in the menu's order).
    selection_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._menu = _StayOpenMenu(self)
        self.setMenu(self._menu)
        self._all = QAction(self.tr("All categories"), self)
        self._all.triggered.connect(self.clear)
        self._actions: dict[int, QAction] = {}
        self._rebuild([])

    def set_categories(self, categories: Sequence[tuple[int, str]]) -> None:
        """``(id, name)`` to offer; ticks of ids still offered are kept."""
        keep = set(self.selected_ids())
        self._rebuild(categories)
        for id_, action in self._actions.items():
            action.setChecked(id_ in keep)
        self._update_text()

    def categories(self) -> list[tuple[int, str]]:
        return [(id_, action.text()) for id_, action in self._actions.items()]

    def selected_ids(self) -> list[int]:
        return [id_ for id_, action in self._actions.items() if action.isChecked()]

    def set_selected(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for id_, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(id_ in wanted)
            action.blockSignals(False)
        self._changed()

    @Slot()
    def clear(self) -> None:
        self.set_selected(())

    def _rebuild(self, categories: Sequence[tuple[int, str]]) -> None:
        self._menu.clear()
        self._menu.addAction(self._all)
        self._menu.addSeparator()
        self._actions = {}
        for id_, name in categories:
            action = self._menu.addAction(name)
            action.setCheckable(True)
            action.toggled.connect(self._changed)
            self._actions[id_] = action
        self._all.setEnabled(bool(categories))
        self._update_text()

    @Slot()
    def _changed(self) -> None:
        self._update_text()
        self.selection_changed.emit(self.selected_ids())

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions.values() if a.isChecked()]
        if not chosen:
            text = self.tr("All categories")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = self.tr("%n categories", "", len(chosen))
        self.setText(text)
        self.setToolTip(", ".join(chosen))
