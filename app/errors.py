"""Domain errors: each carries a message a user can act on."""

from __future__ import annotations

from db.errors import DatabaseUnavailable, KaizenError

__all__ = ["DatabaseUnavailable", "InputFileError", "InvalidValue", "KaizenError"]


class InvalidValue(KaizenError):
    """A value that cannot be what its field says (a phone that is no phone ...)."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {reason} ({value!r})")


class InputFileError(KaizenError):
    """A file that cannot be read as what it claims to be; names the file and where."""

    def __init__(self, path: str, reason: str, row: int | None = None) -> None:
        self.path = path
        self.row = row
        self.reason = reason
        where = f"{path}, row {row}" if row is not None else path
        super().__init__(f"{where}: {reason}")
