"""Similar items: near-copies found, unrelated text not, on both databases."""

from __future__ import annotations

import time

from labelled_samples import insert_items
from sqlalchemy import Engine, insert

from classifiers.similar import SimilarityIndex, build_from_db
from db.tables import improvement

TEXTS = [
    "the courier was late and my parcel never arrived",
    "I was charged twice on my card for one payment",
    "курьер опоздал, посылка так и не пришла",
    "لطفا حالت تاریک را به اپلیکیشن موبایل اضافه کنید",
    "please add a dark mode to the mobile app",
]


def test_near_copies_rank_first() -> None:
    index = SimilarityIndex([("item", n) for n in range(len(TEXTS))], TEXTS)
    # Dropped word, swapped words, typo, ё/е and ي/ی variants.
    assert index.similar("my parcel never arrived, the courier was late")[0].id == 0
    assert index.similar("charged twise on my card for one payment")[0].id == 1
    assert index.similar("курьёр опоздал посылка не пришла")[0].id == 2
    assert index.similar("لطفا حالت تاريك را به اپلیکیشن اضافه کنید")[0].id == 3
    assert index.similar("what is the weather on mars", min_score=0.3) == []
    assert [m.id for m in index.similar_to(("item", 4), limit=1)] == []  # nothing else says it in English


def test_one_lookup_is_fast() -> None:
    texts = [f"{t} variant {n}" for n in range(400) for t in TEXTS]
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    timings = []
    for t in TEXTS * 4:
        started = time.perf_counter()
        index.similar(t)
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[int(0.95 * len(timings))] < 0.1


def test_index_from_database(engine: Engine) -> None:
    ids = insert_items(
        engine,
        [{"text": t, "category": "delivery", "kind": "complaint", "language": None} for t in TEXTS],
        confirmed=False,
    )
    with engine.begin() as conn:
        plan = conn.execute(
            insert(improvement)
            .values(title="Dark mode in the mobile app", description="asked by many")
            .returning(improvement.c.id)
        ).scalar_one()
    index = build_from_db(engine)
    matches = index.similar_to(("item", ids[4]), limit=3)
    assert (matches[0].kind, matches[0].id) == ("improvement", plan)
