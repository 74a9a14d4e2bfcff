"""C201: the page footer block (版权所有, 主办单位, 技术支持, 地址/电话, 网站标识码 …)."""
from __future__ import annotations

import re
from typing import Any, Sequence

from zhclean.rule import Context

from .._text import Line, han_count
from ._fold import fold
from ._kinds import SENTENCE_STOP, footer_item, is_footer_marker
from .inline import form_line
from ._line_rule import LineRule
from ._memo import LineMemo
from .._view import OnView, laid_out_line
from ._page import Page
from .vocab import FOOTER_ORGANISER_RE, FOOTER_SITE_LINK_RE, FOOTER_WEAK_RE

MAX_FOOTER_LINE = 160
# Who to call about a notice: its contact lines, never a site's.
_CONTACT_PERSON = re.compile(r"联系人|经办人|咨询人|报名(?:电话|热线|邮箱|方式)")
# A notice's own organisers: 协办单位, or several organiser lines each standing alone, or
# an organiser beside the fields of the event it holds (展位：A39 ⟩ 展期：… ⟩ 主办：县文联: a
# site's footer names its organiser beside its address and phone, never a stand or a run)
_CO_ORGANISER = re.compile(r"协办")
_EVENT_FIELD = re.compile(r"(?:展位|展期|展馆|展区|会期|参展|门票|票价|座位|座号|(?:活动|举办|比赛|报名|截止)(?:时间|日期|地点))"
                          r"\s*[:：]")
MAX_SHORT = 16

_HOLDER_PATTERNS = [
    re.compile(r"版权所有\s*[:：]\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-－—~]\s*(?:19|20)\d{2})?\s*)?(?P<h>[^\s|｜丨,，;；©:：]{2,40})"),
    re.compile(r"(?:^|[\s©|｜丨:：])(?P<h>[^\s|｜丨©:：,，]{2,40}?)\s*版权所有"),
    re.compile(r"版权所有\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-－—~]\s*(?:19|20)\d{2})?\s*)?(?P<h>[^\s|｜丨,，;；©:：]{2,40})"),
    re.compile(r"copyright\s*(?:©|\(c\)|&copy;)?\s*(?:(?:19|20)\d{2}(?:\s*[-－—~]\s*(?:19|20)\d{2})?\s*)?[,，]?\s*"
               r"(?P<h>[^\s|｜丨©,，]*[\u4e00-\u9fff][^\s|｜丨©,，]*)", re.I),
]
_HOLDER_JUNK = re.compile(r"^(?:©|\d{4}|本站|本网|本网站|all|网站)$", re.I)
_ADDRESS = re.compile(r"(?:[\u4e00-\u9fff]{0,4}地址|地\s*址)\s*[:：]\s*(?P<v>[^\s|｜丨,，;；]{4,60}?)(?=\s|$|[|｜丨,，;；]|邮编|邮政编码|电话|联系电话|传真)")
_PHONE_LABELLED = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:电话|热线|联系方式)\s*[:：]\s*(?P<v>(?:\+?86[-\s]?)?[(（]?\d{3,4}[)）]?[-－—\s]?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9}|[48]00[-－\s]?\d{3}[-－\s]?\d{4}|\d{5,8})"
)


def holder(s: str) -> str | None:
    """The copyright holder's name in a footer line.

    >>> holder("版权所有:嵊州市总工会"), holder("Copyright © 2021 北京市总工会 版权所有")
    ('嵊州市总工会', '北京市总工会')
    >>> holder("主办：山西省人民政府办公厅 © 山西省人民政府网 版权所有")
    '山西省人民政府网'
    """
    for pat in _HOLDER_PATTERNS:
        for m in pat.finditer(s):
            h = m.group("h").strip("·.。 ")
            h = re.sub(r"版权所有$", "", h)
            if len(h) >= 2 and not _HOLDER_JUNK.match(h) and re.search(r"[\u4e00-\u9fff]", h):
                return h
    return None


