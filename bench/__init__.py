"""Benchmarks: `python -m bench <name>` prints figures. They are not tests and never run in the suite."""
