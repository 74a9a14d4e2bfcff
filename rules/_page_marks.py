"""What L202 reads beside a page's number: the forms a copy prints it in that the shape
readers of ``layout_pages`` do not spell (full-width Latin page words, a 公文's 一字线
copied as 一 or ー), and the running head or footer printed with it on every page.

Kept apart from ``layout_pages`` so that each stays one concern (and under the size the
architecture test allows).
"""
from __future__ import annotations

import re

from ._text import Line
from .layout_rejoin import should_join

# Ｐ3, ｐａｇｅ 3, ＰＡＧＥ 3 ／ 12: a full-width Latin page word reads as its ASCII form
# (full-width digits are digits to every reader already).
_FULL_WIDTH_LATIN = str.maketrans({chr(c): chr(c - 0xFEE0) for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))})
# A 公文's page number stands between two 一字线 (— 3 —); copied from a PDF they often come
# out as the Han numeral 一 or the katakana ー. Only a line of that exact frame around Arabic
# digits reads so, as a shape that needs a run (一二一 is a marching call, and has no digit).
_HAN_DASH_FRAME = re.compile(r"([一ー])([^\S\r\n]*\d{1,3}[^\S\r\n]*)\1")


# A chunk separator drawn as a long rule around the number (------ 3 ------): the rule's run
# reads as two of its marks, so the line is as short as the frames the readers know.
_RULE_RUN = re.compile(r"([-－—–―─━=＝*＊~～_＿·•.…])\1{2,}")


def reading_form(stripped: str) -> tuple[str, bool]:
    """The line as the shape readers should see it, and whether only a run may take it
    (a frame that is a page number's only by its place: ``一 3 一``).

    >>> reading_form("Ｐ３"), reading_form("ｐａｇｅ 3"), reading_form("一 3 一"), reading_form("一二一")
    (('P３', False), ('page 3', False), ('—3—', True), ('一二一', False))
    >>> reading_form("-------------------- 3 --------------------")
    ('-- 3 --', False)
    """
    folded = _RULE_RUN.sub(r"\1\1", stripped.translate(_FULL_WIDTH_LATIN))
    m = _HAN_DASH_FRAME.fullmatch(folded)
    if m:
        return "—" + m.group(2).strip() + "—", True
    return folded, False


#: The mark of a running footer's shape (``layout_pages.running_footer_readings``).
RUNNING_FOOTER = "running:"
PAGE_NAMING = re.compile(r"[页頁码碼版]|[Pp]age|PAGE")


def names_a_page(shape: str) -> bool:
    """A run's shape that only page furniture takes: it names the page (页, 頁, page, 页码, a
    newspaper's 版) or is a running footer's (words beside the number).

    >>> names_a_page("頁碼：#"), names_a_page("running:—#—嵊州市总工会"), names_a_page("（#）")
    (True, True, False)
    """
    return shape.startswith(RUNNING_FOOTER) or bool(PAGE_NAMING.search(shape))


#: A running head or footer is short and no sentence: longer lines, or lines ending a
#: sentence, are the page's own text.
MAX_RUNNING_CHARS = 48
#: It is printed beside the number on this many pages at least.
MIN_RUNNING_PAGES = 3
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
#: A running head or footer is on this share of the pages that show a number, at least.
RUNNING_SHARE = 0.75
# a list's item (3. 报名方式：…, （二）…, ①…) is the page's text, never its running head
_LIST_ITEM = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．)）]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]")


