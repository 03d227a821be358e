"""Every measure of app.metrics against a small data set worked out by hand, on both backends.

The period is [2025-03-03, 2025-03-17): ISO weeks 2025-W10 and 2025-W11.
Items (C1..C3 are contacts, D = delivery, B = billing; hours after receipt):

    item  contact chan   kind        cat lang received      1st resp    reply          notes
    i0    C2      phone  complaint   B   en   02-25 12:00   +0          02-25 13:00    before the period
    i1    C1      email  complaint   D   en   03-03 09:00   +10 h       +48 h (03-05)  -> improvement m1
    i2    C1      phone  complaint   D   en   03-04 09:00   +0          +2 h           -> m1
    i3    C2      email  suggestion  B   ru   03-05 12:00   +48 h       +96 h (03-09)  -> m2
    i4    C2      chat   question    B   ru   03-10 12:00   +0.05 h     none
    i5    C3      email  praise      -   fa   03-11 08:00   none        none
    i6    -       phone  complaint   D   en   03-12 10:00   none        none           anonymous, -> m1
    i7    C3      phone  complaint   D   en   03-12 15:00   none        03-13 15:00    duplicate of i6, -> m1
    i9    C1      chat   complaint   D   en   03-18 09:00   none        none           after the period

Service targets (reference data): phone ack 0 h / reply 48 h, e-mail 24 / 72, chat 0.1 / 24.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert, select

from app.errors import InvalidValue
from app.metrics import Filters, compute_all
from app.reference_data import channel_ids, ensure_reference_data
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.tables import (
    answer,
    audit_event,
    canonical_question,
    category,
    contact,
    feedback_item,
    improvement,
    question,
    reply,
    survey,
    survey_response,
)

FROM, TO = dt.date(2025, 3, 3), dt.date(2025, 3, 17)
AS_OF = dt.datetime(2025, 6, 1)


def t(month: int, day: int, hour: float = 0) -> dt.datetime:
    return dt.datetime(2025, month, day) + dt.timedelta(hours=hour)


def _add(conn: Connection, table: Any, **values: Any) -> int:
    return int(conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one())


def build(conn: Connection) -> dict[str, int]:
    ensure_reference_data(conn)
    ch = channel_ids(conn)
    cats = dict(conn.execute(select(category.c.code, category.c.id)).all())
    ids: dict[str, int] = {"delivery": cats["delivery"], "billing": cats["billing"]}
    for name in ("C1", "C2", "C3"):
        ids[name] = _add(conn, contact, display_name=name)
    # Improvements and their audit trail (stage changes).
    ids["m1"] = _add(
        conn, improvement, title="Faster couriers", stage="done", category_id=ids["delivery"],
        expected_benefit="fewer late deliveries", measured_benefit="late deliveries -20%",
        created_at=t(3, 3, 10), stage_changed_at=t(3, 10, 10), decided_at=t(3, 6, 10), closed_at=t(3, 10, 10),
    )  # fmt: skip
    ids["m2"] = _add(
        conn, improvement, title="Paper invoices", stage="declined", category_id=ids["billing"],
        decision="declined", decision_reason="too expensive",
        created_at=t(3, 4, 12), stage_changed_at=t(3, 8, 12), decided_at=t(3, 8, 12), closed_at=t(3, 8, 12),
    )  # fmt: skip
    ids["m3"] = _add(
        conn, improvement, title="Parcel lockers", stage="plan", category_id=ids["delivery"],
        created_at=t(2, 20), stage_changed_at=t(3, 9),
    )  # fmt: skip
    ids["m4"] = _add(
        conn, improvement, title="Night delivery", stage="new", category_id=ids["delivery"],
        created_at=t(3, 12), stage_changed_at=t(3, 12),
    )  # fmt: skip
    stages = {
        "m1": [(t(3, 3, 10), None, "new"), (t(3, 4, 10), "new", "triage"),
               (t(3, 6, 10), "triage", "accepted"), (t(3, 10, 10), "accepted", "done")],
        "m2": [(t(3, 4, 12), None, "new"), (t(3, 5), "new", "triage"), (t(3, 8, 12), "triage", "declined")],
        "m3": [(t(2, 20), None, "new"), (t(3, 5), "new", "triage"), (t(3, 9), "triage", "plan")],
        "m4": [(t(3, 12), None, "new")],
    }  # fmt: skip
    for name, events in stages.items():
        for at, old, new in events:
            _add(
                conn, audit_event, at=at, entity_type="improvement", entity_id=ids[name],
                action="created" if old is None else "stage_changed",
                changes=json.dumps({"stage": [old, new]}),
            )  # fmt: skip
    # An unrelated audit event that must not count as a stage change.
    _add(conn, audit_event, at=t(3, 5), entity_type="improvement", entity_id=ids["m1"], action="edited",
         changes=json.dumps({"title": ["Couriers", "Faster couriers"]}))  # fmt: skip

    def item(name: str, who: str | None, chan: str, kind: str, cat: str | None, lang: str | None,
             received: dt.datetime, first: dt.datetime | None, replied: dt.datetime | None,
             imp: str | None = None, duplicate_of: str | None = None) -> None:  # fmt: skip
        ids[name] = _add(
            conn, feedback_item, contact_id=ids[who] if who else None, channel_id=ch[chan], kind=kind,
            text=f"item {name}", category_id=ids[cat] if cat else None, language=lang, received_at=received,
            first_response_at=first, replied_at=replied, improvement_id=ids[imp] if imp else None,
            duplicate_of_id=ids[duplicate_of] if duplicate_of else None,
        )  # fmt: skip

    item("i0", "C2", "phone", "complaint", "billing", "en", t(2, 25, 12), t(2, 25, 12), t(2, 25, 13))
    item("i1", "C1", "email", "complaint", "delivery", "en", t(3, 3, 9), t(3, 3, 19), t(3, 5, 9), "m1")
    item("i2", "C1", "phone", "complaint", "delivery", "en", t(3, 4, 9), t(3, 4, 9), t(3, 4, 11), "m1")
    item("i3", "C2", "email", "suggestion", "billing", "ru", t(3, 5, 12), t(3, 7, 12), t(3, 9, 12), "m2")
    item("i4", "C2", "chat", "question", "billing", "ru", t(3, 10, 12), t(3, 10, 12.05), None)
    item("i5", "C3", "email", "praise", None, "fa", t(3, 11, 8), None, None)
    item("i6", None, "phone", "complaint", "delivery", "en", t(3, 12, 10), None, None, "m1")
    item("i7", "C3", "phone", "complaint", "delivery", "en", t(3, 12, 15), None, t(3, 13, 15), "m1", "i6")
    item("i9", "C1", "chat", "complaint", "delivery", "en", t(3, 18, 9), None, None)
    # Replies about improvements: C1 hears "we are on it" before m1 closes (does not close the
    # loop) and "done" a day after; C2 hears "declined" at the moment m2 closes; C3 hears nothing.
    for who, imp, at in (("C1", "m1", t(3, 6, 10)), ("C1", "m1", t(3, 11, 10)), ("C2", "m2", t(3, 8, 12))):
        _add(conn, reply, contact_id=ids[who], improvement_id=ids[imp], channel_id=ch["email"], body="...",
             sent_at=at)  # fmt: skip
    _add_surveys(conn, ch)
    return ids


def _add_surveys(conn: Connection, ch: dict[str, int]) -> None:
    canon = {
        code: _add(conn, canonical_question, code=code, text=code, answer_type=kind)
        for code, kind in (("nps", "scale_0_10"), ("overall_satisfaction", "scale_1_5"),
                           ("waiting_area_clean", "scale_1_5"))
    }  # fmt: skip
    questions: dict[tuple[str, str], int] = {}
    for system in ("esurvey", "callcentre"):
        survey_id = _add(conn, survey, source_system=system, name=system)
        for code in canon:
            questions[(system, code)] = _add(
                conn, question, survey_id=survey_id, code=f"{system}-{code}", text=code,
                canonical_question_id=canon[code],
            )  # fmt: skip
        questions[(system, "survey_id")] = survey_id
    # (system, channel, responded, nps, satisfaction, waiting area)
    responses = [
        ("esurvey", "survey", t(3, 4), 10, 5, 5),
        ("esurvey", "survey", t(3, 5), 9, 4, 1),
        ("esurvey", "survey", t(3, 11), 6, 2, 5),
        ("callcentre", "phone", t(3, 12), 8, 3, None),
        ("callcentre", "phone", t(3, 13), 0, 1, None),
        ("callcentre", "phone", t(4, 2), 10, 5, None),  # after the period
    ]
    for n, (system, chan, at, nps, sat, clean) in enumerate(responses):
        response_id = _add(
            conn, survey_response, survey_id=questions[(system, "survey_id")], channel_id=ch[chan],
            responded_at=at, external_ref=f"r{n}",
        )  # fmt: skip
        for code, value in (("nps", nps), ("overall_satisfaction", sat), ("waiting_area_clean", clean)):
            if value is not None:
                _add(conn, answer, response_id=response_id, question_id=questions[(system, code)],
                     value_number=float(value))  # fmt: skip


@pytest.fixture
def data(engine: Engine) -> dict[str, int]:
    with engine.begin() as conn:
        return build(conn)


def metrics(engine: Engine, filters: Filters | None = None, **kw: Any) -> dict[str, Any]:
    kw.setdefault("as_of", AS_OF)
    result = compute_all(engine, kw.pop("date_from", FROM), kw.pop("date_to", TO), filters, **kw)
    json.dumps(result)  # plain JSON-able data
    return result


def test_volume(engine: Engine, data: dict[str, int]) -> None:
    v = metrics(engine)["volume"]
    # In the period: i1..i7 (i0 before, i9 after).
    assert v["total"] == 7
    assert v["by_channel"] == {"email": 3, "phone": 3, "chat": 1}  # i1 i3 i5 / i2 i6 i7 / i4
    assert list(v["by_channel"]) == ["email", "phone", "chat"]  # largest first, ties by name
    assert v["by_kind"] == {"complaint": 4, "praise": 1, "question": 1, "suggestion": 1}
    assert v["by_category"] == {"delivery": 4, "billing": 2, "uncategorised": 1}  # i5 has none
    assert v["by_language"] == {"en": 4, "ru": 2, "fa": 1}
    # W10 = 03-03..03-09: i1 i2 i3; W11 = 03-10..03-16: i4 i5 i6 i7.
    assert v["by_week"] == [{"week": "2025-W10", "items": 3}, {"week": "2025-W11", "items": 4}]


def test_service_per_channel(engine: Engine, data: dict[str, int]) -> None:
    s = metrics(engine)["service"]
    # Answerable: known contact, not a duplicate -> i1 i2 i3 i4 i5 (i6 anonymous, i7 duplicate).
    assert s["by_channel"]["email"] == {
        "items": 3,  # i1 i3 i5
        # first response: i1 10 h, i3 48 h -> n=2, median rank ceil(1)=1 -> 10, p90 rank ceil(1.8)=2 -> 48
        "first_response_hours": {"count": 2, "median": 10.0, "p90": 48.0},
        "reply_hours": {"count": 2, "median": 48.0, "p90": 96.0},  # i1 48 h, i3 96 h
        # ack target 24 h: i3 (48 h) and i5 (none, deadline long past at AS_OF)
        "beyond_ack_target": 2,
        # reply target 72 h: i3 (96 h) and i5 (none)
        "beyond_reply_target": 2,
        "beyond_reply_target_share": 0.6667,  # 2/3
        "unanswered": 1,  # i5
        "unanswered_share": 0.3333,
    }
    assert s["by_channel"]["phone"] == {
        "items": 1,  # i2
        "first_response_hours": {"count": 1, "median": 0.0, "p90": 0.0},  # on the spot: 0 h, not > 0 h target
        "reply_hours": {"count": 1, "median": 2.0, "p90": 2.0},
        "beyond_ack_target": 0,
        "beyond_reply_target": 0,
        "beyond_reply_target_share": 0.0,
        "unanswered": 0,
        "unanswered_share": 0.0,
    }
    assert s["by_channel"]["chat"] == {
        "items": 1,  # i4
        "first_response_hours": {"count": 1, "median": 0.05, "p90": 0.05},  # 3 minutes, target 0.1 h
        "reply_hours": {"count": 0, "median": None, "p90": None},
        "beyond_ack_target": 0,
        "beyond_reply_target": 1,  # no reply, 24 h long past
        "beyond_reply_target_share": 1.0,
        "unanswered": 1,
        "unanswered_share": 1.0,
    }
    assert s["all"] == {
        "items": 5,
        "beyond_ack_target": 2,
        "beyond_reply_target": 3,
        "beyond_reply_target_share": 0.6,  # 3/5
        "unanswered": 2,
        "unanswered_share": 0.4,
    }


def test_unanswered_item_is_beyond_target_only_once_the_deadline_passed(
    engine: Engine, data: dict[str, int]
) -> None:
    # At 03-11 20:00, i4 (chat, 03-10 12:00) waits 32 h > 24 h; i5 (e-mail, 03-11 08:00) 12 h,
    # under both its 24 h ack and 72 h reply targets.
    s = metrics(engine, as_of=t(3, 11, 20))["service"]["by_channel"]
    assert s["chat"]["beyond_reply_target"] == 1
    assert s["email"]["beyond_ack_target"] == 1  # i3 only
    assert s["email"]["beyond_reply_target"] == 1  # i3 only


def test_channel_switching(engine: Engine, data: dict[str, int]) -> None:
    sw = metrics(engine)["channel_switching"]
    # Matters (contact+category) in the period: i1 i2 i3 i4 i7. i1 (e-mail, replied 03-05 09:00)
    # is followed by i2 on the phone 03-04 09:00, while still unanswered: a switch e-mail -> phone.
    # i2 -> i9 (chat, exactly 14 days later) and i3 -> i4 (chat) come after their replies: no switch.
    assert sw["window_days"] == 14
    assert sw["by_channel"] == {
        "chat": {"items": 1, "switched": 0, "rate": 0.0},
        "email": {"items": 2, "switched": 1, "rate": 0.5},  # i1 of i1, i3
        "phone": {"items": 2, "switched": 0, "rate": 0.0},
    }
    assert sw["all"] == {"items": 5, "switched": 1, "rate": 0.2}
    assert sw["pairs"] == [{"from": "email", "to": "phone", "switched": 1, "rate": 0.5}]


def test_repeat_contacts_and_first_contact_resolution(engine: Engine, data: dict[str, int]) -> None:
    r = metrics(engine)["repeat_contacts"]
    # Repeats: i2 (i1 a day before), i3 (i0, 8 days before, outside the period), i4 (i3, 5 days).
    # First contacts: i1 (followed by i2: not resolved), i7 (replied, nothing after: resolved).
    assert r["by_channel"]["email"] == {
        "items": 2, "repeats": 1, "repeat_rate": 0.5, "first_contacts": 1, "resolved_first_contact": 0,
        "fcr_rate": 0.0,
    }  # fmt: skip
    assert r["by_channel"]["phone"] == {
        "items": 2, "repeats": 1, "repeat_rate": 0.5, "first_contacts": 1, "resolved_first_contact": 1,
        "fcr_rate": 1.0,
    }  # fmt: skip
    assert r["by_channel"]["chat"] == {
        "items": 1, "repeats": 1, "repeat_rate": 1.0, "first_contacts": 0, "resolved_first_contact": 0,
        "fcr_rate": None,  # no first contact: nothing to divide by
    }  # fmt: skip
    assert r["all"] == {
        "items": 5, "repeats": 3, "repeat_rate": 0.6, "first_contacts": 2, "resolved_first_contact": 1,
        "fcr_rate": 0.5,
    }  # fmt: skip


def test_window_decides_what_counts_as_the_same_matter(engine: Engine, data: dict[str, int]) -> None:
    # With 7 days: i3 is no longer a repeat of i0 (8 days), so i3 is a first contact, followed by
    # i4 after 5 days (not resolved). i4 still repeats i3.
    r = metrics(engine, window_days=7)["repeat_contacts"]
    assert r["all"] == {
        "items": 5, "repeats": 2, "repeat_rate": 0.4, "first_contacts": 3, "resolved_first_contact": 1,
        "fcr_rate": 0.3333,
    }  # fmt: skip


def test_nps_and_csat(engine: Engine, data: dict[str, int]) -> None:
    sv = metrics(engine)["surveys"]
    # In the period: NPS 10, 9, 6 (survey channel), 8, 0 (phone); the 04-02 response is outside.
    # All: promoters 2 (10, 9), detractors 2 (6, 0), passive 1 -> 100 * (2 - 2) / 5 = 0.
    assert sv["nps"]["all"] == {"responses": 5, "promoters": 2, "passives": 1, "detractors": 2, "nps": 0.0}
    assert sv["nps"]["by_channel"] == {
        "phone": {"responses": 2, "promoters": 0, "passives": 1, "detractors": 1, "nps": -50.0},
        "survey": {"responses": 3, "promoters": 2, "passives": 0, "detractors": 1, "nps": 33.3},  # 100/3
    }
    assert sv["nps"]["by_month"] == {"2025-03": sv["nps"]["all"]}
    # CSAT: 5, 4, 2 / 3, 1 -> satisfied (4-5) 2 of 5 = 40 %; mean 15 / 5 = 3. The waiting-area
    # question (also 1-5) is not satisfaction and must not count.
    assert sv["csat"]["all"] == {"responses": 5, "satisfied": 2, "csat_percent": 40.0, "mean_score": 3.0}
    assert sv["csat"]["by_channel"] == {
        "phone": {"responses": 2, "satisfied": 0, "csat_percent": 0.0, "mean_score": 2.0},
        "survey": {"responses": 3, "satisfied": 2, "csat_percent": 66.7, "mean_score": 3.67},  # 11/3
    }


def test_improvement_funnel_and_stage_time(engine: Engine, data: dict[str, int]) -> None:
    imp = metrics(engine)["improvements"]
    # Created in the period: m1 (done), m2 (declined), m4 (new); m3 was created in February.
    current = imp["funnel"]["by_current_stage"]
    assert {k: v for k, v in current.items() if v} == {"new": 1, "done": 1, "declined": 1}
    assert list(current)[:3] == ["new", "triage", "accepted"]  # workflow order, zeros included
    # Stage entries dated in the period: new m1 m2 m4; triage m1 m2 m3; accepted m1; plan m3;
    # done m1; declined m2 (m3's "new" was in February).
    entered = imp["funnel"]["entered"]
    assert {k: v for k, v in entered.items() if v} == {
        "new": 3, "triage": 3, "accepted": 1, "plan": 1, "done": 1, "declined": 1,
    }  # fmt: skip
    # Stays that ended in the period, in days:
    # new: m1 03-03 10h -> 03-04 10h = 1, m2 03-04 12h -> 03-05 0h = 0.5, m3 02-20 -> 03-05 = 13
    #   sorted 0.5, 1, 13: median rank ceil(1.5) = 2 -> 1; p90 rank ceil(2.7) = 3 -> 13
    # triage: m1 03-04 10h -> 03-06 10h = 2, m2 03-05 -> 03-08 12h = 3.5, m3 03-05 -> 03-09 = 4
    # accepted: m1 03-06 10h -> 03-10 10h = 4. Stays still going on (m3 plan, m4 new) do not count.
    assert imp["stage_time_days"] == {
        "new": {"count": 3, "median": 1.0, "p90": 13.0},
        "triage": {"count": 3, "median": 3.5, "p90": 4.0},
        "accepted": {"count": 1, "median": 4.0, "p90": 4.0},
    }


def test_outcomes_and_benefits(engine: Engine, data: dict[str, int]) -> None:
    out = metrics(engine)["improvements"]["outcomes"]
    assert out["done"] == 1 and out["declined"] == 1
    assert out["declined_reasons"] == [{"reason": "too expensive", "count": 1}]
    assert out["done_list"] == [
        {
            "id": data["m1"],
            "title": "Faster couriers",
            "closed_at": "2025-03-10T10:00:00",
            "expected_benefit": "fewer late deliveries",
            "measured_benefit": "late deliveries -20%",
        }
    ]
    assert out["declined_list"] == [
        {
            "id": data["m2"],
            "title": "Paper invoices",
            "closed_at": "2025-03-08T12:00:00",
            "reason": "too expensive",
        }
    ]


def test_loop_closure(engine: Engine, data: dict[str, int]) -> None:
    loop = metrics(engine)["improvements"]["loop_closure"]
    # Contributors of m1 and m2 (closed in the period): (m1, C1) via i1 and i2, (m2, C2) via i3,
    # (m1, C3) via i7; i6 is anonymous. Replied after closing: C1 (03-11 10h, a day after m1
    # closed; the 03-06 "on it" is earlier and does not count) and C2 (03-08 12h, at closing).
    # From closing: 0 and 1 day -> median rank 1 -> 0. From contribution: C2 03-05 12h -> 03-08 12h
    # = 3 days, C1 03-03 9h -> 03-11 10h = 8.04 days -> median 3.
    assert loop == {
        "contributors": 3,
        "replied": 2,
        "share": 0.6667,
        "median_days_from_closing": 0.0,
        "median_days_from_contribution": 3.0,
    }


def test_filters(engine: Engine, data: dict[str, int]) -> None:
    billing = metrics(engine, Filters(category_ids=(data["billing"],)))
    assert billing["volume"]["by_channel"] == {"chat": 1, "email": 1}  # i4, i3
    assert billing["repeat_contacts"]["all"]["repeats"] == 2  # i3, i4
    assert billing["improvements"]["outcomes"]["done"] == 0  # m1 is delivery
    assert billing["improvements"]["loop_closure"]["contributors"] == 1  # (m2, C2)

    phone = metrics(engine, Filters(channels=("phone",)))
    assert phone["volume"]["total"] == 3
    assert list(phone["service"]["by_channel"]) == ["phone"]
    assert phone["surveys"]["nps"]["all"]["nps"] == -50.0  # 8 and 0 by phone
    assert phone["period"]["filters"] == {"channels": ["phone"], "category_ids": []}

    with pytest.raises(InvalidValue, match="no such channel"):
        metrics(engine, Filters(channels=("pigeon",)))


def test_empty_period_has_zeros_and_nones(engine: Engine, data: dict[str, int]) -> None:
    empty = metrics(engine, date_from=dt.date(2030, 1, 1), date_to=dt.date(2030, 2, 1))
    assert empty["volume"]["total"] == 0
    assert empty["volume"]["by_channel"] == {}
    # 2030-01-01 is a Tuesday of W01; 2030-01-31 a Thursday of W05: every week listed, with 0.
    assert [w["week"] for w in empty["volume"]["by_week"]] == [f"2030-W0{n}" for n in range(1, 6)]
    assert {w["items"] for w in empty["volume"]["by_week"]} == {0}
    assert empty["service"] == {
        "by_channel": {},
        "all": {
            "items": 0, "beyond_ack_target": 0, "beyond_reply_target": 0, "beyond_reply_target_share": None,
            "unanswered": 0, "unanswered_share": None,
        },
    }  # fmt: skip
    assert empty["channel_switching"]["all"] == {"items": 0, "switched": 0, "rate": None}
    assert empty["repeat_contacts"]["all"]["fcr_rate"] is None
    assert empty["surveys"]["nps"]["all"]["nps"] is None
    assert empty["surveys"]["csat"]["all"]["csat_percent"] is None
    assert set(empty["improvements"]["funnel"]["by_current_stage"].values()) == {0}
    assert empty["improvements"]["stage_time_days"] == {}
    assert empty["improvements"]["loop_closure"]["share"] is None
    assert metrics(engine, date_from=FROM, date_to=FROM)["volume"]["by_week"] == []


def test_empty_database(engine: Engine) -> None:
    result = metrics(engine)
    assert result["volume"]["total"] == 0
    assert result["improvements"]["loop_closure"]["contributors"] == 0


# The command line: a real process on a real SQLite file.

ROOT = Path(__file__).resolve().parents[2]


def kaizen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_metrics_json_is_what_compute_all_returns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.begin() as conn:
        build(conn)
    expected = compute_all(engine, dt.date(2025, 3, 3), dt.date(2025, 3, 17))
    engine.dispose()

    result = kaizen("metrics", "--db", url, "--from", "2025-03-03", "--to", "2025-03-17", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    out["period"].pop("as_of")
    expected["period"].pop("as_of")
    assert out == expected
    assert out["volume"]["total"] == 7
    assert out["service"]["by_channel"]["email"]["reply_hours"] == {"count": 2, "median": 48.0, "p90": 96.0}
    assert out["channel_switching"]["pairs"] == [{"from": "email", "to": "phone", "switched": 1, "rate": 0.5}]

    phone = kaizen("metrics", "--db", url, "--from", "2025-03-03", "--to", "2025-03-17", "--channel", "phone")
    assert phone.returncode == 0, phone.stderr
    assert "3 items" in phone.stdout.splitlines()[0]


def test_unknown_channel_and_bad_date_are_user_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    bad = kaizen("metrics", "--db", url, "--from", "2025-03-03", "--to", "2025-03-17", "--channel", "pigeon")
    assert bad.returncode == 2
    assert "no such channel" in bad.stderr and "Traceback" not in bad.stderr
    date = kaizen("metrics", "--db", url, "--from", "March", "--to", "2025-03-17")
    assert date.returncode == 2
    assert "not a date" in date.stderr


def test_nearest_rank_percentile_definition(engine: Engine) -> None:
    from sqlalchemy import Float, String, literal, union_all

    from app.metrics.common import nearest_rank

    rows = [("a", float(v)) for v in (7, 1, 10, 3, 5, 2, 9, 4, 8, 6)] + [("b", 4.0), ("b", 2.0), ("b", None)]
    data = union_all(*(select(literal(k, String).label("k"), literal(v, Float).label("v")) for k, v in rows))
    with engine.connect() as conn:
        found = nearest_rank(conn, data.subquery().select(), (50, 90, 100))
    # a: 1..10, n=10 -> p50 rank ceil(5)=5 -> 5; p90 rank ceil(9)=9 -> 9; p100 -> 10.
    # b: 2, 4 (the NULL is left out), n=2 -> p50 rank 1 -> 2 (the lower middle); p90 rank 2 -> 4.
    assert found == {
        "a": {"count": 10, "p50": 5.0, "p90": 9.0, "p100": 10.0},
        "b": {"count": 2, "p50": 2.0, "p90": 4.0, "p100": 4.0},
    }


def test_one_connection_gives_the_same_numbers_as_the_parallel_engine_path(
    engine: Engine, data: dict[str, int]
) -> None:
    with engine.connect() as conn:
        sequential = compute_all(conn, FROM, TO, as_of=AS_OF)
    assert sequential == compute_all(engine, FROM, TO, as_of=AS_OF)
