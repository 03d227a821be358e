"""Translation sources and compiled translations: ``python -m tools.i18n update | release | check``.

- ``update``: pyside6-lupdate scans ui/ (and the setting titles in app/settings.py)
  into ui/translations/kaizen_ru.ts and kaizen_fa.ts: new texts are added as
  unfinished, vanished ones dropped, translations kept. Then ``release``.
- ``release``: pyside6-lrelease compiles each .ts into the .qm the app loads
  (shipped in the repository and the wheel; tests/ui/test_i18n_catalog.py fails
  when a .qm is stale against its .ts).
- ``check``: lists every text without a finished translation; exit status 1 if any.

Translate with Qt Linguist (``pyside6-linguist ui/translations/kaizen_ru.ts``) or any
editor, then run ``release``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "ui" / "translations"
LANGUAGES = ("ru", "fa")
SOURCES = ("ui", "app/settings.py")  # every file with translatable texts


def qt_tool(name: str) -> Path:
    """The lupdate/lrelease binary shipped inside the installed PySide6 wheel."""
    import PySide6

    path = Path(PySide6.__file__).parent / name
    if not path.exists():
        path = path.with_suffix(".exe")
    return path


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kaizen_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kaizen_{language}.qm"


def lupdate(ts_file: Path, language: str) -> None:
    """Scan SOURCES into ``ts_file`` (created or merged)."""
    subprocess.run(
        [
            str(qt_tool("lupdate")),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            *(str(ROOT / s) for s in SOURCES),
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(ts_file: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    texts,
                    finished and all(t.strip() for t in texts),
                )
            )
    return messages


def untranslated(ts_file: Path) -> list[Message]:
    return [m for m in read_ts(ts_file) if not m.finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        for language in LANGUAGES:
            lupdate(ts_path(language), language)
    if args.command in {"update", "release"}:
        for language in LANGUAGES:
            lrelease(ts_path(language), qm_path(language))
    missing = {language: untranslated(ts_path(language)) for language in LANGUAGES}
    for language, messages in missing.items():
        for m in messages:
            print(f"{language}: [{m.context}] {m.source!r} has no finished translation")
    return 1 if args.command == "check" and any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
