"""Benchmarks (not part of the test suite): `python -m bench.run_all`. See bench/RESULTS.md."""
