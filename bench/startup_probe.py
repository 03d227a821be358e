"""Child process of bench/startup.py: open the window, report when it shows data.

Prints ``ready <seconds since interpreter start>`` once the window is exposed
with its first page of rows, then ``rss <MB>`` after a search for a common
word and scrolling through ``--pages`` pages, then exits.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()  # before any import of ours


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--search", default="")
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QModelIndex

    from ui.application import create_application, open_database
    from ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(open_database(args.db))
    window.show()
    while not (window.windowHandle().isExposed() and window.model().rowCount() > 0):
        app.processEvents()
    app.processEvents()  # the first paint
    print(f"ready {time.perf_counter() - STARTED:.4f}", flush=True)

    model = window.model()
    if args.search:
        model.set_search(args.search)
    for _ in range(args.pages):
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        app.processEvents()
    from bench.common import peak_rss_mb

    print(f"rows {model.rowCount()}", flush=True)
    print(f"rss {peak_rss_mb()}", flush=True)
    window.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
