"""The app's log: the rotating file, the records kept in memory for the log view, the level, a bad folder."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from app import logs

log = logging.getLogger("kaizen.test")


def test_records_go_to_the_file_in_utf8_and_to_the_buffer_in_order(tmp_path: Path) -> None:
    path = logs.configure(tmp_path / "log")
    assert path == tmp_path / "log" / "kaizen.log"
    log.info("imported %d rows from %s", 3, "отзывы.csv")
    log.warning("تحویل دیر شد")
    try:
        raise ValueError("bad row 7")
    except ValueError:
        log.exception("import failed")
    for handler in logging.getLogger("kaizen").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO     kaizen.test [MainThread] imported 3 rows from отзывы.csv" in text
    assert "تحویل دیر شد" in text
    assert "ValueError: bad row 7" in text

    records = logs.recent()
    assert [r.message for r in records] == [
        "imported 3 rows from отзывы.csv",
        "تحویل دیر شد",
        "import failed",
    ]
    assert [r.seq for r in records] == [1, 2, 3]
    assert [r.level_name for r in records] == ["INFO", "WARNING", "ERROR"]
    assert records[0].area == "test" and records[0].logger == "kaizen.test"
    assert records[0].exc_text == "" and "ValueError: bad row 7" in records[2].exc_text
    assert "ValueError: bad row 7" in records[2].as_text()
    assert [r.message for r in logs.recent(after=2)] == ["import failed"]
    assert logs.recent(after=3) == []


def test_the_file_rotates_at_its_size_limit_keeping_three_older_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    path = logs.configure(tmp_path)
    assert path is not None
    for i in range(100):
        log.info("line %03d of a long support session", i)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kaizen.log", "kaizen.log.1", "kaizen.log.2", "kaizen.log.3"]
    assert all(p.stat().st_size <= 500 for p in tmp_path.iterdir())
    assert "line 099" in path.read_text(encoding="utf-8")
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())


def test_the_buffer_keeps_the_newest_records_and_numbers_go_on() -> None:
    buffer = logs.RingBufferHandler(capacity=5)
    for i in range(12):
        buffer.handle(logging.LogRecord("kaizen.x", logging.INFO, __file__, 1, "record %d", (i,), None))
    kept = buffer.recent()
    assert [r.seq for r in kept] == [8, 9, 10, 11, 12]
    assert [r.message for r in kept] == [f"record {i}" for i in range(7, 12)]
    assert [r.seq for r in buffer.recent(after=3)] == [8, 9, 10, 11, 12]  # older ones are gone
    assert [r.seq for r in buffer.recent(after=10)] == [11, 12]


def test_workers_logging_at_once_lose_nothing_and_share_one_numbering(tmp_path: Path) -> None:
    logs.configure(tmp_path)
    threads, per_thread = 4, 300
    start = threading.Barrier(threads)

    def work(n: int) -> None:
        start.wait()
        for i in range(per_thread):
            log.info("worker %d record %d", n, i)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    seen: list[logs.LogRecordView] = []
    while any(w.is_alive() for w in workers):  # a reader following along, as the log view does
        seen += logs.recent(after=seen[-1].seq if seen else 0)
        workers[0].join(0.002)
    for w in workers:
        w.join()
    seen += logs.recent(after=seen[-1].seq if seen else 0)
    assert [r.seq for r in seen] == list(range(1, threads * per_thread + 1))
    assert {r.message for r in seen} == {
        f"worker {n} record {i}" for n in range(threads) for i in range(per_thread)
    }
    lines = (tmp_path / "kaizen.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == threads * per_thread


def test_a_folder_that_cannot_be_written_keeps_the_log_in_memory_and_says_so_once(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    folder = blocker / "log"
    assert logs.configure(folder) is None
    assert logs.configure(folder) is None
    assert logs.current_file() is None
    log.warning("database went away")
    records = logs.recent()
    notes = [r for r in records if "cannot be written" in r.message]
    assert len(notes) == 1 and str(folder) in notes[0].message and notes[0].level_name == "WARNING"
    assert records[-1].message == "database went away"


def test_configure_twice_adds_no_second_handler(tmp_path: Path) -> None:
    logs.configure(tmp_path, buffer=False)  # as the command line does
    assert logs.recent() == []
    root = logging.getLogger("kaizen")
    logs.configure(tmp_path)  # the window adds the buffer
    handlers = list(root.handlers)
    logs.configure(tmp_path)
    assert root.handlers == handlers
    log.info("sent a reply to 3 customers")
    assert [r.message for r in logs.recent()] == ["sent a reply to 3 customers"]
    text = (tmp_path / "kaizen.log").read_text(encoding="utf-8")
    assert text.count("sent a reply to 3 customers") == 1


def test_the_log_folder_follows_the_environment(tmp_path: Path, private_log_folder: Path) -> None:
    assert logs.log_dir() == private_log_folder
    assert logs.configure() == private_log_folder / "kaizen.log"


def test_kaizen_log_level_overrides_the_level(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logs.configure(tmp_path)
    log.debug("not kept at INFO")
    assert logs.recent() == []
    monkeypatch.setenv("KAIZEN_LOG_LEVEL", "debug")
    logs.configure(tmp_path)
    log.debug("kept for support")
    assert [r.message for r in logs.recent()] == ["kept for support"]
    monkeypatch.setenv("KAIZEN_LOG_LEVEL", "ERROR")
    logs.configure(tmp_path, level=logging.DEBUG)
    log.warning("below ERROR")
    assert [r.message for r in logs.recent()] == ["kept for support"]
