"""The executive dashboard: compute_all's headline numbers and charts for a period, and the PDF export.

Preview on sample data: ``python -m ui.dashboard [--db URL]``.
"""

from ui.dashboard.window import DashboardWindow

__all__ = ["DashboardWindow"]
