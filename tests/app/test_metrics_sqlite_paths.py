"""On SQLite, service and contact measures are computed in one read in Python; they must equal the SQL's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, insert, select

from app import demo_data
from app.metrics import Filters, _scope
from app.metrics.contacts import _measures_by_windows, _measures_in_one_pass
from app.metrics.service import _service_in_one_pass, _service_in_sql
from db.tables import category, channel, feedback_item

AS_OF = dt.datetime(2026, 11, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from db.engine import make_engine
    from db.migrate import upgrade_to_head

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('paths') / 'demo.db'}")
    upgrade_to_head(engine)
    demo_data.generate(engine, items=3000, seed=11)
    add_channel_switches(engine)
    return engine


def add_channel_switches(engine: Engine) -> None:
    """The demo data switches rarely: every 7th unanswered item is raised again elsewhere, 1-5 days later."""
    fi = feedback_item
    with engine.begin() as conn:
        phone, email = (
            conn.execute(select(channel.c.id).where(channel.c.code == code)).scalar_one()
            for code in ("phone", "email")
        )
        unanswered = conn.execute(
            select(fi.c.id, fi.c.contact_id, fi.c.category_id, fi.c.channel_id, fi.c.received_at)
            .where(fi.c.contact_id.is_not(None), fi.c.category_id.is_not(None), fi.c.replied_at.is_(None))
            .order_by(fi.c.id)
        ).all()
        for n, item in enumerate(unanswered[::7]):
            conn.execute(
                insert(fi).values(
                    contact_id=item.contact_id,
                    category_id=item.category_id,
                    channel_id=email if item.channel_id == phone else phone,
                    kind="complaint",
                    text="again",
                    received_at=item.received_at + dt.timedelta(days=1 + n % 5, hours=n % 7),
                    source="test",
                    external_ref=f"switch-{n}",
                )
            )


@pytest.mark.parametrize("window_days", [1, 14, 60])
@pytest.mark.parametrize("channels", [(), ("email", "phone")])
def test_one_pass_equals_the_window_functions(
    demo: Engine, window_days: int, channels: tuple[str, ...]
) -> None:
    with demo.connect() as conn:
        some = tuple(conn.execute(select(category.c.id).order_by(category.c.id).limit(3)).scalars())
        for category_ids in ((), some):
            filters = Filters(channels=channels, category_ids=category_ids)
            periods = [
                (dt.datetime(2026, 5, 1), dt.datetime(2026, 8, 1)),
                (dt.datetime(2026, 8, 1), dt.datetime(2026, 11, 1)),
            ]
            scopes = [_scope(conn, a, b, filters, window_days, AS_OF) for a, b in periods]
            by_windows = _measures_by_windows(conn, scopes)
            assert _measures_in_one_pass(conn, scopes) == by_windows
            assert any(r["switching"]["all"]["switched"] for r in by_windows) or window_days == 1
            assert any(r["repeat_and_fcr"]["all"]["repeats"] for r in by_windows) or window_days == 1


@pytest.mark.parametrize("as_of", [AS_OF, dt.datetime(2026, 8, 20, 12)])
@pytest.mark.parametrize("channels", [(), ("email", "letter")])
def test_service_in_one_pass_equals_the_sql(
    demo: Engine, as_of: dt.datetime, channels: tuple[str, ...]
) -> None:
    seen = []
    with demo.connect() as conn:
        for start, end in (
            (dt.datetime(2026, 5, 1), dt.datetime(2026, 8, 1)),
            (dt.datetime(2024, 1, 1), dt.datetime(2027, 1, 1)),
            (dt.datetime(2026, 8, 3, 12), dt.datetime(2026, 8, 4)),  # half a day
        ):
            scope = _scope(conn, start, end, Filters(channels=channels), 14, as_of)
            in_sql = _service_in_sql(conn, scope)
            assert _service_in_one_pass(conn, scope) == in_sql
            seen += in_sql["by_channel"].values()
    assert sum(entry["first_response_hours"]["count"] for entry in seen) > 100
    assert any(entry["beyond_reply_target"] for entry in seen)  # late answers or deadlines passed
    assert any(entry["unanswered"] for entry in seen)
