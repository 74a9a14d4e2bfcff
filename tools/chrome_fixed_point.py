"""Measure a fixed-point chrome stage without changing the engine: what a second (and
third) pass of the chrome rules changes, what it costs, and whether it settles the
inputs that are not idempotent.

The default pipeline is split by stage into three pipelines built from the public API
(``Pipeline(rules=...)``): the rules before the chrome stage, the chrome rules (C…), and
the rules after it. ``pre → chrome → post`` gives exactly what the default pipeline gives
(checked on every document). Three ways to run the chrome stage:

* ``once``: as the engine does now;
* ``always``: again while the last pass removed something, at most ``--passes`` passes;
* ``short``: again only when the text left after a pass that removed something is short
  (under ``--short`` characters) or has no body paragraph.

For each: documents whose output differs from ``once``, documents a second full cleaning
still changes, and CPU time (``time.process_time``, best of ``--repeat``, the three
interleaved). Not a test; the machine is shared, so compare the ratios of one run.

    .venv/bin/python tools/chrome_fixed_point.py /tmp/lead/c5.jsonl --logs fuzz-corpus/idempotence.log
"""
from __future__ import annotations

import argparse
import json
import time
from typing import Callable

from zhclean import Document, Pipeline
from zhclean.rule import Stage
from zhclean.rules.chrome._page import make_page


def split_pipelines() -> tuple[Pipeline, Pipeline, Pipeline]:
    base = Pipeline()
    pre = [type(r)() for r in base.rules if r.stage < Stage.CHROME]
    chrome = [type(r)() for r in base.rules if r.stage == Stage.CHROME]
    post = [type(r)() for r in base.rules if r.stage > Stage.CHROME]
    config = base.config
    return Pipeline(config, rules=pre), Pipeline(config, rules=chrome), Pipeline(config, rules=post)


PRE, CHROME, POST = split_pipelines()
DEFAULT = Pipeline()


def no_body(text: str) -> bool:
    return not any(make_page(text).body)


def clean(doc: Document, rerun: Callable[[str], bool] | None, passes: int, stats: dict | None = None) -> str:
    """``doc`` cleaned with the chrome stage run again while ``rerun`` says so."""
    r = PRE.clean(doc)
    meta = dict(r.meta)
    text = r.text
    for n in range(passes if rerun else 1):
        if n:
            t0 = time.process_time()
        r = CHROME.clean(Document(id=doc.id, text=text, meta=meta), html="never")
        if n and stats is not None:
            stats["extra_cpu"] += time.process_time() - t0
            stats["extra_passes"] += 1
            if r.text != text:
                stats[f"changed_by_pass_{n + 1}"] += 1
        changed = r.text != text
        meta, text = dict(r.meta), r.text
        if not changed or rerun is None or not rerun(text):
            break
    return POST.clean(Document(id=doc.id, text=text, meta=meta), html="never").text


def policies(short: int) -> dict[str, Callable[[str], bool] | None]:
    return {"once": None, "always": lambda t: True, "short": lambda t: len(t) < short or no_body(t)}


def load(path: str, key: str) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                rec = json.loads(line)
                docs.append(Document(id=str(rec.get("id", i)), text=rec[key], meta={}))
    return docs


def report(name: str, docs: list[Document], args) -> None:
    print(f"\n## {name}: {len(docs)} documents")
    # the split pipeline must be the default pipeline
    same = sum(DEFAULT.clean(d).text == clean(d, None, 1) for d in docs)
    print(f"pre → chrome → post equals the default pipeline on {same} of {len(docs)}")
    outs = {}
    for label, rerun in policies(args.short).items():
        stats: dict = {"extra_cpu": 0.0, "extra_passes": 0, **{f"changed_by_pass_{k}": 0 for k in range(2, args.passes + 1)}}
        outs[label] = [clean(d, rerun, args.passes, stats) for d in docs]
        unsettled = sum(clean(Document(id=d.id, text=o, meta={}), rerun, args.passes) != o for d, o in zip(docs, outs[label]))
        differ = sum(o != b for o, b in zip(outs[label], outs["once"]))
        extra = ", ".join(f"pass {k[-1]} changed {v}" for k, v in stats.items() if k.startswith("changed"))
        print(f"{label:>6}: output differs from once on {differ}; cleaned again changes {unsettled}; "
              f"extra chrome passes {stats['extra_passes']} ({extra}), their CPU {stats['extra_cpu']:.3f} s")
    if args.repeat:
        best = {label: float("inf") for label in policies(args.short)}
        for _ in range(args.repeat):
            for label, rerun in policies(args.short).items():
                t0 = time.process_time()
                for d in docs:
                    clean(d, rerun, args.passes)
                best[label] = min(best[label], time.process_time() - t0)
        line = ", ".join(f"{label} {t:.2f} s ({t / best['once']:.3f}x)" for label, t in best.items())
        print(f"CPU, whole pipeline, best of {args.repeat} interleaved: {line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="a JSONL corpus (records with text)")
    ap.add_argument("--logs", nargs="*", default=[], help="idempotence logs of tools/fuzz_rules.py (their inputs)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--short", type=int, default=200, help="'short' policy: rerun when fewer characters are left")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats on the corpus (0: no timing)")
    args = ap.parse_args(argv)
    if args.corpus:
        report(args.corpus, load(args.corpus, "text"), args)
    if args.logs:
        docs = [d for path in args.logs for d in load(path, "input")]
        seen = {}
        for d in docs:
            seen.setdefault(d.text, d)
        args.repeat = 0
        report("fuzz inputs logged as not idempotent", list(seen.values()), args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
