"""Realistic, repeatable sample data: contacts, feedback, improvements, replies, surveys.

``generate`` fills a database for demos, screenshots and benchmarks; the same
seed and size always give the same rows (one ``random.Random``, dates counted
back from a fixed ``ANCHOR``, never the clock). Everything is written in one
transaction with Core bulk inserts and explicit ids, so a million items take
minutes and a cancel leaves nothing behind.

Running it twice on one database is refused rather than made additive: a
second run would add a second copy of the same people (same names, other
phone numbers), which makes every contact-matching demo misleading.

The steps, in the order they run: ``people`` (users and contacts), ``replies``
(templates), ``improvements``, ``items`` (feedback and its replies) and
``surveys``; ``distributions`` holds the weights and time span they share,
``run`` the state passed between them, ``app.demo_texts`` the phrase banks.
"""

from app.demo.distributions import ANCHOR, DEMO_SOURCE, START
from app.demo.generator import ensure_sample_data, generate

__all__ = ["ANCHOR", "DEMO_SOURCE", "START", "ensure_sample_data", "generate"]
