"""Kaizen Desk window: PySide6 widgets, item models, delegates and background work."""
