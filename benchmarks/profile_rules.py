"""Where the time goes: each rule's share of a pipeline run, and the pipeline's own.

    .venv/bin/python benchmarks/profile_rules.py                      # 5 MB make_corpus corpus
    .venv/bin/python benchmarks/profile_rules.py --corpus c20.jsonl --ignore T
    .venv/bin/python benchmarks/profile_rules.py --trail full
    .venv/bin/python benchmarks/profile_rules.py --batch 1            # one document at a time

Cleans the corpus in this process, in batches as ``zhclean clean`` does (each batch rule by
rule), with every rule's ``apply`` timed inside the pipeline (on the text as it stands when
the rule runs) and prints, per rule in running order:
seconds, share of the run, MB/s over the corpus, edits and flags; then the pipeline's own
bookkeeping (the trail, flag offsets, shared analyses) and the record encoding, the
bookkeeping split by phase (``--phases``: applying edits to the text, aligning them with
the input, packing the trail, flags, analyses, the rest: dispatch). N301 is
also split by detected script: on documents already simplified it must cost next to
nothing and never reach OpenCC. CPU time of this process, so that other load on the
machine counts less. Not a test.
"""
from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from zhclean import Document, Pipeline, Rule
from zhclean.rules import normalise_script
from zhclean.runner import BATCH_DOCS, STREAM_GC_THRESHOLD
from zhclean.writers import encode_record

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"
clock = time.process_time