def _kind(s: str) -> str:
    """``F`` site footer item, ``O`` organiser item (主办单位), ``f`` weak item, ``S``
    short plain line, ``B`` blank, ``X`` other."""
    t = fold(s.strip())
    if not t:
        return "B"
    # the length the line will have once L301 has made each run of spaces one tab, so a
    # run of no-break spaces does not keep a footer line for a second pass to take
    if len(t) > MAX_FOOTER_LINE:
        # laying out only changes spaces: a line with more other characters than that is
        # too long whatever L301 makes of its runs (and a paragraph is not laid out for it)
        if sum(map(len, t.split())) > MAX_FOOTER_LINE:
            return "X"
        t = laid_out_line(t)
        if len(t) > MAX_FOOTER_LINE:
            return "X"
    item = footer_item(t)
    if item == "site" or is_footer_marker(t):
        return "F"
    if item == "organiser":
        return "O"
    stop = SENTENCE_STOP.search(t)
    if FOOTER_WEAK_RE.search(t) and not stop and not _prose_line(t):
        return "f"
    if len(t) <= MAX_SHORT and not stop and "，" not in t:
        return "S"
    return "X"


# asked of every line of the tail, and of the last paragraphs, on every version of a page:
# the line's alone. A line with more than MAX_FOOTER_LINE characters besides its spaces is
# "X" whatever its spaces (see _kind), given without a call; one that is shorter once laid
# out is judged each time (folding keeps every character's length and its spaces).
_line_kind = LineMemo(_kind, longest=MAX_FOOTER_LINE, beyond="X")


def _prose_line(t: str) -> bool:
    """A comma-joined line whose clauses are not footer items: a sentence's fragment."""
    return "，" in t and not all(FOOTER_WEAK_RE.search(c) or han_count(c) <= 6 for c in t.split("，") if c.strip())


def footer_blocks(lines: Sequence[Line], tail_start: int, licence_seen: bool = False) -> list[tuple[int, int]]:
    """``[start, end)`` line ranges of the tail that are footer blocks.

    A block is a run of footer items, blank lines and short lines, holding at least one
    item only a site footer carries (版权所有, 网站标识码 …), or an organiser item
    (主办单位) next to a site link (网站地图) or on a page whose licence number C101 took.
    Short lines before its first item (a signature: 嵊州市总工会 / 2019年10月25日) stay;
    short lines after its last item go only when nothing but them follows to the end of
    the page; contact lines before its first item stay when one names a contact person (联系人):
    they are a notice's. When C101 already took the page's licence number
    (``licence_seen``), a run of footer items that ends the page is the rest of that
    footer, unless it names a contact person.
    """
    kinds = ["X"] * tail_start + [_line_kind(ln.text) for ln in lines[tail_start:]]
    for k in _text_list_items(lines, kinds, tail_start):
        kinds[k] = "X"
    blocks = []
    i = tail_start
    n = len(lines)
    last_filled = max((k for k in range(n - 1, tail_start - 1, -1) if kinds[k] != "B"), default=-1)
    while i < n:
        if kinds[i] not in "FOf":
            i += 1
            continue
        j = i
        last_item = i
        while j < n and kinds[j] != "X":
            if kinds[j] in "FOf":
                last_item = j
            j += 1
        end = j if j == n else last_item + 1
        start = _after_contact_lines(lines, kinds, i, end, tail_start)
        if start == i:
            start = _with_form_fields(lines, kinds, start, tail_start)
        ends_page = end > last_filled
        block = kinds[start:end]
        event = _event_organisers(lines[start:end], block)
        rest_of_licence_footer = licence_seen and ends_page and not event and not any(
            _CONTACT_PERSON.search(fold(ln.text)) for ln in lines[max(tail_start, start - 2):end])
        organiser_footer = "O" in block and ((licence_seen and not event) or any(
            FOOTER_SITE_LINK_RE.search(fold(ln.text)) for ln in lines[start:end]))
        if start < end and ("F" in block or organiser_footer or rest_of_licence_footer):
            blocks.append((start, end))
        i = max(end, i + 1)
    return blocks


