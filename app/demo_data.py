"""Realistic, repeatable sample data: the public entry to ``app.demo``.

``main.py``, the UI and the benchmarks import this module; the UI starts
without sample data when it is missing.
"""

from __future__ import annotations

from app.demo import ANCHOR, DEMO_SOURCE, START, ensure_sample_data, generate

__all__ = ["ANCHOR", "DEMO_SOURCE", "START", "ensure_sample_data", "generate"]
