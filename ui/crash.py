"""The one crash path (after Picard): a crash log with the traceback, and a dialog with the details.

Environment problems (``KaizenError``, a database that cannot be reached) are
not bugs: they get a calm message that names the problem, and no crash log.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from app.errors import KaizenError

log = logging.getLogger("kaizen.ui.crash")

_showing = False  # a second error while the dialog is open is logged, not stacked


def is_environment_error(exc: BaseException) -> bool:
    return isinstance(exc, KaizenError | OperationalError)


def environment_message(exc: BaseException) -> str:
    if isinstance(exc, OperationalError):
        return QCoreApplication.translate("Crash", "The database cannot be reached or opened:\n%1").replace(
            "%1", str(exc.orig)
        )
    if isinstance(exc, KaizenError):
        from ui.error_messages import user_message  # on error only: it imports the workflow services

        return user_message(exc)
    return str(exc)


def crash_log_dir() -> Path:
    """The user log folder, next to ``kaizen.log`` (``KAIZEN_LOG_DIR`` names another)."""
    from app.logs import log_dir

    return log_dir()


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    folder = crash_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    header = (
        f"Kaizen Desk crash at {dt.datetime.now().isoformat(timespec='seconds')}\n"
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}\n\n"
    )
    path.write_text(header + details, encoding="utf-8")
    return path


def show_environment_error(exc: BaseException) -> None:
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("Crash", "Kaizen Desk"),
        environment_message(exc),
    )


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: every exception nobody caught ends here."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if is_environment_error(exc):
        log.warning("environment error: %s", exc)
        if not _showing and QApplication.instance() is not None:
            _showing = True
            try:
                show_environment_error(exc)
            finally:
                _showing = False
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    try:
        path: Path | None = write_crash_log(exc_type, exc, tb)
    except OSError:
        log.exception("could not write the crash log")
        path = None
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        _show_crash_dialog(exc_type, exc, tb, path)
    finally:
        _showing = False


def _show_crash_dialog(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, path: Path | None
) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Kaizen Desk: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Crash", "Something went wrong inside Kaizen Desk. This is a bug, not something you did."
        )
    )
    if path is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Crash", "A crash log was written to:\n%1\nPlease send it to your administrator."
            ).replace("%1", str(path))
        )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Crash", "Quit Kaizen Desk")
    )
    if box.exec() == QMessageBox.StandardButton.Close:
        QApplication.quit()


def report(exc: BaseException) -> None:
    """Send an exception that arrived by signal (from a worker) down the same path."""
    handle_exception(type(exc), exc, exc.__traceback__)


def install() -> None:
    sys.excepthook = handle_exception
