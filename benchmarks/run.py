"""Run every benchmark in this folder with its default (small) size and print the figures.

    python benchmarks/run.py            # all
    python benchmarks/run.py html typos # only bench_html.py and bench_typos.py

Benchmarks print throughput (MB/s per core) and peak memory; they are not tests and are
never run by `make test`.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        topic = script.stem.removeprefix("bench_")
        if wanted and topic not in wanted:
            continue
        print(f"== {script.name}", flush=True)
        failed += subprocess.call([sys.executable, str(script)]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
