"""Benchmarks over a synthetic national corpus: build cost and how it grows, alignment against all-pairs
baselines, dashboard queries and page renders. `python -m benchmarks` (full, writes benchmarks/results.md)
or `python -m benchmarks --smoke` (tiny sizes, writes only under benchmarks/out/)."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
