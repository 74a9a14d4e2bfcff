"""A document site's viewer pager alone on its line (``2/5``, ``第 3 页 共 8 页``,
``« 上一页 1 2 3 下一页 »``), read by its units or its characters.

>>> is_pager_line("2/5"), is_pager_line("« 上一页 1 2 3 下一页 »"), is_pager_line("7"), is_pager_line("3/2")
(True, True, False, False)
>>> is_pager_line("2 / 27 页 · 继续阅读"), is_pager_line("第3页 阅读全文"), is_pager_line("3 查看")
(True, False, False)
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .._text import Line
from ._fold import fold
from .vocab import PAGER_FRACTION_RE, PAGER_WORDS_RE

MAX_PAGER_LINE = 40


def is_pager_line(s: str) -> bool:
    """A viewer's pager alone on its line: ``2/5``, ``[3/8]``, ``第 3 页 共 8 页``,
    ``« 上一页 1 2 3 下一页 »``. A bare number is not one (a list or a table may end a
    line with it); nor is a fraction whose top is above its bottom (3/2)."""
    t = fold(s.strip())
    if not t or len(t) > MAX_PAGER_LINE:
        return False
    m = PAGER_FRACTION_RE.match(t)
    if m:
        return 0 < int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) > 1
    if PAGER_WORDS_RE.match(t):
        return True
    return _pager_by_units(t) or _pager_by_characters(t)


# The characters of a pager's words (第 共 总 页 当前 页码 上一页 首页 翻页 跳转 确定 …): a
# line of numbers, marks and only these is a pager when it holds a possible fraction or a
# page with its total, in whatever frame or order (〘3／8〙, 共8页·第3页).
_PAGER_CHARS = frozenset("第共总页当前码上下一首尾末翻跳转至到确定屏张")
_ANY_FRACTION = re.compile(r"(\d{1,4})\s*页?\s*[/／]\s*(?:共\s*)?(\d{1,4})(?!\d)")
_SENTENCE_MARKS = re.compile(r"[。！？!?；;]")


def _han_outside(chars: frozenset[str]) -> str:
    """A character class of the Han characters (U+4E00–U+9FFF) not in ``chars``, as ranges
    written as escapes (a range's ends are any characters, traditional ones among them,
    which the vocabularies' folding check would read as labels).

    >>> print(_han_outside(frozenset("一页")))
    [\\u4e01-\\u9874\\u9876-\\u9fff]
    """
    ranges, start = [], 0x4E00
    for c in sorted(ord(c) for c in chars if "\u4e00" <= c <= "\u9fff"):
        if c > start:
            ranges.append(f"\\u{start:04x}-\\u{c - 1:04x}")
        start = c + 1
    if start <= 0x9FFF:
        ranges.append(f"\\u{start:04x}-\\u9fff")
    return "[" + "".join(ranges) + "]"


# a Han character no pager word holds: one search in C where each Han character of the
# line was tested in Python (the viewer's verdict asks it of every short line, most of
# them a wrapped sentence's)
_NON_PAGER_HAN = re.compile(_han_outside(_PAGER_CHARS))
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_PAGE_AND_TOTAL = re.compile(r"第\s*\d{1,4}\s*[页屏张].*[共总]\s*\d{1,4}\s*[页屏张]|[共总]\s*\d{1,4}\s*[页屏张].*第\s*\d{1,4}\s*[页屏张]")


def _pager_by_characters(t: str) -> bool:
    if _NON_PAGER_HAN.search(t) or _LATIN_WORD.search(t.replace("Page", "").replace("of", "")):
        return False
    if _SENTENCE_MARKS.search(t):
        return False  # 。 第 1 页 共 2 页: a wrapped sentence's full stop stands before the pager

    m = _ANY_FRACTION.search(t)
    if m:
        return 0 < int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) > 1
    return bool(_PAGE_AND_TOTAL.search(t))


# A pager's units: a fraction (第3/8页, Page 3 of 8), a page (第3页, Page 3, P3), a total
# (共8页), a link (上一页, »), a bare page number; between them separators and frames.
_PAGER_UNIT = re.compile(
    # (h21: a slide deck's pager counts slides and screens: 幻灯片 2/5, Slide 2 of 5, 第2屏)
    r"(?P<frac>(?:页码\s*[:：]?\s*|当前页?\s*[:：]?\s*|页\s*|幻灯片\s*|[Ss]lide\s*)?(?:第|[Pp]age\s*|P\s*)?(?P<a>\d{1,4})\s*[页屏张]?\s*(?:[/／]|\s+of\s+)\s*(?:共\s*)?"
    r"(?P<b>\d{1,4})\s*[页屏张]?)"
    r"|(?P<jump>(?:跳至|跳到|跳转[至到]?|转到|前往|翻到|翻至)\s*第?\s*\d{1,4}\s*页(?:\s*(?:确定|GO|Go|go))?)"
    r"|(?P<nth>(?:当前\s*)?第\s*\d{1,4}\s*[页屏]|(?:Page|P)\s*\d{1,4}(?!\d))|(?P<total>[共总]\s*\d{1,4}\s*[页屏])"
    # (h21: a link with the verb that follows it: 点击进入下一页, 返回上一页, 翻到下一页)
    r"|(?P<link>(?:点击)?(?:进入|返回|回到|翻到|翻至|跳到|前往|转到)?(?:上一页|下一页|前一页|后一页|上页|下页)|上翻|下翻|前翻|后翻|首页|尾页|末页|<<<|>>>|<<|>>|[«»‹›<>＜＞\u2190-\u21ff\u25b2-\u25c5\u2794-\u27bf]|…|\.\.\.)"
    # what a pager says of itself: 3/10（点击翻页）, 2 / 5 页，点击翻页
    # (h50) and the button beside it that reads on: 2 / 27 页 · 继续阅读, 3/8 点击阅读全文
    r"|(?P<aside>[(（]\s*(?:点击|左右|滑动)?\s*(?:翻页|切换)\s*[)）]|[，,]\s*(?:点击|左右|滑动)\s*(?:翻页|切换)"
    r"|(?:点击)?(?:继续|展开)?(?:阅读|浏览|查看)(?:全文|更多)?)"
    r"|(?P<num>\d{1,4})|(?P<sep>[\s,，、|｜丨/／:：;；\[\]【】()（）〔〕〈〉「」《》\-－—~·•]+)")


# a link drawn as an arrow or a triangle, not written: beside a number only with a fraction
_SYMBOL_LINK = re.compile(r"[<>＜＞\u2190-\u21ff\u25b2-\u25c5\u2794-\u27bf]")


def _pager_by_units(t: str) -> bool:
    """Every character belongs to a pager unit, the fractions are possible (3/8, not 8/3),
    and the units make a pager: a fraction, a page with its total, or a page, a number or
    a fraction beside a link, or two links. A page alone (第3页, P3) is left to the paged
    copies' rule, which sees the page's rhythm."""
    pos, seen = 0, set()
    while pos < len(t):
        m = _PAGER_UNIT.match(t, pos)
        if not m or m.end() == pos:
            return False
        kind = m.lastgroup if m.lastgroup not in ("a", "b") else "frac"
        if m.group("frac"):
            kind = "frac"
            if not 0 < int(m.group("a")) <= int(m.group("b")) or int(m.group("b")) < 2:
                return False
        if kind == "link":
            seen.add("link2" if "link" in seen else "link")
            if not _SYMBOL_LINK.match(m.group("link")):
                seen.add("word-link")
        else:
            seen.add(kind)
        pos = m.end()
    if "frac" in seen or "jump" in seen or "nth" in seen and "total" in seen or "link2" in seen:
        return True
    # 3 > 2 is arithmetic: a bare number beside a link needs a link in words (下一页, »)
    return "link" in seen and bool(seen & {"nth", "total"} or "num" in seen and "word-link" in seen)


# ---------------------------------------------------------------- a bare fraction (h21)
# a fraction and nothing else (3/4, [3/4], （3/4）): a pager only where the copy says so
BARE_FRACTION = re.compile(r"^\s*[\[【(（〔]?\s*(\d{1,4})\s*[/／]\s*(\d{1,4})\s*[\]】)）〕]?\s*$")
# Han characters that name something, not a page's place (第 页 共 总 计 之 码)
_NAMING_HAN = re.compile(r"[\u4e00-\u9fff](?<![第页共总计之码])")
# the longest line that states the copy's length (its cut title, its record)
MAX_STATING_LINE = 60


def fraction_of_a_run(lines: Sequence[Line], body: Sequence[bool], i: int, viewer_kind: Callable[[str], str | None],
                      head: Sequence[int]) -> bool:
    """Line ``i`` (a bare fraction a/b) is the viewer's page a of b: a line of the copy's
    ``head`` states b pages (…心得-14页, 文档页数：14页), or the page's other pagers of total
    b number pages on both sides of a in order (3 / 9 between 第2页/9页 and 第4页/9页), or
    before or after it alone (a fraction of a table among a paged copy's page numbers
    第2页·共4页, 第3页·共4页 takes a number one of them has, so it fits no gap).
    ``viewer_kind`` is C402's reading of a line (``"pager"``, ``"page"`` …)."""
    a, total = (int(x) for x in BARE_FRACTION.match(fold(lines[i].text)).groups())
    stated = re.compile(rf"(?<!\d){total}\s*(?:页|[Pp](?![A-Za-z]))")
    for k in head:
        t = fold(lines[k].text)
        if (k != i and not body[k] and len(t) <= MAX_STATING_LINE and stated.search(t)
                and viewer_kind(lines[k].text) not in ("pager", "page") and len(_NAMING_HAN.findall(t)) >= 2):
            # (a pager's 第4页, a page number 1-4页, states where the reader is: the copy's
            # length is stated by a line that names something, its title or its record)
            return True
    before, after = [], []
    for k, line in enumerate(lines):
        t = fold(line.text)
        if k == i or not t.strip() or len(t) > MAX_PAGER_LINE or viewer_kind(line.text) != "pager":
            continue
        numbers = [int(x) for x in re.findall(r"\d{1,4}", t)]
        if len(numbers) != 2 or max(numbers) != total:
            continue  # a page and its total, the total the larger (第4页·共6页 is of 6)
        (before if k < i else after).append(min(numbers))
    if not before and not after:
        return False
    return (not before or max(before) < a) and (not after or min(after) > a) and a not in before + after
