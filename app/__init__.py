"""Domain services: plain Python over the database, no Qt."""
