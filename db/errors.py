"""Errors of the storage layer; app/errors.py builds on the same base."""

from __future__ import annotations


class KaizenError(Exception):
    """An expected problem with input or environment, shown to the user as is."""


class DatabaseUnavailable(KaizenError):
    """The database could not be reached or opened; the message names which."""
