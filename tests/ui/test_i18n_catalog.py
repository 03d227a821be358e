"""Translation sources: every text of ui/ translated into Russian and Persian, compiled .qm up to date.

A new ``self.tr("...")`` fails ``test_every_text_has_a_russian_and_a_persian_translation``
until ``python -m tools.i18n update`` has added it and someone translated it.
"""

from __future__ import annotations

import ast
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from app import settings
from tools import i18n as tool

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%L?n|%\d")
TAGS = re.compile(r"<[^>]+>")
STRONG = {"L", "R", "AL"}
NOOP_ELSEWHERE = {
    "ui/settings_dialog.py",  # setting titles: QT_TRANSLATE_NOOP in app/settings.py
    "ui/models/survey_text_table.py",  # headers arrive translated, or are a file's own column names
}
ARABIC_NOT_PERSIAN = {"\u064a": "ي (use ی)", "\u0643": "ك (use ک)"}


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tool.Message]]:
    """The shipped .ts merged with what pyside6-lupdate finds in the sources now."""
    folder = tmp_path_factory.mktemp("ts")
    found = {}
    for language in tool.LANGUAGES:
        ts = tool.ts_path(language, folder)
        shutil.copy(tool.ts_path(language), ts)
        tool.lupdate(ts, language)
        found[language] = tool.read_ts(ts)
    return found


def test_every_text_has_a_russian_and_a_persian_translation(scanned: dict[str, list[tool.Message]]) -> None:
    assert len(scanned["ru"]) > 200  # the scan found ui/'s texts
    missing = [
        f"{language}: [{m.context}] {m.source!r}"
        for language, messages in scanned.items()
        for m in messages
        if not m.finished
    ]
    assert not missing, (
        f"{len(missing)} text(s) without a finished translation; run `python -m tools.i18n update`, "
        "translate them in ui/translations/*.ts, run it again:\n" + "\n".join(missing)
    )


def test_the_shipped_sources_hold_exactly_the_scanned_texts(scanned: dict[str, list[tool.Message]]) -> None:
    for language, messages in scanned.items():
        shipped = {(m.context, m.source, m.comment) for m in tool.read_ts(tool.ts_path(language))}
        assert shipped == {(m.context, m.source, m.comment) for m in messages}, (
            "run `python -m tools.i18n update`"
        )


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    problems = []
    for m in tool.read_ts(tool.ts_path(language)):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations if m.finished else ():
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"[{m.context}] {m.source!r} -> {text!r}: placeholders {wanted}")
            if m.source.count("&") == 1 and m.source.count("&") != text.count("&"):
                problems.append(f"[{m.context}] {m.source!r} -> {text!r}: keep one & (keyboard shortcut)")
            if "\n" in m.source and text.count("\n") != m.source.count("\n"):
                problems.append(f"[{m.context}] {m.source!r} -> {text!r}: line breaks")
    assert not problems, "\n".join(problems)


def test_persian_uses_persian_letters_not_arabic_ones() -> None:
    problems = [
        f"[{m.context}] {m.source!r}: {name}"
        for m in tool.read_ts(tool.ts_path("fa"))
        for letter, name in ARABIC_NOT_PERSIAN.items()
        if any(letter in t for t in m.translations)
    ]
    assert not problems, "\n".join(problems)


def test_persian_texts_start_with_a_persian_word() -> None:
    """A label takes its direction from its first letter: "Kaizen Desk ..." would read left to right."""
    problems = []
    for m in tool.read_ts(tool.ts_path("fa")):
        for text in m.translations:
            bare = TAGS.sub("", PLACEHOLDER.sub("", text)).replace("&", "")
            first = next(
                (unicodedata.bidirectional(c) for c in bare if unicodedata.bidirectional(c) in STRONG), None
            )
            if m.finished and first == "L" and text != m.source and 'dir="rtl"' not in text:
                problems.append(f"[{m.context}] {m.source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_the_compiled_translation_is_up_to_date(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"kaizen_{language}.qm"
    tool.lrelease(tool.ts_path(language), compiled)
    assert compiled.read_bytes() == tool.qm_path(language).read_bytes(), (
        f"{tool.qm_path(language).name} is stale: run `python -m tools.i18n release`"
    )


def test_every_setting_title_is_in_the_catalogue() -> None:
    sources = {m.source for m in tool.read_ts(tool.ts_path("ru")) if m.context == "Settings"}
    assert {s.title for s in settings.REGISTRY.values()} <= sources


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translate_call_is_visible_to_lupdate() -> None:
    """lupdate reads literals in tr()/translate() calls only: an alias or a variable hides the text."""
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        where = path.relative_to(ROOT)
        source = path.read_text(encoding="utf-8")
        # A file that marks its texts with QT_TRANSLATE_NOOP (there or in app/settings.py) translates
        # variables holding them; the screen test catches a text it forgot to mark.
        marked = "QT_TRANSLATE_NOOP" in source or where.as_posix() in NOOP_ELSEWHERE
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                is_translate = node.value.attr == "translate" and isinstance(node.value.value, ast.Name)
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if is_translate and node.value.value.id == "QCoreApplication" and names != ["translate"]:
                    problems.append(f"{where}:{node.lineno}: alias {names} (call it `translate`)")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "translate" and not (
                isinstance(func, ast.Attribute) and func.value is not None and _is_translator(func)
            ):
                args = node.args
                if not marked and (len(args) < 2 or not (_literal(args[0]) and _literal(args[1]))):
                    problems.append(f"{where}:{node.lineno}: translate() without literal context and text")
                if len(args) >= 4 and not isinstance(args[3], ast.Name | ast.Constant):
                    # pyside6-lupdate 6.11 silently skips such a call: its text never reaches the .ts.
                    problems.append(f"{where}:{node.lineno}: translate() count is an expression (use a name)")
            elif (
                name == "tr"
                and isinstance(func, ast.Attribute)
                and not marked
                and (not node.args or not _literal(node.args[0]))
            ):
                problems.append(f"{where}:{node.lineno}: tr() without a literal text")
    assert not problems, "\n".join(problems)


def _is_translator(func: ast.Attribute) -> bool:
    """``super().translate`` / ``self.translate`` inside a QTranslator subclass is Qt's hook, not a use."""
    return isinstance(func.value, ast.Call) or (isinstance(func.value, ast.Name) and func.value.id == "self")
