"""A machine that cannot show a window is told what is missing, not given a Qt abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.platform_check import platform_problem

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_named() -> None:
    problem = platform_problem({})
    assert problem is not None and "DISPLAY" in problem


def test_an_explicit_platform_is_trusted() -> None:
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_app_without_a_display_exits_with_a_message(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{tmp_path / 'k.db'}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "DISPLAY" in result.stderr
    assert "Aborted" not in result.stderr
