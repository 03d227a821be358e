"""Similar items for the app: the items and improvements that say the same thing as an item or a text.

One ``classifiers.similar.SimilarityIndex`` per database, built once (``build``,
which the UI runs in the background with a ``TaskState``) and kept current
cheaply: before each look-up the items and improvements added since (ids above
the last ones indexed) are indexed too, so an item saved a moment ago is found.
Items marked a duplicate after the build stay indexed; look-ups leave out what
is already merged or linked where the question is asked.

Rows come back ready to show: key, kind, id, score, text (an item's text, an
improvement's title), language, and stage (improvements) or status, channel and
received time (items), with the improvement an item is linked to.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.tasks import TaskState
from classifiers.similar import Match, SimilarityIndex, build_from_db
from db.enums import Stage
from db.tables import channel, feedback_item, improvement

MIN_SCORE = 0.5  # Jaccard of the word sets: a near-copy, a dropped or swapped word
LINKED_TEXTS = 20  # an improvement is compared through at most this many of its linked items
FINISHED = (Stage.DONE.value, Stage.DECLINED.value)  # improvements an item is no longer linked to


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
        self.last_item = 0
        self.last_improvement = 0


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
    items = [i for kind, i in index.keys if kind == "item"]
    improvements = [i for kind, i in index.keys if kind == "improvement"]
    return max(items, default=0), max(improvements, default=0)


def build(engine: Engine, state: TaskState | None = None) -> int:
    """Build this database's index unless it is built; returns how many documents it holds.

    Two callers at once build it once: the second waits for the first.
    """
    entry = _entry(engine)
    with entry.lock:
        if entry.index is None:
            index = build_from_db(engine, state)
            entry.last_item, entry.last_improvement = _last_ids(index)
            entry.index = index
        return len(entry.index)


def refresh(engine: Engine) -> int:
    """Index the items and improvements added since the last build or refresh; returns how many."""
    entry = _entry(engine)
    with entry.lock:
        if entry.index is None:
            return 0
        keys: list[tuple[str, int]] = []
        texts: list[str] = []
        with engine.connect() as conn:
            imp = improvement
            for row in conn.execute(
                select(imp.c.id, imp.c.title, imp.c.description)
                .where(imp.c.id > entry.last_improvement)
                .order_by(imp.c.id)
            ):
                keys.append(("improvement", row.id))
                texts.append(f"{row.title}\n{row.description or ''}")
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
        return len(keys)


def _look_up(engine: Engine, look_up: Callable[[SimilarityIndex], list[Match]]) -> list[Match]:
    """``look_up`` on the index, built and refreshed; under its lock, so no ``add`` runs meanwhile."""
    build(engine)
    refresh(engine)
    entry = _entry(engine)
    with entry.lock:
        assert entry.index is not None
        return look_up(entry.index)


def _rows(engine: Engine, scored: dict[tuple[str, int], float]) -> list[SimilarRow]:
    """The rows of ``scored`` keys as they are now in the database, best first."""
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
                    )
                )
    rows.sort(key=lambda row: (-row.score, row.kind, row.id))
    return rows


def similar_to_text(
    engine: Engine, text: str, limit: int = 10, min_score: float = MIN_SCORE
) -> list[SimilarRow]:
    """The items and improvements most like ``text``, best first."""
    if not text.strip():
        return []
    matches = _look_up(engine, lambda index: index.similar(text, limit, min_score))
    return _rows(engine, {(m.kind, m.id): m.score for m in matches})


def similar_to_item(
    engine: Engine, item_id: int, limit: int = 10, min_score: float = MIN_SCORE
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

    def look_up(index: SimilarityIndex) -> list[Match]:
        # A duplicate is not indexed (similar_to finds nothing): look its text up.
        return index.similar_to(("item", item_id), wanted, min_score) or index.similar(
            row.text, wanted, min_score
        )

    matches = _look_up(engine, look_up)
    scored = {(m.kind, m.id): m.score for m in matches if (m.kind, m.id) not in skip}
    found = [r for r in _rows(engine, scored) if r.duplicate_of_id not in merged]
    return found[:limit]


def similar_to_improvement(
    engine: Engine, improvement_id: int, limit: int = 50, min_score: float = MIN_SCORE
) -> list[SimilarRow]:
    """Items not linked to improvement ``improvement_id`` that say what it or its linked items say."""
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
    texts = [f"{own.title}\n{own.description or ''}", *(r.text for r in linked)]
    matches = _look_up(
        engine, lambda index: [m for text in texts for m in index.similar(text, limit, min_score)]
    )
    scored: dict[tuple[str, int], float] = {}
    for m in matches:
        if m.kind == "item" and m.score > scored.get((m.kind, m.id), 0.0):
            scored[(m.kind, m.id)] = m.score
    rows = [r for r in _rows(engine, scored) if r.improvement_id != improvement_id]
    return rows[:limit]


def sounds_like(engine: Engine, text: str, limit: int = 3) -> list[SimilarRow]:
    """What a text being captured sounds like: running improvements first, then single items.

    An item linked to a running improvement stands for that improvement (the
    new item would join it); each improvement is shown once, with its best score.
    """
    shown: list[SimilarRow] = []
    seen: set[int] = set()
    found = similar_to_text(engine, text, limit=limit * 4)
    for row in found:
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
                )
            )
    shown += [r for r in found if r.kind == "item" and not r.running]
    return shown[:limit]
