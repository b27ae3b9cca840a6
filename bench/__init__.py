"""Benchmarks: a synthetic corpus generator and the harness behind `make bench` (not part of `make test`)."""
