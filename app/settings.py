"""One settings registry (after Picard's options): every setting declared once, with type, default and title.

Settings are stored as one JSON object in the user's config folder, or in the
file named by ``KAIZEN_SETTINGS`` (tests point it at a temporary folder).
Titles are plain English; the settings dialog translates them: each title is
wrapped in ``QT_TRANSLATE_NOOP("Settings", ...)`` (a plain function here, no Qt),
so ``pyside6-lupdate`` finds it when ``python -m tools.i18n update`` scans this file.

Declaring a setting (in this module, so the registry is complete before anything reads it)::

    REVIEW_THRESHOLD = register(
        "classification.review_threshold", 0.6,
        QT_TRANSLATE_NOOP("Settings", "Confidence below which a suggestion goes to review"),
    )

and reading it: ``settings.current().get(REVIEW_THRESHOLD)``. A stored value of
the wrong type or outside ``choices`` is ignored (the default is used), so a
hand-edited file never breaks start-up. When the meaning of stored values
changes, raise ``VERSION`` and add an upgrade hook from the previous version.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.errors import InvalidValue

log = logging.getLogger("kaizen.settings")

T = TypeVar("T")
ENV_VAR = "KAIZEN_SETTINGS"
FILE_NAME = "settings.json"
VERSION = 1  # of the stored format; raise it with an upgrade hook when stored values change meaning


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation under ``context``; returns it unchanged (the UI translates)."""
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: ``key`` as stored, its type, default, English title and allowed values."""

    key: str
    default: T
    title: str
    choices: tuple[T, ...] | None = None

    @property
    def type(self) -> type:
        return type(self.default)

    def accepts(self, value: object) -> bool:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not self.type:
            return False
        return self.choices is None or value in self.choices

    def coerce(self, value: object) -> T:
        """``value`` as this setting's type (an int for a float setting becomes a float)."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)  # type: ignore[return-value]
        return value  # type: ignore[return-value]


REGISTRY: dict[str, Setting[Any]] = {}


def register(key: str, default: T, title: str, choices: tuple[T, ...] | None = None) -> Setting[T]:
    """Declare a setting; a key may be declared once."""
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} is declared twice")
    if choices is not None and default not in choices:
        raise ValueError(f"setting {key!r}: default {default!r} is not one of {choices!r}")
    setting = Setting(key, default, title, choices)
    REGISTRY[key] = setting
    return setting


# -- the settings -----------------------------------------------------------------

LANGUAGE = register(
    "ui.language",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Language"),
    choices=("system", "en", "ru", "fa"),
)

# Contact rules (app/contact_rules.py): N and M of "do not survey a contact again within N days;
# do not re-ask a question answered within M days".
SURVEY_MIN_DAYS_BETWEEN = register(
    "survey.min_days_between_surveys",
    30,
    QT_TRANSLATE_NOOP("Settings", "Do not survey a contact again within this many days"),
)
SURVEY_REASK_AFTER_DAYS = register(
    "survey.reask_after_days",
    180,
    QT_TRANSLATE_NOOP("Settings", "Do not ask again a question answered within this many days"),
)

# -- upgrades between stored versions -----------------------------------------------

# UPGRADE_HOOKS[n] turns the stored values of version n into those of version n + 1.
UPGRADE_HOOKS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def upgrade(values: dict[str, Any], from_version: int) -> dict[str, Any]:
    """Stored ``values`` of ``from_version`` brought up to ``VERSION`` through the hooks."""
    for version in range(from_version, VERSION):
        hook = UPGRADE_HOOKS.get(version)
        if hook is not None:
            values = hook(dict(values))
    return values


# -- storage ----------------------------------------------------------------------


def default_path() -> Path:
    """``KAIZEN_SETTINGS`` if set, else settings.json in the user's config folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("KaizenDesk", appauthor=False)) / FILE_NAME


class Settings:
    """The values of the registry's settings, read from and written to one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._other: dict[str, Any] = {}  # keys no longer (or not yet) declared: kept, not lost
        self._load()

    def _load(self) -> None:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("settings in %s not read (%s); using defaults", self.path, exc)
            return
        if not isinstance(stored, dict) or not isinstance(stored.get("values", {}), dict):
            log.warning("settings in %s are not a JSON object of values; using defaults", self.path)
            return
        version = stored.get("version", VERSION)
        values = stored.get("values", {})
        if isinstance(version, int) and version < VERSION:
            values = upgrade(values, version)
        for key, value in values.items():
            setting = REGISTRY.get(key)
            if setting is None:
                self._other[key] = value
            elif setting.accepts(value):
                self._values[key] = setting.coerce(value)
            else:
                log.warning("setting %s: stored value %r ignored, using %r", key, value, setting.default)

    def get(self, setting: Setting[T]) -> T:
        return self._values.get(setting.key, setting.default)  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        """Change a setting and write the file (atomically); refuses a value the setting does not take."""
        if not setting.accepts(value):
            allowed = f"one of {', '.join(map(repr, setting.choices))}" if setting.choices else setting.type
            raise InvalidValue(setting.key, value, f"must be {allowed}")
        self._values[setting.key] = setting.coerce(value)
        self.save()

    def reset(self, setting: Setting[Any]) -> None:
        self._values.pop(setting.key, None)
        self.save()

    def save(self) -> None:
        data = {"version": VERSION, "values": {**self._other, **self._values}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


_current: Settings | None = None


def current() -> Settings:
    """The settings of this process, read on first use."""
    global _current
    if _current is None:
        _current = Settings(default_path())
    return _current


def reload(path: Path | None = None) -> Settings:
    """Read the settings again (from ``path``, else the default place): tests start each one afresh."""
    global _current
    _current = Settings(path or default_path())
    return _current
