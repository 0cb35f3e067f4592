"""Benchmarks: each measures the app against a baseline in the same run (not in the tests)."""
