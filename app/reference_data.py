"""Reference rows every database needs: channels, base categories, the system user.

``ensure_reference_data`` is idempotent: it adds what is missing and leaves
what an administrator changed alone. Imports and sample data both call it.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from db.enums import ChannelCode, Role
from db.tables import app_user, category, channel

# Service targets per channel (acknowledge within, reply within; hours): a
# phone call is acknowledged on the spot, a letter takes days.
CHANNELS: tuple[tuple[ChannelCode, str, float, float], ...] = (
    (ChannelCode.PHONE, "Phone", 0.0, 48.0),
    (ChannelCode.EMAIL, "E-mail", 24.0, 72.0),
    (ChannelCode.CHAT, "Chat", 0.1, 24.0),
    (ChannelCode.SOCIAL, "Social media", 4.0, 48.0),
    (ChannelCode.WEB_FORM, "Web form", 24.0, 72.0),
    (ChannelCode.SELF_SERVICE, "Kiosk / self-service", 24.0, 72.0),
    (ChannelCode.IN_PERSON, "In person", 0.0, 72.0),
    (ChannelCode.SURVEY, "Survey", 48.0, 120.0),
    (ChannelCode.LETTER, "Letter", 72.0, 240.0),
)

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("delivery", "Delivery"),
    ("billing", "Billing and payments"),
    ("service_quality", "Service quality"),
    ("staff", "Staff and courtesy"),
    ("waiting_time", "Waiting time"),
    ("product", "Product"),
    ("website_app", "Website and app"),
    ("communication", "Communication"),
    ("facilities", "Facilities"),
    ("pricing", "Pricing"),
)

SYSTEM_USERNAME = "system"


def ensure_reference_data(conn: Connection) -> None:
    """Add missing channels, categories and the system user (who logs imports)."""
    have = set(conn.execute(select(channel.c.code)).scalars())
    rows = [
        {"code": code.value, "name": name, "ack_target_hours": ack, "reply_target_hours": reply}
        for code, name, ack, reply in CHANNELS
        if code.value not in have
    ]
    if rows:
        conn.execute(insert(channel), rows)

    have = set(conn.execute(select(category.c.code)).scalars())
    rows = [{"code": code, "name": name} for code, name in CATEGORIES if code not in have]
    if rows:
        conn.execute(insert(category), rows)

    if conn.execute(select(app_user.c.id).where(app_user.c.username == SYSTEM_USERNAME)).first() is None:
        conn.execute(
            insert(app_user).values(username=SYSTEM_USERNAME, display_name="Kaizen Desk", role=Role.ADMIN)
        )


def channel_ids(conn: Connection) -> dict[str, int]:
    """Channel code -> id."""
    return {code: id_ for code, id_ in conn.execute(select(channel.c.code, channel.c.id))}


def system_user_id(conn: Connection) -> int:
    return conn.execute(select(app_user.c.id).where(app_user.c.username == SYSTEM_USERNAME)).scalar_one()
