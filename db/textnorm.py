"""Text normalisation shared by the search index and search queries.

The same folding must happen when text is indexed (inside the database, by a
trigger or an index expression) and when a query is typed (here, in Python),
otherwise a Persian ``ي`` typed on an Arabic keyboard never finds the ``ی`` in
the data. The database side of this lives, frozen, in the migration that
created the index; ``tests/db/test_search.py`` checks the two agree.
"""

from __future__ import annotations

import re

# (from, to) pairs; an empty "to" deletes the character.
FOLDS: tuple[tuple[str, str], ...] = (
    ("ё", "е"),
    ("Ё", "е"),
    ("ي", "ی"),  # Arabic yeh -> Persian yeh
    ("ى", "ی"),  # alef maksura -> Persian yeh
    ("ك", "ک"),  # Arabic kaf -> Persian keheh
    *((chr(0x06F0 + d), str(d)) for d in range(10)),  # Persian digits
    *((chr(0x0660 + d), str(d)) for d in range(10)),  # Arabic-Indic digits
    ("\u200c", ""),  # zero-width non-joiner: "می‌خواهم" and "میخواهم" are one word
)

_TABLE = str.maketrans({a: (b or None) for a, b in FOLDS})
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower-case and apply FOLDS; the FTS tokenizers do the rest (diacritics, case)."""
    return text.lower().translate(_TABLE)


def search_terms(query: str) -> list[str]:
    """The words of a typed query, folded; punctuation and operators dropped."""
    return _WORD.findall(fold(query))
