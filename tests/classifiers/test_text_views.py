"""The extra views of a text: word pairs, punctuation, Russian lemmas, word and sentence vectors."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import numpy as np
import pytest

from classifiers import sentence_vectors as sentence_vectors_module
from classifiers import text_views
from classifiers.pipeline import TextClassifier, build_features
from classifiers.sentence_vectors import HEAD, SentenceVectors, sentence_vectors
from classifiers.word_vectors import WordVectors, average_vectors


def test_word_pairs_skip_the_adjacent_ones() -> None:
    pairs = text_views.word_pairs("My card has NOT arrived yet")
    assert "my|has" in pairs and "card|arrived" in pairs and "my|arrived" in pairs
    assert "my|card" not in pairs  # a bigram: the words view has it
    assert "my|yet" not in pairs  # five apart
    assert text_views.word_pairs("one") == []


def test_punctuation_keeps_what_normalisation_drops() -> None:
    assert text_views.punctuation("Спасибо большое)))))") == [")))", "<smile>"]
    assert text_views.punctuation("опять не работает((( !!!") == ["(((", "<frown>", "!!!"]
    assert text_views.punctuation("Why?") == ["?"]
    assert text_views.punctuation("no marks at all") == []


def test_russian_lemmas_join_the_forms_of_a_word() -> None:
    assert text_views.russian_lemmas("Карта пришла") == text_views.russian_lemmas("карты придут")
    assert text_views.russian_lemmas("Ёлки зелёные") == text_views.russian_lemmas("елка зеленая")
    assert text_views.russian_lemmas("card did not arrive, کارت نرسید") == []


@pytest.mark.parametrize(
    ("vectors", "texts"),
    [
        # Word vectors: English paraphrases.
        (
            average_vectors,
            ["I am still waiting on my card", "my card has not arrived yet", "how do I top up"],
        ),
        # Sentence vectors: the same complaint in English and Russian.
        (sentence_vectors, ["my card has not arrived yet", "моя карта так и не пришла", "how do I top up"]),
    ],
)
def test_vectors_put_paraphrases_close(vectors: Callable[[list[str]], np.ndarray], texts: list[str]) -> None:
    said, paraphrase, other = vectors(texts)
    assert np.isclose(np.linalg.norm(said), 1.0, atol=1e-4)
    assert float(said @ paraphrase) > float(said @ other) + 0.2


def test_word_vectors_only_for_english_text() -> None:
    vectors = WordVectors(weight=2.0).transform(
        ["my card has not arrived", "карта не пришла", "کارت نرسید", ""]
    )
    assert np.isclose(np.linalg.norm(vectors[0]), 2.0, atol=1e-4)
    assert not vectors[1:].any()


def test_sentence_vectors_for_english_and_russian_only() -> None:
    vectors = SentenceVectors(weight=2.0).transform(
        ["my card has not arrived", "карта не пришла", "کارت نرسید", "", "https://t.co/x 12"]
    )
    assert vectors.shape == (5, 512)
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 2.0, atol=1e-3)
    assert not vectors[2:].any()


def test_sentence_vectors_read_the_head_of_a_long_text() -> None:
    head = "The bank charged me twice for one transfer. " * (HEAD // 44 + 1)
    short, long = sentence_vectors([head[:HEAD], head + "Completely unrelated tail about weather. " * 200])
    assert np.allclose(short, long)


def test_views_with_no_terms_in_training_give_no_columns() -> None:
    english = ["my card has not arrived", "how do I top up", "card still not here", "top up failed"] * 8
    features = build_features()
    features.fit_transform(english)
    views = dict(features.transformer_list)
    assert views["russian_lemmas"].empty_ and views["punctuation"].empty_
    assert features.transform(["карта не пришла!!!"]).shape[0] == 1


def test_training_keeps_the_plain_views_unless_the_others_win() -> None:
    english = ["my card has not arrived", "how do I top up", "card still not here", "top up failed"] * 8
    labels = ["card", "top up", "card", "top up"] * 8
    plain = TextClassifier()
    assert not plain.fit(english, labels).rich_views
    assert [name for name, _ in plain.features.transformer_list] == ["words", "chars", "chars_across"]  # type: ignore[union-attr]
    assert plain.predict_one("карта не пришла!!! card not here").label == "card"
    # Words and characters cannot tell these apart; only the punctuation view can.
    moods = [
        f"{text} {face}"
        for text in ("спасибо за ответ", "ну вот опять", "звонил в банк")
        for face in (":)", ":(")
    ]
    rich = TextClassifier()
    report = rich.fit(moods * 8, ["glad", "sad"] * 24)
    assert report.rich_views and report.cv_accuracy == 1.0
    assert [p.label for p in rich.predict(["позвоню завтра :)", "позвоню завтра :("])] == ["glad", "sad"]
    # The pickled model refers to the analyzers and the vector table by name, not by value.
    assert len(pickle.dumps(rich)) < 200_000


def test_warming_up_a_rich_model_loads_the_sentence_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    moods = [f"{text} {face}" for text in ("спасибо за ответ", "ну вот опять") for face in (":)", ":(")]
    model = TextClassifier()
    assert model.fit(moods * 10, ["glad", "sad"] * 20).rich_views
    monkeypatch.setattr(sentence_vectors_module, "_encoder", None)
    model.warm_up()
    assert sentence_vectors_module._encoder is not None


def test_the_word_vectors_load_without_importing_their_package() -> None:
    # ``import wordllama`` configures the root logger at INFO: every library's records would be printed.
    import subprocess
    import sys

    code = (
        "import logging, sys\n"
        "from classifiers.word_vectors import average_vectors\n"
        "assert average_vectors(['card not arrived']).shape == (1, 256)\n"
        "print('wordllama' in sys.modules, len(logging.getLogger().handlers))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "0"]
