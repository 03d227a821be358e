"""Feedback rows for UI tests: English, Russian and Persian, inserted with Core.

Deterministic: the same ``count`` gives the same rows. ``received_at`` is not in
id order, so sorting by Received and by # give different lists.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, insert, select

from app.reference_data import channel_ids, ensure_reference_data, system_user_id
from db.models import Category, Contact, FeedbackItem

ENGLISH = [
    "The courier was two hours late and nobody called to warn me.",
    "Please add SMS notifications when the parcel leaves the warehouse.",
    "Billing charged me twice for the March invoice.\nI attach the bank statement.",
    "Staff at the Tverskaya branch were friendly and quick, thank you!",
    "The app crashes when I open order history on Android 14.",
    "Why does a refund take 14 days? Other shops do it in three.",
]
RUSSIAN = [
    "Курьер опоздал на два часа, звонка так и не было.",
    "Предлагаю добавить выбор времени доставки в приложении.",
    "Оператор трижды переспрашивал номер заказа 48213.\nЭто очень долго.",
    "Спасибо менеджеру Ольге: вопрос решён за пять минут!",
    "Почему в счёте за апрель две одинаковые строки?",
    "Очередь в пункте выдачи на Ленина — сорок минут, касса одна.",
]
PERSIAN = [
    "پیک دو ساعت دیر آمد و کسی تماس نگرفت.",
    "لطفاً امکان انتخاب زمان تحویل را به اپلیکیشن اضافه کنید.",
    "سفارش شماره ۱۲۳۴ هنوز نرسیده است؛ پیگیری SMS هم کار نمی‌کند.",
    "از همکار شما در شعبه ونک سپاسگزارم، خیلی سریع پاسخ داد!",
    "چرا صورتحساب این ماه دو بار پرداخت شد؟",
    "صف صندوق خیلی طولانی بود\nو فقط یک صندوق باز بود.",
]
TEXTS = (
    [(text, "en") for text in ENGLISH]
    + [(text, "ru") for text in RUSSIAN]
    + [(text, "fa") for text in PERSIAN]
)

CONTACTS = [
    ("Anna Smith", "en"),
    ("Иван Петров", "ru"),
    ("Ольга Сергеевна Кузнецова", "ru"),
    ("مریم احمدی", "fa"),
    ("علی رضایی", "fa"),
    ("John O'Connor", "en"),
]
KINDS = ["complaint", "suggestion", "question", "praise"]
STATUSES = ["new", "triaged", "linked", "answered", "closed", "duplicate"]
START = dt.datetime(2025, 1, 6, 8, 0)
SAMPLE_ITEMS = 450  # a few pages, in every language


def add_feedback(engine: Engine, count: int = 450) -> None:
    """``count`` feedback items (and a few contacts); text ``i`` is ``TEXTS[i % len(TEXTS)]``."""
    with engine.begin() as conn:
        ensure_reference_data(conn)
        channels = sorted(channel_ids(conn).values())
        categories = [None, *sorted(conn.execute(select(Category.id)).scalars())]
        user = system_user_id(conn)
        contacts = [
            conn.execute(
                insert(Contact)
                .values(display_name=name, name_key=name.lower(), preferred_language=lang)
                .returning(Contact.id)
            ).scalar_one()
            for name, lang in CONTACTS
        ]
        rows = []
        for i in range(count):
            text, language = TEXTS[i % len(TEXTS)]
            rows.append(
                {
                    "contact_id": None if i % 7 == 3 else contacts[i % len(contacts)],
                    "channel_id": channels[i % len(channels)],
                    "kind": KINDS[i % len(KINDS)],
                    "text": text,
                    "language": language,
                    # Spread over a year and shuffled against id order.
                    "received_at": START + dt.timedelta(minutes=(i * 7919) % (count * 97)),
                    "logged_by_id": user,
                    "source": "ui-test",
                    "external_ref": str(i),
                    "status": STATUSES[i % len(STATUSES)],
                    "category_id": categories[i % len(categories)],
                }
            )
        conn.execute(insert(FeedbackItem), rows)


def expected_matches(count: int, fragment: str) -> int:
    """How many of ``count`` items contain ``fragment`` (case-insensitive), computed by hand."""
    return sum(1 for i in range(count) if fragment.lower() in TEXTS[i % len(TEXTS)][0].lower())
