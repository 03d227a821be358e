""" "Sounds like:" under the text being captured: up to three items or improvements it may repeat.

Running improvements come first ("Improvement #12 — Shorter queues, in Do");
choosing one (a click, or Alt+1..3 from the form) links the new item to it
when it is saved; choosing a single item saves the new one as its duplicate.
Choosing the same again undoes the choice. Each line wraps, so the compact
capture window keeps its width in any language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app import similar_items
from app.similar_items import SimilarRow
from ui import crash
from ui.models import labels
from ui.models.similar_model import stage_text
from ui.similar.lookup import SimilarLookup

SHOWN = 3
SNIPPET_CHARS = 70


def describe(row: SimilarRow) -> str:
    """One line for a match: what it is, what it says, where it stands."""
    translate = QCoreApplication.translate
    if row.kind == "improvement":
        return (
            translate("SoundsLike", "Improvement #%1 — %2, in %3")
            .replace("%1", str(row.id))
            .replace("%2", f"\u2068{' '.join(row.text.split())}\u2069")
            .replace("%3", stage_text(row.stage))
        )
    text = " ".join(row.text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rstrip() + "…"
    return (
        translate("SoundsLike", "Item #%1 — %2 (%3)")
        .replace("%1", str(row.id))
        .replace("%2", f"\u2068{text}\u2069")
        .replace("%3", labels.status_labels().get(row.status or "", row.status or ""))
    )


class SoundsLikeBox(QWidget):
    #: The operator chose a match to link the new item to (a ``SimilarRow``), or None: no link.
    choice_changed = Signal(object)
    #: A look-up answered (the matches shown; empty: nothing similar).
    matches_shown = Signal(object)
    #: The box says it is looking while the index is being built.
    building_shown = Signal()

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = SimilarLookup(engine, self)
        self._lookup.found.connect(self._found)
        self._lookup.building.connect(self._building)
        self._lookup.failed.connect(self._failed)
        self._rows: list[SimilarRow] = []
        self._choice: SimilarRow | None = None
        self._asked = ""
        self.header = QLabel(self.tr("Sounds like:"))
        self.header.setStyleSheet("color: palette(mid);")
        self.lines: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        for n in range(SHOWN):
            line = QLabel()
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            line.linkActivated.connect(lambda _link, n=n: self.toggle(n))
            line.hide()
            layout.addWidget(line)
            self.lines.append(line)
        self.hide()

    def rows(self) -> list[SimilarRow]:
        return list(self._rows)

    def choice(self) -> SimilarRow | None:
        return self._choice

    def line_texts(self) -> list[str]:
        return [line.text() for line in self.lines if not line.isHidden()]

    def look_up(self, text: str) -> None:
        """Find what ``text`` sounds like (in the background); an empty text clears the box."""
        self._asked = text
        if not text.strip():
            self._lookup.drop()
            self._show([])
            return
        self._lookup.ask(similar_items.sounds_like, text, SHOWN)

    def clear(self) -> None:
        """A new item: no matches, no choice."""
        self._asked = ""
        self._lookup.drop()
        self._set_choice(None)
        self._show([])

    def restore_choice(self, row: SimilarRow) -> None:
        """Show ``row`` chosen again (a draft brought back), before any look-up has answered."""
        self._set_choice(row)
        self._show([])
        self.show()

    @Slot(int)
    def toggle(self, n: int) -> None:
        """Choose match ``n`` (from 0), or undo that choice."""
        if not 0 <= n < len(self._rows):
            return
        row = self._rows[n]
        self._set_choice(None if self._choice == row else row)
        self._render()

    def _set_choice(self, row: SimilarRow | None) -> None:
        if row != self._choice:
            self._choice = row
            self.choice_changed.emit(row)

    @Slot()
    def _building(self) -> None:
        self.header.setText(self.tr("Sounds like: looking for similar items…"))
        self.building_shown.emit()
        self.show()

    @Slot(object)
    def _found(self, rows: list[SimilarRow]) -> None:
        if not self._asked.strip():
            return
        self._show(rows)
        self.matches_shown.emit(rows)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._show([])
        if not crash.is_environment_error(exc):
            crash.report(exc)

    def _show(self, rows: list[SimilarRow]) -> None:
        # A chosen match stays (first) while the text changes, so the choice is never lost silently.
        if self._choice is not None:
            rows = [self._choice, *(r for r in rows if r.key != self._choice.key)][:SHOWN]
        self._rows = rows
        self._render()

    def _render(self) -> None:
        self.header.setText(self.tr("Sounds like:"))
        for n, line in enumerate(self.lines):
            if n >= len(self._rows):
                line.hide()
                continue
            row = self._rows[n]
            link = f'<a href="{n}">{html.escape(describe(row))}</a>'
            if row == self._choice:
                note = (
                    self.tr("joins it when saved")
                    if row.kind == "improvement"
                    else self.tr("saved as its duplicate")
                )
                text = f"✓ {link} — <b>{html.escape(note)}</b> (Alt+{n + 1})"
            else:
                text = f"{link} (Alt+{n + 1})"
            line.setText(text)
            line.show()
        self.setVisible(bool(self._rows))
