"""``kaizen evaluate``: train the app's pipeline on one labelled file, score it on another.

Files are CSV or TSV in UTF-8 (a ``.tsv`` name, or a tab in the header line,
means TSV). The figures are those the issue asks for: accuracy, macro-F1,
training time, and the time to classify one item (p50/p95 over the test
rows, one call per row, as an operator's typing would make them).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.errors import InputFileError
from app.tasks import TaskState

TIMED_ROWS = 1000  # enough for a stable p95; the full test set is scored in one batch


def read_labelled(path: Path, text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    """Texts and labels of a CSV/TSV file; a clear error naming file, row and column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = handle.readline()
            handle.seek(0)
            delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in header else ","
            reader = csv.DictReader(handle, delimiter=delimiter)
            columns = reader.fieldnames or []
            for name in (text_col, label_col):
                if name not in columns:
                    raise InputFileError(str(path), f"no column {name!r} (columns: {', '.join(columns)})")
            texts: list[str] = []
            labels: list[str] = []
            for row in reader:
                text, label = (row.get(text_col) or "").strip(), (row.get(label_col) or "").strip()
                if not text or not label:
                    continue  # an unlabelled or empty row teaches nothing
                texts.append(text)
                labels.append(label)
    except FileNotFoundError as exc:
        raise InputFileError(str(path), "file not found") from exc
    except UnicodeDecodeError as exc:
        raise InputFileError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    except csv.Error as exc:
        raise InputFileError(str(path), f"not a CSV/TSV file: {exc}") from exc
    if not texts:
        raise InputFileError(str(path), f"no rows with both {text_col!r} and {label_col!r}")
    return texts, labels


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[rank]


def evaluate(
    train_path: Path,
    test_path: Path,
    text_col: str = "text",
    label_col: str = "label",
    state: TaskState | None = None,
    embeddings: bool = False,
) -> dict[str, Any]:
    """Train on one file, score on the other; ``embeddings``: add the optional sentence vectors."""
    from sklearn.metrics import accuracy_score, f1_score

    from classifiers.pipeline import TextClassifier

    train_texts, train_labels = read_labelled(train_path, text_col, label_col)
    test_texts, test_labels = read_labelled(test_path, text_col, label_col)
    if len(set(train_labels)) < 2:
        raise InputFileError(str(train_path), f"column {label_col!r} has fewer than two different labels")
    model = TextClassifier(embeddings=embeddings)
    started = time.perf_counter()
    report = model.fit(train_texts, train_labels, state)
    fit_seconds = time.perf_counter() - started
    predicted = [p.label for p in model.predict(test_texts)]
    timings = []
    for text in test_texts[:TIMED_ROWS]:
        t0 = time.perf_counter()
        model.predict_one(text)
        timings.append((time.perf_counter() - t0) * 1000)
    return {
        "accuracy": round(float(accuracy_score(test_labels, predicted)), 4),
        "macro_f1": round(float(f1_score(test_labels, predicted, average="macro", zero_division=0)), 4),
        "fit_seconds": round(fit_seconds, 2),
        "predict_ms_p50": round(_percentile(timings, 50), 3),
        "predict_ms_p95": round(_percentile(timings, 95), 3),
        "train_rows": len(train_texts),
        "test_rows": len(test_texts),
        "classes": len(report.labels),
        "c": report.c,
        "rich_views": report.rich_views,
        "embeddings": embeddings,
    }
