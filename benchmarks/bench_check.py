"""Throughput of ``zhclean check`` and ``zhclean report`` on a generated corpus.

    .venv/bin/python benchmarks/bench_check.py --mb 2
    .venv/bin/python benchmarks/bench_check.py --docs 300 --seed 1

The corpus comes from ``../shared/bench/make_corpus.py``. Prints, on one core:

* ``check`` of the raw corpus (all default rules, findings, corpus thresholds): MB/s;
* ``check`` of the same corpus once cleaned (the rules again, plus the pandera record schemas);
* the record schemas alone (pandera over records and flags): MB/s and records/s;
* building and rendering the HTML report from a finished run;
* peak memory (max RSS) and the Python heap peak of the schema step (tracemalloc).

With ``--jobs N`` it measures instead what ``check -j N`` gains: the ``zhclean check``
command (``--format json``) run with ``-j 1`` and with ``-j N`` on the same corpus, best of
``--repeat`` runs each (the machine may be shared: the load average is printed), the
findings compared byte for byte, and the speed-up::

    .venv/bin/python benchmarks/bench_check.py --mb 20 --seed 3 --jobs 2 --repeat 3

Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from zhclean.config import Config
from zhclean.pipeline import Pipeline
from zhclean.readers import ReadOptions, read_corpus
from zhclean.validation.check import Checker
from zhclean.validation.report import build_report, render_html
from zhclean.validation.schemas import validate_record_rows, validate_unique_ids
from zhclean.validation.settings import CheckSettings
from zhclean.writers import dumps

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"


def make_corpus(path: Path, docs: int | None, mb: float | None, seed: int) -> None:
    args = [sys.executable, str(MAKE_CORPUS), "--seed", str(seed), "-q", "-o", str(path)]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 2)]
    subprocess.run(args, check=True)


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of text (default 1)")
    ap.add_argument("--docs", type=int, help="number of documents instead of --mb")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, help="compare `zhclean check -j 1` with `-j JOBS` instead")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command for --jobs (best is kept)")
    args = ap.parse_args(argv)
    if args.jobs:
        return compare_jobs(args)

    with tempfile.TemporaryDirectory() as tmp:
        raw, clean = Path(tmp) / "raw.jsonl", Path(tmp) / "clean.jsonl"
        make_corpus(raw, args.docs, args.mb, args.seed)
        mb = sum(len(json.loads(line)["text"].encode("utf-8")) for line in raw.open(encoding="utf-8")) / 1e6
        checker = Checker(Config(), CheckSettings())
        checker.pipeline.clean_text("预热。")  # rules build their vocabularies once; not part of the rate

        run, secs = timed(lambda: checker.run([raw]))
        print(f"corpus: {run.documents} documents, {mb:.2f} MB of text")
        print(f"check raw:        {secs:6.2f} s  {mb / secs:6.2f} MB/s   {len(run.findings)} findings")

        pipe = Pipeline()
        with clean.open("w", encoding="utf-8") as fh:
            for doc in read_corpus([raw], ReadOptions()):
                fh.write(dumps(pipe.clean(doc).to_record()) + "\n")
        run2, secs = timed(lambda: checker.run([clean]))
        errors = sum(f.severity == "error" for f in run2.findings)
        print(f"check cleaned:    {secs:6.2f} s  {mb / secs:6.2f} MB/s   {errors} errors, "
              f"{len(run2.findings) - errors} other findings")

        records = [json.loads(line) for line in clean.open(encoding="utf-8")]
        tracemalloc.start()
        failures, secs = timed(lambda: validate_record_rows(records) + validate_unique_ids([r["id"] for r in records]))
        _cur, heap_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"record schemas:   {secs:6.2f} s  {mb / secs:6.2f} MB/s   {len(records) / secs:,.0f} records/s, "
              f"{len(failures)} failures, heap peak {heap_peak / 2**20:.1f} MiB")

        html, secs = timed(lambda: render_html(build_report(run, checker, "bench")))
        print(f"report:           {secs:6.2f} s  ({len(html) / 1024:.0f} KiB of HTML)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


def compare_jobs(args: argparse.Namespace) -> int:
    """``zhclean check -j 1`` against ``-j N``: same findings, best-of-N wall time, speed-up."""
    zhclean = Path(sys.executable).with_name("zhclean")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.jsonl"
        make_corpus(raw, args.docs, args.mb, args.seed)
        mb = raw.stat().st_size / 1e6
        print(f"corpus: {mb:.1f} MB of JSONL (make_corpus.py --mb {args.mb} --seed {args.seed}); "
              f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.2f}")
        best: dict[int, float] = {}
        outputs: dict[int, bytes] = {}
        for _ in range(args.repeat):
            for jobs in (1, args.jobs):
                t = time.perf_counter()
                done = subprocess.run([str(zhclean), "check", str(raw), "-j", str(jobs), "--format", "json", "-q",
                                       "--exit-zero"], capture_output=True, check=True)
                secs = time.perf_counter() - t
                best[jobs] = min(best.get(jobs, secs), secs)
                if outputs.setdefault(jobs, done.stdout) != done.stdout:
                    print(f"-j {jobs}: findings differ between runs", file=sys.stderr)
                    return 1
        same = outputs[1] == outputs[args.jobs]
        findings = len(json.loads(outputs[1]))
        for jobs in (1, args.jobs):
            print(f"check -j {jobs}: best of {args.repeat} {best[jobs]:6.2f} s  {mb / best[jobs]:5.2f} MB/s")
        print(f"findings: {findings}, identical: {'yes' if same else 'NO'}; "
              f"speed-up: {best[1] / best[args.jobs]:.2f}x; load average after: {os.getloadavg()[0]:.2f}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
