"""Preview the dashboard alone: ``python -m ui.dashboard [--db URL]``.

Without ``--db`` it runs on sample data in a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import tempfile

from ui.application import create_application


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.dashboard", description=__doc__)
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: a temporary file with sample data)"
    )
    args = parser.parse_args()
    app = create_application()
    from app import demo_data
    from ui import background
    from ui.application import open_database
    from ui.dashboard.window import DashboardWindow

    with tempfile.TemporaryDirectory(prefix="kaizen-dashboard-") as folder:
        engine = open_database(args.db or f"sqlite:///{folder}/preview.db")
        if not args.db:
            demo_data.ensure_sample_data(engine, items=2000)
        window = DashboardWindow(engine)
        window.show()
        code = app.exec()
        background.cancel_all()
        background.wait_for_all()
        engine.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
