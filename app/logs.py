"""The app's log (STYLE.md practice 7): a rotating file in the user log folder and the last records in memory.

Every module logs to its own ``kaizen.<area>`` logger; :func:`configure` gives the
``kaizen`` logger its handlers once per process. The file ``kaizen.log`` sits next
to the crash logs (1 MB, three older files kept); the window's log view reads the
in-memory buffer with :func:`recent`, by sequence number, so it can follow new
records without reading the file. A folder that cannot be written does not stop
the app: records then stay in memory only, and the buffer says why.

``KAIZEN_LOG_DIR`` names another folder (tests, portable installs);
``KAIZEN_LOG_LEVEL`` (``DEBUG`` for support) overrides the level.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import threading
import traceback
from collections import deque
from itertools import islice
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import NamedTuple

DIR_ENV_VAR = "KAIZEN_LOG_DIR"
LEVEL_ENV_VAR = "KAIZEN_LOG_LEVEL"
FILE_NAME = "kaizen.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
BUFFER_SIZE = 2000
ROOT_LOGGER = "kaizen"
FILE_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("kaizen.logs")


class LogRecordView(NamedTuple):
    """One record as the log view shows it; ``seq`` grows by one per record."""

    seq: int
    created: dt.datetime  # UTC, naive (as the database keeps times)
    level: int
    level_name: str
    logger: str
    message: str
    exc_text: str  # the traceback, or ""

    @property
    def area(self) -> str:
        """The logger name without "kaizen." ("capture.window"); "kaizen" itself stays."""
        return self.logger.removeprefix(ROOT_LOGGER + ".")

    def as_text(self) -> str:
        """One line (and the traceback below it) for the clipboard or a support e-mail."""
        line = f"{self.created:%Y-%m-%d %H:%M:%S} UTC {self.level_name} {self.logger}: {self.message}"
        return f"{line}\n{self.exc_text}" if self.exc_text else line


def log_dir() -> Path:
    """The user log folder (crash logs and ``kaizen.log``), or the one ``KAIZEN_LOG_DIR`` names."""
    named = os.environ.get(DIR_ENV_VAR)
    if named:
        return Path(named)
    import platformdirs

    return Path(platformdirs.user_log_dir("KaizenDesk", appauthor=False))


class RingBufferHandler(logging.Handler):
    """The last ``capacity`` records, numbered, for the log view; any thread may log."""

    def __init__(self, capacity: int = BUFFER_SIZE) -> None:
        super().__init__()
        self._records: deque[LogRecordView] = deque(maxlen=capacity)
        self._next_seq = 1
        self._buffer_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            exc_text = ""
            if record.exc_info and record.exc_info[0] is not None:
                exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
            elif record.exc_text:
                exc_text = record.exc_text
            if record.stack_info:
                exc_text = f"{exc_text}\n{record.stack_info}".strip()
            created = dt.datetime.fromtimestamp(record.created, dt.UTC).replace(tzinfo=None)
            with self._buffer_lock:
                self._records.append(
                    LogRecordView(
                        self._next_seq,
                        created,
                        record.levelno,
                        record.levelname,
                        record.name,
                        message,
                        exc_text,
                    )
                )
                self._next_seq += 1
        except Exception:
            self.handleError(record)

    def recent(self, after: int = 0) -> list[LogRecordView]:
        """Records numbered above ``after``, oldest first (those pushed out of the buffer are gone)."""
        with self._buffer_lock:
            if not self._records:
                return []
            skip = max(0, after - self._records[0].seq + 1)
            return list(islice(self._records, skip, None))

    def clear(self) -> None:
        with self._buffer_lock:
            self._records.clear()


class _StandardError(logging.Handler):
    """What Python does with a warning when no handler is set (``logging.lastResort``): the message on stderr.

    Our handlers on "kaizen" would silence that fallback; this keeps what the
    command line and a console start print unchanged. As the fallback, it stays
    quiet when the root logger has handlers of its own (pytest's, an embedding app's).
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        if logging.getLogger().handlers:
            return
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


_lock = threading.RLock()
_buffer: RingBufferHandler | None = None
_file: RotatingFileHandler | None = None
_stderr: _StandardError | None = None
_failed_folder: Path | None = None  # the folder already reported as unwritable


def configure(folder: Path | None = None, level: int = logging.INFO, *, buffer: bool = True) -> Path | None:
    """Give the "kaizen" logger its handlers; returns the log file, or None if it cannot be written.

    Safe to call again: a handler already there is kept (another ``folder`` moves
    the file), and the command line asks for ``buffer=False`` (nobody reads it
    there), the window for the buffer as well.
    """
    global _buffer, _file, _stderr, _failed_folder
    folder = folder if folder is not None else log_dir()
    level = _level_from_env(level)
    logger = logging.getLogger(ROOT_LOGGER)
    with _lock:
        logger.setLevel(level)
        if _stderr is None:
            _stderr = _StandardError()
            logger.addHandler(_stderr)
        if buffer and _buffer is None:
            _buffer = RingBufferHandler()
            logger.addHandler(_buffer)
        path = folder / FILE_NAME
        if _file is not None and Path(_file.baseFilename) == path.absolute():
            return path
        if _file is not None:
            logger.removeHandler(_file)
            _file.close()
            _file = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError as exc:
            if _failed_folder != folder:
                _failed_folder = folder
                log.warning(
                    "the log file cannot be written in %s (%s): the log is kept in memory only", folder, exc
                )
            return None
        handler.setFormatter(logging.Formatter(FILE_FORMAT))
        _file = handler
        logger.addHandler(handler)
        return path


def recent(after: int = 0) -> list[LogRecordView]:
    """The records kept in memory numbered above ``after``, oldest first; [] before :func:`configure`."""
    buffer = _buffer
    return buffer.recent(after) if buffer is not None else []


def current_file() -> Path | None:
    """The log file being written, or None (not configured, or its folder cannot be written)."""
    handler = _file
    return Path(handler.baseFilename) if handler is not None else None


def shutdown() -> None:
    """Take the handlers off again and close the file (tests; a second configure starts clean)."""
    global _buffer, _file, _stderr, _failed_folder
    logger = logging.getLogger(ROOT_LOGGER)
    with _lock:
        for handler in (_buffer, _file, _stderr):
            if handler is not None:
                logger.removeHandler(handler)
                handler.close()
        _buffer = _file = _stderr = None
        _failed_folder = None
        logger.setLevel(logging.NOTSET)


def _level_from_env(default: int) -> int:
    named = os.environ.get(LEVEL_ENV_VAR, "").strip().upper()
    if not named:
        return default
    value = logging.getLevelName(named)
    if isinstance(value, int):
        return value
    if named.isdigit():
        return int(named)
    log.warning("%s=%s is not a log level (DEBUG, INFO, WARNING, ERROR)", LEVEL_ENV_VAR, named)
    return default
