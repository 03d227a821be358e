"""The language of the window: Qt translators for our texts and Qt's own, the locale and the layout direction.

The language comes from the ``ui.language`` setting (app/settings.py): "system"
follows the system's UI languages (English when none of ours is among them).
``KAIZEN_LANGUAGE`` overrides the setting for one run (screenshots, checks), and
takes one more value, ``pseudo``: every text stretched by a third and wrapped in
brackets, to find labels that truncate longer Russian text (after Vorta).

Compiled translations live beside this module in ``translations/kaizen_<code>.qm``
(built from the ``.ts`` sources by ``python -m tools.i18n update``); Qt's own
(``qtbase_<code>.qm``: standard buttons, context menus) come with PySide6.

A change of language applies after a restart, which the settings dialog offers
and performs itself (``restart``): screens build their texts once, when built.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QProcess,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from app import settings

log = logging.getLogger("kaizen.ui.i18n")

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("en", "ru", "fa")  # the languages the UI is translated into
RIGHT_TO_LEFT = frozenset({"fa"})
PSEUDO = "pseudo"
ENV_VAR = "KAIZEN_LANGUAGE"
# Each language's name in that language: a user who cannot read the current one still finds their own.
NATIVE_NAMES = {"en": "English", "ru": "Русский", "fa": "فارسی"}

_installed: list[QTranslator] = []
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages we have, else English."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language() -> str:
    """The language to show: ``KAIZEN_LANGUAGE`` if set, else the setting (``system`` resolved)."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override in (*LANGUAGES, PSEUDO):
        return override
    if override:
        log.warning("%s=%r is not one of %s; using the setting", ENV_VAR, override, ", ".join(LANGUAGES))
    value = settings.current().get(settings.LANGUAGE)
    return system_language() if value == "system" else value


def current_language() -> str:
    """The language installed by the last ``apply_language`` (English before)."""
    return _current


class PseudoTranslator(QTranslator):
    """Every text a third longer and bracketed; shortcuts (&) and placeholders (%1, %n) kept."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or context in {"QGuiApplication", "QApplication"}:
            return ""  # not QT_LAYOUT_DIRECTION and friends: an empty result means "not translated"
        return "[" + source + "~" * max(2, len(source) // 3) + "]"

    def isEmpty(self) -> bool:
        return False


def apply_language(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators, default locale and layout direction for ``language``; returns it.

    ``None`` means the chosen language (``chosen_language``). Calling it again
    replaces what the previous call installed, so tests can switch languages.
    """
    global _current
    code = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == PSEUDO:
        _install(app, PseudoTranslator(app))
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    elif code in LANGUAGES:
        if code != "en":
            _load(app, f"kaizen_{code}", TRANSLATIONS_DIR)
            _load(app, f"qtbase_{code}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        locale = _locale_for(code)
    else:
        raise ValueError(f"unknown language {code!r}; languages: {', '.join(LANGUAGES)}")
    # Numbers and dates the UI formats follow the language (Persian digits in Persian);
    # what is stored stays neutral (ISO dates, ASCII digits).
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        rtl = code in RIGHT_TO_LEFT
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    _current = code
    log.info("language %s", code)
    return code


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks ``code`` (its region's formats: en_GB, ru_KZ ...),
    or when English stands in for a language we do not have; else the language's main locale."""
    system = QLocale.system()
    if system_language(system) == code:
        return system
    return QLocale(code)


def _load(app: QCoreApplication, name: str, folder: Path) -> None:
    translator = QTranslator(app)
    if translator.load(name, str(folder)):
        _install(app, translator)
    else:
        log.warning("no translation %s in %s: those texts stay in English", name, folder)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def calendar() -> QCalendar:
    """The calendar of the window's language: the Solar Hijri one in Persian (what Iran and
    Afghanistan date by), Gregorian otherwise. Data stay Gregorian; only what is shown changes."""
    if QLocale().language() == QLocale.Language.Persian:
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar()


def _in_locale_digits(text: str) -> str:
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    return "".join(chr(ord(zero) + int(c)) if "0" <= c <= "9" else c for c in text)


def local_time(at: dt.datetime) -> str:
    """A stored (naive UTC) time as the user reads it: their time zone, calendar and digits.

    "2026-03-02 09:05" in English and Russian, "۱۴۰۴-۱۲-۱۱ ۰۹:۰۵" (Solar Hijri) in Persian.
    """
    local = at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    day = QDate(local.year, local.month, local.day).toString("yyyy-MM-dd", calendar())
    return _in_locale_digits(f"{day} {local:%H:%M}")


def local_date(day: dt.date) -> str:
    """A date in the language's calendar and digits: "2026-03-02", "۱۴۰۴-۱۲-۱۱"."""
    return _in_locale_digits(QDate(day.year, day.month, day.day).toString("yyyy-MM-dd", calendar()))


def local_percent(share: float, decimals: int = 0) -> str:
    """A share (0..1) as a percentage in the language's digits and sign: "93%", "93,5 %"-style, "۹۳٪"."""
    locale = QLocale()
    return locale.toString(share * 100, "f", decimals) + locale.percent()


def local_number(value: int) -> str:
    """A count in the language's digits and grouping: "8,453", "8 453", "۸٬۴۵۳"."""
    return QLocale().toString(value)


def restart_arguments() -> list[str]:
    """The arguments that started this process, to start it again the same way (``-m`` included)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name:
        return ["-m", spec.name, *sys.argv[1:]]
    return list(sys.argv)


def restart() -> bool:
    """Close every window, start this program again with the same command line, then quit.

    False (and nothing started) if a window refused to close.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    app.closeAllWindows()
    if any(w.isVisible() and w.isWindow() for w in app.topLevelWidgets()):
        return False  # a window asked to stay open
    started, _pid = QProcess.startDetached(sys.executable, restart_arguments(), os.getcwd())
    if not started:
        log.error("could not start %s %s again", sys.executable, restart_arguments())
        return False
    app.quit()
    return True
