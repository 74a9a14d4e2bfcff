"""C201: the page footer block (版权所有, 主办单位, 技术支持, 地址/电话, 网站标识码 …)."""
from __future__ import annotations

import re
from typing import Any, Sequence

from zhclean.model import RuleResult
from zhclean.rule import Context, Rule, Stage

from ._chrome import SENTENCE_STOP, fold, page
from ._chrome_vocab import FOOTER_NOTICE_RE, FOOTER_STRONG_RE, QR_LINE_RE
from ._text import Line, delete_line

# Items that footers carry but that a body may too: only inside a footer block.
_WEAK = re.compile(
    r"地址|邮编|邮政编码|电话|传真|邮箱|e-?mail|联系我们|关于我们|网站地图|版权声明|版权保护|二维码|公众号|"
    r"官方微信|官方微博|客户端|友情链接|produced\s*by|powered\s*by|网站纠错|意见建议|使用帮助|服务条款|服务条例|"
    r"广告服务|联系方式|值班|手机版|电脑版|设为首页|加入收藏|安全隐私",
    re.I,
)
MAX_FOOTER_LINE = 160
_CONTACT_PERSON = re.compile(r"联系人|聯繫人|经办人|咨询人")
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
    """``F`` strong footer item, ``f`` weak one, ``S`` short plain line, ``B`` blank, ``X`` other."""
    t = fold(s.strip())
    if not t:
        return "B"
    if len(t) > MAX_FOOTER_LINE:
        return "X"
    stop = SENTENCE_STOP.search(t)
    if (FOOTER_STRONG_RE.search(t) and (not stop or FOOTER_NOTICE_RE.search(t))) or QR_LINE_RE.match(t):
        return "F"
    if _WEAK.search(t) and not stop:
        return "f"
    if len(t) <= MAX_SHORT and not stop and "，" not in t:
        return "S"
    return "X"


def footer_blocks(lines: Sequence[Line], tail_start: int, licence_seen: bool = False) -> list[tuple[int, int]]:
    """``[start, end)`` line ranges of the tail that are footer blocks.

    A block is a run of footer items, blank lines and short lines, holding at least one
    item only a footer carries. Short lines before its first item (a signature: 嵊州市总
    工会 / 2019年10月25日) stay; short lines after its last item go only when nothing but
    them follows to the end of the page. When C101 already took the page's licence
    number (``licence_seen``), a run of footer items that ends the page is the rest of
    that footer, unless it names a contact person (a notice's own contact lines).
    """
    kinds = ["X"] * tail_start + [_kind(ln.text) for ln in lines[tail_start:]]
    blocks = []
    i = tail_start
    n = len(lines)
    while i < n:
        if kinds[i] not in "Ff":
            i += 1
            continue
        j = i
        last_item = i
        while j < n and kinds[j] != "X":
            if kinds[j] in "Ff":
                last_item = j
            j += 1
        end = j if j == n else last_item + 1
        ends_page = all(k == "B" for k in kinds[end:])
        rest_of_licence_footer = licence_seen and ends_page and not any(
            _CONTACT_PERSON.search(ln.text) for ln in lines[max(tail_start, i - 2):end])
        if "F" in kinds[i:end] or rest_of_licence_footer:
            blocks.append((i, end))
        i = max(end, i + 1)
    return blocks


def _tail_start(lines: Sequence[Line], body: Sequence[bool]) -> int:
    """Just past the last body paragraph that is not itself a footer notice (a long
    使用IE10以上浏览器可以获得最佳浏览效果！ reads like prose); 0 when there is none."""
    for i in range(len(lines) - 1, -1, -1):
        if body[i] and _kind(lines[i].text) != "F":
            return i + 1
    return 0


class Footer(Rule):
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

    **Leaves alone** a body sentence about copyright (要保护知识产权和版权。), a notice's
    own contact line when no footer item stands next to it, and a signature above the
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
    stage = Stage.CHROME

    def apply(self, text: str, ctx: Context) -> RuleResult:
        pg = page(text)
        lines = pg.lines
        tail = _tail_start(lines, pg.body)
        edits = []
        meta: dict[str, Any] = {}
        # C101 took a licence number, or C102 an editor's line: the page had web chrome at
        # its end, so footer items left ending it are the rest of that footer
        licence_seen = any(ctx.meta.get(k) for k in ("icp", "police_record", "editor", "reviewer"))
        for start, end in footer_blocks(lines, tail, licence_seen):
            for ln in lines[start:end]:
                edits.append(delete_line(ln))
                self._harvest(ln.text, meta)
        return RuleResult(edits=edits, meta=meta)

    @staticmethod
    def _harvest(s: str, meta: dict[str, Any]) -> None:
        t = fold(s)
        if "copyright" not in meta:
            h = holder(t)
            if h:
                meta["copyright"] = s[t.find(h): t.find(h) + len(h)] if h in t else h
        m = _ADDRESS.search(t)
        if m and "address" not in meta:
            meta["address"] = s[m.start("v"): m.end("v")]
        m = _PHONE_LABELLED.search(t)
        if m and "phone" not in meta:
            meta["phone"] = re.sub(r"\s", "", s[m.start("v"): m.end("v")])
