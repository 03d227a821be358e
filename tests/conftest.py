"""Shared fixtures: real databases (SQLite files and a PostgreSQL server we start)."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pgserver and Qt look for a runtime folder; CI runs with no login session.
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="kaizen-runtime-"))
# Settings and data of the real user must never be touched by a test.
os.environ.pop("KAIZEN_DB_URL", None)
# English whatever the machine's locale; tests of other languages choose theirs (tests/ui/test_i18n_*.py).
os.environ["KAIZEN_LANGUAGE"] = "en"

from db.engine import make_engine
from db.migrate import upgrade_to_head

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A real PostgreSQL server for the whole test session; yields its admin URL.

    Its data folder is a private temporary folder, not pytest's tmp_path: pytest
    prunes old tmp_path folders, which another test run may do under our feet.
    """
    import pgserver

    with tempfile.TemporaryDirectory(prefix="kaizen-pg-") as data_dir:
        server = pgserver.get_server(data_dir, cleanup_mode="stop")
        yield server.get_uri()
        server.cleanup()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    name = f"kaizen_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg_server.replace("/postgres?", f"/{name}?", 1)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kaizen.db'}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kaizen.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated database on each backend."""
    eng = make_engine(db_url)
    upgrade_to_head(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    """A migrated SQLite database, for tests that need no second backend (UI ...)."""
    eng = make_engine(sqlite_url)
    upgrade_to_head(eng)
    yield eng
    eng.dispose()


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test starts from default settings in its own file, never the user's (STYLE.md practice 5)."""
    from app import settings

    path = tmp_path / "kaizen-settings.json"
    monkeypatch.setenv(settings.ENV_VAR, str(path))
    settings.reload(path)
    yield path
    settings.reload(path)


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Log files and crash logs go to the test's own folder, never the user's; handlers end with the test."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("KAIZEN_LOG_DIR", str(folder))
    monkeypatch.delenv("KAIZEN_LOG_LEVEL", raising=False)
    yield folder
    from app import logs

    logs.shutdown()
