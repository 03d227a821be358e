"""The settings registry: declared once with type, default and title; stored as JSON; upgraded by version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import settings
from app.errors import InvalidValue


def test_a_fresh_test_starts_from_defaults_in_its_own_file(fresh_settings: Path) -> None:
    assert settings.default_path() == fresh_settings
    assert settings.current().get(settings.LANGUAGE) == "system"
    assert not fresh_settings.exists()


def test_a_value_set_is_stored_and_read_back_by_a_new_process(fresh_settings: Path) -> None:
    settings.current().set(settings.LANGUAGE, "fa")
    stored = json.loads(fresh_settings.read_text(encoding="utf-8"))
    assert stored == {"version": settings.VERSION, "values": {"ui.language": "fa"}}
    assert settings.reload().get(settings.LANGUAGE) == "fa"


def test_the_previous_test_left_nothing_behind() -> None:
    # test_a_value_set_... wrote "fa"; the autouse fixture gives this test its own file.
    assert settings.current().get(settings.LANGUAGE) == "system"


def test_a_value_outside_the_choices_is_refused_and_nothing_is_written(fresh_settings: Path) -> None:
    with pytest.raises(InvalidValue, match=r"ui\.language: must be one of 'system', 'en', 'ru', 'fa'"):
        settings.current().set(settings.LANGUAGE, "de")
    assert not fresh_settings.exists()


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"version": 1, "values": {"ui.language": "klingon"}}', ""],
)
def test_a_broken_or_hand_edited_file_falls_back_to_defaults(fresh_settings: Path, content: str) -> None:
    fresh_settings.write_text(content, encoding="utf-8")
    assert settings.reload().get(settings.LANGUAGE) == "system"


def test_unknown_keys_are_kept_when_saving(fresh_settings: Path) -> None:
    fresh_settings.write_text(json.dumps({"version": 1, "values": {"plugin.x": 3}}), encoding="utf-8")
    settings.reload().set(settings.LANGUAGE, "ru")
    stored = json.loads(fresh_settings.read_text(encoding="utf-8"))
    assert stored["values"] == {"plugin.x": 3, "ui.language": "ru"}


def test_reset_goes_back_to_the_default(fresh_settings: Path) -> None:
    s = settings.current()
    s.set(settings.LANGUAGE, "en")
    s.reset(settings.LANGUAGE)
    assert settings.reload().get(settings.LANGUAGE) == "system"


def test_older_versions_are_upgraded_by_the_hooks(
    fresh_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Version 1 stored the language as "language" with full names; version 2 uses ui.language codes.
    def rename(values: dict[str, object]) -> dict[str, object]:
        names = {"Russian": "ru", "Persian": "fa", "English": "en"}
        values["ui.language"] = names.get(str(values.pop("language", "")), "system")
        return values

    monkeypatch.setattr(settings, "VERSION", 2)
    monkeypatch.setitem(settings.UPGRADE_HOOKS, 1, rename)
    fresh_settings.write_text(json.dumps({"version": 1, "values": {"language": "Persian"}}), encoding="utf-8")
    upgraded = settings.reload()
    assert upgraded.get(settings.LANGUAGE) == "fa"
    upgraded.save()
    assert json.loads(fresh_settings.read_text(encoding="utf-8")) == {
        "version": 2,
        "values": {"ui.language": "fa"},
    }


def test_every_setting_has_a_title_a_default_of_its_type_and_a_unique_key() -> None:
    assert "ui.language" in settings.REGISTRY
    for key, setting in settings.REGISTRY.items():
        assert setting.key == key and setting.title.strip()
        assert setting.accepts(setting.default)
    with pytest.raises(ValueError, match="declared twice"):
        settings.register("ui.language", "en", "Language")


def test_a_float_setting_takes_a_whole_number(monkeypatch: pytest.MonkeyPatch, fresh_settings: Path) -> None:
    monkeypatch.setattr(settings, "REGISTRY", dict(settings.REGISTRY))
    threshold = settings.register("test.threshold", 0.5, "Threshold")
    fresh_settings.write_text(json.dumps({"values": {"test.threshold": 1}}), encoding="utf-8")
    value = settings.reload().get(threshold)
    assert value == 1.0 and isinstance(value, float)
    with pytest.raises(InvalidValue):
        settings.current().set(threshold, "high")  # type: ignore[arg-type]
