"""Similar items for the app: the items and improvements that say the same thing as an item or a text.

One ``classifiers.similar.SimilarityIndex`` per database, built once (``build``,
which the UI runs in the background with a ``TaskState``) and kept current
cheaply: before each look-up the items and improvements added since (ids above
the last ones indexed) are indexed too, so an item saved a moment ago is found,
and those whose text was edited since are indexed again with their new text.

An edit is noticed through the audit trail (app/audit.py: every service that
changes an item or an improvement writes an event in the same transaction):
the events after the last one seen, a range of the primary key, whose changes
name an item's ``text`` or an improvement's ``title`` or ``description``. That
check costs well under a millisecond at 1,000,000 items
(``python -m bench.similar_memory``: refresh_p95_ms). The rows' ``version``
would say the same but is not indexed: comparing it would read every row. An
edit written without an audit event is picked up at the next build only.

Every improvement and every item that is not a duplicate is indexed, closed or
not (memory at 1,000,000 items: ~150 MB held, see classifiers/similar.py).
Items marked a duplicate after the build stay indexed; look-ups leave out what
is already merged or linked where the question is asked.

Across languages (``classifiers.cross_language``: the concepts of a text, "card",
"arrive", compared with those of items in the other two languages) is a second
pass, ranked after the word matches and marked ``across``. It is off unless
asked for (``across_languages``; default ``CROSS_LANGUAGE``): on the held-out
half of its hand-written test set (``python -m bench.cross_language``) it finds
the same complaint in another language among its best three 87% of the time,
but 3 of 15 unrelated questions drew a match on a neighbouring topic ("is the
store's parking free?" -> "no parking near the store"), above the 1 in 10 we
accept for a suggestion shown unasked. So the capture screen's "Sounds like"
(unasked) leaves it out; the inbox's Similar items panel and the improvement's
"Similar items not yet linked" tab (asked for, rows marked "in another
language") have it.

Rows come back ready to show: key, kind, id, score, text (an item's text, an
improvement's title), language, and stage (improvements) or status, channel and
received time (items), with the improvement an item is linked to.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection, Engine, func, select

from app.tasks import TaskState
from classifiers.cross_language import ConceptSearch
from classifiers.similar import Match, SimilarityIndex, build_from_db, improvement_text
from db.enums import Stage
from db.tables import audit_event, channel, feedback_item, improvement

MIN_SCORE = 0.5  # Jaccard of the word sets: a near-copy, a dropped or swapped word
LINKED_TEXTS = 20  # an improvement is compared through at most this many of its linked items
FINISHED = (Stage.DONE.value, Stage.DECLINED.value)  # improvements an item is no longer linked to
CROSS_LANGUAGE = False  # see the module docstring: only where a person asks for similar items
# The audited fields that are what an entity is compared by (audit entity type -> fields).
TEXT_FIELDS = {"feedback_item": ("text",), "improvement": ("title", "description")}


@dataclass(frozen=True)
class SimilarRow:
    kind: str  # "item" or "improvement"
    id: int
    score: float  # 0..1
    text: str  # an item's text, an improvement's title
    language: str | None = None
    stage: str | None = None  # improvements
    status: str | None = None  # items
    channel: str | None = None  # items: the channel code
    received_at: dt.datetime | None = None  # items
    duplicate_of_id: int | None = None  # items
    # The improvement the row stands for: itself, or the one an item is linked to.
    improvement_id: int | None = None
    improvement_title: str | None = None
    improvement_stage: str | None = None
    across: bool = False  # found by its concepts in another language (ranked after word matches)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)

    @property
    def running(self) -> bool:
        """It stands for an improvement still in the workflow (new items may join it)."""
        return self.improvement_id is not None and self.improvement_stage not in FINISHED


class _Entry:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: SimilarityIndex | None = None
        self.concepts: ConceptSearch | None = None  # made when first asked for, over ``index``
        self.last_item = 0
        self.last_improvement = 0
        self.last_event = 0  # the audit events up to this one are reflected in the index


_entries: weakref.WeakKeyDictionary[Engine, _Entry] = weakref.WeakKeyDictionary()
_entries_lock = threading.Lock()


def _entry(engine: Engine) -> _Entry:
    with _entries_lock:
        entry = _entries.get(engine)
        if entry is None:
            entry = _entries[engine] = _Entry()
        return entry


def is_ready(engine: Engine) -> bool:
    """The index of this database is built (look-ups answer in milliseconds)."""
    return _entry(engine).index is not None


def forget(engine: Engine) -> None:
    """Drop this database's index (memory); the next look-up builds it again."""
    with _entries_lock:
        _entries.pop(engine, None)


