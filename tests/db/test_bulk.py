"""Bulk inserts of feedback items, on SQLite (through a staging table) and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from app.reference_data import channel_ids, ensure_reference_data, system_user_id
from db import bulk
from db.bulk import STAGING_TABLE, FeedbackItemWriter, insert_feedback_items
from db.models import FeedbackItem, FeedbackStatus
from db.search import newest_matching_ids

START = dt.datetime(2026, 3, 1, 9, 30)
WORDS = ("courier", "курьер", "پیک")


def _full_row(conn: Connection, n: int, **changes: Any) -> dict[str, Any]:
    row = {
        "contact_id": None,
        "channel_id": channel_ids(conn)["email"],
        "kind": "suggestion",
        "text": f"{WORDS[n % 3]} number{n} arrived late",
        "language": "en",
        "received_at": START + dt.timedelta(minutes=n),
        "logged_at": START + dt.timedelta(minutes=n, seconds=30),
        "logged_by_id": system_user_id(conn),
        "source": "bulk-test",
        "external_ref": f"B-{n}",
        "status": FeedbackStatus.ANSWERED.value,
        "category_id": None,
        "category_confidence": 0.75,
        "category_confirmed": False,
        "kind_confidence": 0.5,
        "kind_confirmed": True,
        "improvement_id": None,
        "duplicate_of_id": None,
        "assignee_id": system_user_id(conn),
        "first_response_at": START + dt.timedelta(minutes=n, hours=1),
        "replied_at": START + dt.timedelta(minutes=n, hours=2),
        "version": 3,
    }
    row.update(changes)
    return row


def _items(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(FeedbackItem.__table__).order_by(FeedbackItem.id)).mappings()
    return [dict(r) for r in rows]


def _count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(FeedbackItem)).scalar_one())


def _staging_tables(conn: Connection) -> list[str]:
    if conn.dialect.name != "sqlite":
        return [name for name in inspect(conn).get_table_names() if name == STAGING_TABLE]
    return list(conn.execute(text("SELECT name FROM sqlite_temp_master WHERE type = 'table'")).scalars())


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(bulk, "BATCH_ROWS", 4)
    return 4


def test_rows_with_explicit_ids_land_with_every_column(engine: Engine, small_batches: int) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        rows = [_full_row(conn, n, id=100 + 2 * n) for n in range(10)]
        insert_feedback_items(conn, rows)
    with engine.connect() as conn:
        assert _items(conn) == rows


def test_rows_without_ids_get_them_in_order_and_defaults_apply(engine: Engine, small_batches: int) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        rows = [_full_row(conn, n) for n in range(10)]
        for row in rows:
            del row["logged_at"], row["status"], row["version"], row["source"]
        insert_feedback_items(conn, rows)
    with engine.connect() as conn:
        stored = _items(conn)
    assert [r["external_ref"] for r in stored] == [f"B-{n}" for n in range(10)]
    assert len({r["id"] for r in stored}) == 10
    assert all(r["logged_at"] is not None for r in stored)
    assert {(r["status"], r["version"], r["source"]) for r in stored} == {("new", 1, "kaizen")}
    for row, got in zip(rows, stored, strict=True):
        assert {key: got[key] for key in row} == row


def test_full_text_search_finds_bulk_rows(engine: Engine, small_batches: int) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        insert_feedback_items(conn, [_full_row(conn, n) for n in range(12)])
    with engine.connect() as conn:
        ids = {r["external_ref"]: r["id"] for r in _items(conn)}
        for offset, word in enumerate(WORDS):
            expected = sorted((ids[f"B-{n}"] for n in range(offset, 12, 3)), reverse=True)
            assert newest_matching_ids(conn, word, limit=50) == expected
        assert newest_matching_ids(conn, "number7", limit=50) == [ids["B-7"]]


def test_writer_serves_many_calls_and_leaves_no_staging_table(engine: Engine, small_batches: int) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        with FeedbackItemWriter(conn) as writer:
            writer.write([_full_row(conn, n) for n in range(6)])
            writer.write([])
            writer.write([_full_row(conn, n) for n in range(6, 9)])
        assert _staging_tables(conn) == []
        assert _count(conn) == 9
        insert_feedback_items(conn, [_full_row(conn, 9)])  # a second writer on the same connection
        assert _staging_tables(conn) == []
    with engine.connect() as conn:
        assert _count(conn) == 10


def test_a_failure_midway_rolls_back_everything(engine: Engine, small_batches: int) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        rows = [_full_row(conn, n) for n in range(10)]
    rows[9]["text"] = None  # in the last batch, after two batches went in
    with pytest.raises(IntegrityError), engine.begin() as conn:
        insert_feedback_items(conn, rows)
    with engine.connect() as conn:
        assert _count(conn) == 0
        assert newest_matching_ids(conn, "courier", limit=50) == []
        assert _staging_tables(conn) == []
