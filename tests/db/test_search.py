"""Full-text search in English, Russian and Persian, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from sqlalchemy import Engine, delete, insert, update

from app.feedback import FeedbackQuery, count_matching, fetch_page
from app.reference_data import channel_ids, ensure_reference_data
from db.migrate import MIGRATIONS_DIR
from db.models import FeedbackItem
from db.search import newest_matching_ids
from db.textnorm import FOLDS, fold

TEXTS = [
    "The courier was late again and nobody called",
    "Курьер опоздал на два часа, ЗВОНОК так и не поступил",
    "Ёлочные игрушки пришли разбитыми",
    "پیک دو ساعت دیر آمد و کسی تماس نگرفت",
    "می‌خواهم سفارشم را پیگیری کنم، شماره ۱۲۳۴",  # with ZWNJ and Persian digits
    "كيفيت خدمات عالي بود",  # Arabic yeh and kaf, as typed on an Arabic keyboard
    "Please add SMS notifications for delivery",
]


def _add_items(engine: Engine, texts: list[str]) -> list[int]:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        phone = channel_ids(conn)["phone"]
        start = dt.datetime(2026, 1, 1)
        ids = []
        for offset, text in enumerate(texts):
            row = conn.execute(
                insert(FeedbackItem)
                .values(
                    channel_id=phone,
                    kind="complaint",
                    text=text,
                    received_at=start + dt.timedelta(hours=offset),
                )
                .returning(FeedbackItem.id)
            )
            ids.append(row.scalar_one())
    return ids


def _find(engine: Engine, query: str) -> list[int]:
    with engine.connect() as conn:
        return newest_matching_ids(conn, query, limit=50)


@pytest.mark.parametrize(
    ("query", "expected_index"),
    [
        ("courier", [0]),
        ("COURIER LATE", [0]),
        ("cour", [0]),  # prefix
        ("звонок", [1]),
        ("опозд", [1]),
        ("елочные", [2]),  # ё typed as е
        ("ёлочные", [2]),
        ("تماس", [3]),
        ("میخواهم", [4]),  # typed without ZWNJ
        ("می‌خواهم", [4]),  # typed with it
        ("1234", [4]),  # Persian digits in the data, ASCII in the query
        ("۱۲۳۴", [4]),
        ("کیفیت", [5]),  # Persian letters find the Arabic ones
        ("delivery", [6]),
    ],
)
def test_finds_words_in_every_language(engine: Engine, query: str, expected_index: list[int]) -> None:
    ids = _add_items(engine, TEXTS)
    assert _find(engine, query) == [ids[i] for i in expected_index]


@pytest.mark.parametrize("query", ['"', "NEAR(", "-", "*", "'", "a:b", "OR OR", "", "   ", "%_", "!&|"])
def test_operators_and_punctuation_are_plain_text(engine: Engine, query: str) -> None:
    _add_items(engine, TEXTS)
    assert _find(engine, query) == []  # no syntax error, and no words that match


def test_query_operators_are_words(engine: Engine) -> None:
    ids = _add_items(engine, TEXTS)
    assert _find(engine, "AND") == [ids[0]]  # the word "and", not an operator


def test_index_follows_updates_and_deletes(engine: Engine) -> None:
    ids = _add_items(engine, TEXTS)
    with engine.begin() as conn:
        conn.execute(
            update(FeedbackItem).where(FeedbackItem.id == ids[0]).values(text="Parcel arrived damaged")
        )
        conn.execute(delete(FeedbackItem).where(FeedbackItem.id == ids[3]))
    assert _find(engine, "courier") == []
    assert _find(engine, "damaged") == [ids[0]]
    assert _find(engine, "تماس") == []


def test_common_word_pages_cover_every_match_once(engine: Engine) -> None:
    texts = [f"delivery problem number {n}" if n % 3 else f"billing question {n}" for n in range(250)]
    ids = _add_items(engine, texts)
    expected = sorted((i for i, t in zip(ids, texts, strict=True) if t.startswith("delivery")), reverse=True)
    seen: list[int] = []
    cursor = None
    with engine.connect() as conn:
        while True:
            page = fetch_page(conn, FeedbackQuery(search="delivery"), after=cursor, limit=40)
            seen += [row.id for row in page.rows]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert count_matching(conn, "delivery") == len(expected)
    assert seen == expected


def test_migration_folds_as_the_query_side_does() -> None:
    path = next((MIGRATIONS_DIR / "versions").glob("0001_*.py"))
    spec = importlib.util.spec_from_file_location("initial_migration", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    frozen = dict(
        zip(migration.FOLD_FROM, migration.FOLD_TO.ljust(len(migration.FOLD_FROM), "\0"), strict=True)
    )
    frozen = {a: ("" if b == "\0" else b) for a, b in frozen.items()}
    assert frozen == dict(FOLDS)
    assert fold("ЁЛКА ي ك ۱٢") == "елка ی ک 12"