def corpus_texts(path: Path | None, mb: float, seed: int) -> list[str]:
    """The texts of ``path``, or of a make_corpus corpus of ``mb`` MB."""
    if path is not None:
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        out = subprocess.run([sys.executable, str(MAKE_CORPUS), "--mb", str(mb), "--seed", str(seed), "-q", "-o", "-"],
                             check=True, capture_output=True).stdout
        lines = out.decode("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


class PhaseClock:
    """Wraps the pipeline's bookkeeping steps to add up their time: what the ``trail`` line
    is made of. Nested steps count in their own line only (``apply`` holds ``check`` and
    ``splice``; ``finish`` holds ``align``, ``pack`` and ``flags``)."""

    STEPS = (("trace", "Trace", "apply", "apply: edits to the text"),
             ("trace", None, "check_edits", "  check: sort, range, overlap"),
             ("trace", None, "_spliced", "  splice: the new text"),
             ("trace", "Trace", "_align", "align: edits with the input"),
             ("trace", "Trace", "edits", "pack: --trail full"),
             ("trace", "Trace", "compact_edits", "pack: --trail compact (with align)"),
             ("pipeline", None, "_flag_record", "flags: records"),
             ("pipeline", None, "_map_pos", "flags: offsets moved"),
             ("rule", "Analyses", "reset", "analyses: reset"),
             ("pipeline", "_DocState", "start", "document: opened"),
             ("pipeline", "Pipeline", "_finish", "finish: record (holds pack and flags)"),
             ("pipeline", "CleanResult", "to_record", "record: dict"))

    def __init__(self):
        import zhclean.pipeline
        import zhclean.rule
        import zhclean.trace

        modules = {"trace": zhclean.trace, "pipeline": zhclean.pipeline, "rule": zhclean.rule}
        self.seconds: dict[str, float] = defaultdict(float)
        for module, owner, name, label in self.STEPS:
            target = getattr(modules[module], owner) if owner else modules[module]
            if hasattr(target, name):
                setattr(target, name, self._timed(label, getattr(target, name)))

    def _timed(self, label, function):
        seconds = self.seconds

        def timed(*args, **kwargs):
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[label] += clock() - started

        return timed

    def print(self, rest: float, total: float) -> None:
        apply = self.seconds["apply: edits to the text"]
        finish = self.seconds["finish: record (holds pack and flags)"]
        outside = rest - apply - finish - self.seconds["analyses: reset"] - self.seconds["flags: offsets moved"] \
            - self.seconds["document: opened"] - self.seconds["record: dict"]
        print("bookkeeping by phase (timed inside the run; the timers add their own cost):")
        for _module, _owner, _name, label in self.STEPS:
            if label in self.seconds:
                print(f"  {label:<40} {self.seconds[label]:7.3f} s {100 * self.seconds[label] / total:5.1f}%")
        print(f"  {'dispatch and the rest':<40} {outside:7.3f} s {100 * outside / total:5.1f}%")


class RuleClock:
    """Wraps each rule's ``apply`` (and ``prepare_batch``, the batch's head start some rules
    take) to add up its time, edits and flags, and N301's by script."""

    def __init__(self, pipe: Pipeline):
        self.seconds: dict[str, float] = defaultdict(float)
        self.edits: dict[str, int] = defaultdict(int)
        self.flags: dict[str, int] = defaultdict(int)
        self.script: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0, 0])  # s, bytes, docs, converted
        for rule in pipe.rules:
            rule.apply = self._timed(rule.code, rule.apply)
            if type(rule).prepare_batch is not Rule.prepare_batch:
                rule.prepare_batch = self._timed_ahead(rule.code, rule.prepare_batch)

    def _timed_ahead(self, code, prepare_batch):
        def timed(texts, options):
            started = clock()
            try:
                return prepare_batch(texts, options)
            finally:
                self.seconds[code] += clock() - started

        return timed

    def _timed(self, code, apply):
        def timed(text, ctx):
            started = clock()
            result = apply(text, ctx)
            spent = clock() - started
            self.seconds[code] += spent
            self.edits[code] += len(result.edits)
            self.flags[code] += len(result.flags)
            if code == "N301":
                row = self.script[result.meta.get("script", "?")]
                row[0] += spent
                row[1] += len(text.encode("utf-8"))
                row[2] += 1
                row[3] += bool(result.edits)
            return result

        return timed

    def reset(self) -> None:
        for table in (self.seconds, self.edits, self.flags, self.script):
            table.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a JSONL with a text field (default: generate one)")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the generated corpus (default 5)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--select", help="rule selection, as zhclean clean --select")
    ap.add_argument("--ignore", help="rules to leave out, as zhclean clean --ignore")
    ap.add_argument("--trail", default="compact", choices=("full", "compact", "none"))
    ap.add_argument("--batch", type=int, default=BATCH_DOCS,
                    help=f"documents cleaned side by side, rule by rule, as zhclean clean does (default {BATCH_DOCS}; "
                         "1: one document at a time)")
    ap.add_argument("--phases", action="store_true",
                    help="time the bookkeeping's phases too (clock calls add about 5%% to the bookkeeping)")
    args = ap.parse_args(argv)

    texts = corpus_texts(args.corpus, args.mb, args.seed)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    conversions = [0]
    real_convert = normalise_script.converted_runs  # called once per line converted

    def counting_convert(line, conversion, *args):
        conversions[0] += 1
        return real_convert(line, conversion, *args)

    normalise_script.converted_runs = counting_convert
    pipe = Pipeline(select=args.select.split(",") if args.select else None,
                    ignore=args.ignore.split(",") if args.ignore else None, trail=args.trail)
    timer = RuleClock(pipe)
    phases = PhaseClock() if args.phases else None
    pipe.clean(Document(id="warm-up", text="學習工會文件"))  # dictionary loading is not throughput
    timer.reset()
    if phases:
        phases.seconds.clear()
    conversions[0] = 0

    encoding = 0.0
    started = clock()
    docs = [Document(id=str(i), text=text) for i, text in enumerate(texts)]
    gc.set_threshold(STREAM_GC_THRESHOLD, *gc.get_threshold()[1:])  # as zhclean clean's stream sets it
    for at in range(0, len(docs), args.batch):
        for result in pipe.clean_batch(docs[at:at + args.batch]):
            if isinstance(result, Exception):
                raise result
            record = result.to_record()
            t = clock()
            encode_record(record)
            encoding += clock() - t
    total = clock() - started
    in_rules = sum(timer.seconds.values())

    print(f"corpus: {len(texts)} documents, {mb:.2f} MB; {len(pipe.rules)} rules, trail {args.trail}, "
          f"batches of {args.batch}: "
          f"{mb / total:.2f} MB/s per core ({total:.2f} s CPU)")
    print(f"{'rule':<6} {'seconds':>8} {'share':>6} {'MB/s':>9} {'edits':>8} {'flags':>7}")
    for rule in pipe.rules:
        sec = timer.seconds[rule.code]
        rate = f"{mb / sec:9.1f}" if sec else f"{'inf':>9}"
        print(f"{rule.code:<6} {sec:8.3f} {100 * sec / total:5.1f}% {rate} {timer.edits[rule.code]:8d} "
              f"{timer.flags[rule.code]:7d}")
    rest = total - in_rules - encoding
    print(f"{'trail':<6} {rest:8.3f} {100 * rest / total:5.1f}%   pipeline bookkeeping: trail, flags, analyses")
    print(f"{'json':<6} {encoding:8.3f} {100 * encoding / total:5.1f}%   encoding the records")
    if phases:
        phases.print(rest, total)

    if timer.script:
        print("N301 by detected script:")
        for kind, (sec, size, docs, converted) in sorted(timer.script.items()):
            rate = f"{size / 1e6 / sec:.0f} MB/s" if sec else "n/a"
            print(f"  {kind:<12} {docs:5d} docs {size / 1e6:6.2f} MB {sec:7.3f} s {rate:>9}  {converted} changed")
        print(f"  lines converted: {conversions[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
