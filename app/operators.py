"""Who is logging: the app user named like the person logged in to this computer.

Light on purpose (no phone or e-mail libraries): the start-up check for a
crashed capture draft needs the operator before any capture code is loaded.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.reference_data import SYSTEM_USERNAME
from db.enums import ChannelCode
from db.tables import app_user, channel

DEFAULT_CHANNEL = ChannelCode.PHONE.value

__all__ = ["DEFAULT_CHANNEL", "Operator", "login_name", "operator"]


def login_name() -> str | None:
    """The name this computer knows the user by, if it can tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


@dataclass(frozen=True)
class Operator:
    id: int
    display_name: str
    usual_channel: str = DEFAULT_CHANNEL


def operator(conn: Connection, username: str | None = None) -> Operator | None:
    """The operator logged in as ``username``, else the system user, with their usual channel.

    None in a database that has no reference data yet (no system user).
    """
    stmt = select(app_user.c.id, app_user.c.display_name, channel.c.code).outerjoin(
        channel, channel.c.id == app_user.c.usual_channel_id
    )
    row = None
    if username:
        row = conn.execute(stmt.where(app_user.c.username == username, app_user.c.is_active)).first()
    if row is None:
        row = conn.execute(stmt.where(app_user.c.username == SYSTEM_USERNAME)).first()
    return None if row is None else Operator(row[0], row[1], row[2] or DEFAULT_CHANNEL)
