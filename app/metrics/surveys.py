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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, func, select

from app.metrics.common import SCORE_DIGITS, Scope
from db.tables import answer, canonical_question, question, survey_response

NPS_CODE = "nps"
CSAT_CODE = "overall_satisfaction"
ALL = "all"


def survey_measures(conn: Connection, scope: Scope) -> dict[str, Any]:
    return {
        "nps": _measure(conn, scope, NPS_CODE, (0, 10), _nps),
        "csat": _measure(conn, scope, CSAT_CODE, (1, 5), _csat),
    }


def _measure(
    conn: Connection,
    scope: Scope,
    code: str,
    scale: tuple[int, int],
    summarise: Callable[[dict[int, int]], dict[str, Any]],
) -> dict[str, Any]:
    r = survey_response
    month = scope.month(r.c.responded_at).label("month")
    stmt = (
        select(r.c.channel_id, month, answer.c.value_number, func.count())
        .select_from(
            answer.join(question, question.c.id == answer.c.question_id)
            .join(canonical_question, canonical_question.c.id == question.c.canonical_question_id)
            .join(r, r.c.id == answer.c.response_id)
        )
        .where(
            canonical_question.c.code == code,
            scope.in_period(r.c.responded_at),
            answer.c.value_number >= scale[0],
            answer.c.value_number <= scale[1],
        )
        .group_by(r.c.channel_id, month, answer.c.value_number)
    )
    if scope.channel_ids:
        stmt = stmt.where(r.c.channel_id.in_(scope.channel_ids))
    overall: dict[int, int] = {}
    by_channel: dict[str, dict[int, int]] = {}
    by_month: dict[str, dict[int, int]] = {}
    for channel_id, month_text, value, count in conn.execute(stmt):
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
