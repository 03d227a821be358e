"""Contacts that may be one person: found, scored, and held for a person to decide.

Exact matches (same normalised e-mail, phone or customer number) are made by
``app.contact_matching``. Here are the near ones, which are never merged
automatically: a new contact is compared with the others and a pair goes to
the review list (``contact_match_review``) with its evidence when

- their names are alike: the same full name in another spelling or script
  (Иван Петров / Ivan Petrov / Petroff Ivan), compared by a consonant skeleton
  of the transliterated name; names of one word are too weak to count;
- their phones differ in one digit (a typo), or
- their e-mails share the part before the @ at different domains, or
- exact matching found only a shared phone, with a new e-mail and another name
  (a household's phone; ``app.contact_matching``, held by ``hold_pairs``).

Evidence adds up (``1 - prod(1 - weight)``); a pair scoring ``REVIEW_THRESHOLD``
or more is held. A name alone does not count when the two have different
phones or customer numbers (namesakes are common), nor when the name is shared
by more than ``MAX_NAMESAKES`` contacts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, func, insert, or_, select, update

from app.contacts import name_key
from app.errors import KaizenError, Reason
from db.bulk import chunks
from db.enums import ContactPointKind
from db.tables import (
    contact,
    contact_match_review,
    contact_point,
    feedback_item,
    reply,
    survey_response,
    utcnow,
)

REVIEW_THRESHOLD = 0.5
MAX_NAMESAKES = 5
WEIGHTS = {"name": 0.55, "phone": 0.6, "email": 0.5, "shared_phone": 0.6}
STREAM_ROWS = 20_000


def _letters(letters: str, latin: str) -> dict[str, str]:
    return dict(zip(letters, latin.split(" "), strict=True))


# Russian to Latin as passports and people write it; one letter class per sound below.
_CYRILLIC = _letters(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya",
)
# Persian letters to their usual Latin consonant; vowels are dropped by the skeleton anyway.
_PERSIAN = _letters(
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكة",
    "a b p t s j ch h kh d z r z zh s sh s z t z _ gh f gh k g l m n v h i i k h",
)
_SOUNDS = str.maketrans({"w": "v", "f": "v", "q": "k", "c": "k", "x": "k", "z": "s", "j": "i", "y": "i"})
_VOWELS = set("aeiouh_")
_TO_LATIN = str.maketrans({**_PERSIAN, **_CYRILLIC})
_NO_VOWELS = str.maketrans("", "", "".join(_VOWELS))
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def name_skeleton(name: str | None) -> str | None:
    """The consonants of a full name, transliterated, per word, words sorted; None for one word."""
    words = skeleton_words(name)
    return " ".join(sorted(words)) if len(words) >= 2 else None


def skeleton_words(name: str | None) -> list[str]:
    """Each word of a name as its transliterated consonants (``name_skeleton`` before sorting)."""
    key = name_key(name)
    if key is None:
        return []
    words = []
    for word in key.split():
        latin = "".join(filter(str.isalpha, word)).translate(_TO_LATIN)
        latin = latin.replace("kh", "h").replace("ph", "f").replace("ck", "k").translate(_SOUNDS)
        collapsed = _REPEATS.sub(r"\1", latin.translate(_NO_VOWELS))
        if collapsed:
            words.append(collapsed)
    return words


def _one_digit_keys(phone: str) -> list[str]:
    return [phone[:i] + "?" + phone[i + 1 :] for i in range(1, len(phone))]


@dataclass
class _Known:
    name: str | None
    points: dict[str, set[str]]


def find_near_matches(
    conn: Connection,
    contact_ids: Collection[int],
    *,
    source: str | None = None,
    preloaded: Mapping[int, tuple[str | None, dict[str, set[str]]]] | None = None,
) -> int:
    """Hold near matches between these contacts and all others for review; return how many pairs.

    ``preloaded`` may give these contacts' names and points as the caller just wrote
    them (id -> (name, {kind: values})), saving a read.
    """
    if not contact_ids:
        return 0
    if preloaded is not None and set(preloaded) == set(contact_ids):
        new = {id_: _Known(name, points) for id_, (name, points) in preloaded.items()}
    else:
        new = _load(conn, contact_ids)
    others_only = _not_these(contact.c.id, new)
    others_points = _not_these(contact_point.c.contact_id, new)
    evidence: dict[tuple[int, int], list[dict[str, str]]] = {}

    def add(new_id: int, other: int, kind: str, detail: str) -> None:
        if other != new_id and other not in new:
            evidence.setdefault((new_id, other), []).append({"kind": kind, "detail": detail})

    by_skeleton: dict[str, list[int]] = {}
    for id_, known in new.items():
        skeleton = name_skeleton(known.name)
        if skeleton:
            by_skeleton.setdefault(skeleton, []).append(id_)
    namesakes: dict[str, list[tuple[int, str]]] = {}
    if by_skeleton:
        names = select(contact.c.id, contact.c.display_name).where(
            contact.c.merged_into_id.is_(None), contact.c.name_key.is_not(None), *others_only
        )
        for other, display in _stream(conn, names):
            skeleton = name_skeleton(display)
            if skeleton in by_skeleton and other not in new:
                namesakes.setdefault(skeleton, []).append((other, display))
    for skeleton, others in namesakes.items():
        if len(others) <= MAX_NAMESAKES:
            for new_id in by_skeleton[skeleton]:
                for other, display in others:
                    add(new_id, other, "name", f"{new[new_id].name} ~ {display}")

    typo_keys: dict[str, list[tuple[int, str]]] = {}
    locals_: dict[str, list[tuple[int, str]]] = {}
    for id_, known in new.items():
        for phone in known.points.get(ContactPointKind.PHONE, ()):
            for k in _one_digit_keys(phone):
                typo_keys.setdefault(k, []).append((id_, phone))
        for email in known.points.get(ContactPointKind.EMAIL, ()):
            local = email.split("@", 1)[0]
            if len(local) >= 4:
                locals_.setdefault(local, []).append((id_, email))
    if typo_keys:
        phones = select(contact_point.c.contact_id, contact_point.c.value).where(
            contact_point.c.kind == ContactPointKind.PHONE, *others_points
        )
        for other, phone in _stream(conn, phones):
            if other in new:
                continue  # this import's own contacts were told apart by exact matching
            for k in _one_digit_keys(phone):
                if k in typo_keys:
                    for new_id, mine in typo_keys[k]:
                        if mine != phone:
                            add(new_id, other, "phone", f"{mine} vs {phone}: one digit differs")
    if locals_:
        emails = select(contact_point.c.contact_id, contact_point.c.value).where(
            contact_point.c.kind == ContactPointKind.EMAIL, *others_points
        )
        for other, email in _stream(conn, emails):
            local = email.split("@", 1)[0]
            if local not in locals_:
                continue
            for new_id, mine in locals_[local]:
                if mine != email:
                    add(new_id, other, "email", f"{mine} vs {email}: same name, other domain")
    return _hold(conn, new, evidence, source)


def _not_these(column: Any, ids: Collection[int]) -> list[Any]:
    """A condition leaving out ``ids`` if they are one run of numbers (an import's new contacts)."""
    if ids and max(ids) - min(ids) + 1 == len(set(ids)):
        return [~column.between(min(ids), max(ids))]
    return []


def _stream(conn: Connection, query: Select[Any]) -> Iterable[tuple[int, str]]:
    # On the statement: Connection.execution_options would change the connection for good.
    for row in conn.execute(query.execution_options(yield_per=STREAM_ROWS)):
        yield row[0], row[1]


def _load(conn: Connection, ids: Iterable[int]) -> dict[int, _Known]:
    known: dict[int, _Known] = {}
    for chunk in chunks(sorted(ids)):
        for id_, name in conn.execute(
            select(contact.c.id, contact.c.display_name).where(contact.c.id.in_(chunk))
        ):
            known[id_] = _Known(name, {})
        points = select(contact_point.c.contact_id, contact_point.c.kind, contact_point.c.value).where(
            contact_point.c.contact_id.in_(chunk)
        )
        for id_, kind, value in conn.execute(points):
            known[id_].points.setdefault(kind, set()).add(value)
    return known


def _hold(
    conn: Connection,
    new: dict[int, _Known],
    evidence: dict[tuple[int, int], list[dict[str, str]]],
    source: str | None,
) -> int:
    others = _load(conn, {other for _, other in evidence})
    held = _held_pairs(conn, {new_id for new_id, _ in evidence})
    rows = []
    now = utcnow()
    for (new_id, other), found in evidence.items():
        kinds = {e["kind"] for e in found}
        if kinds == {"name"} and _conflict(new[new_id], others[other]):
            continue
        score = _score(kinds)
        if score >= REVIEW_THRESHOLD and frozenset((new_id, other)) not in held:
            rows.append(
                {
                    "contact_id": new_id,
                    "candidate_id": other,
                    "score": score,
                    "evidence": json.dumps(found, ensure_ascii=False),
                    "source": source,
                    "status": "open",
                    "created_at": now,
                }
            )
    for chunk in chunks(rows, 2_000):
        conn.execute(insert(contact_match_review), list(chunk))
    return len(rows)


def hold_pairs(
    conn: Connection, pairs: Iterable[tuple[int, int, list[dict[str, str]]]], *, source: str | None = None
) -> int:
    """Put pairs found elsewhere (new contact, other, evidence) on the review list; return how many.

    A pair already on the list (either way round, any status) is not held again.
    """
    pairs = list(pairs)
    held = _held_pairs(conn, {new_id for new_id, _, _ in pairs})
    rows = []
    now = utcnow()
    for new_id, other, found in pairs:
        if frozenset((new_id, other)) in held:
            continue
        held.add(frozenset((new_id, other)))
        rows.append(
            {
                "contact_id": new_id,
                "candidate_id": other,
                "score": _score({e["kind"] for e in found}),
                "evidence": json.dumps(found, ensure_ascii=False),
                "source": source,
                "status": "open",
                "created_at": now,
            }
        )
    for chunk in chunks(rows, 2_000):
        conn.execute(insert(contact_match_review), list(chunk))
    return len(rows)


def _score(kinds: Iterable[str]) -> float:
    """Evidence adds up: ``1 - prod(1 - weight)``."""
    score = 1.0
    for kind in kinds:
        score *= 1 - WEIGHTS[kind]
    return round(1 - score, 3)


def _conflict(a: _Known, b: _Known) -> bool:
    """Both have a phone or a customer number, and none in common: likely namesakes."""
    for kind in (ContactPointKind.PHONE, ContactPointKind.CUSTOMER_NUMBER):
        mine, theirs = a.points.get(kind), b.points.get(kind)
        if mine and theirs and not mine & theirs:
            return True
    return False


def _held_pairs(conn: Connection, ids: Collection[int]) -> set[frozenset[int]]:
    """Pairs already on the review list (either way round, any status) that involve these contacts."""
    held: set[frozenset[int]] = set()
    for chunk in chunks(sorted(ids)):
        pairs = select(contact_match_review.c.contact_id, contact_match_review.c.candidate_id).where(
            or_(contact_match_review.c.contact_id.in_(chunk), contact_match_review.c.candidate_id.in_(chunk))
        )
        held.update(frozenset(pair) for pair in conn.execute(pairs))
    return held


@dataclass(frozen=True)
class HeldMatch:
    id: int
    contact_id: int
    candidate_id: int
    score: float
    evidence: list[dict[str, str]]
    source: str | None


def open_matches(conn: Connection, limit: int = 200) -> list[HeldMatch]:
    """The review list: open pairs, strongest first."""
    rows = conn.execute(
        select(contact_match_review)
        .where(contact_match_review.c.status == "open")
        .order_by(contact_match_review.c.score.desc(), contact_match_review.c.id)
        .limit(limit)
    ).all()
    return [
        HeldMatch(r.id, r.contact_id, r.candidate_id, r.score, json.loads(r.evidence), r.source) for r in rows
    ]


def count_open(conn: Connection) -> int:
    """How many pairs wait for a decision."""
    query = (
        select(func.count()).select_from(contact_match_review).where(contact_match_review.c.status == "open")
    )
    return int(conn.execute(query).scalar_one())


def held_match(conn: Connection, review_id: int) -> HeldMatch:
    """One pair of the review list, decided or not; ``KaizenError`` if there is none."""
    r = conn.execute(select(contact_match_review).where(contact_match_review.c.id == review_id)).first()
    if r is None:
        raise KaizenError(Reason(f"review {review_id} does not exist", "review_missing", review=review_id))
    return HeldMatch(r.id, r.contact_id, r.candidate_id, r.score, json.loads(r.evidence), r.source)


def reject_match(conn: Connection, review_id: int) -> None:
    """Two different people: the pair is not offered again."""
    status = conn.execute(
        select(contact_match_review.c.status).where(contact_match_review.c.id == review_id)
    ).scalar()
    if status is None:
        raise KaizenError(Reason(f"review {review_id} does not exist", "review_missing", review=review_id))
    if status != "open":
        raise KaizenError(
            Reason(f"review {review_id} was already decided ({status})", "review_decided", review=review_id)
        )
    conn.execute(
        update(contact_match_review)
        .where(contact_match_review.c.id == review_id)
        .values(status="rejected", decided_at=utcnow())
    )


@dataclass(frozen=True)
class ContactSide:
    """One contact of a pair as a reviewer compares it: name, contact points, what is on file."""

    id: int
    name: str | None
    language: str | None
    created_at: dt.datetime
    merged_into_id: int | None
    points: list[tuple[str, str]]  # (kind, value), primaries first
    items: int
    responses: int
    replies: int

    def values(self, kind: str) -> list[str]:
        return [value for k, value in self.points if k == kind]


def contact_sides(conn: Connection, ids: Collection[int]) -> dict[int, ContactSide]:
    """The contacts of review pairs, as ``ContactSide``; ids that do not exist are left out."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    points: dict[int, list[tuple[str, str]]] = {}
    counts: dict[str, dict[int, int]] = {}
    for chunk in chunks(wanted):
        p = contact_point.c
        rows = conn.execute(
            select(p.contact_id, p.kind, p.value)
            .where(p.contact_id.in_(chunk))
            .order_by(p.contact_id, p.is_primary.desc(), p.kind, p.id)
        )
        for id_, kind, value in rows:
            points.setdefault(id_, []).append((kind, value))
        for name, table in (("items", feedback_item), ("responses", survey_response), ("replies", reply)):
            query = (
                select(table.c.contact_id, func.count())
                .where(table.c.contact_id.in_(chunk))
                .group_by(table.c.contact_id)
            )
            counts.setdefault(name, {}).update({id_: n for id_, n in conn.execute(query)})
    sides: dict[int, ContactSide] = {}
    for chunk in chunks(wanted):
        c = contact.c
        query = select(c.id, c.display_name, c.preferred_language, c.created_at, c.merged_into_id)
        for id_, name, language, created, merged in conn.execute(query.where(c.id.in_(chunk))):
            sides[id_] = ContactSide(
                id_,
                name,
                language,
                created,
                merged,
                points.get(id_, []),
                counts["items"].get(id_, 0),
                counts["responses"].get(id_, 0),
                counts["replies"].get(id_, 0),
            )
    return sides
