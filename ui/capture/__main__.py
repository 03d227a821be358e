"""Preview the capture window alone: ``python -m ui.capture [--db URL] [--compact]``.

Without ``--db`` it runs on sample data in a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.capture", description=__doc__)
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: a temporary file with sample data)"
    )
    parser.add_argument("--compact", action="store_true", help="open compact and always on top")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from app import demo_data
    from db.engine import make_engine
    from db.migrate import upgrade_to_head
    from ui.capture.window import CaptureWindow

    with tempfile.TemporaryDirectory(prefix="kaizen-capture-") as folder:
        engine = make_engine(args.db or f"sqlite:///{folder}/preview.db")
        upgrade_to_head(engine)
        if not args.db:
            demo_data.ensure_sample_data(engine, items=2000)
        window = CaptureWindow(engine)
        window.set_compact(args.compact)
        window.open_capture()
        code = app.exec()
        engine.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
