"""Alembic environment: the engine comes from the caller (see db/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from db.engine import make_engine
from db.models import Base
from db.search import is_search_object

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The full-text search objects (FTS5 tables, triggers, GIN expression
    # index) are made by hand in migrations, not from the models.
    return not is_search_object(name)


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch recreates tables
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run against a database.")
run_migrations_online()
