"""Migration 0006 (phone-survey calls) upgrades a database that already holds survey answers, and back."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import func, insert, inspect, select

from db.engine import make_engine
from db.migrate import alembic_config, downgrade, upgrade_to_head
from db.tables import answer, contact, phone_survey_call, question, survey, survey_response


def test_upgrade_keeps_every_answer_and_adds_the_calls_table(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0005")
    assert "phone_survey_call" not in inspect(engine).get_table_names()
    when = dt.datetime(2026, 3, 20, 9, 30)
    with engine.begin() as conn:
        who = conn.execute(
            insert(contact).values(display_name="Иван Петров", version=1).returning(contact.c.id)
        ).scalar_one()
        sid = conn.execute(
            insert(survey).values(source_system="oem", name="E").returning(survey.c.id)
        ).scalar_one()
        qid = conn.execute(
            insert(question)
            .values(survey_id=sid, code="Q1", text="Recommend?", version=1)
            .returning(question.c.id)
        ).scalar_one()
        rid = conn.execute(
            insert(survey_response)
            .values(survey_id=sid, contact_id=who, responded_at=when, external_ref="R-1")
            .returning(survey_response.c.id)
        ).scalar_one()
        conn.execute(insert(answer).values(response_id=rid, question_id=qid, value_number=9.0))

    upgrade_to_head(engine)

    with engine.begin() as conn:
        assert conn.execute(
            select(answer.c.value_number, survey_response.c.responded_at).join(survey_response)
        ).one() == (
            9.0,
            when,
        )
        conn.execute(
            insert(phone_survey_call).values(
                contact_id=who,
                survey_id=sid,
                response_id=rid,
                called_at=when,
                asked=3,
                spared=2,
                completed=True,
            )
        )
        assert conn.execute(select(phone_survey_call.c.spared)).scalar_one() == 2
    downgrade(engine, "0005")
    assert "phone_survey_call" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(answer)).scalar_one() == 1
    engine.dispose()
