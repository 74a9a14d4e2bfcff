"""L301: whitespace normalisation."""
from __future__ import annotations

import re

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

# Every whitespace character a scraped page carries, line breaks included; zero-width
# characters are not whitespace here (the Unicode rules handle them).
_WS_RUN = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def normalised_run(run: str, at_edge: bool) -> str:
    """What a run of whitespace becomes: nothing at the text's edges, one blank line
    for two or more line breaks, one line break for one; inside a line, one space for a
    single space, and one tab for a wider gap (a tab, or two or more spaces), which is how
    layouts separate table cells and labels.

    >>> normalised_run("\\u3000", at_edge=False)
    ' '
    >>> normalised_run("  \\u3000", at_edge=False)
    '\\t'
    >>> normalised_run(" \\r\\n\\t", at_edge=False)
    '\\n'
    >>> normalised_run("\\n \\n\\n\\n", at_edge=False)
    '\\n\\n'
    """
    if at_edge:
        return ""
    breaks = len(_BREAKS.findall(run))
    if breaks >= 2:
        return "\n\n"
    if breaks == 1:
        return "\n"
    # Keeping wide gaps distinct from word spaces matters: the line-rejoining rule reads a
    # wide gap as a table row, so collapsing it to a space would change that reading on a
    # second run.
    return "\t" if len(run) > 1 or run == "\t" else " "


class Whitespace(Rule):
    """Normalise whitespace: trim lines, collapse runs, one blank line at most.

    **What it does.** Removes spaces at the start and end of every line and of the
    document, turns ``\\r\\n`` and ``\\r`` into ``\\n``, keeps at most one blank line between
    paragraphs, and inside a line turns a single no-break or ideographic space (U+3000) into
    a plain space and a wider gap (tabs, runs of spaces) into one tab — the gap between
    table cells or labels stays distinguishable from a word space.

    **Why.** Scraped pages keep the indentation and spacing of their HTML layout: full-width
    indents (``　　``), runs of ``&nbsp;`` between labels, blank lines left by removed
    elements. They carry no meaning, break exact-match deduplication and make paragraphs
    hard to find.

    **Anti-pattern**::

        　　发布日期:2019-10-25 17:09:02　来源:


        　　按照市委主题党课活动要求，……

    **Best practice**::

        发布日期:2019-10-25 17:09:02 来源:

        按照市委主题党课活动要求，……
    """

    code = "L301"
    name = "layout.whitespace"
    summary = "trim lines, collapse runs of spaces, at most one blank line"
    stage = Stage.WHITESPACE

    def apply(self, text: str, ctx: Context) -> RuleResult:
        edits = []
        n = len(text)
        for m in _WS_RUN.finditer(text):
            run = m.group()
            want = normalised_run(run, at_edge=m.start() == 0 or m.end() == n)
            if want != run:
                edits.append(Edit(m.start(), m.end(), want))
        return RuleResult(edits=edits)
