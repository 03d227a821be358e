"""Similar items: near-copies found, unrelated text not, on both databases."""

from __future__ import annotations

import random
import time

import pytest
from labelled_samples import insert_items
from sqlalchemy import Engine, insert

from classifiers import similar
from classifiers.normalize import words
from classifiers.similar import Match, SimilarityIndex, build_from_db
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
    # Jaccard of the word sets 5/13: the improvement says more than the item.
    matches = index.similar_to(("item", ids[4]), limit=3, min_score=0.35)
    assert (matches[0].kind, matches[0].id) == ("improvement", plan)


# -- at scale: planted near-copies, incremental adds, no false matches ---------------------------

LANGUAGES = ("en", "ru", "fa")


def _corpus(language: str, count: int, seed: int) -> list[str]:
    """Texts built like the app's sample data (opener, core, detail, order number, closer):
    many share most of their sentences, most carry an order number."""
    from app import demo_texts as tx

    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        category = rng.choice(list(tx.CORES[language]))
        kind = rng.choice(list(tx.CORES[language][category]))
        parts = [rng.choice(tx.OPENERS[language]), rng.choice(tx.CORES[language][category][kind])]
        parts.append(rng.choice(tx.DETAILS[language][kind]))
        if rng.random() < 0.65:
            parts.append(rng.choice(tx.ORDER_REFS[language]).format(n=rng.randrange(10_000, 100_000)))
        parts.append(rng.choice(tx.CLOSERS[language][kind]))
        texts.append(" ".join(p for p in parts if p))
    return texts


def _edited(text: str, rng: random.Random) -> str:
    """One or two small edits: a dropped word, two neighbouring words swapped, a mistyped word."""
    tokens = text.split()
    for _ in range(rng.randint(1, 2)):
        at = rng.randrange(len(tokens) - 1)
        kind = rng.choice(("drop", "swap", "typo"))
        if kind == "drop":
            del tokens[at]
        elif kind == "swap":
            tokens[at], tokens[at + 1] = tokens[at + 1], tokens[at]
        elif len(tokens[at]) > 3:
            tokens[at] = tokens[at][:2] + tokens[at][3:]
    return " ".join(tokens)


def _recall(found: list[list[Match]], sources: list[int], copies: list[str], texts: list[str]) -> float:
    """The source is returned, or ``limit`` matches at least as good as it were (ties of twins)."""
    hits = 0
    for matches, source, copy in zip(found, sources, copies, strict=True):
        own_words, source_words = set(words(copy)), set(words(texts[source]))
        own = len(own_words & source_words) / len(own_words | source_words)
        hits += any(m.id == source for m in matches) or (
            len(matches) == 10 and matches[-1].score >= own - 1e-3
        )
    return hits / len(sources)


@pytest.mark.parametrize("language", LANGUAGES)
def test_planted_copies_are_found(language: str) -> None:
    texts = _corpus(language, 3000, seed=LANGUAGES.index(language))
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    rng = random.Random(5)
    sources = rng.sample(range(len(texts)), 300)
    copies = [_edited(texts[n], rng) for n in sources]
    assert _recall(index.near_duplicate_matches(copies), sources, copies, texts) >= 0.99
    assert _recall([index.similar(c) for c in copies[:60]], sources[:60], copies[:60], texts) == 1.0
    # The copy that kept its order number finds its own source first, not a twin with another number.
    numbered = [n for n, c in enumerate(copies) if any(w.isdigit() and len(w) == 5 for w in words(c))]
    firsts = index.near_duplicate_matches([copies[n] for n in numbered], limit=1)
    assert sum(f[0].id == sources[n] for f, n in zip(firsts, numbered, strict=True)) >= 0.97 * len(numbered)


def test_added_items_are_found_and_merged() -> None:
    texts = _corpus("en", 500, seed=11)
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    extra = _corpus("ru", 40, seed=12) + _corpus("fa", 40, seed=13)
    for start in range(0, len(extra), 10):  # more adds than segments: they get merged
        index.add([("item", 1000 + n) for n in range(start, start + 10)], extra[start : start + 10])
    assert len(index.segments) <= similar.MAX_SEGMENTS + 1
    assert len(index) == 580
    rng = random.Random(2)
    for n in (0, 17, 39, 40, 63, 79):
        copy = _edited(extra[n], rng)
        assert ("item", 1000 + n) in [(m.kind, m.id) for m in index.similar(copy)]
        assert ("item", 1000 + n) in [(m.kind, m.id) for m in index.near_duplicate_matches([copy])[0]]
        found = index.similar_to(("item", 1000 + n))
        assert ("item", 1000 + n) not in [(m.kind, m.id) for m in found]
    # A brand-new word (never seen when the index was built) is found too.
    index.add([("improvement", 1)], ["Цеолитовый фильтр в чеке: уберите его из комплекта поставки"])
    assert index.similar("уберите цеолитовый фильтр из комплекта поставки")[0].kind == "improvement"
    with pytest.raises(ValueError, match="already indexed"):
        index.add([("item", 1000)], ["again"])


def test_unrelated_items_do_not_match() -> None:
    texts = _corpus("en", 1000, seed=3) + _corpus("ru", 600, seed=4) + _corpus("fa", 400, seed=5)
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    unrelated = [
        "What is the weather on Mars this week?",
        "Какая погода будет на Марсе на этой неделе?",
        "آب و هوای مریخ در این هفته چطور است؟",
        "order 12345",  # only a common word and a number
        "",
    ]
    for text in unrelated:
        assert index.similar(text) == []
    assert index.near_duplicate_matches(unrelated) == [[] for _ in unrelated]
    # A translation is not a near-copy (no multilingual model by default).
    ru = [m.id for m in index.similar(texts[1000])]
    assert all(1000 <= n < 1600 for n in ru)
    assert all(m.score >= 0.5 for m in index.similar(texts[0]))


def test_replaced_and_removed_documents() -> None:
    texts = _corpus("en", 300, seed=21)
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    before = index.similar(texts[7])
    assert ("item", 7) in [(m.kind, m.id) for m in before]
    index.replace([("item", 7)], [TEXTS[3]])  # edited: now says something else entirely
    assert [(m.kind, m.id) for m in index.similar(TEXTS[3])] == [("item", 7)]
    assert ("item", 7) not in [(m.kind, m.id) for m in index.similar(texts[7])]
    assert ("item", 7) not in [(m.kind, m.id) for m in index.near_duplicate_matches([texts[7]])[0]]
    assert index.similar_to(("item", 7)) == []  # nothing else says it
    assert len(index) == 300 and index.keys[index.position(("item", 7)) or 0] == ("item", 7)
    with pytest.raises(ValueError, match="already indexed"):
        index.add([("item", 7)], ["again"])
    assert index.remove([("item", 7), ("item", 999)]) == 1
    assert index.similar(TEXTS[3]) == [] and ("item", 7) not in index and len(index) == 299
    assert index.last_id("item") == 299 and index.last_id("improvement") == 0
