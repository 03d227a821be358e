"""Alembic, driven from code: the app upgrades the schema on start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # env.py uses this engine rather than building its own from a URL.
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest migration, read from the file names (no Alembic import).

    Migration files are named ``NNNN_<slug>.py`` with revision id ``NNNN``;
    ``tests/db/test_migrations.py`` holds that convention to Alembic's own view.
    """
    revisions = sorted(p.stem.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return revisions[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> bool:
    """Bring the schema to the newest revision; return whether anything ran.

    Start-up pays for importing Alembic only when an upgrade is due.
    """
    if current_revision(engine) == head_revision():
        return False
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
