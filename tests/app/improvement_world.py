"""A small world for workflow, triage and reply tests: users, contacts, items, templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from app.reference_data import channel_ids, ensure_reference_data, ensure_reply_templates
from db.tables import app_user, category, contact, contact_point, feedback_item, improvement

T0 = dt.datetime(2026, 3, 2, 9, 0)


@dataclass
class World:
    engine: Engine
    manager: int = 0
    other: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)

    def item(
        self, who: str | None, text: str, *, channel: str = "email", hours: float = 0, **values: Any
    ) -> int:
        with self.engine.begin() as conn:
            return int(
                conn.execute(
                    insert(feedback_item)
                    .values(
                        contact_id=self.contacts[who] if who else None,
                        channel_id=self.channels[channel],
                        kind=values.pop("kind", "suggestion"),
                        text=text,
                        language=values.pop("language", "en"),
                        received_at=T0 + dt.timedelta(hours=hours),
                        status=values.pop("status", "new"),
                        version=1,
                        **values,
                    )
                    .returning(feedback_item.c.id)
                ).scalar_one()
            )

    def improvement(self, stage: str = "new", title: str = "Faster delivery", **values: Any) -> int:
        with self.engine.begin() as conn:
            return int(
                conn.execute(
                    insert(improvement)
                    .values(title=title, stage=stage, created_at=T0, stage_changed_at=T0, version=1, **values)
                    .returning(improvement.c.id)
                ).scalar_one()
            )

    def row(self, table: Any, id_: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(table).where(table.c.id == id_)).mappings().one())


def _contact(conn: Connection, name: str | None, language: str | None, points: dict[str, str]) -> int:
    id_ = conn.execute(
        insert(contact)
        .values(display_name=name, preferred_language=language, created_at=T0, updated_at=T0, version=1)
        .returning(contact.c.id)
    ).scalar_one()
    for kind, value in points.items():
        conn.execute(
            insert(contact_point).values(
                contact_id=id_, kind=kind, value=value, is_primary=True, created_at=T0
            )
        )
    return int(id_)


def build_world(engine: Engine) -> World:
    world = World(engine)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        world.channels = channel_ids(conn)
        world.categories = dict(conn.execute(select(category.c.code, category.c.id)).all())
        world.manager = conn.execute(
            insert(app_user)
            .values(username="mina", display_name="Mina Manager", role="manager")
            .returning(app_user.c.id)
        ).scalar_one()
        world.other = conn.execute(
            insert(app_user)
            .values(username="oleg", display_name="Oleg Other", role="manager")
            .returning(app_user.c.id)
        ).scalar_one()
        world.contacts = {
            "anna": _contact(
                conn, "Anna Berg", "en", {"email": "anna@example.com", "phone": "+4915112345678"}
            ),
            "boris": _contact(conn, "Борис Петров", "ru", {"phone": "+79161234567"}),
            "sara": _contact(conn, "سارا رضایی", "fa", {"social": "@sara"}),
            "gleb": _contact(conn, "Gleb", "en", {}),
            "noname": _contact(conn, None, "en", {"email": "x@example.com"}),
        }
        ensure_reply_templates(conn)
    return world
