"""Item delegates: how cells are drawn and edited."""
