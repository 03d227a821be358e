"""Start the window: the application object, the crash handler, the database, the main window.

Start-up is kept fast (window with data in well under a second): nothing heavy
is imported here (no scikit-learn, reportlab or pandas; Alembic only when the
schema needs an upgrade), and sample data is written in the background while
the window is already open.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from app import logs
from app.tasks import TaskState
from ui import background, crash, i18n
from ui.platform_check import platform_problem

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("kaizen.ui")

APP_NAME = "Kaizen Desk"
ORGANIZATION = "Kaizen Desk"
EXIT_ENVIRONMENT_ERROR = 2  # as main.py: an expected problem, already explained to the user


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    # Before any window is built: screens take their texts, locale and direction when built.
    i18n.apply_language(app)
    return app


def open_database(db_url: str | None) -> Engine:
    """The engine for ``db_url`` (or the default), with the schema upgraded to the newest revision."""
    from db.engine import make_engine, resolve_url
    from db.migrate import upgrade_to_head

    engine = make_engine(resolve_url(db_url))
    upgrade_to_head(engine)
    return engine


def fill_sample_data(state: TaskState, engine: Engine) -> bool:
    """Runs in a worker: sample data into an empty database; True if any was added."""
    try:
        from app import demo_data
    except ModuleNotFoundError as exc:
        if exc.name != "app.demo_data":
            raise
        log.info("no sample data: app.demo_data is not available")
        return False
    return demo_data.ensure_sample_data(engine, state=state)


def offer_draft(window: MainWindow, engine: Engine) -> None:
    """Offer back a capture draft a crash left behind (nothing is lost, DESIGN.md)."""
    from ui.capture.recovery import offer_recovered_draft

    offer_recovered_draft(window, engine, window.open_capture)


def import_capture_code(_state: TaskState) -> None:
    """Runs in a worker: load the capture window's code before anyone asks for it.

    Importing it (and the phone and e-mail libraries behind it) takes longer
    than the 100 ms in which Ctrl+N must show a ready form; building the
    window once the code is loaded takes a few tens of milliseconds.
    """
    importlib.import_module("ui.capture.window")


MODEL_LOAD_DELAY_MS = 1000  # after the first paint and the capture code


def load_classifiers(state: TaskState, engine: Engine) -> bool:
    """Runs in a worker: scikit-learn and the trained models, before the first suggestion needs them.

    Until they are loaded, the review queue says "model loading…" where its
    alternatives will appear; True if any trained model was loaded.
    """
    from classifiers.suggest import preload

    return preload(state, engine)


def train_classifiers(state: TaskState, engine: Engine) -> bool:
    """Runs in a worker: train on the confirmed labels, write the models' suggestions into the unconfirmed
    items (the review queue then shows what these models think), load the models; True if any was trained."""
    from classifiers.suggest import preload
    from classifiers.training import TARGETS, train_and_suggest

    summary = train_and_suggest(engine, state=state)
    preload(state, engine)
    return any(summary[target].get("trained") for target in TARGETS)


def sample_data_added(window: MainWindow, engine: Engine) -> None:
    """Show the sample data, and train the classifiers on it (about 20 s for 3,000 items).

    Untrained, capture would suggest no category and the review queue would be
    empty until someone found "Train": a newcomer would not see what the app does.
    """
    window.reload()
    task = background.run_in_background(train_classifiers, engine, pool=background.long_pool(), writes=True)
    window.watch_task(
        task, QCoreApplication.translate("Application", "Training the classifiers on the sample data…")
    )


def run_gui(db_url: str | None, sample_data: bool = True) -> int:
    """Open the window on ``db_url``; returns the exit code."""
    logs.configure()  # the log file and the records the Help → Log… window shows
    problem = platform_problem()
    if problem is not None:
        print(f"kaizen: {problem}", file=sys.stderr)
        return EXIT_ENVIRONMENT_ERROR
    app = create_application()
    crash.install()
    try:
        engine = open_database(db_url)
    except Exception as exc:
        if not crash.is_environment_error(exc):
            raise
        crash.show_environment_error(exc)
        return EXIT_ENVIRONMENT_ERROR
    log.info("window opening on %s", engine.url)  # the URL as text hides a password

    from ui.main_window import MainWindow

    window = MainWindow(engine)
    window.show()
    # After the first paint: the question (and the capture code behind it) must not delay the window.
    QTimer.singleShot(0, lambda: offer_draft(window, engine))
    QTimer.singleShot(0, lambda: background.run_in_background(import_capture_code))
    QTimer.singleShot(
        MODEL_LOAD_DELAY_MS,
        window,
        lambda: background.run_in_background(load_classifiers, engine) if window.isVisible() else None,
    )
    # Only an empty list can need sample data: a database in use skips importing
    # and asking app.demo_data, which would compete with the first paint.
    if sample_data and window.model().rowCount() == 0:
        task = background.run_in_background(
            fill_sample_data, engine, pool=background.long_pool(), writes=True
        )
        window.watch_task(task, QCoreApplication.translate("Application", "Preparing sample data…"))
        task.finished.connect(lambda added: sample_data_added(window, engine) if added else None)
    try:
        return app.exec()
    finally:
        background.cancel_all()
        background.wait_for_all()
        engine.dispose()