# A list item's number: 1. / 1、 / (1) / （1）.
_LIST_NUMBER = re.compile(r"^\s*(?:(\d{1,2})\s*[.、．](?!\d)|[（(](\d{1,2})[)）])")


def _list_number(s: str) -> int | None:
    m = _LIST_NUMBER.match(s)
    return int(m.group(1) or m.group(2)) if m else None


def _text_list_items(lines: Sequence[Line], kinds: Sequence[str], tail_start: int) -> list[int]:
    """Footer-looking items that are one item of the text's own numbered list: a line
    numbered *n* beside a line numbered *n* - 1 or *n* + 1 that is no footer item
    (``1. 参展作品版权归作者所有，未经许可不得转载。`` over ``2. 报名表可在网站下载…``).
    A site's footer is not numbered with the text's prose; cutting one item of a list
    leaves the list broken, which is worse than keeping a footer line.

    >>> ls = [Line(0, 0, 0, t) for t in ("1. 作品版权归作者所有。", "2. 报名表请下载填写，如有疑问请致电咨询。")]
    >>> _text_list_items(ls, ["F", "X"], 0)
    [0]
    >>> _text_list_items(ls, ["F", "F"], 0)
    []
    """
    filled = [k for k in range(tail_start, len(lines)) if kinds[k] != "B"]
    found = []
    for pos, k in enumerate(filled):
        if kinds[k] not in "FOf":
            continue
        n = _list_number(lines[k].text)
        if n is None:
            continue
        for q, step in ((pos - 1, -1), (pos + 1, 1)):
            if 0 <= q < len(filled) and kinds[filled[q]] not in "FOf" and _list_number(lines[filled[q]].text) == n + step:
                found.append(k)
                break
    return found


# An empty form field (手机号：, E-mail：): a label with nothing after it, never a signature.
_EMPTY_FIELD = re.compile(r"^[\u4e00-\u9fffA-Za-z\-]{1,8}\s*[:：]$")


def _with_form_fields(lines: Sequence[Line], kinds: Sequence[str], start: int, tail_start: int) -> int:
    """``start`` moved up over the empty form fields just above the block (手机号： above
    E-mail：), so a form the block begins inside goes whole instead of leaving one field
    behind that C306 alone would not take."""
    k = start
    # (a field the form vocabulary knows: 主要做法： above the footer is the text's own
    # heading, whose section the page lost, not a box of the form under it)
    while k > tail_start and kinds[k - 1] == "S" and _EMPTY_FIELD.match(fold(lines[k - 1].text.strip())) \
            and form_line(lines[k - 1].text) == "prompt":
        k -= 1
    return k


def _event_organisers(lines: Sequence[Line], kinds: Sequence[str]) -> bool:
    """主办单位：… / 承办单位：… / 协办单位：…, one per line: an event notice's organisers."""
    organiser_lines = [ln.text for ln, k in zip(lines, kinds) if k == "O"]
    return any(_CO_ORGANISER.search(fold(s)) or _EVENT_FIELD.search(fold(s)) for s in organiser_lines) or (
        len(organiser_lines) >= 2 and all(len(FOOTER_ORGANISER_RE.findall(fold(s))) == 1 for s in organiser_lines))


def _after_contact_lines(lines: Sequence[Line], kinds: Sequence[str], start: int, end: int, tail_start: int) -> int:
    """The block's first site item when the lines before it are a notice's close: a
    contact person (联系人：张明 / 联系电话：…) or the event's organisers (主办单位 /
    承办单位 / 协办单位, one per line)."""
    first_site = next((k for k in range(start, end) if kinds[k] == "F"), end)
    named = any(_CONTACT_PERSON.search(fold(lines[k].text)) for k in range(max(tail_start, start - 2), first_site))
    if named or _event_organisers(lines[start:first_site], kinds[start:first_site]):
        return first_site
    return start


