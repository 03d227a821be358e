"""Run one workflow screen alone on sample data (``python -m ui.workflow.board`` ...)."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine

from app.demo_data import generate
from db.engine import make_engine
from db.migrate import upgrade_to_head

SAMPLE_ITEMS = 400


def sample_engine(folder: str, items: int = SAMPLE_ITEMS) -> Engine:
    """A new SQLite file in ``folder`` with sample data in English, Russian and Persian."""
    engine = make_engine(f"sqlite:///{folder}/preview.db")
    upgrade_to_head(engine)
    generate(engine, items=items)
    return engine


def run_preview(prog: str, build: Callable[[Engine], QWidget]) -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Show this screen alone.")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: a temporary file with sample data)"
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="kaizen-preview-") as folder:
        engine = make_engine(args.db) if args.db else sample_engine(folder)
        widget = build(engine)
        widget.resize(1280, 720)
        widget.show()
        code = app.exec()
        engine.dispose()
    return code
