"""The review list of contacts that may be one person (``app.match_review.open_matches``).

One row per held pair, strongest first: score, the two contacts, what made
them look alike, the import that found them. The screen loads the pairs in a
worker and hands them over with ``set_matches``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from app.match_review import ContactSide, HeldMatch
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

CONTEXT = "MatchReview"

HEADERS = (
    QT_TRANSLATE_NOOP("MatchReview", "Score"),
    QT_TRANSLATE_NOOP("MatchReview", "Contact"),
    QT_TRANSLATE_NOOP("MatchReview", "Maybe the same person as"),
    QT_TRANSLATE_NOOP("MatchReview", "Evidence"),
    QT_TRANSLATE_NOOP("MatchReview", "Found by"),
)
# What each kind of evidence means, for a person deciding.
EVIDENCE = {
    "name": QT_TRANSLATE_NOOP("MatchReview", "Same name in another spelling or script"),
    "phone": QT_TRANSLATE_NOOP("MatchReview", "Phone one digit off"),
    "email": QT_TRANSLATE_NOOP("MatchReview", "Same e-mail name at another domain"),
    "shared_phone": QT_TRANSLATE_NOOP("MatchReview", "Same phone, but a new e-mail and another name"),
}


def evidence_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, EVIDENCE[kind]) if kind in EVIDENCE else kind


def contact_label(side: ContactSide | None, contact_id: int) -> str:
    """ "#12 · name", the name isolated so a Persian one does not reorder the number around it."""
    name = (
        side.name
        if side is not None and side.name
        else QCoreApplication.translate("MatchReview", "(no name)")
    )
    return f"#{contact_id} · \u2068{name}\u2069"


class MatchReviewModel(RowsTableModel[HeldMatch]):
    """Held pairs, as ``open_matches`` returns them, with both contacts."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sides: dict[int, ContactSide] = {}

    def set_matches(self, matches: list[HeldMatch], sides: dict[int, ContactSide]) -> None:
        self._sides = dict(sides)
        self.set_rows(matches)

    def match_at(self, row: int) -> HeldMatch | None:
        return self.row_at(row)

    def side(self, contact_id: int) -> ContactSide | None:
        return self._sides.get(contact_id)

    def row_of(self, review_id: int) -> int:
        return next((row for row, m in enumerate(self._rows) if m.id == review_id), -1)

    def _text(self, match: HeldMatch, column: int) -> str:
        if column == 0:
            return f"{match.score:.2f}"
        if column == 1:
            return contact_label(self._sides.get(match.contact_id), match.contact_id)
        if column == 2:
            return contact_label(self._sides.get(match.candidate_id), match.candidate_id)
        if column == 3:
            kinds = dict.fromkeys(e.get("kind", "") for e in match.evidence)
            return "; ".join(evidence_label(kind) for kind in kinds)
        return match.source or ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(HEADERS):
            return None
        match = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(match, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 3:
                return "\n".join(
                    f"{evidence_label(e.get('kind', ''))}: {e.get('detail', '')}" for e in match.evidence
                )
            return self._text(match, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            rtl = is_right_to_left(self._text(match, index.column()))
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return match.id
        return None