def _tail_start(lines: Sequence[Line], body: Sequence[bool]) -> int:
    """Just past the last body paragraph that is not itself a footer notice (a long
    使用IE10以上浏览器可以获得最佳浏览效果！ reads like prose); 0 when there is none."""
    for i in range(len(lines) - 1, -1, -1):
        if body[i] and _line_kind(lines[i].text) != "F":
            return i + 1
    return 0


class Footer(OnView, LineRule):
    """Remove the footer block of a page; keep copyright holder, address and phone in ``meta``.

    **What it does.** After the last body paragraph, finds runs of footer lines — 版权所有
    / Copyright ©, 主办单位 / 承办单位 / 技术支持, 网站标识码, 地址 / 邮编 / 联系电话 /
    传真 / 邮箱, 官方二维码 / 微信公众号 (which also mark a footer), 建议使用IE8以上浏览器 /
    分辨率, 关于我们 | 网站地图
    — and deletes a run that holds at least one item only a footer carries, or that ends
    the page after C101 took its licence number (``meta.icp``) or C102 its editor's line.
    Sets
    ``copyright`` (the holder's name), ``address`` and ``phone``.

    **Why.** The footer repeats on every page of a site; the holder, address and phone
    identify the publisher.

    **Leaves alone** a body sentence about copyright (要保护知识产权和版权。), a sentence
    that merely begins with a footer word (版权所有，要开创工会工作新局面……; 技术支持由
    市信息中心负责), an event notice's 主办单位 / 承办单位 / 协办单位 (also one organiser
    beside the event's own fields: 展位：A39 ⟩ 展期：… ⟩ 主办：县文联), a notice's own
    contact lines (联系人：张明 / 联系电话：…) even just above the site footer, a heading
    with a colon above it that is no form's field (主要做法：), and a signature above the
    footer.

    **Anti-pattern**::

        同志们，2019年已过去大半，我们要进一步振奋精神，切实改进作风，只争朝夕、苦干实干。
        嵊州市总工会官方二维码
        版权所有:嵊州市总工会
        工会地址:嵊州市领带园一路401号 联系电话:0575-83112057

    **Best practice**::

        同志们，2019年已过去大半，我们要进一步振奋精神，切实改进作风，只争朝夕、苦干实干。
    """

    code = "C201"
    name = "chrome.footer"
    summary = "footer blocks: 版权所有, 主办单位, 技术支持, 地址/电话 (kept in meta)"

    # C101 took a licence number, or C102 an editor's line: the page had web chrome at
    # its end, so footer items left ending it are the rest of that footer
    reads = frozenset({"icp", "police_record", "editor", "reviewer"})
    writes = frozenset({"copyright", "address", "phone"})

    def chrome_lines(self, pg: Page, ctx: Context):
        licence_seen = any(ctx.meta.get(k) for k in self.reads)
        # a document site's notice block is C401's whole: taking one of its lines here
        # (①资料版权归原作者所有，如需转载…) would leave the rest too weak to read as one
        # (a single notice line, 本网站所有内容版权归…所有，未经许可不得转载, stays the footer's)
        notices = {i for i, _ in pg.notices} if len(pg.notices) >= 2 else set()
        for start, end in footer_blocks(pg.lines, _tail_start(pg.lines, pg.body), licence_seen):
            for i in range(start, end):
                if i not in notices:
                    yield i, "a footer block"

    def line_meta(self, line: Line) -> dict[str, Any]:
        """The copyright holder, the address and the phone number a footer line names."""
        s = line.text
        t = fold(s)
        meta: dict[str, Any] = {}
        h = holder(t)
        if h:
            meta["copyright"] = s[t.find(h): t.find(h) + len(h)] if h in t else h
        m = _ADDRESS.search(t)
        if m:
            meta["address"] = s[m.start("v"): m.end("v")]
        m = _PHONE_LABELLED.search(t)
        if m:
            meta["phone"] = re.sub(r"\s", "", s[m.start("v"): m.end("v")])
        return meta
