"""Similar items across English, Russian and Persian: the concept lexicon and the second pass."""

from __future__ import annotations

import pytest

from bench.cross_language import measure
from classifiers.cross_language import ConceptSearch
from classifiers.service_concepts import CONCEPTS, concepts, word_concept
from classifiers.similar import SimilarityIndex


def test_one_complaint_has_one_concept_set_in_three_languages() -> None:
    expected = {"card", "arrive"}
    assert concepts("My card has not arrived") == expected
    assert concepts("Моя карта не пришла") == expected
    assert concepts("کارتم نرسیده") == expected  # possessive suffix, negated verb


def test_folding_and_stem_rules() -> None:
    # Arabic yeh and kaf, ZWNJ or none, ё: one word each.
    assert word_concept("مي‌كند") is None  # "does": not the stem of anything
    assert concepts("تحويل") == concepts("تحویل") == {"delivery"}
    assert concepts("بسته‌بندی") == concepts("بستهبندی") == {"packaging"}  # longest stem first
    assert concepts("зелёный тёмный") == concepts("темный") == {"dark"}
    # A whole-word stem does not start longer words; a long stem is not cut by a short one.
    assert concepts("line") == {"queue"} and concepts("linen") == frozenset()
    assert concepts("дорога") == frozenset() and concepts("дорого") == {"price"}
    assert concepts("счетчик") == {"meter"} and concepts("счёт") == {"account"}
    assert concepts("کارتخوان") == {"terminal"}


def test_no_stem_counts_for_two_concepts() -> None:
    owner: dict[str, str] = {}
    for concept, stems in CONCEPTS.items():
        for stem in stems.split():
            assert owner.setdefault(stem, concept) == concept, stem


def test_only_other_languages_are_offered_and_removed_ones_are_not() -> None:
    texts = [
        "The courier was three hours late and did not call",
        "The courier came three hours late and never called me",  # same language: the word pass
        "Курьер опоздал на три часа и даже не позвонил",
        "پیک سه ساعت دیر کرد و تماس هم نگرفت",
        "Спасибо за вежливое обслуживание в кафе",
    ]
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    search = ConceptSearch(index)
    assert {m.id for m in search.similar(texts[0])} == {2, 3}
    assert search.similar("What is the weather on Mars?") == []
    index.remove([("item", 2)])
    assert {m.id for m in search.similar(texts[0])} == {3}
    index.add([("improvement", 9)], ["Курьеры опаздывают на несколько часов и не звонят"])
    assert ("improvement", 9) in {(m.kind, m.id) for m in search.similar(texts[0])}


# Floors measured on the hand-written set (python -m bench.cross_language; 2026-11-23:
# tuning set top3 0.964, wrong 0.048, distractors 0.1; held-out set top3 0.867,
# wrong 0.071, distractors 0.2), a little below so that a lexicon edit may move them.
@pytest.mark.parametrize(
    ("held_out", "top3", "wrong", "distractors"),
    [(False, 0.95, 0.07, 0.1), (True, 0.85, 0.1, 0.2)],
)
def test_quality_on_the_hand_written_set(
    held_out: bool, top3: float, wrong: float, distractors: float
) -> None:
    figures = measure(0.5, held_out=held_out)
    assert figures["top3"] >= top3
    assert figures["wrong"] <= wrong
    assert figures["distractor_false"] <= distractors
