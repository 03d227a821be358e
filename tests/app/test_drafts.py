"""The capture draft on both databases: kept, replaced, read back exactly, removed."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, delete, func, select

from app import drafts
from app.capture import NewContact, create_contact
from app.drafts import Draft, DraftItem
from app.reference_data import ensure_reference_data, system_user_id
from db.tables import capture_draft, contact

PERSIAN = "پیک دو ساعت دیر آمد؛ سفارش ۱۲۳۴\u200cام هنوز نرسیده. Order #1234"


@pytest.fixture
def user(engine: Engine) -> int:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        return system_user_id(conn)


def test_a_draft_reads_back_exactly(engine: Engine, user: int) -> None:
    assert drafts.load_draft(engine, user) is None
    draft = Draft(
        search="8916",
        new_contact={"name": "Нина", "phone": "8 925", "email": "", "customer_number": ""},
        items=(DraftItem("Курьер опоздал\nвторая строка", "complaint", "phone", 3),),
        text=PERSIAN + "  \n",
        kind="suggestion",
        channel="chat",
    )
    drafts.save_draft(engine, user, draft)
    saved = drafts.load_draft(engine, user)
    assert saved is not None
    assert saved.draft == draft


def test_a_newer_draft_replaces_the_older(engine: Engine, user: int) -> None:
    drafts.save_draft(engine, user, Draft(text="first"))
    drafts.save_draft(engine, user, Draft(text="second"))
    saved = drafts.load_draft(engine, user)
    assert saved is not None and saved.draft.text == "second"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(capture_draft)).scalar() == 1


def test_an_empty_draft_or_discard_removes_it(engine: Engine, user: int) -> None:
    drafts.save_draft(engine, user, Draft(text="something"))
    drafts.save_draft(engine, user, Draft(search="ivan", text="   "))
    assert drafts.load_draft(engine, user) is None
    drafts.save_draft(engine, user, Draft(text="something"))
    drafts.discard_draft(engine, user)
    assert drafts.load_draft(engine, user) is None


def test_a_contact_that_went_away_does_not_lose_the_text(engine: Engine, user: int) -> None:
    with engine.begin() as conn:
        contact_id = create_contact(conn, NewContact(name="Temp"))
    drafts.save_draft(engine, user, Draft(contact_id=contact_id, contact_label="Temp", text="keep me"))
    with engine.begin() as conn:
        conn.execute(delete(contact).where(contact.c.id == contact_id))
    drafts.save_draft(engine, user, Draft(contact_id=contact_id, contact_label="Temp", text="keep me too"))
    saved = drafts.load_draft(engine, user)
    assert saved is not None and saved.draft.text == "keep me too"


def test_an_older_payload_reads_with_defaults() -> None:
    assert Draft.from_json(
        '{"text": "hi", "unknown_later_field": 1, "items": [{"text": "a", "x": 2}]}'
    ) == Draft(text="hi", items=(DraftItem(text="a"),))