def _neighbour(lines: list[Line], i: int, step: int, limit: int = 3) -> int | None:
    """The nearest line with text above (``step`` -1) or below (+1) line ``i``, past at
    most ``limit`` blank lines."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text.strip():
        if abs(j - i) > limit:
            return None
        j += step
    return j if 0 <= j < len(lines) else None


def running_lines(lines: list[Line], numbers: set[int]) -> set[int]:
    """Lines printed with the page number on every page: the same short text, no sentence,
    next to (directly above or directly below) at least three of the page-number lines
    ``numbers``, on the same side each time (a document's title or an issuer's name as the
    running head of the next page, 内部资料 注意保存 above the number). A page's own first
    or last line differs from page to page; the document's title at its top stands next to
    no page number, and stays.

    >>> from zhclean.rules._text import iter_lines
    >>> text = "标题\\n" + "".join(f"正文第{k}页的内容，足够长的一段话。\\n— {k} —\\n标题\\n" for k in (1, 2, 3))
    >>> lines = list(iter_lines(text))
    >>> sorted(running_lines(lines, {2, 5, 8}))
    [3, 6, 9]
    """
    found: set[int] = set()
    for step in (-1, 1):
        by_text: dict[str, list[int]] = {}
        sides = 0  # page numbers with a line on this side
        for i in sorted(numbers):
            j = _neighbour(lines, i, step)
            if j is None or j in numbers:
                continue
            sides += 1
            words = "".join(lines[j].text.split())
            if 2 <= len(words) <= MAX_RUNNING_CHARS and not _SENTENCE_MARK.search(words) and not _LIST_ITEM.match(words):
                by_text.setdefault(words, []).append(j)
        # printed on (nearly) every page: a body line that happens to open three of them
        # (the same list item drawn twice) is not
        for js in by_text.values():
            if len(set(js)) >= max(MIN_RUNNING_PAGES, RUNNING_SHARE * sides):
                found.update(js)
    # a form feed is a page break: a short line that carries one, the same on three pages,
    # is the running head or footer even where another rule took the page's number
    fed: dict[str, list[int]] = {}
    for j, line in enumerate(lines):
        if "\f" in line.text and j not in numbers:
            words = "".join(line.text.split())
            if 2 <= len(words) <= MAX_RUNNING_CHARS and not _SENTENCE_MARK.search(words):
                fed.setdefault(words, []).append(j)
    found.update(j for js in fed.values() if len(js) >= MIN_RUNNING_PAGES for j in js)
    # the prints beside the numbers go with them: the marks printed alone are judged without
    # them, as a second cleaning reads them (机密★1年 under - 5 - and alone a page later)
    return found | _repeated_lines(lines, numbers | found)


#: What a copy prints on every page whatever the page's number: its classification, or a
#: page word with the total (共12页).
_EVERY_PAGE_MARK = re.compile(r"内部资料|注意保存|内部文件|机密|秘密|绝密|[页頁]|[Pp]age")
#: A page holds this many characters between two prints of its running line (the median;
#: every page at least six tenths of it).
MIN_RUNNING_GAP = 100


def _repeated_lines(lines: list[Line], numbers: set[int]) -> set[int]:
    """Running lines printed with no number beside them: a classification or page mark
    (内部资料 注意保存, 机密★1年, 共12页) on three pages, each print a page of text from
    the last. (Not the document's title repeated: a text's section headings repeat as
    often, c5's spun pages show it; a title beside the page numbers is ``running_lines``'.)

    >>> from zhclean.rules._text import iter_lines
    >>> page = "正文的一段话，足够长。" * 12
    >>> lines = list(iter_lines("\\n".join(["工作总结", page, "内部资料 注意保存", page, "内部资料 注意保存", page, "内部资料 注意保存"])))
    >>> sorted(_repeated_lines(lines, set()))
    [2, 4, 6]
    """
    prints: dict[str, list[int]] = {}
    opened: dict[int, int] = {}  # a print's line -> the line above that L101 joins onto its front
    above = ""  # the words of the line above, when it has text
    for j, line in enumerate(lines):
        words = own = "".join(line.text.split())
        if above and len(above) <= MAX_OPENER_CHARS and own and j - 1 not in numbers \
                and _EVERY_PAGE_MARK.search(own) and should_join(lines[j - 1].text.strip(), line.text.strip()):
            # a quote a wrap-cut entity left on a line of its own (&ldq / uo; decoded as the
            # break and “) opens the print under it: a second cleaning reads them as one line
            words, opened[j] = above + own, j - 1
        above = own
        if (words and j not in numbers and 2 <= len(words) <= MAX_RUNNING_CHARS and _EVERY_PAGE_MARK.search(words)
                and not _SENTENCE_MARK.search(words) and not _LIST_ITEM.match(words) and words[-1] not in ":："):
            prints.setdefault(words, []).append(j)
    found: set[int] = set()
    if not prints:
        return found
    size = [0]
    for line in lines:
        size.append(size[-1] + len(line.text.strip()))
    for words, js in prints.items():
        if len(js) < MIN_RUNNING_PAGES:
            continue
        spans = [(size[opened.get(j, j)], size[j + 1]) for j in js] + _glued_prints(lines, words, size, set(js))
        spans.sort()
        gaps = sorted(b[0] - a[1] for a, b in zip(spans, spans[1:]))
        if gaps[0] >= MIN_RUNNING_GAP * 0.6 and gaps[len(gaps) // 2] >= MIN_RUNNING_GAP:
            found.update(js)
            found.update(opened[j] for j in js if j in opened)
    return found


#: The longest line above a print that L101 may join onto its front and the print is read
#: with (an opening quote or bracket left on a line of its own).
MAX_OPENER_CHARS = 2


def _glued_prints(lines: list[Line], words: str, size: list[int], own: set[int]) -> list[tuple[int, int]]:
    """Where ``words`` (a running line's text) is printed inside a longer line, as spans of
    the page's characters (``size``: the characters before each line). L101 joins a print
    that stands between two halves of a sentence into them, so a second cleaning finds it
    inside a line; counted here as a print (for the gaps between prints only), the page
    reads the same on both cleanings: a print a few characters from the next is no page's
    running line, whether it stands on a line of its own or not."""
    spans: list[tuple[int, int]] = []
    for j, line in enumerate(lines):
        squeezed = "".join(line.text.split())  # offsets off by the line's inner spaces at most
        if j in own or squeezed == words:
            continue  # a print, or a print beside a page number, on a line of its own
        k = squeezed.find(words)
        while k >= 0:
            spans.append((size[j] + k, size[j] + k + len(words)))
            k = squeezed.find(words, k + len(words))
    return spans


def blocks(lines: list[Line], removed: list[int]) -> list[tuple[int, int]]:
    """``removed`` line indices (sorted) as runs ``(first, last)`` with only blank lines
    between their members: a page number and the running head under it are one removal.

    >>> from zhclean.rules._text import iter_lines
    >>> blocks(list(iter_lines("a\\n3\\n\\n标题\\nb\\n4")), [1, 3, 5])
    [(1, 3), (5, 5)]
    """
    runs: list[tuple[int, int]] = []
    for i in removed:
        if runs and all(not lines[k].text.strip() for k in range(runs[-1][1] + 1, i)):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
