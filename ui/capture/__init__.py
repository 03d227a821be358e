"""The operator's capture screen: find or add the contact, log what they said, see their history.

``CaptureWindow`` (window.py) holds a ``CaptureForm`` (form.py) and a
``ContactPanel`` (contact_panel.py); ``DraftKeeper`` (draft_keeper.py) saves
the form as a draft while it is typed; ``recovery.py`` offers a draft left by
a crash at the next start. Preview: ``python -m ui.capture [--db URL] [--compact]``.
"""
