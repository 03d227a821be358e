"""NPS and CSAT from survey answers, per channel and per month.

Answers are found through the canonical question they map to, whatever
survey system asked them: NPS from ``canonical_question.code == "nps"``
(answer type ``scale_0_10``), CSAT from ``"overall_satisfaction"``
(``scale_1_5``). Each survey response counts once, so a customer who
answered both the e-survey and the follow-up call counts twice: each is an
experience they rated. The period applies to ``survey_response.responded_at``;
the channel filter to the response's channel; the category filter does not
apply (answers have no category). Answers outside the scale are ignored.

- NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100.
- CSAT = % of answers that are 4 or 5 ("satisfied"); also the mean score.
Months are calendar months of the response ("2026-03").

Questions spared (``questions_spared``): over the phone-survey calls made in
the period (``phone_survey_call.called_at``), how many questions the operator
asked and how many were not asked because the answer was on file;
``spared_share`` = spared / (asked + spared), ``None`` without calls. Calls are
phone contacts: a channel filter without "phone" leaves none.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, case, func, or_, select
from sqlalchemy.sql.expression import literal_column

from app.metrics.common import RATE_DIGITS, SCORE_DIGITS, Scope
from db.tables import answer, canonical_question, phone_survey_call, question, survey_response

NPS_CODE = "nps"
CSAT_CODE = "overall_satisfaction"
ALL = "all"


def survey_measures(conn: Connection, scope: Scope) -> dict[str, Any]:
    return survey_measures_of_periods(conn, [scope])[0]


def survey_measures_of_periods(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """The measures of several periods (same filters), each answer read once for all of them."""
    ordered = sorted(scopes, key=lambda s: s.date_from)
    if any(a.date_to > b.date_from for a, b in itertools.pairwise(ordered)):
        # An answer belongs to one period in the shared pass: overlapping ones go one by one.
        return [survey_measures_of_periods(conn, [s])[0] for s in scopes]
    nps = _measure(conn, scopes, NPS_CODE, (0, 10), _nps)
    csat = _measure(conn, scopes, CSAT_CODE, (1, 5), _csat)
    spared = questions_spared(conn, scopes)
    return [{"nps": n, "csat": c, "questions_spared": q} for n, c, q in zip(nps, csat, spared, strict=True)]


def questions_spared(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """Per period: phone-survey calls, questions asked, questions spared thanks to answers on file."""
    call = phone_survey_call
    period = case(
        *((s.in_period(call.c.called_at), literal_column(str(i))) for i, s in enumerate(scopes)), else_=None
    ).label("period")
    found: dict[int, tuple[int, int, int]] = {}
    scope = scopes[0]
    phone_ids = [id_ for id_, code in scope.channel_codes.items() if code == "phone"]
    if not scope.channel_ids or set(phone_ids) & set(scope.channel_ids):
        stmt = (
            select(period, func.count(), func.sum(call.c.asked), func.sum(call.c.spared))
            .where(or_(*(s.in_period(call.c.called_at) for s in scopes)))
            .group_by(period)
        )
        found = {
            int(i): (calls, int(asked or 0), int(spared or 0))
            for i, calls, asked, spared in conn.execute(stmt)
        }
    return [_spared(*found.get(i, (0, 0, 0))) for i in range(len(scopes))]


def _spared(calls: int, asked: int, spared: int) -> dict[str, Any]:
    total = asked + spared
    share = round(spared / total, RATE_DIGITS) if total else None
    return {"calls": calls, "asked": asked, "spared": spared, "spared_share": share}


def _measure(
    conn: Connection,
    scopes: Sequence[Scope],
    code: str,
    scale: tuple[int, int],
    summarise: Callable[[dict[int, int]], dict[str, Any]],
) -> list[dict[str, Any]]:
    r = survey_response
    scope = scopes[0]  # the dialect and the channel filter are the same in every one
    month = scope.month(r.c.responded_at).label("month")
    period = case(
        *((s.in_period(r.c.responded_at), literal_column(str(i))) for i, s in enumerate(scopes)), else_=None
    ).label("period")
    stmt = (
        select(period, r.c.channel_id, month, answer.c.value_number, func.count())
        .select_from(
            answer.join(question, question.c.id == answer.c.question_id)
            .join(canonical_question, canonical_question.c.id == question.c.canonical_question_id)
            .join(r, r.c.id == answer.c.response_id)
        )
        .where(
            canonical_question.c.code == code,
            or_(*(s.in_period(r.c.responded_at) for s in scopes)),
            answer.c.value_number >= scale[0],
            answer.c.value_number <= scale[1],
        )
        .group_by(period, r.c.channel_id, month, answer.c.value_number)
    )
    if scope.channel_ids:
        stmt = stmt.where(r.c.channel_id.in_(scope.channel_ids))
    rows: list[list[Any]] = [[] for _ in scopes]
    for index, *rest in conn.execute(stmt):
        rows[index].append(rest)
    return [_summary(s, found, summarise) for s, found in zip(scopes, rows, strict=True)]


def _summary(
    scope: Scope, rows: list[Any], summarise: Callable[[dict[int, int]], dict[str, Any]]
) -> dict[str, Any]:
    overall: dict[int, int] = {}
    by_channel: dict[str, dict[int, int]] = {}
    by_month: dict[str, dict[int, int]] = {}
    for channel_id, month_text, value, count in rows:
        score = round(value)
        for bucket in (overall, by_channel.setdefault(scope.channel_code(channel_id), {})):
            bucket[score] = bucket.get(score, 0) + count
        by_month.setdefault(str(month_text), {})
        by_month[str(month_text)][score] = by_month[str(month_text)].get(score, 0) + count
    return {
        ALL: summarise(overall),
        "by_channel": {k: summarise(v) for k, v in sorted(by_channel.items())},
        "by_month": {k: summarise(v) for k, v in sorted(by_month.items())},
    }


def _nps(counts: dict[int, int]) -> dict[str, Any]:
    n = sum(counts.values())
    promoters = sum(c for s, c in counts.items() if s >= 9)
    detractors = sum(c for s, c in counts.items() if s <= 6)
    score = round(100 * (promoters - detractors) / n, SCORE_DIGITS) if n else None
    return {
        "responses": n,
        "promoters": promoters,
        "passives": n - promoters - detractors,
        "detractors": detractors,
        "nps": score,
    }


def _csat(counts: dict[int, int]) -> dict[str, Any]:
    n = sum(counts.values())
    satisfied = sum(c for s, c in counts.items() if s >= 4)
    return {
        "responses": n,
        "satisfied": satisfied,
        "csat_percent": round(100 * satisfied / n, SCORE_DIGITS) if n else None,
        "mean_score": round(sum(s * c for s, c in counts.items()) / n, 2) if n else None,
    }
