"""Engines and sessions, built by a factory because ``--db`` chooses the database."""

from __future__ import annotations

import contextlib
import os
import types
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from db.errors import DatabaseUnavailable

DB_URL_ENV = "KAIZEN_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def default_sqlite_path() -> Path:
    import platformdirs  # imported here: only needed when no URL was given

    return Path(platformdirs.user_data_dir("KaizenDesk", appauthor=False)) / "kaizen.db"


def resolve_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``KAIZEN_DB_URL``, then a SQLite file in the user data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(DB_URL_ENV)
    if from_env:
        return from_env
    return f"sqlite:///{default_sqlite_path()}"


def make_engine(url: str, **kwargs: object) -> Engine:
    """An engine with the per-connection settings each backend needs.

    A plain ``postgresql://`` URL is sent to psycopg 3, the driver we ship.
    """
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        path = _file_of(parsed)
        if path is not None:
            folder = path.parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    f"cannot create the database folder {folder}: {exc.strerror}"
                ) from exc
        engine = create_engine(parsed, **kwargs)  # type: ignore[arg-type]
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        engine.begin = types.MethodType(_begin_writing, engine)  # type: ignore[method-assign]
        return engine
    return create_engine(parsed, pool_pre_ping=True, **kwargs)  # type: ignore[arg-type]


def _configure_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Take transaction control away from Python's sqlite3 module, which would
    # not put DDL inside a transaction; _begin_sqlite emits BEGIN instead, so
    # a failed migration or import rolls back whole.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the window read while an import writes; the busy timeout makes a
    # second writer wait instead of failing at once.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WRITING = "kaizen_writing"


@contextlib.contextmanager
def _begin_writing(engine: Engine) -> Iterator[Connection]:
    # engine.begin() is how services write. A deferred BEGIN that reads first and
    # writes later fails at once with "database is locked" when another connection
    # committed in between (WAL cannot upgrade a stale snapshot, and the busy
    # timeout does not apply), so writers take the write lock up front and queue.
    with engine.connect() as conn:
        conn.execution_options(**{WRITING: True})
        with conn.begin():
            yield conn


def _begin_sqlite(connection) -> None:  # type: ignore[no-untyped-def]
    writing = connection.get_execution_options().get(WRITING, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine; None for memory or another database."""
    return _file_of(engine.url) if is_sqlite(engine) else None


def _file_of(url: URL) -> Path | None:
    """The file a SQLite URL names; None for memory.

    A URI database (``sqlite:///file:/x.db?mode=ro&uri=true``) names its file
    after the ``file:`` scheme; taken literally it would become a folder "file:".
    """
    database = url.database
    if not database or database == ":memory:":
        return None
    if url.query.get("uri") == "true":
        if not database.startswith("file:") or url.query.get("mode") == "memory":
            return None
        database = database.removeprefix("file:")
    return Path(database)
