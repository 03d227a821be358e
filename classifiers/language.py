"""Which of our languages (en, ru, fa) an item is written in, from the letters it uses.

Script decides: Cyrillic letters mean Russian, Arabic-script letters Persian
(the app's only right-to-left language), Latin letters English. Mixed text is
common (a Persian review naming "Wi-Fi", a Russian tweet with a URL), so the
majority of letters wins, and a tie goes to the non-Latin script: Latin words
inside Russian or Persian text are usually names of products and brands.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("en", "ru", "fa")
# Addresses are Latin whatever the language around them; they must not vote.
_NOT_LANGUAGE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|@\w+|#")


def _script(char: str) -> str | None:
    code = ord(char)
    if 0x0400 <= code <= 0x04FF:
        return "ru"
    if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "fa" if unicodedata.category(char).startswith("L") else None
    if char.isascii() and char.isalpha():
        return "en"
    if 0x00C0 <= code <= 0x024F and char.isalpha():  # accented Latin: cafés, naïve
        return "en"
    return None


def detect_language(text: str) -> str | None:
    """``"en"``, ``"ru"`` or ``"fa"``; ``None`` when the text has no letters of those scripts."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for char in _NOT_LANGUAGE.sub(" ", text):
        script = _script(char)
        if script is not None:
            counts[script] += 1
    best = max(counts.values())
    if best == 0:
        return None
    # Ties: prefer ru and fa over en (brand names are Latin), then ru over fa (fixed order).
    for language in ("ru", "fa", "en"):
        if counts[language] == best:
            return language
    raise AssertionError("unreachable")