def _last_ids(index: SimilarityIndex) -> tuple[int, int]:
    return index.last_id("item"), index.last_id("improvement")


def build(engine: Engine, state: TaskState | None = None) -> int:
    """Build this database's index unless it is built; returns how many documents it holds.

    Two callers at once build it once: the second waits for the first.
    """
    entry = _entry(engine)
    with entry.lock:
        if entry.index is None:
            with engine.connect() as conn:  # before reading: an edit during the build is seen after
                last_event = _last_event(conn)
            index = build_from_db(engine, state)
            entry.last_item, entry.last_improvement = _last_ids(index)
            entry.last_event = last_event
            entry.index = index
        return len(entry.index)


def _last_event(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(audit_event.c.id), 0))).scalar_one())


def _edited(conn: Connection, after: int) -> tuple[int, set[int], set[int]]:
    """(last event id, items, improvements) whose compared text changed in events after ``after``."""
    items: set[int] = set()
    improvements: set[int] = set()
    last = after
    for event in conn.execute(
        select(audit_event.c.id, audit_event.c.entity_type, audit_event.c.entity_id, audit_event.c.changes)
        .where(audit_event.c.id > after)
        .order_by(audit_event.c.id)
    ):
        last = event.id
        fields = TEXT_FIELDS.get(event.entity_type)
        if not fields or not event.changes:
            continue
        try:
            changes = json.loads(event.changes)
        except ValueError:  # not ours to judge here; the edit is picked up at the next build
            continue
        if isinstance(changes, dict) and any(f in changes for f in fields):
            (items if event.entity_type == "feedback_item" else improvements).add(event.entity_id)
    return last, items, improvements


def _reindex_edited(conn: Connection, entry: _Entry) -> int:
    """Index again, with their text as it is now, the rows edited since the last refresh."""
    assert entry.index is not None
    entry.last_event, item_ids, improvement_ids = _edited(conn, entry.last_event)
    # Rows above the last ids indexed are read as new rows below, with their text as it is now.
    item_ids = {i for i in item_ids if i <= entry.last_item}
    improvement_ids = {i for i in improvement_ids if i <= entry.last_improvement}
    keys: list[tuple[str, int]] = []
    texts: list[str] = []
    gone: list[tuple[str, int]] = [("item", i) for i in item_ids] + [
        ("improvement", i) for i in improvement_ids
    ]
    if improvement_ids:
        for row in conn.execute(
            select(improvement.c.id, improvement.c.title, improvement.c.description).where(
                improvement.c.id.in_(sorted(improvement_ids))
            )
        ):
            keys.append(("improvement", row.id))
            texts.append(improvement_text(row.title, row.description))
    if item_ids:
        fi = feedback_item
        for item in conn.execute(
            select(fi.c.id, fi.c.text).where(fi.c.id.in_(sorted(item_ids)), fi.c.duplicate_of_id.is_(None))
        ):
            keys.append(("item", item.id))
            texts.append(item.text)
    entry.index.remove(gone)  # deleted rows and duplicates leave; the others come back below
    if keys:
        entry.index.add(keys, texts)
    return len(gone)


def refresh(engine: Engine) -> int:
    """Index the items and improvements added or edited since the last build or refresh; returns how many."""
    entry = _entry(engine)
    with entry.lock:
        if entry.index is None:
            return 0
        keys: list[tuple[str, int]] = []
        texts: list[str] = []
        with engine.connect() as conn:
            edited = _reindex_edited(conn, entry)
            imp = improvement
            for row in conn.execute(
                select(imp.c.id, imp.c.title, imp.c.description)
                .where(imp.c.id > entry.last_improvement)
                .order_by(imp.c.id)
            ):
                keys.append(("improvement", row.id))
                texts.append(improvement_text(row.title, row.description))
            fi = feedback_item
            for row in conn.execute(
                select(fi.c.id, fi.c.text, fi.c.duplicate_of_id)
                .where(fi.c.id > entry.last_item)
                .order_by(fi.c.id)
            ):
                entry.last_item = row.id  # a duplicate is passed over, not read again
                if row.duplicate_of_id is None:
                    keys.append(("item", row.id))
                    texts.append(row.text)
        if keys:
            entry.index.add(keys, texts)
            entry.last_improvement = max(
                [entry.last_improvement, *(i for k, i in keys if k == "improvement")]
            )
        return len(keys) + edited


