"""Contacts made by matching: ids in row order, points with primaries, ids free for later inserts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine, insert, select

from app.contact_matching import match_contacts
from app.match_review import find_near_matches
from db.bulk import insert_rows
from db.tables import answer, contact, contact_point, question, survey, survey_response


@dataclass
class Clue:
    name: str | None
    points: list[tuple[str, str, str]] = field(default_factory=list)
    language: str | None = "ru"


def test_new_contacts_get_their_points_and_later_inserts_still_get_fresh_ids(engine: Engine) -> None:
    with engine.begin() as conn:
        old = conn.execute(
            insert(contact).values(display_name="Old", version=1).returning(contact.c.id)
        ).scalar_one()
        conn.execute(
            insert(contact_point).values(
                contact_id=old, kind="email", value="old@example.org", is_primary=True
            )
        )
        rows = [
            Clue(
                "Иван Петров",
                [("email", "ivan@example.org", "IVAN@example.org"), ("phone", "+79161234567", "8 916")],
            ),
            Clue("Old again", [("email", "old@example.org", "old@example.org")]),
            Clue("Анна Смирнова", [("phone", "+79030000001", "+7 903 000-00-01")]),
            Clue("Ivan P.", [("phone", "+79161234567", "+79161234567")]),  # the first row's person
            Clue(None),
        ]
        found = match_contacts(conn, rows)
        assert (found.matched, found.created) == (1, 2)
        ivan, old_again, anna, ivan_again, nobody = found.ids
        assert (old_again, ivan_again, nobody) == (old, ivan, None)
        assert found.created_ids == {ivan, anna}
        assert ivan is not None and anna is not None
        assert found.created_contacts == {
            ivan: ("Иван Петров", {"email": {"ivan@example.org"}, "phone": {"+79161234567"}}),
            anna: ("Анна Смирнова", {"phone": {"+79030000001"}}),
        }
        points = conn.execute(
            select(
                contact_point.c.contact_id,
                contact_point.c.kind,
                contact_point.c.value,
                contact_point.c.raw_value,
            )
            .where(contact_point.c.is_primary)
            .order_by(contact_point.c.id)
        ).all()
        assert [tuple(p) for p in points] == [
            (old, "email", "old@example.org", None),
            (ivan, "email", "ivan@example.org", "IVAN@example.org"),
            (ivan, "phone", "+79161234567", "8 916"),
            (anna, "phone", "+79030000001", "+7 903 000-00-01"),
        ]
        names = dict(
            conn.execute(select(contact.c.id, contact.c.name_key).where(contact.c.id.in_([ivan, anna]))).all()
        )
        assert names == {ivan: "иван петров", anna: "анна смирнова"}
        # The database's own id allocation (the sequence on PostgreSQL) is ahead of the ids used.
        later = conn.execute(
            insert(contact).values(display_name="Later", version=1).returning(contact.c.id)
        ).scalar_one()
        assert later > max(ivan, anna)
        # The contacts just written, given as read, find what a fresh read would.
        assert find_near_matches(conn, found.created_ids, preloaded=found.created_contacts) == 0


def test_bulk_rows_read_back_as_written(engine: Engine) -> None:
    when = dt.datetime(2026, 3, 21, 14, 5, 7, 123)
    with engine.begin() as conn:
        survey_id = conn.execute(
            insert(survey).values(source_system="s", name="s").returning(survey.c.id)
        ).scalar_one()
        qid = conn.execute(
            insert(question)
            .values(survey_id=survey_id, code="Q", text="Q", position=1, version=1)
            .returning(question.c.id)
        ).scalar_one()
        columns = ("id", "survey_id", "responded_at", "external_ref", "imported_at")
        insert_rows(
            conn,
            survey_response,
            columns,
            [(50, survey_id, when, "a", when), (51, survey_id, when, "b", when)],
        )
        insert_rows(
            conn,
            answer,
            ("response_id", "question_id", "value_text", "value_number"),
            [(50, qid, "4,5", 4.5), (51, qid, "x", None)],
        )
        insert_rows(conn, answer, ("response_id",), [])
        got = conn.execute(
            select(
                survey_response.c.id,
                survey_response.c.responded_at,
                answer.c.value_text,
                answer.c.value_number,
            )
            .join(answer, answer.c.response_id == survey_response.c.id)
            .order_by(survey_response.c.id)
        ).all()
        assert [tuple(r) for r in got] == [(50, when, "4,5", 4.5), (51, when, "x", None)]
        # Stored as SQLAlchemy writes it, so comparisons in SQL agree with rows written the usual way.
        assert conn.execute(
            select(survey_response.c.id).where(survey_response.c.responded_at == when)
        ).scalars().all() == [50, 51]
