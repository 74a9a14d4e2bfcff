"""Streaming: peak memory of `zhclean clean` must not grow with the corpus size.

    python benchmarks/bench_io.py [--mb 5 20] [--workers 1]

Generates corpora with ../shared/bench/make_corpus.py (same seed, so a small corpus is a
prefix of a large one), runs `zhclean clean` on each in a fresh process and prints MB/s
and the child's peak resident memory.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"


def run_once(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    code = (
        "import resource, sys\n"
        "from zhclean.cli import main\n"
        f"rc = main(['clean', {str(corpus)!r}, '-o', {str(out)!r}, '-q', '--workers', '{workers}'])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(max(peak, kids))\n"
        "sys.exit(rc)\n"
    )
    started = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if res.returncode not in (0, 1):
        raise SystemExit(res.stderr)
    return seconds, int(res.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[5, 20])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if not MAKE_CORPUS.exists():
        print(f"needs {MAKE_CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'corpus MB':>10} {'seconds':>8} {'MB/s':>7} {'MB/s/core':>9} {'peak RSS MB':>12}")
        for mb in args.mb:
            corpus = Path(tmp) / f"c{mb}.jsonl"
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--mb", str(mb), "--seed", str(args.seed),
                            "-o", str(corpus)], check=True, capture_output=True)
            size = corpus.stat().st_size / 1e6
            seconds, peak = run_once(corpus, Path(tmp) / "out.jsonl", args.workers)
            print(f"{size:>10.1f} {seconds:>8.1f} {size / seconds:>7.2f} {size / seconds / args.workers:>9.2f} "
                  f"{peak:>12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
