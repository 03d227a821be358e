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


def test_a_shared_phone_with_a_new_email_and_another_name_is_held_not_merged(engine: Engine) -> None:
    from app.contact_matching import names_differ
    from app.match_review import hold_pairs, open_matches

    with engine.begin() as conn:
        anna = conn.execute(
            insert(contact).values(display_name="Анна Смирнова", version=1).returning(contact.c.id)
        ).scalar_one()
        conn.execute(
            insert(contact_point),
            [
                {"contact_id": anna, "kind": "phone", "value": "+79161234567", "is_primary": True},
                {"contact_id": anna, "kind": "email", "value": "anna@example.org", "is_primary": True},
            ],
        )
        phone = ("phone", "+79161234567", "8 916 123-45-67")
        rows = [
            Clue("Борис Козлов", [("email", "boris@example.org", "boris@example.org"), phone]),
            Clue("Smirnova Anna", [("email", "a.smirnova@example.org", "a.smirnova@example.org"), phone]),
            Clue("Борис Козлов", [phone]),  # no e-mail: nothing says it is someone else
        ]
        found = match_contacts(conn, rows, weigh_names=True)
        boris, anna_again, phone_only = found.ids
        assert (anna_again, phone_only) == (anna, anna)
        assert boris is not None and boris != anna
        assert (found.matched, found.created) == (1, 1)
        assert [(new, other) for new, other, _ in found.held] == [(boris, anna)]
        assert "Анна Смирнова" in found.held[0][2][0]["detail"]
        # The phone stays Anna's; Boris keeps his new e-mail.
        owners = dict(conn.execute(select(contact_point.c.value, contact_point.c.contact_id)).all())
        assert owners["+79161234567"] == anna and owners["boris@example.org"] == boris
        assert owners["a.smirnova@example.org"] == anna
        assert hold_pairs(conn, found.held, source="test") == 1
        assert hold_pairs(conn, [(anna, boris, found.held[0][2])]) == 0  # already on the list
        [held] = open_matches(conn)
        assert (held.contact_id, held.candidate_id, held.score) == (boris, anna, 0.6)
        assert held.evidence[0]["kind"] == "shared_phone"
    assert names_differ("Борис Козлов", "Анна Смирнова")
    assert not names_differ("Иван Петров", "Petrov Ivan Sergeevich")
    assert not names_differ("Иван Петров", None)


def test_without_the_option_a_shared_phone_still_merges(engine: Engine) -> None:
    with engine.begin() as conn:
        anna = conn.execute(
            insert(contact).values(display_name="Анна Смирнова", version=1).returning(contact.c.id)
        ).scalar_one()
        conn.execute(
            insert(contact_point).values(contact_id=anna, kind="phone", value="+79161234567", is_primary=True)
        )
        row = Clue(
            "Борис Козлов", [("email", "b@example.org", "b@example.org"), ("phone", "+79161234567", "x")]
        )
        found = match_contacts(conn, [row])
        assert found.ids == [anna] and found.held == []


def test_an_email_of_someone_else_loses_to_the_phone_whose_owner_has_the_name(engine: Engine) -> None:
    with engine.begin() as conn:
        ids = {}
        for name, email, phone in (
            ("Иван Петров", "ivan@mail.ru", "+79161234567"),
            ("Иван Сидоров", "ivan@gmail.com", "+79030000001"),
        ):
            ids[name] = conn.execute(
                insert(contact).values(display_name=name, version=1).returning(contact.c.id)
            ).scalar_one()
            conn.execute(
                insert(contact_point),
                [
                    {"contact_id": ids[name], "kind": "email", "value": email, "is_primary": True},
                    {"contact_id": ids[name], "kind": "phone", "value": phone, "is_primary": True},
                ],
            )
        petrov_phone = ("phone", "+79161234567", "8 916 123 45 67")
        rows = [
            # Petrov, typing his address at the wrong domain: Sidorov's.
            Clue("Petrov Ivan", [("email", "ivan@gmail.com", "ivan@gmail.com"), petrov_phone]),
            # A name that is neither's: the e-mail decides, as without names.
            Clue("Олег Смирнов", [("email", "ivan@gmail.com", "ivan@gmail.com"), petrov_phone]),
        ]
        weighed = match_contacts(conn, rows, weigh_names=True)
        plain = match_contacts(conn, rows[:1])
    assert weighed.ids == [ids["Иван Петров"], ids["Иван Сидоров"]]
    assert (weighed.created, weighed.held) == (0, [])
    assert plain.ids == [ids["Иван Сидоров"]]
