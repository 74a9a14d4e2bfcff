"""Triage the inputs ``tools/fuzz_rules.py`` logged as not idempotent.

For every logged input (or every input given), clean it twice with the default pipeline,
name the rules that edit on the second pass, and minimise the input by delta debugging to
the smallest one whose second pass is still edited by the same first rule. Inputs are then
grouped by that rule and their minimal shape, so a log of thousands of noisy inputs reads
as a few shapes.

    python tools/idem_triage.py fuzz-corpus/idempotence.log --limit 400 --markdown shapes.md
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from typing import Callable, Iterable

from zhclean.config import Config
from zhclean.model import Document
from zhclean.pipeline import Pipeline

PIPELINE = Pipeline(Config(trail="full"))


def clean(text: str) -> tuple[str, list[str]]:
    """The cleaned text and the codes of the rules that edited it, in order of first edit."""
    record = PIPELINE.clean(Document(id="triage", text=text, source="triage", meta={})).to_record()
    codes: list[str] = []
    for edit in record["edits"]:
        if edit["rule"] not in codes:
            codes.append(edit["rule"])
    return record["text"], codes


def second_pass(text: str) -> tuple[str, str, list[str]]:
    """``(once, twice, codes of the rules that edit on the second pass)``."""
    once, _ = clean(text)
    twice, codes = clean(once)
    return once, twice, codes if twice != once else []


def ddmin(text: str, keeps: Callable[[str], bool]) -> str:
    """The smallest text (by characters removed, chunk by chunk) for which ``keeps`` holds."""
    n = 2
    while len(text) >= 2:
        chunk = max(1, len(text) // n)
        removed = False
        for start in range(0, len(text), chunk):
            candidate = text[:start] + text[start + chunk:]
            if candidate and keeps(candidate):
                text = candidate
                n = max(n - 1, 2)
                removed = True
                break
        if not removed:
            if chunk == 1:
                break
            n = min(n * 2, len(text))
    return text


def minimise(text: str) -> tuple[str, str, list[str]]:
    """The minimal input whose second pass is still edited first by the same rule."""
    _, _, codes = second_pass(text)
    if not codes:
        return text, "", []
    first = codes[0]
    small = ddmin(text, lambda t: (c := second_pass(t)[2]) != [] and c[0] == first)
    return small, first, codes


def inputs(paths: Iterable[str]) -> Iterable[str]:
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    yield json.loads(line)["input"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("logs", nargs="+", help="idempotence logs (JSON lines with an 'input')")
    ap.add_argument("--limit", type=int, default=0, help="triage at most this many inputs (spread over the log)")
    ap.add_argument("--markdown", help="write the shapes as a Markdown list to this file")
    args = ap.parse_args(argv)
    seen = list(dict.fromkeys(inputs(args.logs)))
    if args.limit and len(seen) > args.limit:
        step = len(seen) / args.limit
        seen = [seen[int(i * step)] for i in range(args.limit)]
    groups: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    settled = 0
    for text in seen:
        small, first, _codes = minimise(text)
        if not first:
            settled += 1
            continue
        groups[(first, small)].append(text)
    by_rule = collections.Counter()
    for (first, _), members in groups.items():
        by_rule[first] += len(members)
    print(f"{len(seen)} inputs: {settled} settle in one pass now; still changing: "
          + ", ".join(f"{code} {n}" for code, n in by_rule.most_common()))
    rows = []
    for (first, small), members in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        once, twice, codes = second_pass(small)
        rows.append(f"- {first} ({len(members)} inputs): `{small!r}` → once `{once!r}` → twice `{twice!r}`"
                    f" (second pass: {', '.join(codes)})")
    print("\n".join(rows))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
