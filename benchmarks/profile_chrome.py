"""Where the chrome rules' time goes: page builds, the rules' own work, their no-op calls.

    .venv/bin/python benchmarks/profile_chrome.py --corpus /tmp/lead/c5.jsonl
    .venv/bin/python benchmarks/profile_chrome.py --corpus c5.jsonl --repeat 3

Cleans the corpus once with the default rules and records, for every chrome rule, its
calls, its seconds, the seconds of the page builds it paid for (the first build of a
document, or a rebuild after an earlier rule's edit) and the seconds of its calls that
edited nothing (what a prefilter on :attr:`~zhclean.rules.chrome._line_rule.LineRule.triggers`
could save; ``skip`` counts the calls it does skip). Then replays every version of every
page the rules asked for, in order, with the line memos started empty, and prints the
page build's phases (split, body verdicts, notice blocks, zones, title echo, titles over
info lines) for first builds and rebuilds: best of ``--repeat``. CPU time of this
process. Not a test.

``--warm`` cleans the corpus twice more with the line memos (:mod:`~zhclean.rules.chrome._memo`)
unbounded, and prints the chrome stage's seconds on the first pass (every line judged
when first asked) and on the second (every verdict known): what is left once no line is
judged, the most that sharing or updating the page analyses across a page's versions
could save. A third pass, memos emptied, times every memo's first verdicts (net of the
memos it asks) and lists the dearest.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from zhclean import Document, Pipeline
from zhclean import rule as rule_module
from zhclean.rules.chrome import _memo, _page, _titles
from zhclean.rules.chrome._docsite_kinds import disclaimer_blocks
from zhclean.rules.chrome._line_rule import LineRule

clock = time.process_time


def record_run(texts: list[str]) -> tuple[dict, list[tuple[int, str]]]:
    """Per chrome rule ``[calls, seconds, build seconds, no-edit seconds, no-edit calls,
    skipped calls]``, and every ``(document, text)`` a page was built for, in order."""
    pipe = Pipeline()
    rows: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0, 0])
    builds: list[tuple[int, str]] = []
    building = [0.0]
    real_get = rule_module.Analyses.get

    def timed_get(self, analyse):
        if analyse is not _page.make_page or analyse in self._cache:
            return real_get(self, analyse)
        started = clock()
        try:
            return real_get(self, analyse)
        finally:
            building[0] += clock() - started
            builds.append((doc_no[0], self.text))

    def timed(rule):
        apply = rule.apply

        def run(text, ctx):
            building[0] = 0.0
            started = clock()
            result = apply(text, ctx)
            spent = clock() - started
            row = rows[rule.code]
            row[0] += 1
            row[1] += spent
            row[2] += building[0]
            if not result.edits:
                row[3] += spent
                row[4] += 1
            if isinstance(rule, LineRule) and not rule.may_apply(text):
                row[5] += 1
            return result
        return run

    for rule in pipe.rules:
        if rule.code.startswith("C"):
            rule.apply = timed(rule)
    pipe.clean(Document(id="warm-up", text="學習工會文件"))
    rows.clear()
    builds.clear()
    doc_no = [0]
    rule_module.Analyses.get = timed_get
    try:
        for i, text in enumerate(texts):
            doc_no[0] = i
            pipe.clean(Document(id=str(i), text=text))
    finally:
        rule_module.Analyses.get = real_get
    return dict(rows), builds


PHASES = ("split", "body", "notices", "zones", "echo", "titles")


def replay(builds: list[tuple[int, str]]) -> dict[str, float]:
    """The phases of :func:`~zhclean.rules.chrome._page.make_page`, timed in place (the same
    steps, one clock reading between each), per first build and rebuild."""
    for memo in _memo.MEMOS:
        memo.clear()
    spent: dict[str, float] = defaultdict(float)
    previous = None
    for doc, text in builds:
        kind = "first" if doc != previous else "rebuild"
        previous = doc
        t0 = clock()
        lines = _page.split_lines(text)
        t1 = clock()
        body = _page.body_flags(lines)
        t2 = clock()
        notices = tuple(disclaimer_blocks(lines, body))
        for i, _ in notices:
            body[i] = False
        t3 = clock()
        first_zones = _page.zones(lines, body)
        t4 = clock()
        echo = _titles.site_title_echo(lines, body, first_zones.head_end)
        if echo is not None:
            body[echo] = False
        t5 = clock()
        # titles over info lines are unmarked as the lines are asked about (by the zones
        # here, by the rules later): this phase is what the zones' ends cost
        body.unmark_titles_over_info()
        _page._narrowed_zones(lines, body, first_zones)
        t6 = clock()
        for name, a, b in zip(PHASES, (t0, t1, t2, t3, t4, t5), (t1, t2, t3, t4, t5, t6)):
            spent[f"{kind}:{name}"] += b - a
        spent[f"{kind}:count"] += 1
    return spent


def whole_builds(builds: list[tuple[int, str]]) -> tuple[float, float]:
    """Seconds of :func:`make_page` itself over the first builds and the rebuilds."""
    for memo in _memo.MEMOS:
        memo.clear()
    first = rebuild = 0.0
    previous = None
    for doc, text in builds:
        started = clock()
        _page.make_page(text)
        spent = clock() - started
        if doc != previous:
            first += spent
        else:
            rebuild += spent
        previous = doc
    return first, rebuild


def warm_run(texts: list[str]) -> tuple[float, float, list[tuple[str, int, float]]]:
    """The chrome stage's seconds on a first pass and on a second with every line verdict
    remembered, and per memo its first verdicts (misses) and their seconds net of nested memos."""
    _memo.LINE_MEMO_MAX = _memo.LINE_MEMO_CHARS = 1 << 40  # read by LineMemo.__missing__ at each miss
    for memo in _memo.MEMOS:
        memo.clear()
    pipe = Pipeline()
    spent = [0.0]
    misses: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    nested: list[float] = []
    real_missing = _memo.LineMemo.__missing__

    def timed_missing(memo, line):
        started = clock()
        nested.append(0.0)
        try:
            return real_missing(memo, line)
        finally:
            took = clock() - started
            row = misses[f"{memo.judge.__module__.rsplit('.', 1)[-1]}.{memo.judge.__qualname__}"]
            row[0] += 1
            row[1] += took - nested.pop()
            if nested:
                nested[-1] += took

    def timed(rule):
        apply = rule.apply

        def run(text, ctx):
            started = clock()
            try:
                return apply(text, ctx)
            finally:
                spent[0] += clock() - started
        return run

    for rule in pipe.rules:
        if rule.code.startswith("C"):
            rule.apply = timed(rule)
    pipe.clean(Document(id="warm-up", text="學習工會文件"))
    passes: list[float] = []
    for timing_misses in (False, False, True):  # cold, warm; then cold again with each miss timed
        if timing_misses:
            for memo in _memo.MEMOS:
                memo.clear()
            _memo.LineMemo.__missing__ = timed_missing
        spent[0] = 0.0
        try:
            for i, text in enumerate(texts):
                pipe.clean(Document(id=str(i), text=text))
        finally:
            _memo.LineMemo.__missing__ = real_missing
        passes.append(spent[0])
    first = sorted(((k, int(c), sec) for k, (c, sec) in misses.items()), key=lambda r: -r[2])
    return passes[0], passes[1], first


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="a JSONL with a text field")
    ap.add_argument("--repeat", type=int, default=3, help="replays of the page builds (best of)")
    ap.add_argument("--warm", action="store_true", help="the chrome stage again with every line verdict known")
    args = ap.parse_args(argv)
    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]

    rows, builds = record_run(texts)
    print(f"{len(texts)} documents, {len(builds)} page builds")
    print(f"{'rule':<6} {'calls':>6} {'seconds':>8} {'builds':>7} {'own':>7} {'no-edit s':>9} {'no-edit':>7} {'skip':>5}")
    for code, (calls, sec, build, idle, idle_calls, skipped) in rows.items():
        print(f"{code:<6} {calls:6d} {sec:8.3f} {build:7.3f} {sec - build:7.3f} {idle:9.3f} {idle_calls:7d} "
              f"{skipped:5d}")
    print(f"{'all':<6} {'':6} {sum(r[1] for r in rows.values()):8.3f} {sum(r[2] for r in rows.values()):7.3f}")

    best = min((whole_builds(builds) for _ in range(args.repeat)), key=sum)
    print(f"make_page, memos started empty (best of {args.repeat}): first builds {best[0]:.3f} s, "
          f"rebuilds {best[1]:.3f} s")
    phases = min((replay(builds) for _ in range(args.repeat)), key=lambda p: sum(v for k, v in p.items()
                                                                                  if not k.endswith("count")))
    for kind in ("first", "rebuild"):
        cells = "  ".join(f"{name} {phases[f'{kind}:{name}']:.4f}" for name in PHASES)
        print(f"  {kind:<8} ({int(phases[f'{kind}:count'])}): {cells}")
    if args.warm:
        cold, warm, first = warm_run(texts)
        print(f"chrome stage, memos unbounded: first pass {cold:.3f} s, every verdict known {warm:.3f} s "
              f"(first verdicts {cold - warm:.3f} s, {(cold - warm) / cold:.0%})")
        print("  dearest first verdicts (all stages' memos, net of nested ones):")
        for name, count, seconds in first[:12]:
            print(f"    {seconds:7.3f} s {count:7d} lines  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
