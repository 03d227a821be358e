"""Fixtures for classifier tests."""

from __future__ import annotations

import pytest
from labelled_samples import insert_items, sample_rows
from sqlalchemy import Engine


@pytest.fixture
def labelled_engine(engine: Engine) -> Engine:
    """A migrated database (both backends) holding 90 confirmed items."""
    insert_items(engine, sample_rows(6, seed=1), confirmed=True)
    return engine
