"""Benchmarks: each prints figures (one JSON object with --json); tests check behaviour."""