T = TypeVar("T")


def _look_up(engine: Engine, look_up: Callable[[SimilarityIndex], T]) -> T:
    """``look_up`` on the index, built and refreshed; under its lock, so no ``add`` runs meanwhile."""
    build(engine)
    refresh(engine)
    entry = _entry(engine)
    with entry.lock:
        assert entry.index is not None
        return look_up(entry.index)


def _across(engine: Engine, index: SimilarityIndex, text: str, limit: int) -> list[Match]:
    """Matches of ``text`` in the other languages; called under the index's lock (from ``_look_up``)."""
    entry = _entry(engine)
    if entry.concepts is None or entry.concepts.index is not index:
        entry.concepts = ConceptSearch(index)
    return entry.concepts.similar(text, limit)


def _scored(
    words: list[Match], across: list[Match], skip: set[tuple[str, int]]
) -> tuple[dict[tuple[str, int], float], set[tuple[str, int]]]:
    """Scores by key, word matches first; the keys only the concept pass found."""
    scored = {(m.kind, m.id): m.score for m in words if (m.kind, m.id) not in skip}
    only_across = set()
    for m in across:
        if (m.kind, m.id) not in scored and (m.kind, m.id) not in skip:
            scored[(m.kind, m.id)] = m.score
            only_across.add((m.kind, m.id))
    return scored, only_across


def _rows(
    engine: Engine,
    scored: dict[tuple[str, int], float],
    across: frozenset[tuple[str, int]] | set[tuple[str, int]] = frozenset(),
) -> list[SimilarRow]:
    """The rows of ``scored`` keys as they are now in the database, best first (``across`` last)."""
    fi, imp = feedback_item, improvement
    item_ids = [i for kind, i in scored if kind == "item"]
    improvement_ids = [i for kind, i in scored if kind == "improvement"]
    rows: list[SimilarRow] = []
    with engine.connect() as conn:
        if item_ids:
            for r in conn.execute(
                select(
                    fi.c.id,
                    fi.c.text,
                    fi.c.language,
                    fi.c.status,
                    channel.c.code,
                    fi.c.received_at,
                    fi.c.duplicate_of_id,
                    fi.c.improvement_id,
                    imp.c.title,
                    imp.c.stage,
                )
                .join(channel, channel.c.id == fi.c.channel_id)
                .outerjoin(imp, imp.c.id == fi.c.improvement_id)
                .where(fi.c.id.in_(item_ids))
            ):
                rows.append(
                    SimilarRow(
                        "item",
                        r.id,
                        scored[("item", r.id)],
                        r.text,
                        r.language,
                        status=r.status,
                        channel=r.code,
                        received_at=r.received_at,
                        duplicate_of_id=r.duplicate_of_id,
                        improvement_id=r.improvement_id,
                        improvement_title=r.title,
                        improvement_stage=r.stage,
                        across=("item", r.id) in across,
                    )
                )
        if improvement_ids:
            for found in conn.execute(
                select(imp.c.id, imp.c.title, imp.c.stage).where(imp.c.id.in_(improvement_ids))
            ):
                rows.append(
                    SimilarRow(
                        "improvement",
                        found.id,
                        scored[("improvement", found.id)],
                        found.title,
                        stage=found.stage,
                        improvement_id=found.id,
                        improvement_title=found.title,
                        improvement_stage=found.stage,
                        across=("improvement", found.id) in across,
                    )
                )
    rows.sort(key=lambda row: (row.across, -row.score, row.kind, row.id))
    return rows


def rows_for(engine: Engine, keys: list[tuple[str, int]]) -> list[SimilarRow]:
    """The rows of ``keys`` as they are now (score 1), in the order given; keys now gone are left out.

    A capture draft keeps the match the operator chose by key; this shows it again when the draft comes back.
    """
    found = {row.key: row for row in _rows(engine, dict.fromkeys(keys, 1.0))}
    return [found[key] for key in keys if key in found]


def similar_to_text(
    engine: Engine,
    text: str,
    limit: int = 10,
    min_score: float = MIN_SCORE,
    across_languages: bool = CROSS_LANGUAGE,
) -> list[SimilarRow]:
    """The items and improvements most like ``text``, best first; then those in other languages."""
    if not text.strip():
        return []
    words, across = _look_up(
        engine,
        lambda index: (
            index.similar(text, limit, min_score),
            _across(engine, index, text, limit) if across_languages else [],
        ),
    )
    scored, only_across = _scored(words, across, set())
    return _rows(engine, scored, only_across)[:limit]


