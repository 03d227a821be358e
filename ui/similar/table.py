"""The table view the similar-item screens share: whole rows, each text in its own direction."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.similar_model import SimilarModel


def similar_table(model: SimilarModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(NaturalDirectionDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(SimilarModel.TEXT, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    """Select ``row`` whole, whatever keys are held (``QTableView.selectRow`` follows the modifiers)."""
    index = view.model().index(row, 0)
    if not index.isValid():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
