"""Model files load only when they are the files the app wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import store


def test_save_and_load(tmp_path: Path) -> None:
    saved = store.save({"weights": [1, 2, 3]}, tmp_path, "category")
    assert saved.path.parent == tmp_path
    assert store.load(saved.path, saved.sha256) == {"weights": [1, 2, 3]}
    assert not list(tmp_path.glob("*.part"))


def test_tampered_file_is_refused(tmp_path: Path) -> None:
    saved = store.save({"weights": [1]}, tmp_path, "kind")
    data = bytearray(saved.path.read_bytes())
    data[-3] ^= 0xFF
    saved.path.write_bytes(bytes(data))
    with pytest.raises(store.ModelUnavailable, match="not the file this app wrote"):
        store.load(saved.path, saved.sha256)


def test_foreign_file_is_refused_without_unpickling(tmp_path: Path) -> None:
    import pickle

    class Boom:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (pytest.fail, ("a foreign pickle was run",))

    foreign = tmp_path / "category-foreign.pkl"
    foreign.write_bytes(pickle.dumps(Boom()))
    with pytest.raises(store.ModelUnavailable):
        store.load(foreign, "0" * 64)


def test_other_library_versions_mean_retrain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = store.save({"weights": [1]}, tmp_path, "kind")
    newer = {**store.library_versions(), "scikit-learn": "99.0"}
    monkeypatch.setattr(store, "library_versions", lambda: newer)
    with pytest.raises(store.ModelUnavailable, match="scikit-learn"):
        store.load(saved.path, saved.sha256)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(store.ModelUnavailable, match="cannot be read"):
        store.load(tmp_path / "gone.pkl", "0" * 64)
