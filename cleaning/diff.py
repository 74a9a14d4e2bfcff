"""``zhclean clean --diff``: each document's changes as a unified diff.

The diff goes from the input text to the cleaned text, with three lines of context, as
``diff -u`` writes it, so ``patch -p0`` applies it to the input files (text files read as
UTF-8) and any diff viewer shows it. Each hunk header names, after its ``@@``, the rules
whose edits it holds (their primary rule, see docs/design.md), where ``diff -p`` puts a
function name: ``patch`` ignores that part.

>>> record = {"id": "a", "source": "a.txt", "text": "正文。\\n", "trail": None,
...           "edits": [{"rule": "C101", "start": 4, "end": 20, "removed": "浙ICP备14041666号\\n", "inserted": ""}]}
>>> print(unified_diff(record), end="")
--- a.txt
+++ a.txt
@@ -1,2 +1 @@ C101
 正文。
-浙ICP备14041666号
"""
from __future__ import annotations

import difflib
from bisect import bisect_right
from itertools import accumulate
from typing import Any, Mapping

from .colour import paint
from .trace import expand_edits, rebuild_input

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(record: Mapping[str, Any], colour: bool = False, context: int = 3) -> str:
    """The unified diff of one output record (``""`` when nothing changed). The input is
    rebuilt from the record's audit trail; with ``--trail none`` there is none to diff."""
    edits = record.get("edits")
    if not edits:
        return ""
    before = rebuild_input(record["text"], edits)
    after = record["text"]
    old, new = _split_lines(before), _split_lines(after)
    starts = list(accumulate((len(line) for line in old), initial=0))  # input offset of each line
    full = expand_edits(after, edits)
    name = record["source"]
    out = [paint(f"--- {name}\n", "bold", colour), paint(f"+++ {name}\n", "bold", colour)]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        rules = _rules_between(full, starts[i1], starts[i2])
        header = f"@@ -{_range(i1, i2)} +{_range(j1, j2)} @@" + (f" {' '.join(rules)}" if rules else "")
        out.append(paint(header, "cyan", colour) + "\n")
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                out.extend(_lines(" ", old[a1:a2], None, colour))
                continue
            out.extend(_lines("-", old[a1:a2], "red", colour))
            out.extend(_lines("+", new[b1:b2], "green", colour))
    return "".join(out) if len(out) > 2 else ""


def _lines(mark: str, lines: list[str], style: str | None, colour: bool) -> list[str]:
    out = []
    for line in lines:
        body = line if line.endswith("\n") else line + "\n"
        out.append(paint(mark + body[:-1], style, colour) + "\n" if style else mark + body)
        if body is not line:
            out.append(NO_NEWLINE)
    return out


def _split_lines(text: str) -> list[str]:
    """Lines as ``patch`` counts them: ended by ``\\n`` only (str.splitlines would also
    split at \\r, \\x85, \\u2028 and others, and the hunks would not apply)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _range(start: int, end: int) -> str:
    """``start,count`` of a hunk side, 1-based; diff writes a count of one as nothing."""
    count = end - start
    if count == 1:
        return str(start + 1)
    return f"{start + 1 if count else start},{count}"


def _rules_between(edits: list[dict[str, Any]], start: int, end: int) -> list[str]:
    """Primary rules of the edits that touch input offsets ``[start, end]``, in order."""
    found: list[str] = []
    begins = [e["start"] for e in edits]
    for e in edits[max(0, bisect_right(begins, start) - 1):]:
        if e["start"] > end:
            break
        if e["end"] >= start and e["rule"] not in found:
            found.append(e["rule"])
    return found
