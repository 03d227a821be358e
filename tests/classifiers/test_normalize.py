"""The normalisation rules and the language of an item."""

from __future__ import annotations

import pytest

from classifiers.language import detect_language
from classifiers.normalize import normalize, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ёжик ЕЛКА", "ежик елка"),  # ё/Ё fold to е, case folds
        ("علي كتاب", "علی کتاب"),  # Arabic yeh and kaf -> Persian
        ("می\u200cخواهم", "میخواهم"),  # ZWNJ: one word either way
        ("قیمت ۱۲۳ و ٤٥", "قیمت numtoken 123 و numtoken 45"),  # Persian and Arabic-Indic digits
        ("آبِ خنک", "اب خنک"),  # alef madda, kasra
        ("خوبــــه", "خوبه"),  # tatweel
        ("Wait!!! Why?..", "wait why"),  # punctuation
        ("see https://x.io/a?b=1 @bank", "see urltoken usertoken"),
        ("XXXX sent it", "masktoken sent it"),
        ("  many   spaces\n\t", "many spaces"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_folding_makes_variants_equal() -> None:
    assert normalize("ي ك ۱") == normalize("ی ک 1") == normalize("ى ک ١")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The courier was late", "en"),
        ("Курьер опоздал", "ru"),
        ("پیک دیر آمد", "fa"),
        ("RT @somebody: http://t.co/abcdef #Кредит в банке", "ru"),  # addresses do not vote
        ("Wi-Fi در این گوشی خیلی خوب کار می‌کند", "fa"),  # a Latin brand in Persian text
        ("ab вг", "ru"),  # tie: the non-Latin script wins
        ("12345 !!!", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "raw",
    [
        "Ёжик ЕЛКА",
        "علي كتاب می\u200cخواهم",
        "قیمت ۱۲۳ و ٤٥",
        "آبِ خنک خوبــــه",
        "Wait!!! Why?..",
        "snake_case x.y",
    ],
)
def test_words_fold_like_normalize(raw: str) -> None:
    """Similar-item search and the classifier see the same words (minus the placeholder tokens)."""
    placeholders = {"numtoken", "urltoken", "usertoken", "masktoken"}
    assert words(raw) == [w for w in normalize(raw).split() if w not in placeholders]
