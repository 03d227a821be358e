"""Small labelled feedback in three languages, for fast classifier tests.

A plain module (not conftest.py) so tests can import it by a unique name.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import Engine, insert, select

from app.reference_data import channel_ids, ensure_reference_data
from db.tables import category, feedback_item

# (category code, kind) -> phrases in en / ru / fa.
PHRASES: dict[tuple[str, str], list[str]] = {
    ("delivery", "complaint"): [
        "the courier was late and my parcel never arrived",
        "курьер опоздал, посылка так и не пришла",
        "پیک دیر آمد و بسته هرگز نرسید",
    ],
    ("billing", "complaint"): [
        "I was charged twice on my card for one payment",
        "с карты дважды списали деньги за один платёж",
        "برای یک پرداخت دو بار از کارتم پول کم شد",
    ],
    ("staff", "praise"): [
        "the staff member was very kind and helpful, thank you",
        "сотрудник был очень вежлив и помог, спасибо",
        "کارمند بسیار مودب و کمک‌کننده بود، ممنون",
    ],
    ("website_app", "suggestion"): [
        "please add a dark mode to the mobile app",
        "добавьте, пожалуйста, тёмную тему в мобильное приложение",
        "لطفا حالت تاریک را به اپلیکیشن موبایل اضافه کنید",
    ],
    ("pricing", "question"): [
        "how much does the premium plan cost per month?",
        "сколько стоит премиум тариф в месяц?",
        "قیمت طرح ویژه در ماه چقدر است؟",
    ],
}
FILLERS = {
    "en": ["hello", "again", "today", "really", "yesterday", "please note"],
    "ru": ["здравствуйте", "снова", "сегодня", "правда", "вчера"],
    "fa": ["سلام", "دوباره", "امروز", "واقعا", "دیروز"],
}
LANGS = ("en", "ru", "fa")


def sample_rows(copies: int, seed: int = 0) -> list[dict[str, str]]:
    """``copies`` variants of each phrase: text, category, kind, language."""
    rng = random.Random(seed)
    rows = []
    for (code, kind), phrases in PHRASES.items():
        for lang, phrase in zip(LANGS, phrases, strict=True):
            for _ in range(copies):
                words = phrase.split()
                if len(words) > 4:
                    words.pop(rng.randrange(len(words)))  # a dropped word
                text = " ".join([rng.choice(FILLERS[lang]), *words, rng.choice(FILLERS[lang])])
                rows.append({"text": text, "category": code, "kind": kind, "language": lang})
    rng.shuffle(rows)
    return rows


def insert_items(engine: Engine, rows: list[dict[str, Any]], confirmed: bool) -> list[int]:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        email = channel_ids(conn)["email"]
        ids = dict(conn.execute(select(category.c.code, category.c.id)).all())
        return [
            conn.execute(
                insert(feedback_item)
                .values(
                    channel_id=email,
                    kind=row["kind"],
                    text=row["text"],
                    language=row.get("language"),
                    received_at=dt.datetime(2026, 3, 1) + dt.timedelta(minutes=n),
                    category_id=ids[row["category"]] if confirmed else None,
                    category_confirmed=confirmed,
                    kind_confirmed=confirmed,
                )
                .returning(feedback_item.c.id)
            ).scalar_one()
            for n, row in enumerate(rows)
        ]
