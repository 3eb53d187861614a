"""Deliberate breakages the test suite must catch: `./run mutants` (see __main__.py)."""
