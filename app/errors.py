"""Domain errors: each carries a message a user can act on.

The message is English (what the command line prints and tests read). Where the
UI should say it in the user's language too, the reason is a ``Reason``: the same
English text plus a stable code and the parameters it was built from
(``ui/error_messages.py`` turns the code into a translated sentence).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from db.errors import DatabaseUnavailable, KaizenError

__all__ = [
    "DatabaseUnavailable",
    "InputFileError",
    "InvalidValue",
    "KaizenError",
    "Reason",
    "Reasons",
    "carried",
    "joined",
]


class Reason(str):
    """English text that also names its kind (``code``) and facts (``params``) for translation.

    A ``str``: wherever a plain message was used (``f"...{reason}"``, JSON, ``==``)
    it still is one; ``KaizenError(Reason(...))`` prints the English text.
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.params = params
        return reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.code, self.params))


def _rebuild(text: str, code: str, params: dict[str, Any]) -> Reason:
    return Reason(text, code, **params)


class Reasons(str):
    """Several reasons joined with "; " (a rejected import row); ``parts`` keeps each one."""

    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str]) -> Reasons:
        items = tuple(parts)
        joined_text = super().__new__(cls, "; ".join(items))
        joined_text.parts = items
        return joined_text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Reasons, (self.parts,))


def joined(parts: Iterable[str]) -> Reasons:
    """``"; ".join(parts)`` that keeps the parts (and their codes) for the UI."""
    return Reasons(parts)


def carried(exc: KaizenError) -> Reason:
    """``str(exc)``, still carrying ``exc`` so that the UI can say it in the user's language."""
    return Reason(str(exc), "error", error=exc)


class InvalidValue(KaizenError):
    """A value that cannot be what its field says (a phone that is no phone ...).

    ``code`` (and ``params``) say which rule it broke, for the UI's translation;
    ``reason`` is then a ``Reason`` carrying both.
    """

    def __init__(
        self,
        field: str,
        value: object,
        reason: str,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.field = field
        self.value = value
        self.reason: str = Reason(reason, code, **(params or {})) if code is not None else reason
        super().__init__(f"{field}: {reason} ({value!r})")


class InputFileError(KaizenError):
    """A file that cannot be read as what it claims to be; names the file and where."""

    def __init__(
        self,
        path: str,
        reason: str,
        row: int | None = None,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.row = row
        self.reason: str = Reason(reason, code, **(params or {})) if code is not None else reason
        where = f"{path}, row {row}" if row is not None else path
        super().__init__(f"{where}: {reason}")
