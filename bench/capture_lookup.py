"""Capture: contact look-up latency as the operator types, and Ctrl+N to a focused, ready form.

The database is the cached sample database of 600,000 items (200,000
contacts). The look-up is timed keystroke by keystroke: every prefix (from
three characters) of phone numbers as people write them, e-mails, names and
customer numbers of randomly drawn contacts, as ``app.contact_lookup`` gets
them in the form. The form's second phase (a later word of a name, a scan)
is reported apart. ``python -m bench.capture_lookup [--json]``.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from typing import Any

from sqlalchemy import Engine, text

from app.contact_lookup import find_contacts
from bench.common import bench_db_url, emit, percentiles
from db.engine import make_engine
from db.migrate import upgrade_to_head

ITEMS = 600_000  # the sample generator makes a third as many contacts: 200,000
SAMPLE = 60  # contacts drawn per kind of value
OPENS = 20


def typed_prefixes(engine: Engine, seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with engine.connect() as conn:
        top = conn.execute(text("SELECT max(id) FROM contact")).scalar_one()
        ids = rng.sample(range(1, top + 1), SAMPLE * 4)
        points = conn.execute(
            text(f"SELECT kind, raw_value FROM contact_point WHERE contact_id IN ({','.join(map(str, ids))})")
        ).all()
        names = conn.execute(
            text(f"SELECT display_name FROM contact WHERE id IN ({','.join(map(str, ids[:SAMPLE]))})")
        ).scalars()
        mix: dict[str, list[str]] = {"phone": [], "email": [], "customer_number": [], "name": []}
        for kind, raw in points:
            if kind in mix and len(mix[kind]) < SAMPLE * 12:
                raw = raw.strip()
                mix[kind] += [raw[:n] for n in range(3, len(raw) + 1)]
        for name in names:
            mix["name"] += [name[:n] for n in range(3, len(name) + 1)]
    return mix


def measure_lookup(engine: Engine, mix: dict[str, list[str]]) -> dict[str, Any]:
    every: list[float] = []
    by_kind: dict[str, dict[str, float]] = {}
    found = 0
    with engine.connect() as conn:
        find_contacts(conn, "warm up")
        for kind, prefixes in mix.items():
            times = []
            for prefix in prefixes:
                started = time.perf_counter()
                found += bool(find_contacts(conn, prefix))
                times.append((time.perf_counter() - started) * 1000)
            every += times
            by_kind[kind] = percentiles(times)
        inside = []
        for prefix in mix["name"][::5]:
            word = prefix.split()[-1]
            started = time.perf_counter()
            find_contacts(conn, word, inside_names=True)
            inside.append((time.perf_counter() - started) * 1000)
        contacts = conn.execute(text("SELECT count(*) FROM contact")).scalar_one()
    return {
        "contacts": contacts,
        "lookups": len(every),
        "with_results": found,
        "lookup": percentiles(every),
        "lookup_by_kind": by_kind,
        "later_name_word_phase": percentiles(inside),
    }


def measure_shortcut(engine: Engine) -> dict[str, Any]:
    """Ctrl+N on the feedback list until the capture form is visible with the contact box focused."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    from ui import background
    from ui.application import import_capture_code

    window = MainWindow(engine)
    window.show()
    QTest.qWaitForWindowExposed(window)
    # As run_gui does: the capture code loads in the background after the first paint.
    warmup_started = time.perf_counter()
    warmup = background.run_in_background(import_capture_code)
    loaded: list[object] = []
    warmup.finished.connect(loaded.append)
    while not loaded:
        app.processEvents()
    warmup_ms = (time.perf_counter() - warmup_started) * 1000
    times = []
    for _ in range(OPENS + 1):
        window.activateWindow()
        window.table().setFocus()
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(window.table(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        capture = window.open_capture.__self__._capture  # type: ignore[attr-defined]
        while not (capture is not None and capture.isVisible() and capture.form.w.search.hasFocus()):
            app.processEvents()
            capture = window._capture
        times.append((time.perf_counter() - started) * 1000)
        capture.hide()
        app.processEvents()
    window.close()
    background.wait_for_all()
    return {
        "capture_code_loaded_in_background_ms": round(warmup_ms, 1),
        "first_open_ms": round(times[0], 1),
        "reopen": percentiles(times[1:]),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    engine = make_engine(bench_db_url(args.items))
    upgrade_to_head(engine)  # the capture tables and look-up indexes, if the cache predates them
    result = {
        "benchmark": "capture_lookup",
        **measure_lookup(engine, typed_prefixes(engine)),
        "capture_shortcut": measure_shortcut(engine),
    }
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
