"""The improvement workflow screens: the board, an improvement's detail, the triage inbox, undo."""
