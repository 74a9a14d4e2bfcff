"""Throughput of the chrome rules (``--select C``) on a generated corpus of scraped pages.

    .venv/bin/python benchmarks/bench_chrome.py --mb 5
    .venv/bin/python benchmarks/bench_chrome.py --docs 500 --per-rule

The corpus comes from ``../shared/bench/make_corpus.py`` (deterministic for a seed).
Prints MB/s on one core for the whole C family, optionally per rule, the share of
characters removed, and peak memory. Not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from zhclean import Document, Pipeline

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"


def corpus(docs: int | None, mb: float | None, seed: int) -> list[str]:
    args = [sys.executable, str(MAKE_CORPUS), "--seed", str(seed), "-q", "-o", "-"]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 5)]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(line)["text"] for line in out.splitlines() if line.strip()]


def run(pipe: Pipeline, texts: list[str]) -> tuple[float, int]:
    t = time.perf_counter()
    removed = 0
    for i, text in enumerate(texts):
        res = pipe.clean(Document(id=str(i), text=text))
        removed += len(text) - len(res.text)
    return time.perf_counter() - t, removed


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, help="number of generated documents")
    ap.add_argument("--mb", type=float, help="MB of generated text (default 5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-rule", action="store_true", help="also time each C rule alone")
    args = ap.parse_args(argv)

    texts = corpus(args.docs, args.mb, args.seed)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    chars = sum(len(t) for t in texts)
    pipe = Pipeline(select=["C"])
    seconds, removed = run(pipe, texts)
    # tracemalloc slows Python down many times over: measure memory in a second pass
    tracemalloc.start()
    run(pipe, texts[:50])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"corpus      {len(texts)} docs, {size_mb:.2f} MB")
    print(f"C (all)     {size_mb / seconds:6.2f} MB/s per core   removed {removed / chars:.2%} of characters")
    print(f"peak memory {peak / 1e6:.1f} MB traced (50 docs), {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB RSS")
    if args.per_rule:
        for code in pipe.codes:
            s, r = run(Pipeline(select=[code]), texts)
            print(f"{code}        {size_mb / s:6.2f} MB/s   removed {r / chars:.2%}")


if __name__ == "__main__":
    main()
