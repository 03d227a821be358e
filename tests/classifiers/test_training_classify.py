"""``kaizen classify``: predictions into the database (the review queue fills), one text, and
a model file that cannot be trusted is refused without unpickling and retrained."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from labelled_samples import insert_items, sample_rows
from sqlalchemy import Engine, func, select

from app.classification_review import count_for_review
from classifiers import store, training
from cli import main
from db.tables import classifier_model, feedback_item


def kaizen(engine: Engine, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    url = engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def active(engine: Engine) -> dict[str, tuple[int, str]]:
    m = classifier_model
    with engine.connect() as conn:
        rows = conn.execute(select(m.c.target, m.c.id, m.c.file_name).where(m.c.is_active.is_(True))).all()
    return {r.target: (r.id, r.file_name) for r in rows}


def test_classify_fills_the_review_queue(
    labelled_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = sample_rows(1, seed=3)
    ids = insert_items(labelled_engine, [{**r, "language": None} for r in new], confirmed=False)
    code, out, _err = kaizen(labelled_engine, capsys, "classify", "--models", str(tmp_path), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["models"] == {"category": True, "kind": True}
    assert result["retrained"] == ["category", "kind"]  # none was trained: trained now
    assert result["suggested"] == {"category": len(new), "kind": len(new), "language": len(new)}
    with labelled_engine.connect() as conn:
        assert result["to_review"] == {t: count_for_review(conn, t) for t in ("category", "kind")}
        missing = conn.execute(
            select(func.count()).where(
                feedback_item.c.id.in_(ids),
                (feedback_item.c.category_confidence.is_(None)) | (feedback_item.c.kind_confidence.is_(None)),
            )
        ).scalar_one()
    assert missing == 0

    # A second run uses the stored models: nothing retrained.
    before = active(labelled_engine)
    code, out, _err = kaizen(labelled_engine, capsys, "classify", "--models", str(tmp_path), "--json")
    assert json.loads(out)["retrained"] == [] and active(labelled_engine) == before


class _Trap:
    """Unpickling this creates ``path``: proof that a file was unpickled."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.path), "w"))


def test_a_tampered_model_is_refused_unopened_and_retrained(
    labelled_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = tmp_path / "models"
    training.train_models(labelled_engine, models)
    before = active(labelled_engine)
    path = models / before["category"][1]
    # Same header (so only the recorded hash stands in the way), a body that runs code when unpickled.
    data = path.read_bytes()
    header = data[: data.index(b"\n", len(store.MAGIC)) + 1]
    marker = tmp_path / "unpickled"
    path.write_bytes(header + pickle.dumps(_Trap(marker)))

    code, out, err = kaizen(labelled_engine, capsys, "classify", "--models", str(models), "--json")
    assert code == 0, err
    assert not marker.exists()  # refused before unpickling
    assert json.loads(out)["retrained"] == ["category"]
    after = active(labelled_engine)
    assert after["kind"] == before["kind"] and after["category"] != before["category"]
    assert not path.exists()  # the untrusted file is gone with its row
    model = training.load_active(labelled_engine, "category", models)
    assert model is not None and model.predict_one("с карты дважды списали деньги").label == "billing"


def test_a_model_from_other_library_versions_is_retrained(
    labelled_engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    training.train_models(labelled_engine, tmp_path)
    newer = {**store.library_versions(), "scikit-learn": "99.0"}
    monkeypatch.setattr(store, "library_versions", lambda: newer)  # as after an upgrade
    code, out, _err = kaizen(labelled_engine, capsys, "classify", "--models", str(tmp_path), "--json")
    assert code == 0
    assert json.loads(out)["retrained"] == ["category", "kind"]
    with labelled_engine.connect() as conn:
        stored = conn.execute(
            select(classifier_model.c.library_versions).where(classifier_model.c.is_active.is_(True))
        ).scalars()
        assert all(json.loads(v)["scikit-learn"] == "99.0" for v in stored)


def test_classify_one_text(
    labelled_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = kaizen(
        labelled_engine,
        capsys,
        "classify",
        "--models",
        str(tmp_path),
        "--text",
        "курьер опоздал, посылка не пришла",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["language"] == "ru"
    assert result["category"]["label"] == "delivery" and 0 < result["category"]["confidence"] <= 1
    assert result["kind"]["label"] == "complaint"
    code, out, _err = kaizen(
        labelled_engine, capsys, "classify", "--models", str(tmp_path), "--text", "please add a dark mode"
    )
    assert "category: website_app (" in out


def test_classify_without_labels_says_why(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = kaizen(engine, capsys, "classify", "--models", str(tmp_path), "--json")
    assert code == 2 and out == ""
    assert "no classifier is trained yet" in err
