"""L201: page numbers glued to the start of each page's text (``4、房、特困补助``).

It runs with the chrome rules (Stage.CHROME), before L101 rejoins lines, as L202 does
(:mod:`zhclean.rules.layout_pages`): a page number is page furniture, and once it is gone
the two halves of the sentence it split are an ordinary broken line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from statistics import median

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._layout import ends_sentence
from ._text import Line, line_list

_PAGE_PREFIX = re.compile(r"[^\S\r\n]*(\d{1,3})[、，,．][^\S\r\n]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Fewest page chunks in a row that make a sequence of page numbers.
MIN_PAGES = 3
#: A page of a document holds at least this much text; list items are shorter.
MIN_PAGE_CHARS = 100
#: How far to look for the next page's number.
MAX_PAGE_CHARS = 6000


def _prefixed_lines(text: str) -> list[tuple[Line, int, int]]:
    """Lines starting with ``N、``: (line, N, offset just past the marker and its spaces)."""
    found = []
    for line in line_list(text):
        m = _PAGE_PREFIX.match(line.text)
        if m and m.end() < len(line.text):
            found.append((line, int(m.group(1)), line.start + m.end()))
    return found


def _chains(cands: list[tuple[Line, int, int]]) -> list[list[int]]:
    """Greedy chains of candidates numbered n, n+1, n+2 … in document order (indices),
    skipping candidates in between (a real list inside a page)."""
    by_number: dict[int, list[int]] = {}
    for i, (_, num, _) in enumerate(cands):
        by_number.setdefault(num, []).append(i)
    used: set[int] = set()
    chains = []
    for i in range(len(cands)):
        if i in used:
            continue
        chain = [i]
        while True:
            last = chain[-1]
            line, num, _ = cands[last]
            later = by_number.get(num + 1, [])
            k = bisect_right(later, last)
            while k < len(later) and later[k] in used:
                k += 1
            if k == len(later) or cands[later[k]][0].start - line.start > MAX_PAGE_CHARS:
                break
            chain.append(later[k])
        if len(chain) >= MIN_PAGES:
            used.update(chain)
            chains.append(chain)
    return chains


def _content_end(text: str, pos: int) -> int:
    """Where the text before ``pos`` ends once trailing whitespace is left out."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _content_start(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _breaks(text: str, start: int, end: int) -> int:
    return len(_LINE_BREAK.findall(text, start, end))


def _block_removal(text: str, first: Line, last: Line) -> Edit:
    """Delete page-number lines (``first`` to ``last``, with only blank lines between
    them) and the blank lines before them, so the break after them is all that is left;
    keep one line break back if a paragraph break went with them."""
    start = _content_end(text, first.start)
    if start == 0:  # the text's first lines: their break goes too, the text starts with the next
        return Edit(0, last.next, "")
    keep_paragraph = _breaks(text, start, first.start) >= 2 > _breaks(text, last.end, _content_start(text, last.end))
    return Edit(start, last.end, "\n" if keep_paragraph else "")


def _previous_content(text: str, pos: int) -> str:
    end = _content_end(text, pos)
    return text[max(0, end - 2):end]


def _is_page_sequence(text: str, cands, chain: list[int]) -> bool:
    starts = [cands[i][0].start for i in chain]
    lengths = [b - a for a, b in zip(starts, starts[1:])]
    if median(lengths) < MIN_PAGE_CHARS:
        return False
    # a page break lands mid-sentence far more often than a list item ends without a stop
    open_breaks = sum(not ends_sentence(_previous_content(text, s)) for s in starts[1:])
    return open_breaks * 2 >= len(starts) - 1


class PageNumberPrefix(Rule):
    """Remove page numbers glued to the start of each page's text (``4、房、特困补助``).

    **What it does.** Finds lines starting ``1、``, ``2、``, ``3、`` … in sequence, at least
    three, each a page of text apart (median 100+ characters), most of them cutting a
    sentence (the line before ends without a stop). Deletes each number; where the page
    broke mid-sentence, also the line break, so ``…切身利益的住`` / ``4、房、特困补助``
    becomes ``…切身利益的住房、特困补助``.

    **Leaves alone** real numbered lists: short items, items that end with a stop, and
    numbers that are not consecutive.

    **Why.** Document-sharing sites and copy-paste from paginated viewers put the page
    number in front of each page's text. Left in, it splits words and sentences and
    reads as a numbered list that is not there.

    **Anti-pattern**::

        1、对于我们市直机关工会联合会来说,就是要紧紧围绕打造活力机关党建的主题,牢牢把握科学发展的新理念,进一步加强和改良党对机关工会工作的领导,促进机关工会工作的开展。机关工会工作要开展,就要从加强机关自身建设的
        2、整体实际出发,从机关职工群众的愿望实际出发,以调查研究的方法发现开展中存在的问题,以认真负责的态度解决开展中存在的问题,以科学细致的精神谋划开展的路子。把他们关心的热点和难点问题作为头等大事,对关系职工群众切身利益的住
        3、房、特困补助、家庭婚姻、文化娱乐等各个方面都要开展多种形式的送温暖活动,选准活动载体,丰富活动形式,把温暖送到职工群众心坎上,把机关工会工作提高到新的水平。尤其是像我们市直机关工会联合会,下属136个基层单位工会,统筹
        4、兼顾更显得尤为重要。

    **Best practice**::

        对于我们市直机关工会联合会来说,就是要紧紧围绕打造活力机关党建的主题,牢牢把握科学发展的新理念,进一步加强和改良党对机关工会工作的领导,促进机关工会工作的开展。机关工会工作要开展,就要从加强机关自身建设的整体实际出发,从机关职工群众的愿望实际出发,以调查研究的方法发现开展中存在的问题,以认真负责的态度解决开展中存在的问题,以科学细致的精神谋划开展的路子。把他们关心的热点和难点问题作为头等大事,对关系职工群众切身利益的住房、特困补助、家庭婚姻、文化娱乐等各个方面都要开展多种形式的送温暖活动,选准活动载体,丰富活动形式,把温暖送到职工群众心坎上,把机关工会工作提高到新的水平。尤其是像我们市直机关工会联合会,下属136个基层单位工会,统筹兼顾更显得尤为重要。
    """

    code = "L201"
    name = "layout.page-number-prefix"
    summary = "sequential page numbers (1、 2、 3、) glued to the start of each page's text"
    stage = Stage.CHROME

    def apply(self, text: str, ctx: Context) -> RuleResult:
        cands = _prefixed_lines(text)
        if len(cands) < MIN_PAGES:
            return RuleResult()
        edits = []
        for chain in _chains(cands):
            if not _is_page_sequence(text, cands, chain):
                continue
            for k, i in enumerate(chain):
                line, _, body = cands[i]
                before = _content_end(text, line.start)
                if k > 0 and before and not ends_sentence(text[max(0, before - 2):before]):
                    edits.append(Edit(before, body, ""))  # the page broke a sentence: join
                else:
                    edits.append(Edit(line.start, body, ""))
        return RuleResult(edits=edits)