def similar_to_item(
    engine: Engine,
    item_id: int,
    limit: int = 10,
    min_score: float = MIN_SCORE,
    across_languages: bool = CROSS_LANGUAGE,
) -> list[SimilarRow]:
    """The items and improvements most like item ``item_id``, best first.

    Left out: the item itself, what is already merged with it (its original,
    its duplicates and theirs) and the improvement it is linked to.
    """
    fi = feedback_item
    with engine.connect() as conn:
        row = conn.execute(
            select(fi.c.text, fi.c.duplicate_of_id, fi.c.improvement_id).where(fi.c.id == item_id)
        ).first()
        if row is None:
            return []
        root = row.duplicate_of_id or item_id
        merged = set(conn.execute(select(fi.c.id).where(fi.c.duplicate_of_id == root)).scalars())
    merged |= {root, item_id}
    skip = {("item", i) for i in merged}
    if row.improvement_id is not None:
        skip.add(("improvement", row.improvement_id))
    wanted = limit + len(skip)

    def look_up(index: SimilarityIndex) -> tuple[list[Match], list[Match]]:
        # A duplicate is not indexed (similar_to finds nothing): look its text up.
        words = index.similar_to(("item", item_id), wanted, min_score) or index.similar(
            row.text, wanted, min_score
        )
        return words, _across(engine, index, row.text, wanted) if across_languages else []

    scored, only_across = _scored(*_look_up(engine, look_up), skip)
    found = [r for r in _rows(engine, scored, only_across) if r.duplicate_of_id not in merged]
    return found[:limit]


def similar_to_improvement(
    engine: Engine,
    improvement_id: int,
    limit: int = 50,
    min_score: float = MIN_SCORE,
    across_languages: bool = CROSS_LANGUAGE,
) -> list[SimilarRow]:
    """Items not linked to improvement ``improvement_id`` that say what it or its linked items say.

    Across languages (``across_languages``), what its title and description say, after the word matches.
    """
    fi, imp = feedback_item, improvement
    with engine.connect() as conn:
        own = conn.execute(select(imp.c.title, imp.c.description).where(imp.c.id == improvement_id)).first()
        if own is None:
            return []
        linked = conn.execute(
            select(fi.c.id, fi.c.text)
            .where(fi.c.improvement_id == improvement_id, fi.c.duplicate_of_id.is_(None))
            .order_by(fi.c.id)
            .limit(LINKED_TEXTS)
        ).all()
    texts = [improvement_text(own.title, own.description), *(r.text for r in linked)]
    matches, across = _look_up(
        engine,
        lambda index: (
            [m for text in texts for m in index.similar(text, limit, min_score)],
            _across(engine, index, texts[0], limit) if across_languages else [],
        ),
    )
    scored: dict[tuple[str, int], float] = {}
    for m in matches:
        if m.kind == "item" and m.score > scored.get((m.kind, m.id), 0.0):
            scored[(m.kind, m.id)] = m.score
    only_across = {(m.kind, m.id) for m in across if m.kind == "item" and (m.kind, m.id) not in scored}
    scored |= {(m.kind, m.id): m.score for m in across if (m.kind, m.id) in only_across}
    rows = [r for r in _rows(engine, scored, only_across) if r.improvement_id != improvement_id]
    return rows[:limit]


def sounds_like(
    engine: Engine, text: str, limit: int = 3, across_languages: bool = CROSS_LANGUAGE
) -> list[SimilarRow]:
    """What a text being captured sounds like: running improvements first, then single items.

    An item linked to a running improvement stands for that improvement (the
    new item would join it); each improvement is shown once, with its best score.
    Matches in other languages (``across_languages``) follow, in the same order.
    """
    shown: list[SimilarRow] = []
    seen: set[int] = set()
    found = similar_to_text(engine, text, limit=limit * 4, across_languages=across_languages)
    for across in (False, True):
        part = [r for r in found if r.across == across]
        for row in part:
            if row.running and row.improvement_id not in seen:
                seen.add(row.improvement_id)  # type: ignore[arg-type]
                shown.append(
                    SimilarRow(
                        "improvement",
                        row.improvement_id,  # type: ignore[arg-type]
                        row.score,
                        row.improvement_title or "",
                        stage=row.improvement_stage,
                        improvement_id=row.improvement_id,
                        improvement_title=row.improvement_title,
                        improvement_stage=row.improvement_stage,
                        across=across,
                    )
                )
        shown += [r for r in part if r.kind == "item" and not r.running]
    return shown[:limit]
