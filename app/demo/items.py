"""Feedback items: when they arrive, what they say, how they were handled."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections import deque
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, select, update

from app import demo_texts as tx
from app.demo.distributions import (
    BATCH,
    CATEGORY_WEIGHTS,
    CHANNEL_TABLE,
    CHANNELS,
    DEMO_SOURCE,
    HOUR_TABLE,
    KIND_TABLE,
    KINDS,
    LANGUAGE_TABLE,
    MONTH_S,
    PERSIAN_DIGITS,
    PROFILES,
    SPAN_DAYS,
    SPAN_S,
    START,
    WEEKDAY_WEIGHT,
    weighted_table,
)
from app.demo.people import pick_contact
from app.demo.replies import improvement_replies, item_reply
from app.demo.run import ItemText, Run
from db.bulk import FeedbackItemWriter
from db.models import ChannelCode, FeedbackItem, FeedbackKind, FeedbackStatus, Reply


def _day_counts(rng: random.Random, items: int) -> list[int]:
    """Items per day: growing over the two years, quiet at weekends, busier before New Year."""
    weights = []
    for day in range(SPAN_DAYS):
        date = START + dt.timedelta(days=day)
        season = 1.2 if date.month in (11, 12) else 1.0
        weights.append(
            (1 + 0.8 * day / SPAN_DAYS) * WEEKDAY_WEIGHT[date.weekday()] * season * rng.uniform(0.85, 1.15)
        )
    total = sum(weights)
    counts, cumulative, placed = [], 0.0, 0
    for w in weights:
        cumulative += w
        upto = round(cumulative / total * items)
        counts.append(upto - placed)
        placed = upto
    return counts


def _compose(rng: random.Random, lang: str, category: str, kind: FeedbackKind) -> tuple[str, str]:
    """(text, core sentence): opener, core, detail, order reference, rare remark, closer."""
    r = rng.random
    cores = tx.CORES[lang][category][kind]
    core = cores[int(r() * len(cores))]
    openers, details, closers = tx.OPENERS[lang], tx.DETAILS[lang][kind], tx.CLOSERS[lang][kind]
    parts = [openers[int(r() * len(openers))], core, details[int(r() * len(details))]]
    if r() < 0.65:
        refs = tx.ORDER_REFS[lang]
        number = str(10_000 + int(r() * 90_000))
        if lang == "fa" and r() < 0.5:
            number = number.translate(PERSIAN_DIGITS)
        parts.append(refs[int(r() * len(refs))].format(n=number))
    if r() < 0.002:
        rare = tx.RARE_SENTENCES[lang]
        parts.append(rare[int(r() * len(rare))])
    parts.append(closers[int(r() * len(closers))])
    return " ".join(p for p in parts if p), core


# Share of the items left unanswered for days on a channel that the customer raises again by
# phone within a few days (DESIGN: about 70% switch from unanswered e-mail, 55% from social media).
SWITCH_TO_PHONE = {ChannelCode.EMAIL: 0.6, ChannelCode.SOCIAL: 0.5, ChannelCode.WEB_FORM: 0.3}
UNANSWERED_DAYS = 5  # no reply within this many days counts as unanswered for a switch
SWITCH_WITHIN_DAYS = 5  # the follow-up comes one to five days after the first contact


def add_items(run: Run) -> None:
    """Items in order of arrival, each batch followed by its replies (they refer to the items)."""
    first_id = run.next_id(FeedbackItem)
    with FeedbackItemWriter(run.conn) as writer:
        _add_items(run, writer)
    _add_channel_switches(run, first_id)


def _add_channel_switches(run: Run, first_id: int) -> None:
    """Customers left waiting call instead: an unanswered item gets a phone follow-up 1-5 days later.

    The follow-up is an item already generated in those days, of the same
    category and language and never replied to: it becomes the customer's, by
    phone. Texts,
    counts and the main random sequence stay as they were (this draws from its
    own generator, seeded from the main one's state), so only who called and
    how changes.
    """
    fi = FeedbackItem.__table__
    rng = random.Random(repr(run.rng.getstate()[1][:16]))
    phone = run.channels[ChannelCode.PHONE.value]
    share = {run.channels[c.value]: p for c, p in SWITCH_TO_PHONE.items()}
    waiting = run.conn.execute(
        select(fi.c.id, fi.c.contact_id, fi.c.category_id, fi.c.channel_id, fi.c.language, fi.c.received_at)
        .where(
            fi.c.id >= first_id,
            fi.c.channel_id.in_(share),
            fi.c.contact_id.is_not(None),
            fi.c.category_id.is_not(None),
            fi.c.duplicate_of_id.is_(None),
            fi.c.replied_at.is_(None)
            | (fi.c.replied_at > fi.c.received_at + dt.timedelta(days=UNANSWERED_DAYS)),
        )
        .order_by(fi.c.id)
    ).all()
    # Items nobody replied to, per category and language, in order of arrival: the candidates.
    free: dict[tuple[int, str | None], list[tuple[dt.datetime, int]]] = {}
    for id_, category_id, language, received in run.conn.execute(
        select(fi.c.id, fi.c.category_id, fi.c.language, fi.c.received_at)
        .where(
            fi.c.id >= first_id,
            fi.c.category_id.is_not(None),
            fi.c.duplicate_of_id.is_(None),
            fi.c.improvement_id.is_(None),
            fi.c.replied_at.is_(None),
        )
        .order_by(fi.c.received_at, fi.c.id)
    ):
        free.setdefault((category_id, language), []).append((received, id_))
    taken: set[int] = set()
    moves = []
    for id_, contact_id, category_id, channel_id, language, received in waiting:
        if id_ in taken or rng.random() >= share[channel_id]:
            continue
        candidates = free.get((category_id, language), [])
        start = bisect.bisect_left(candidates, (received + dt.timedelta(days=1), 0))
        end = bisect.bisect_left(candidates, (received + dt.timedelta(days=SWITCH_WITHIN_DAYS), 0))
        later = [i for _at, i in candidates[start:end] if i not in taken]
        if later:
            follow_up = later[int(rng.random() * len(later))]
            taken.update((id_, follow_up))
            moves.append({"b_id": follow_up, "b_contact": contact_id, "b_channel": phone})
    if moves:
        run.conn.execute(
            update(fi)
            .where(fi.c.id == bindparam("b_id"))
            .values(contact_id=bindparam("b_contact"), channel_id=bindparam("b_channel")),
            moves,
        )


def _add_items(run: Run, writer: FeedbackItemWriter) -> None:
    rng, r = run.rng, run.rng.random
    first_id = next_id = run.next_id(FeedbackItem)
    categories = weighted_table(list(CATEGORY_WEIGHTS.items()))
    category_codes = tuple(CATEGORY_WEIGHTS)
    recent: dict[str, deque[tuple[int, ItemText]]] = {c: deque(maxlen=50) for c in category_codes}
    items: list[dict[str, Any]] = []
    replies: list[dict[str, Any]] = []
    anchor_s = SPAN_S
    for day, count in enumerate(_day_counts(rng, run.items)):
        seconds = sorted(
            day * 86_400 + HOUR_TABLE[int(r() * len(HOUR_TABLE))] * 3600 + int(r() * 3600)
            for _ in range(count)
        )
        for s in seconds:
            n = next_id - first_id
            channel = CHANNELS[n % len(CHANNELS)] if n < 36 else CHANNEL_TABLE[int(r() * len(CHANNEL_TABLE))]
            kind = KINDS[n % len(KINDS)] if n < 36 else KIND_TABLE[int(r() * len(KIND_TABLE))]
            profile = PROFILES[channel]
            category = categories[int(r() * len(categories))]
            pool = recent[category]
            duplicate_of: int | None = None
            if kind in (FeedbackKind.COMPLAINT, FeedbackKind.QUESTION) and pool and r() < 0.05:
                duplicate_of, source = pool[int(r() * len(pool))]
                kind = source.kind
                said = ItemText(
                    f"{tx.DUPLICATE_PREFIX[source.lang]} {source.text}",
                    source.core,
                    kind,
                    source.lang,
                    source.contact,
                )
            else:
                contact = None if r() < profile.anonymous else pick_contact(run, s)
                if contact is None:
                    lang = LANGUAGE_TABLE[int(r() * len(LANGUAGE_TABLE))]
                else:
                    lang = run.contact_langs[contact]
                body, core = _compose(rng, lang, category, kind)
                said = ItemText(body, core, kind, lang, contact)
                pool.append((next_id, said))
            received = run.at(s)
            ack_low, ack_high = profile.ack_hours
            ack_s = s + (ack_low + (ack_high - ack_low) * r() ** 2) * 3600
            contact_id = None if said.contact is None else run.first_contact_id + said.contact
            improvement = None
            if duplicate_of is None and kind != FeedbackKind.PRAISE:
                link_share = (
                    0.16
                    if kind == FeedbackKind.SUGGESTION
                    else 0.08
                    if kind == FeedbackKind.COMPLAINT
                    else 0.02
                )
                bucket = run.improvement_buckets.get((category, int(s // MONTH_S)))
                if bucket and r() < link_share:
                    improvement = bucket[int(r() * len(bucket))]
            replied: dt.datetime | None = None
            age_days = (anchor_s - s) / 86_400
            if duplicate_of is not None:
                status = FeedbackStatus.DUPLICATE
            elif improvement is not None:
                status = FeedbackStatus.LINKED
                if contact_id is not None:
                    replied = improvement_replies(
                        run, replies, improvement, said, next_id, contact_id, channel, received
                    )
            else:
                reply_s = s + profile.reply_median_hours * 3600 * rng.lognormvariate(0, 0.9)
                if contact_id is not None and r() >= profile.never_answered and reply_s < anchor_s:
                    status = FeedbackStatus.CLOSED if age_days > 30 and r() < 0.5 else FeedbackStatus.ANSWERED
                    replied = run.at(reply_s)
                    ack_s = min(ack_s, reply_s)
                    replies.append(item_reply(run, said, next_id, contact_id, channel, replied))
                elif age_days < 2:
                    status = FeedbackStatus.NEW
                elif age_days < 14:
                    status = FeedbackStatus.NEW if r() < 0.4 else FeedbackStatus.TRIAGED
                else:
                    x = r()
                    status = (
                        FeedbackStatus.CLOSED
                        if x < 0.45
                        else FeedbackStatus.TRIAGED
                        if x < 0.85
                        else FeedbackStatus.NEW
                    )
            acknowledged = ack_s < anchor_s and (status != FeedbackStatus.NEW or profile.ack_hours[1] == 0)
            row = {
                "id": next_id,
                "contact_id": contact_id,
                "channel_id": run.channels[channel],
                "kind": kind.value,
                "text": said.text,
                "language": said.lang,
                "received_at": received,
                "logged_at": _logged_at(r, channel, s),
                "logged_by_id": _logged_by(run, channel),
                "source": DEMO_SOURCE,
                "external_ref": f"DEMO-{next_id:08d}",
                "status": status.value,
                "improvement_id": improvement.id if improvement else None,
                "duplicate_of_id": duplicate_of,
                "first_response_at": run.at(ack_s) if acknowledged else None,
                "replied_at": replied,
                "version": 1,
            }
            row.update(_classification(r, category, category_codes, run.categories, status))
            items.append(row)
            next_id += 1
            if len(items) >= BATCH:
                _write(run, writer, items, replies)
    _write(run, writer, items, replies)


def _write(
    run: Run, writer: FeedbackItemWriter, items: list[dict[str, Any]], replies: list[dict[str, Any]]
) -> None:
    count = len(items)
    writer.write(items)
    run.counts["feedback_items"] += count
    items.clear()
    run.insert(Reply, replies, "replies")
    run.step(count)


def _logged_at(r: Any, channel: ChannelCode, s: float) -> dt.datetime:
    if channel == ChannelCode.LETTER:
        delay = 86_400 * (1 + 2 * r())  # opened and typed in later
    elif channel in (ChannelCode.PHONE, ChannelCode.IN_PERSON, ChannelCode.CHAT):
        delay = 300 * r()
    else:
        delay = 30 + 600 * r()
    return START + dt.timedelta(seconds=int(min(s + delay, SPAN_S - 1)))


def _logged_by(run: Run, channel: ChannelCode) -> int:
    if channel in (ChannelCode.WEB_FORM, ChannelCode.SELF_SERVICE, ChannelCode.SURVEY):
        return run.system_user  # arrived through an integration
    pool = run.operators_by_channel.get(channel.value) or run.operators
    return pool[int(run.rng.random() * len(pool))]


def _classification(
    r: Any, category: str, codes: Sequence[str], ids: dict[str, int], status: FeedbackStatus
) -> dict[str, Any]:
    """Confirmed categories for handled items, classifier guesses (sometimes wrong) for fresh ones."""
    fresh = status == FeedbackStatus.NEW
    if fresh and r() < 0.35:
        cat_id, cat_conf, cat_ok = None, None, False
    elif fresh or r() < 0.1:
        cat_conf = round(0.3 + 0.69 * r(), 2)
        guess = category if r() < cat_conf else codes[int(r() * len(codes))]
        cat_id, cat_ok = ids[guess], False
    else:
        cat_id, cat_conf, cat_ok = ids[category], (round(0.5 + 0.49 * r(), 2) if r() < 0.5 else None), True
    return {
        "category_id": cat_id,
        "category_confidence": cat_conf,
        "category_confirmed": cat_ok,
        "kind_confidence": round(0.4 + 0.59 * r(), 2) if fresh or r() < 0.3 else None,
        "kind_confirmed": not fresh,
    }
