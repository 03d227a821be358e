"""How the sample data is spread: time span, channels, kinds, categories, languages, hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from app import demo_texts as tx
from db.models import ChannelCode, FeedbackKind

DEMO_SOURCE = "demo"
ANCHOR = dt.datetime(2026, 11, 1)  # "now" for the sample data: newest item just before it
SPAN_DAYS = 730
START = ANCHOR - dt.timedelta(days=SPAN_DAYS)
SPAN_S = SPAN_DAYS * 86_400
MONTH_S = 2_629_800
BATCH = 10_000

T = TypeVar("T")


def weighted_table(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    """A lookup table for weighted choice by ``table[int(random() * len(table))]``."""
    return tuple(value for value, weight in pairs for _ in range(weight))


@dataclass(frozen=True)
class _ChannelProfile:
    weight: int
    anonymous: float  # share of items with no known contact
    ack_hours: tuple[float, float]  # first response delay range
    reply_median_hours: float
    never_answered: float
    reply_channel: ChannelCode


PROFILES = {
    ChannelCode.PHONE: _ChannelProfile(25, 0.04, (0, 0), 20, 0.06, ChannelCode.PHONE),
    ChannelCode.EMAIL: _ChannelProfile(20, 0.0, (1, 40), 40, 0.15, ChannelCode.EMAIL),
    ChannelCode.CHAT: _ChannelProfile(14, 0.08, (0.02, 0.3), 3, 0.08, ChannelCode.CHAT),
    ChannelCode.SOCIAL: _ChannelProfile(10, 0.12, (0.5, 12), 20, 0.25, ChannelCode.SOCIAL),
    ChannelCode.WEB_FORM: _ChannelProfile(12, 0.2, (2, 60), 50, 0.12, ChannelCode.EMAIL),
    ChannelCode.SELF_SERVICE: _ChannelProfile(5, 0.5, (4, 72), 60, 0.1, ChannelCode.EMAIL),
    ChannelCode.IN_PERSON: _ChannelProfile(6, 0.1, (0, 0), 30, 0.05, ChannelCode.PHONE),
    ChannelCode.SURVEY: _ChannelProfile(5, 0.3, (24, 150), 90, 0.2, ChannelCode.EMAIL),
    ChannelCode.LETTER: _ChannelProfile(3, 0.05, (48, 300), 200, 0.1, ChannelCode.LETTER),
}
CHANNELS = tuple(PROFILES)
KINDS = tuple(FeedbackKind)
CHANNEL_TABLE = weighted_table([(c, p.weight) for c, p in PROFILES.items()])
KIND_TABLE = weighted_table(
    [
        (FeedbackKind.COMPLAINT, 45),
        (FeedbackKind.SUGGESTION, 22),
        (FeedbackKind.QUESTION, 20),
        (FeedbackKind.PRAISE, 13),
    ]
)
CATEGORY_WEIGHTS = {
    "delivery": 16,
    "billing": 12,
    "service_quality": 12,
    "staff": 10,
    "waiting_time": 12,
    "product": 10,
    "website_app": 12,
    "communication": 8,
    "facilities": 4,
    "pricing": 4,
}
LANGUAGE_TABLE = weighted_table(list(zip(tx.LANGUAGES, tx.LANGUAGE_WEIGHTS, strict=True)))
HOUR_TABLE = weighted_table(
    list(enumerate((1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 20, 18, 19, 20, 19, 17, 14, 10, 8, 6, 4, 2, 1)))
)
WEEKDAY_WEIGHT = (1.1, 1.05, 1.0, 1.0, 0.95, 0.6, 0.4)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
