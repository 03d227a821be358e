"""At start, offer back a capture draft left on file (the app was killed, the PC crashed ...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import Engine

from app import drafts, operators

if TYPE_CHECKING:
    from ui.capture.window import CaptureWindow

PREVIEW_CHARS = 200


def offer_recovered_draft(parent: QWidget, engine: Engine, open_capture: Callable[[], CaptureWindow]) -> bool:
    """Ask whether to restore the operator's draft; True if it was restored.

    Only an explicit Discard removes the draft: closing the question keeps it for next time.
    """
    # Read only (sample data may be being written at start), and without the
    # capture window's code, which loads in the background meanwhile.
    with engine.connect() as conn:
        operator = operators.operator(conn, operators.login_name())
    if operator is None:
        return False
    saved = drafts.load_draft(engine, operator.id)
    if saved is None or saved.draft.is_empty():
        return False
    draft = saved.draft
    preview = (draft.text.strip() or (draft.items[0].text if draft.items else "")).strip()
    if len(preview) > PREVIEW_CHARS:
        preview = preview[:PREVIEW_CHARS] + "…"
    items = len(draft.items) + (1 if draft.text.strip() else 0)
    text = (
        QCoreApplication.translate(
            "Capture", "Kaizen Desk closed before this capture was saved (draft from %1 UTC, %2 item(s)):"
        )
        .replace("%1", f"{saved.saved_at:%Y-%m-%d %H:%M}")
        .replace("%2", str(items))
        + f"\n\n\u2068{preview}\u2069\n\n"
        + QCoreApplication.translate("Capture", "Restore it now?")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Capture", "Unsaved capture"),
        text,
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window = open_capture()
        window.restore(draft)
        return True
    if answer == QMessageBox.StandardButton.Discard:
        drafts.discard_draft(engine, operator.id)
    return False
