"""Draw each cell's text in its own direction, so Persian reads right to left in any window.

Qt lays a cell out in the view's direction: a Persian sentence in an English
window gets its final full stop on the wrong side and is elided at the wrong
end (and an English one in a Persian window likewise). This delegate gives
each cell the direction of its own text. Where the cell sits keeps following
the view (leading edge), unless the model asks for an absolute alignment, as
the feedback model does for the text column, whose texts align by their own direction.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.text_direction import is_right_to_left


class NaturalDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        view_direction = option.direction
        option.displayAlignment = (
            QStyle.visualAlignment(view_direction, option.displayAlignment) | Qt.AlignmentFlag.AlignAbsolute
        )
        rtl = is_right_to_left(option.text)
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
