"""Throughput of the default pipeline, and of each rule in it, on a generated corpus.

    .venv/bin/python benchmarks/bench_pipeline.py --mb 2
    .venv/bin/python benchmarks/bench_pipeline.py --docs 300 --seed 1

The corpus comes from ``../shared/bench/make_corpus.py`` (deterministic for a seed; about
one document in five is traditional). Prints, on one core:

* MB/s of the whole default pipeline and peak memory (max RSS);
* per rule: seconds, MB/s over the whole corpus, edits and flags (each rule timed inside
  the pipeline, on the text as it stands when the rule runs);
* script conversion (N301) split by what the documents were: on documents already in
  simplified script it must cost next to nothing and never reach OpenCC.

Not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from zhclean import Document, Pipeline
from zhclean.rules import normalise_script

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"


def corpus(docs: int | None, mb: float | None, seed: int) -> list[str]:
    args = [sys.executable, str(MAKE_CORPUS), "--seed", str(seed), "-q", "-o", "-"]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 2)]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(line)["text"] for line in out.splitlines() if line.strip()]


class RuleClock:
    """Wraps each rule's ``apply`` to add up its time, edits and flags, per document kind."""

    def __init__(self, pipe: Pipeline):
        self.seconds: dict[str, float] = defaultdict(float)
        self.edits: dict[str, int] = defaultdict(int)
        self.flags: dict[str, int] = defaultdict(int)
        self.script_seconds: dict[str, float] = defaultdict(float)
        self.script_bytes: dict[str, int] = defaultdict(int)
        self.script_docs: dict[str, int] = defaultdict(int)
        self.converted_docs: dict[str, int] = defaultdict(int)
        for rule in pipe.rules:
            rule.apply = self._timed(rule.code, rule.apply)

    def _timed(self, code, apply):
        def timed(text, ctx):
            t = time.perf_counter()
            result = apply(text, ctx)
            dt = time.perf_counter() - t
            self.seconds[code] += dt
            self.edits[code] += len(result.edits)
            self.flags[code] += len(result.flags)
            if code == "N301":
                kind = result.meta.get("script", "?")
                self.converted_docs[kind] += bool(result.edits)
                self.script_seconds[kind] += dt
                self.script_bytes[kind] += len(text.encode("utf-8"))
                self.script_docs[kind] += 1
            return result

        return timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of text (default 2)")
    ap.add_argument("--docs", type=int, help="number of documents instead of --mb")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    texts = corpus(args.docs, args.mb, args.seed)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} documents, {mb:.2f} MB (seed {args.seed})")

    # conversions, to show that simplified documents never reach the converter
    calls: dict[str, int] = defaultdict(int)
    real_convert = normalise_script.convert

    def counting_convert(text, conversion):
        calls[conversion] += 1
        return real_convert(text, conversion)

    normalise_script.convert = counting_convert
    pipe = Pipeline()
    clock = RuleClock(pipe)
    pipe.clean(Document(id="warm-up", text="學習工會文件"))  # dictionary loading is not throughput
    clock.seconds.clear(), clock.edits.clear(), clock.flags.clear()
    clock.script_seconds.clear(), clock.script_bytes.clear(), clock.script_docs.clear(), clock.converted_docs.clear(), calls.clear()

    t = time.perf_counter()
    chars_in = chars_out = 0
    for i, text in enumerate(texts):
        res = pipe.clean(Document(id=str(i), text=text))
        chars_in, chars_out = chars_in + len(text), chars_out + len(res.text)
    total = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"default pipeline ({len(pipe.rules)} rules): {mb / total:.2f} MB/s per core, "
          f"{total:.2f} s, {100 * (1 - chars_out / chars_in):.1f}% of characters removed, peak RSS {peak:.0f} MB")
    in_rules = sum(clock.seconds.values())
    print(f"  time in rules {in_rules:.2f} s, pipeline bookkeeping {total - in_rules:.2f} s")
    print(f"{'rule':<6} {'seconds':>8} {'MB/s':>9} {'share':>6} {'edits':>7} {'flags':>7}")
    for rule in pipe.rules:
        sec = clock.seconds[rule.code]
        rate = mb / sec if sec else float("inf")
        print(f"{rule.code:<6} {sec:8.3f} {rate:9.1f} {100 * sec / total:5.1f}% {clock.edits[rule.code]:7d} "
              f"{clock.flags[rule.code]:7d}")

    print("script conversion (N301) by detected script:")
    for kind in sorted(clock.script_bytes):
        kb, sec = clock.script_bytes[kind] / 1e6, clock.script_seconds[kind]
        rate = f"{kb / sec:.0f} MB/s" if sec else "n/a"
        print(f"  {kind:<12} {clock.script_docs[kind]:5d} docs {kb:6.2f} MB  {sec:7.3f} s  {rate}")
    print(f"  lines converted: {sum(calls.values())}; documents changed by N301 per script: "
          f"{dict(clock.converted_docs)}")
    simplified_sec = clock.script_seconds.get("simplified", 0.0)
    print(f"  on simplified documents N301 took {100 * simplified_sec / total:.2f}% of the pipeline's time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
