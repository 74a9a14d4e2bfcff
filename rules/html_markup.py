"""H120: HTML tags left in text that was extracted from pages by another tool.

Pages zhclean reads itself go through the extraction steps H101–H108
(:mod:`zhclean.rules.html_extract`) on their tree, before any text rule; H120 is the text
rule for markup that is already in the text.
"""
from __future__ import annotations

import re

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

_BLOCK = "p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|blockquote|dl|dd|dt|hr|center|pre|form"
_INLINE = ("span|a|b|i|u|s|em|strong|font|img|sup|sub|small|big|label|abbr|td|th|iframe|input|button|"
           "o:p|st1:[a-z]+|nobr|wbr|ins|del|mark|cite|code")
# A tag of a known HTML element: its name must end at whitespace, "/" or ">" (so 当a<b且b>c
# is not a tag) and its attributes stay on a few hundred characters without < or >.
_TAG = rf"</?(?:{_BLOCK}|{_INLINE})(?=[\s/>])(?:\s[^<>]{{0,400}}?)?/?>"
_RUN = re.compile(rf"(?:{_TAG})(?:[ \t\u3000]*(?:{_TAG}))*", re.I)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})(?=[\s/>])", re.I)
_SCRIPT = re.compile(r"<(script|style)\b[^<>]{0,400}>.{0,20000}?</\1\s*>|<!--.{0,2000}?-->", re.I | re.S)
# "<p>标签" in a text about HTML names the tag: keep it
_NAMED = re.compile(r"\s*(?:标签|元素|tag|element)", re.I)
_MAX_PASSES = 5


def _edits(text: str) -> list[Edit]:
    edits = [Edit(m.start(), m.end(), "") for m in _SCRIPT.finditer(text)]
    taken = [(e.start, e.end) for e in edits]
    for m in _RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _NAMED.match(text, m.end()):
            continue
        edits.append(Edit(m.start(), m.end(), _replacement(text, m)))
    return sorted(edits, key=lambda e: e.start)


def _replacement(text: str, m: re.Match) -> str:
    """A line break for a block tag inside a line, nothing for inline tags or at line edges."""
    if not _BLOCK_TAG.search(m.group()):
        return ""
    before = text[m.start() - 1] if m.start() else "\n"
    after = text[m.end()] if m.end() < len(text) else "\n"
    return "" if before in "\r\n" or after in "\r\n" else "\n"


def _apply(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


class StrayMarkup(Rule):
    """Remove HTML tags left in text (``<p>``, ``<br/>``, ``</span>``, ``<script>…</script>``).

    **What it does.** Text exported by a crawler or a CMS often keeps some markup: paragraph
    and line-break tags, inline ``<span style=…>``/``<font>`` wrappers, Word's ``<o:p>``,
    comments and whole ``<script>`` blocks. Tags of known HTML elements are removed; a block
    tag (``<p>``, ``<br>``, ``<div>``, ``<li>``) inside a line becomes a line break so
    paragraphs stay on their own lines, inline tags vanish. Whole pages are extracted by the
    HTML reader instead (``docs/html.md``); this rule is for the fragments.

    **Why.** Tags are noise to every later step: chrome rules match whole lines, typo and
    quality checks count characters, and a corpus of ``<span>`` teaches nothing.

    **Leaves alone** things that only look like tags: ``当a<b且b>c时`` (no HTML element name
    ends at ``<b``), ``《工会法》``, and a tag named in a text about HTML (``<p>标签``).

    **Anti-pattern**::

        <p>　　工会开展<span style="color:red">“送温暖”</span>活动。</p><p>走访困难职工<br/>320户。</p>

    **Best practice**::

        　　工会开展“送温暖”活动。
        走访困难职工
        320户。
    """

    code = "H120"
    name = "html.stray-markup"
    summary = "HTML tags left in text (<p>, <br/>, <span …>) are removed; block tags break lines"
    # After N101 has decoded entities (&lt;br&gt; becomes <br>), before chrome rules read lines.
    stage = Stage.SCRIPT
    # C101 cutting a licence number out of ``<a浙ICP备140416>`` leaves a tag
    completed_by_deletions = True

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if "<" not in text:
            return RuleResult()
        edits = _edits(text)
        if not edits:
            return RuleResult()
        result = _apply(text, edits)
        if "<" not in result or not _edits(result):
            return RuleResult(edits=edits)
        # Removing "<span>" from "<<span>p>" makes a new tag: settle it in one edit, so the
        # rule gives the same text when run again.
        final = result
        for _ in range(_MAX_PASSES):
            again = _edits(final)
            if not again:
                break
            final = _apply(final, again)
        start = 0
        while start < min(len(text), len(final)) and text[start] == final[start]:
            start += 1
        end_t, end_f = len(text), len(final)
        while end_t > start and end_f > start and text[end_t - 1] == final[end_f - 1]:
            end_t -= 1
            end_f -= 1
        return RuleResult(edits=[Edit(start, end_t, final[start:end_f])])
