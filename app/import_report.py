"""What every import report says about its rejected rows, worded once."""

from __future__ import annotations

from collections.abc import Sequence

MAX_REJECTS_SHOWN = 20


def rejected_lines(
    rejected: Sequence[tuple[int, str]], committed: bool, max_rejects: int = MAX_REJECTS_SHOWN
) -> list[str]:
    """One line per rejected row (the first ``max_rejects``), and what to do if nothing was written."""
    lines = [f"  row {row}: {reason}" for row, reason in rejected[:max_rejects]]
    if len(rejected) > max_rejects:
        lines.append(f"  ... and {len(rejected) - max_rejects} more rejected rows")
    if not committed:
        lines.append("Nothing was written: fix the rejected rows, or import with --skip-invalid.")
    return lines
