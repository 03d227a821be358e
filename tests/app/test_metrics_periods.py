"""compute_periods (a report's two periods at once) gives exactly compute_all's figures, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
import test_metrics as hand  # the data set worked out by hand
from sqlalchemy import Engine

from app.metrics import Filters, compute_all, compute_periods

FROM, TO, AS_OF = hand.FROM, hand.TO, hand.AS_OF
PREVIOUS = FROM - (TO - FROM)


@pytest.fixture
def built(engine: Engine) -> None:
    with engine.begin() as conn:
        hand.build(conn)


@pytest.mark.usefixtures("built")
@pytest.mark.parametrize(
    "periods",
    [
        [(FROM, TO), (PREVIOUS, FROM)],  # the report: this period and the one before
        [(FROM, TO), (FROM, dt.date(2025, 3, 10)), (dt.date(2025, 2, 1), dt.date(2025, 4, 1))],  # overlapping
        [(FROM, dt.date(2025, 3, 10)), (dt.date(2025, 2, 1), dt.date(2025, 2, 25))],  # i0 in the gap
        [(FROM, dt.date(2025, 3, 10)), (dt.date(2024, 12, 1), dt.date(2025, 1, 1))],  # far apart
        [(FROM, FROM)],  # empty
    ],
)
def test_every_period_is_what_compute_all_gives_for_it(
    engine: Engine, periods: list[tuple[dt.date, dt.date]]
) -> None:
    expected = [compute_all(engine, a, b, as_of=AS_OF) for a, b in periods]
    assert compute_periods(engine, periods, as_of=AS_OF) == expected
    with engine.connect() as conn:  # one connection, the parts in turn
        assert compute_periods(conn, periods, as_of=AS_OF) == expected


@pytest.mark.usefixtures("built")
def test_filters_and_window_apply_to_every_period(engine: Engine) -> None:
    filters = Filters(channels=("email", "phone"))
    periods = [(FROM, TO), (PREVIOUS, FROM)]
    expected = [compute_all(engine, a, b, filters, as_of=AS_OF, window_days=3) for a, b in periods]
    assert compute_periods(engine, periods, filters, as_of=AS_OF, window_days=3) == expected
