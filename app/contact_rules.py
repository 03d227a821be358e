"""Contact rules: do not survey a contact again within N days; do not re-ask what was answered within M days.

The days are the caller's settings (``ContactRules``); ``configured_rules()``
reads them from the settings registry (``survey.min_days_between_surveys``,
``survey.reask_after_days``). What a contact has answered comes from
``app.answers_on_file``, the one source of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app import settings
from app.answers_on_file import AnswerOnFile, answers_on_file
from db.tables import phone_survey_call, survey_response, utcnow


@dataclass(frozen=True)
class ContactRules:
    survey_gap_days: int = settings.SURVEY_MIN_DAYS_BETWEEN.default  # N: no new survey within N days
    question_gap_days: int = settings.SURVEY_REASK_AFTER_DAYS.default  # M: answered this recently: not asked

    def __post_init__(self) -> None:
        if self.survey_gap_days < 0 or self.question_gap_days < 0:
            raise ValueError("contact rule days cannot be negative")


def configured_rules(values: settings.Settings | None = None) -> ContactRules:
    """The contact rules as set in the settings (the defaults for a day count below zero)."""
    values = values or settings.current()
    n = values.get(settings.SURVEY_MIN_DAYS_BETWEEN)
    m = values.get(settings.SURVEY_REASK_AFTER_DAYS)
    default = ContactRules()
    return ContactRules(
        survey_gap_days=n if n >= 0 else default.survey_gap_days,
        question_gap_days=m if m >= 0 else default.question_gap_days,
    )


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
    # A phone survey counts even when every question was on file and no answer was written:
    # the customer was still called and walked through it.
    answered = select(func.max(survey_response.c.responded_at)).where(
        survey_response.c.contact_id == contact_id
    )
    called = select(func.max(phone_survey_call.c.called_at)).where(
        phone_survey_call.c.contact_id == contact_id
    )
    dates = [found for found in (conn.execute(answered).scalar(), conn.execute(called).scalar()) if found]
    last = max(dates) if dates else None
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
