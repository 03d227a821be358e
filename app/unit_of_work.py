"""One transaction per user action, whatever the caller holds: an engine, a connection or a session.

Given an engine, the service opens and commits its own transaction. Given a
connection or an ORM session, it works inside the caller's transaction and
the caller commits, so several services can share one unit of work.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.orm import Session

Bind = Engine | Connection | Session


@contextmanager
def unit_of_work(bind: Bind) -> Iterator[Connection]:
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    elif isinstance(bind, Session):
        yield bind.connection()
    else:
        yield bind


def expire_rows(bind: Bind, table: Table, ids: set[int]) -> None:
    """After a Core UPDATE through a session's connection, forget the session's stale copies."""
    if not isinstance(bind, Session) or not ids:
        return
    for obj in list(bind.identity_map.values()):
        if getattr(obj, "__table__", None) is table and getattr(obj, "id", None) in ids:
            bind.expire(obj)
