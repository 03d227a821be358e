"""Qt item models over the database; each pages lazily and passes qtmodeltester."""
