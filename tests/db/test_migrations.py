"""Alembic owns the schema: it upgrades, downgrades, and agrees with the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from db.engine import make_engine
from db.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade_to_head
from db.models import Base
from db.search import is_search_object


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not is_search_object(name)


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    engine = make_engine(db_url)
    assert upgrade_to_head(engine) is True
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"feedback_item", "contact", "contact_point", "improvement", "reply", "answer"} <= tables

    downgrade(engine, "base")
    assert current_revision(engine) is None
    leftover = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert leftover == set()

    assert upgrade_to_head(engine) is True
    assert upgrade_to_head(engine) is False  # already at head: nothing runs
    engine.dispose()


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": _include, "compare_type": True, "render_as_batch": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_one_linear_revision_chain() -> None:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    heads = script.get_heads()
    assert len(heads) == 1
    assert heads[0] == head_revision()  # file-name convention holds
    revisions = list(script.walk_revisions())
    assert all(rev.down_revision is None or isinstance(rev.down_revision, str) for rev in revisions)
    for rev in revisions:
        assert rev.path.split("/")[-1].startswith(rev.revision + "_")
