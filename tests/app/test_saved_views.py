"""Saved inbox views: per user, renamed and deleted, and still opening when what they name is gone."""

from __future__ import annotations

import datetime as dt

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, select, text, update

from app import saved_views
from app.errors import InvalidValue
from app.feedback import FeedbackQuery, SortKey, count_matching, fetch_page
from db.engine import make_engine
from db.migrate import alembic_config, downgrade, upgrade_to_head
from db.tables import app_user, category, contact, feedback_item


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def test_a_view_saves_and_opens_the_same_query_per_user(world: World) -> None:
    query = FeedbackQuery(
        search="доставка",
        sort=SortKey.RECEIVED,
        descending=False,
        channel="phone",
        category_id=world.categories["delivery"],
        language="ru",
        received_from=dt.datetime(2026, 3, 1),
        received_before=dt.datetime(2026, 4, 1),
        contact_id=world.contacts["boris"],
        assignee_id=world.manager,
    )
    definition = saved_views.definition_of(query, user_id=world.manager)
    assert definition["assignee"] == "mine"
    view_id = saved_views.save_view(world.engine, world.manager, "  Мои   звонки ", definition)
    with world.engine.connect() as conn:
        [view] = saved_views.list_views(conn, world.manager)
        assert (view.id, view.name) == (view_id, "Мои звонки")
        assert saved_views.list_views(conn, world.other) == []
        opened = saved_views.open_view(conn, view.definition, user_id=world.manager)
        assert opened.query == query and opened.dropped == []
        assert (opened.assignee, opened.contact_name) == ("mine", "Борис Петров")
        # "mine" is whoever opens it
        assert (
            saved_views.open_view(conn, view.definition, user_id=world.other).query.assignee_id == world.other
        )
    # the same name again replaces the view
    nobody = saved_views.definition_of(FeedbackQuery(unassigned=True), user_id=world.manager)
    assert saved_views.save_view(world.engine, world.manager, "Мои звонки", nobody) == view_id
    with world.engine.connect() as conn:
        [view] = saved_views.list_views(conn, world.manager)
        assert saved_views.open_view(conn, view.definition, user_id=world.manager).query == FeedbackQuery(
            unassigned=True
        )


def test_rename_and_delete_only_ones_own_views(world: World) -> None:
    first = saved_views.save_view(world.engine, world.manager, "A", {})
    second = saved_views.save_view(world.engine, world.manager, "B", {})
    theirs = saved_views.save_view(world.engine, world.other, "A", {})
    with pytest.raises(saved_views.ViewNameTaken, match="already have a saved view named 'B'"):
        saved_views.rename_view(world.engine, world.manager, first, "B")
    with pytest.raises(InvalidValue, match="needs a name"):
        saved_views.rename_view(world.engine, world.manager, first, "   ")
    with pytest.raises(InvalidValue, match="no such view"):
        saved_views.rename_view(world.engine, world.manager, theirs, "C")
    saved_views.rename_view(world.engine, world.manager, first, "نمای من")
    saved_views.delete_view(world.engine, world.manager, second)
    saved_views.delete_view(world.engine, world.manager, theirs)  # not theirs to delete: nothing happens
    with world.engine.connect() as conn:
        assert [v.name for v in saved_views.list_views(conn, world.manager)] == ["نمای من"]
        assert [v.name for v in saved_views.list_views(conn, world.other)] == ["A"]


def test_a_view_naming_what_no_longer_exists_still_opens_without_that_filter(world: World) -> None:
    query = FeedbackQuery(
        kind="complaint",
        category_id=world.categories["pricing"],
        assignee_id=world.other,
        contact_id=world.contacts["anna"],
        channel="pigeon",
    )
    definition = saved_views.definition_of(query, user_id=world.manager)
    with world.engine.begin() as conn:
        conn.execute(update(category).where(category.c.id == query.category_id).values(is_active=False))
        conn.execute(update(app_user).where(app_user.c.id == world.other).values(is_active=False))
        conn.execute(
            update(contact)
            .where(contact.c.id == query.contact_id)
            .values(merged_into_id=world.contacts["gleb"])
        )
        opened = saved_views.open_view(conn, definition, user_id=world.manager)
        pricing = conn.execute(select(category.c.name).where(category.c.id == query.category_id)).scalar()
    assert opened.query == FeedbackQuery(kind="complaint", contact_id=world.contacts["gleb"])
    assert opened.assignee is None and opened.contact_name == "Gleb"
    assert opened.dropped == [f"category {pricing!r}", "channel 'pigeon'", "user 'Oleg Other'"]
    with world.engine.connect() as conn:
        fetch_page(conn, opened.query)  # the query runs
        gone = saved_views.open_view(
            conn, {"contact_id": 99999, "category_id": 999, "assignee": 999, "sort": "colour"}, user_id=None
        )
    assert gone.query == FeedbackQuery()
    assert gone.dropped == ["sort 'colour'", "category 999", "contact 99999", "user 999"]


def test_migration_0009_keeps_existing_items_both_ways(db_url: str) -> None:
    from alembic import command

    eng = make_engine(db_url)
    command.upgrade(alembic_config(eng), "0008")
    world = build_world(eng)
    ids = [
        world.item("boris", "курьер опоздал"),
        world.item("sara", "پیک دیر آمد"),
        world.item(None, "late van"),
    ]
    upgrade_to_head(eng)
    with eng.connect() as conn:
        rows = conn.execute(
            select(feedback_item.c.id, feedback_item.c.assignee_id).order_by(feedback_item.c.id)
        )
        assert rows.all() == [(i, None) for i in ids]
    downgrade(eng, "0008")
    with eng.connect() as conn:
        assert conn.execute(text("SELECT id FROM feedback_item ORDER BY id")).scalars().all() == ids
    # search still follows new text after the table was rebuilt (SQLite triggers kept)
    world.item("gleb", "уникальноеслово")
    upgrade_to_head(eng)
    with eng.connect() as conn:
        assert count_matching(conn, "уникальноеслово") == 1
        assert count_matching(conn, "курьер") == 1
    eng.dispose()
