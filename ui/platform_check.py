"""Say clearly what is missing before Qt aborts on a Linux desktop without it.

Without a display, or without the X11 libraries Qt's xcb plugin needs, Qt
prints a cryptic plugin error and aborts the process; a user deserves the
name of the missing package instead.
"""

from __future__ import annotations

import ctypes
import os
import sys

# Shared library -> Debian/Ubuntu package. These are the ones minimal systems lack.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def platform_problem(environ: dict[str, str] | None = None) -> str | None:
    """A message naming what Qt will miss on this machine, or None if all is there."""
    env = os.environ if environ is None else environ
    if sys.platform != "linux" or env.get("QT_QPA_PLATFORM") or env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display to open a window on (DISPLAY is not set). Start Kaizen Desk from a desktop "
            "session, or use its commands (kaizen --help)."
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not _loads(library)]
    if missing:
        return (
            "the window needs X11 libraries that are not installed: "
            + ", ".join(missing)
            + f". On Debian or Ubuntu: sudo apt-get install {' '.join(missing)}"
        )
    return None
