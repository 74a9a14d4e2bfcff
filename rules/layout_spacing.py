"""L302: spaces between Han characters that page layout put there."""
from __future__ import annotations

import re

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._layout import LETTER_SPACED, spaces_by_punctuation

# A cheap test (a leading literal lets the regex engine scan fast) for whether the slower
# letter-spacing pattern can match at all.
_SPACED_HAN = re.compile(" [\u4e00-\u9fff] [\u4e00-\u9fff]")


class HanSpacing(Rule):
    """Remove spaces that layout put between Han characters (``工 会 章 程``, ``要求， 他``).

    **What it does.** Joins letter-spaced Han text (three or more single characters each
    followed by one space) and removes spaces between full-width punctuation and Han.

    **Leaves alone** a single space between two words or runs (``心得体会 深入学习``: a
    heading run into its body, or table cells ``王芳 工会主席``), and spaces around Latin
    letters and numbers (``第 3 页``, ``2019 年``).

    **Why.** Titles are letter-spaced for looks, PDF extraction puts spaces where glyphs
    were justified, and typing an English comma then a space leaves ``， ``. Chinese
    needs none of these spaces; they split words for search and tokenisers.

    **Anti-pattern**::

        工 会 章 程
        习总书记阐述了“八方面要求”， 他告诫全党 ：不能忘记为什么出发。

    **Best practice**::

        工会章程
        习总书记阐述了“八方面要求”，他告诫全党：不能忘记为什么出发。
    """

    code = "L302"
    name = "layout.han-spacing"
    summary = "spaces layout put between Han characters (工 会 章 程) or by Chinese punctuation"
    stage = Stage.WHITESPACE

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if " " not in text and "\u3000" not in text:
            return RuleResult()
        edits = []
        spaced = _SPACED_HAN.search(text) is not None
        for m in LETTER_SPACED.finditer(text) if spaced else ():
            for i in range(m.start(), m.end()):
                if text[i] == " ":
                    edits.append(Edit(i, i + 1, ""))
        taken = {e.start for e in edits}
        for m in spaces_by_punctuation(text):
            if m.start() not in taken:
                edits.append(Edit(m.start(), m.end(), ""))
        return RuleResult(edits=edits)
