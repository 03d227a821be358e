"""Contact rules: do not survey a contact again within N days; do not re-ask what was answered within M days.

The days are the caller's settings (``ContactRules``); what a contact has
answered comes from ``app.answers_on_file``, the one source of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.answers_on_file import AnswerOnFile, answers_on_file
from db.tables import survey_response, utcnow


@dataclass(frozen=True)
class ContactRules:
    survey_gap_days: int = 30  # N: no new survey within this many days of the last response
    question_gap_days: int = 180  # M: an answer this recent need not be asked again

    def __post_init__(self) -> None:
        if self.survey_gap_days < 0 or self.question_gap_days < 0:
            raise ValueError("contact rule days cannot be negative")


@dataclass(frozen=True)
class SurveyDecision:
    allowed: bool
    last_surveyed_at: dt.datetime | None
    next_allowed_at: dt.datetime | None  # None: allowed now
    reason: str


def may_survey(
    conn: Connection, contact_id: int, rules: ContactRules, now: dt.datetime | None = None
) -> SurveyDecision:
    """Whether the contact may be surveyed now, and if not, from when."""
    now = now or utcnow()
    last = conn.execute(
        select(func.max(survey_response.c.responded_at)).where(survey_response.c.contact_id == contact_id)
    ).scalar()
    if last is None:
        return SurveyDecision(True, None, None, "never surveyed")
    allowed_from = last + dt.timedelta(days=rules.survey_gap_days)
    if now >= allowed_from:
        return SurveyDecision(True, last, None, f"last surveyed {last:%Y-%m-%d}")
    return SurveyDecision(
        False,
        last,
        allowed_from,
        f"surveyed on {last:%Y-%m-%d}; not again within {rules.survey_gap_days} days "
        f"(from {allowed_from:%Y-%m-%d})",
    )


def questions_not_to_ask(
    conn: Connection, contact_id: int, rules: ContactRules, now: dt.datetime | None = None
) -> dict[str, AnswerOnFile]:
    """Canonical question code -> the answer on file recent enough that the question need not be asked."""
    since = (now or utcnow()) - dt.timedelta(days=rules.question_gap_days)
    return {
        found.code: found
        for found in answers_on_file(conn, contact_id)
        if found.code is not None and found.latest.responded_at >= since
    }
