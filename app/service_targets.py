"""Items past their channel's service targets: the overdue list, oldest first, and counts per channel.

An item is overdue for acknowledgement when it has no ``first_response_at``
and more than the channel's ``ack_target_hours`` have passed since it was
received; overdue for a reply likewise with ``replied_at`` and
``reply_target_hours``. Only items that can and still need to be answered
count: with a contact (an anonymous item cannot be answered), not a duplicate
(answered through its original) and not closed. A channel without a target
never makes an item overdue, and an acknowledgement target of 0 means the
contact itself acknowledges (a call, a visit), so it is not checked.

Deadlines are worked out per channel in Python (``received_at < now -
target``), so the query is a range on (channel, received_at) per channel:
the index serves it on both databases, with no date arithmetic in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, false, func, or_, select

from app.feedback import PREVIEW_CHARS
from db.enums import FeedbackStatus
from db.tables import channel, contact, feedback_item, utcnow

ACKNOWLEDGE, REPLY = "acknowledge", "reply"


@dataclass(frozen=True)
class Overdue:
    item_id: int
    channel: str
    received_at: dt.datetime
    contact: str | None
    overdue_for: str  # "reply" when the reply is late, else "acknowledge"
    due_at: dt.datetime  # the deadline of ``overdue_for``
    hours_overdue: float
    text: str


@dataclass(frozen=True)
class _Targets:
    ack: dict[int, dt.datetime]  # channel id -> received before this: acknowledgement late
    reply: dict[int, dt.datetime]
    codes: dict[int, str]
    hours: dict[int, tuple[float | None, float | None]]


def _targets(conn: Connection, as_of: dt.datetime) -> _Targets:
    ack, rep, codes, hours = {}, {}, {}, {}
    for id_, code, ack_h, reply_h in conn.execute(
        select(channel.c.id, channel.c.code, channel.c.ack_target_hours, channel.c.reply_target_hours)
    ):
        codes[id_] = code
        hours[id_] = (ack_h, reply_h)
        if ack_h:  # None: no target; 0: acknowledged by the contact itself
            ack[id_] = as_of - dt.timedelta(hours=ack_h)
        if reply_h is not None:
            rep[id_] = as_of - dt.timedelta(hours=reply_h)
    return _Targets(ack, rep, codes, hours)


def _late(cutoffs: dict[int, dt.datetime], done_at: Any) -> ColumnElement[bool]:
    fi = feedback_item
    if not cutoffs:
        return false()
    return and_(
        done_at.is_(None),
        # channel_id + 0: not a range per channel on ix_feedback_item_channel_received, whose
        # rows are mostly answered; the partial index of unanswered items serves better.
        or_(*(and_(fi.c.channel_id + 0 == cid, fi.c.received_at < cut) for cid, cut in cutoffs.items())),
    )


def _open() -> list[ColumnElement[bool]]:
    fi = feedback_item
    return [
        # Not answered yet: an answered item is late for nothing. Stated first and as is,
        # so that the partial index ix_feedback_item_awaiting_reply serves the list.
        fi.c.replied_at.is_(None),
        (fi.c.contact_id + 0).is_not(None),  # + 0: see duplicate_of_id
        # Written so that no index serves it: SQLite would take "IS NULL" for a selective
        # equality on ix_feedback_item_duplicate_of_id and sort most of the table.
        (fi.c.duplicate_of_id + 0).is_(None),
        fi.c.status != FeedbackStatus.CLOSED.value,
    ]


def overdue_items(
    conn: Connection,
    *,
    as_of: dt.datetime | None = None,
    limit: int = 100,
    after: tuple[dt.datetime, int] | None = None,
) -> list[Overdue]:
    """Overdue items, oldest first; ``after`` = (received_at, id) of the last row of the page before."""
    fi = feedback_item
    now = as_of or utcnow()
    targets = _targets(conn, now)
    ack_late = _late(targets.ack, fi.c.first_response_at)
    reply_late = _late(targets.reply, fi.c.replied_at)
    stmt = (
        select(
            fi.c.id,
            fi.c.channel_id,
            fi.c.received_at,
            contact.c.display_name,
            reply_late.label("reply_late"),
            func.substr(fi.c.text, 1, PREVIEW_CHARS),
        )
        .outerjoin(contact, contact.c.id == fi.c.contact_id)
        .where(*_open(), or_(ack_late, reply_late))
    )
    if after is not None:
        stmt = stmt.where(
            or_(fi.c.received_at > after[0], and_(fi.c.received_at == after[0], fi.c.id > after[1]))
        )
    rows = conn.execute(stmt.order_by(fi.c.received_at, fi.c.id).limit(limit)).all()
    found = []
    for item_id, channel_id, received, name, is_reply_late, text in rows:
        ack_h, reply_h = targets.hours[channel_id]
        kind, hours = (REPLY, reply_h) if is_reply_late else (ACKNOWLEDGE, ack_h)
        due = received + dt.timedelta(hours=hours or 0.0)
        late = round((now - due).total_seconds() / 3600, 2)
        found.append(Overdue(item_id, targets.codes[channel_id], received, name, kind, due, late, text))
    return found


def overdue_counts(conn: Connection, *, as_of: dt.datetime | None = None) -> dict[str, dict[str, int]]:
    """Per channel code: items overdue for acknowledgement, for a reply, and either (``overdue``)."""
    fi = feedback_item
    targets = _targets(conn, as_of or utcnow())
    ack_late = _late(targets.ack, fi.c.first_response_at)
    reply_late = _late(targets.reply, fi.c.replied_at)
    # Grouped by channel_id + 0, so that SQLite reads the unanswered items (the partial
    # index) rather than every item in channel order.
    channel_id = (fi.c.channel_id + 0).label("channel")
    rows = conn.execute(
        select(
            channel_id,
            func.count(),
            func.count().filter(ack_late),
            func.count().filter(reply_late),
        )
        .where(*_open(), or_(ack_late, reply_late))
        .group_by(channel_id)
    ).all()
    counts = {
        targets.codes[cid]: {ACKNOWLEDGE: ack, REPLY: rep, "overdue": total} for cid, total, ack, rep in rows
    }
    return dict(sorted(counts.items()))
