"""Throughput per Ray actor against the local run, on the same generated corpus.

    .venv-ray/bin/python benchmarks/bench_ray.py [--mb 5] [--actors 1 2]     (or: make bench-ray)

The corpus is tests/_corpus.py's (samples/ and the HTML fixtures recombined, with repeated
ids, broken records and many files). For each run it prints the wall time and MB/s of the
whole run, and for Ray the MB/s *per actor*: input MB over the seconds the actors spent
cleaning, writing and validating their shards (Ray's start-up and each actor's pipeline
set-up are in the wall time, not in that figure), which is what to multiply by the actors
a cluster gives. It also checks that Ray's records equal the local run's.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the corpus generator the tests use

from _corpus import make_corpus  # noqa: E402

from zhclean.cli import main as zhclean_main  # noqa: E402
from zhclean.config import Config  # noqa: E402


def corpus_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size (default 5)")
    ap.add_argument("--actors", type=int, nargs="+", default=[1, 2], help="Ray actor counts to run (default 1 2)")
    args = ap.parse_args(argv)
    import ray

    from zhclean.engine_ray import clean_with_ray

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = make_corpus(tmp_path / "corpus", mb=args.mb)
        mb = corpus_mb(corpus)
        rows = []
        started = time.perf_counter()
        zhclean_main(["clean", str(corpus), "-o", str(tmp_path / "local.jsonl"), "-q"])
        wall = time.perf_counter() - started
        rows.append(("local -j 1", wall, mb / wall, mb / wall))
        local = (tmp_path / "local.jsonl").read_bytes()
        ray.init(num_cpus=max(args.actors), include_dashboard=False, log_to_driver=False)
        try:
            for n in args.actors:
                out = tmp_path / f"ray{n}.jsonl"
                started = time.perf_counter()
                run = clean_with_ray([str(corpus)], str(out), Config(), actors=n)
                wall = time.perf_counter() - started
                same = b"".join(p.read_bytes() for p in sorted(out.glob("part-*"))) == local
                per_actor = mb / run.actor_seconds if run.actor_seconds else 0.0  # MB per actor-second
                rows.append((f"ray, {n} actor{'s' if n > 1 else ''}" + ("" if same else " (RECORDS DIFFER)"),
                             wall, mb / wall, per_actor))
        finally:
            ray.shutdown()
    print(f"corpus: {mb:.1f} MB (tests/_corpus.py, seed 19); {len(local.splitlines())} records")
    print(f"{'run':<28} {'wall s':>8} {'MB/s':>7} {'MB/s per worker':>16}")
    for name, wall, rate, per in rows:
        print(f"{name:<28} {wall:>8.1f} {rate:>7.2f} {per:>16.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
