"""A related list at the tail of a document site's copy, read by family and shape.

After a copy's last paragraph the site lists other copies under a heading no list holds
(更多精彩, ▍猜你喜欢, 大家还在看, 该作者的其他文档): a heading composed from the families of
:data:`._docsite_cues.RELATED_QUALIFIER_WORDS` and :data:`RELATED_LISTED_WORDS` (or a
phrase of who else read the copy, or of its author's other copies), over a run of titles
to the page's end: short lines without a sentence's marks, each a title (…工作总结,
…的实施意见) or a copy (….docx, … (12页)). C401 takes it on a marked copy only.

>>> related_heading("更多精彩"), related_heading("▍猜你喜欢"), related_heading("大家还在看")
(True, True, True)
>>> related_heading("该作者的其他文档"), related_heading("TA的文档(201)"), related_heading("查看更多相关文档 >")
(True, True, True)
>>> related_heading("看了本文的人还看了"), related_heading("更多好文档"), related_heading("本站热门")
(True, True, True)
>>> related_heading("其他用户还看了"), related_heading("别的网友都在下载"), related_heading("其他用户意见")
(True, True, False)
>>> related_heading("相关文件"), related_heading("推荐阅读书目"), related_heading("工作推进情况")
(False, False, False)
>>> related_item("关于防汛抗台应急演练的实施意见.doc"), related_item("健康义诊服务工作总结 (24页)")
('copy', 'copy')
>>> related_item("乡村振兴调研走访心得体会"), related_item("永康市场监管所着力抓好食品安全进校园")
('title', 'short')
>>> related_item("请各单位于本月底前报送材料。"), related_item("附件：报名表.doc"), related_item("1. 加强宣传引导")
(None, None, None)
"""
from __future__ import annotations

import re

from ._docsite_cues import (RELATED_LISTED_WORDS, RELATED_QUALIFIER_WORDS, RELATED_READ_VERBS,
                            RELATED_READERS)
from ._docsite_shape import shaped_numbering
from ._docsite_tail import ends_as_title
from ._fold import fold


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_Q, _L = _alt(RELATED_QUALIFIER_WORDS), _alt(RELATED_LISTED_WORDS)
_RELATED_HEADING = re.compile(
    # two or three words of the families, one a qualifier: 更多相关, 精彩推荐, 本周热门文档
    rf"^(?=(?:{_Q}|{_L}){{2,3}}$)(?:{_L})?(?:{_Q})(?:{_Q}|{_L}){{0,2}}$"
    # who else read it: 大家还在看, 网友还下载了, 其他人都在看, 其他用户还看了 (h50: the
    # readers may be qualified as others, 别的网友, 更多读者)
    rf"|^(?:其他|其它|别的|更多)?(?:{_alt(RELATED_READERS)})(?:还|都|也)?(?:{_alt(RELATED_READ_VERBS)})(?:这些)?(?:{_L})?$"
    # (h32) those who read this copy: 看了本文的人还看了, 下载了本文档的用户还下载了
    rf"|^(?:看|读|阅读|浏览|下载|收藏)(?:了|过)?(?:本文档?|此文|该文|本资料|这篇文档?)的(?:人|用户|网友|读者)"
    rf"(?:还|都|也)?(?:{_alt(RELATED_READ_VERBS)})(?:这些)?(?:{_L})?$"
    # you may like: 猜你喜欢, 猜您想看, 你可能还喜欢的文档
    rf"|^(?:猜你|猜您)(?:喜欢|想看|爱看|感兴趣|还喜欢)$"
    rf"|^(?:你|您)(?:可能|也许|或许)?(?:还|也)?(?:喜欢|感兴趣|需要|想看)的?(?:{_L})?$"
    # the author's other copies: 该作者的其他文档, TA的文档(201), 同作者文档, 作者其他文档
    rf"|^(?:该|本|此)?(?:作者|TA|ta|他|她|上传者)的?(?:其他|其它|更多|全部)?(?:{_L})(?:\d{{1,5}})?$"
    rf"|^同(?:作者|类)(?:{_L})?$")
# what frames a heading: bars, brackets, an arrow or 更多>> after it, 查看 before it
_FRAME = re.compile(r"[\s【】\[\]〖〗〔〕<>＜＞《》「」■□◆◇●○◎▲△▼▶►→▍▌|｜—\-–~～=*#:：()（）+»›]+")
_LEAD = re.compile(r"^(?:查看|点击查看|浏览)")
MAX_HEADING = 20


def related_heading(s: str) -> bool:
    """``s`` alone on its line heads a list of other copies (by the families above)."""
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_HEADING or re.search(r"[。，,；;！？!?、]", t):
        return False
    t = _LEAD.sub("", _FRAME.sub("", t))
    return bool(t) and bool(_RELATED_HEADING.match(t))


# a copy as a list prints it: a file name, a page count glued on
_COPY_SUFFIX = re.compile(r"(?:\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)|\s*[(（\[【]\s*(?:共\s*)?\d{1,4}\s*(?:页|[Pp])\s*[)）\]】])$", re.I)
_SENTENCE = re.compile(r"[。；;！!？?]|[，,].*[，,]")
# what a document's own last lines are: an attachment, a note, a contact, a signature
_DOCUMENT_LINE = re.compile(r"^[\s（(]*(?:附件|附表|附录|注|备注|说明|联系|地址|电话|邮编|传真|抄送|主送|印发|来源|出处)")
MAX_ITEM = 50
MIN_TITLE_HAN = 6


def related_item(s: str) -> str | None:
    """``"copy"`` for a listed file or a title with its page count, ``"title"`` for a line
    that ends as a title does, ``"short"`` for any other short line of words alone, ``None``
    for a sentence, a numbered item, an attachment or a contact line."""
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_ITEM or _SENTENCE.search(t) or _DOCUMENT_LINE.match(t) or shaped_numbering(t):
        return None
    if re.search(r"[:：]", t):
        return None
    if _COPY_SUFFIX.search(t):
        return "copy"
    if ends_as_title(t):
        return "title"
    return "short" if len(re.findall(r"[\u4e00-\u9fff]", t)) >= MIN_TITLE_HAN else None


MIN_ITEMS = 2


def related_lists(lines, body, is_other_chrome=lambda i: False):
    """``(index, reason)`` of each related list's heading and items at the tail: a heading
    after the last body paragraph over at least two items that run to the page's end (or to
    a line the caller knows as chrome), half of them or more titles or copies. Yields the
    heading alone, when nothing but other chrome follows it."""
    # looked for from the end: the lines of the body before it need no verdict
    last_body = next((i for i in range(len(body) - 1, -1, -1) if body[i]), -1)
    if last_body < 0:
        return
    i = last_body + 1
    yield from _headless_list(lines, i, is_other_chrome)
    while i < len(lines):
        if not related_heading(lines[i].text):
            i += 1
            continue
        items, k = [], i + 1
        while k < len(lines):
            t = lines[k].text
            if not t.strip():
                k += 1
                continue
            kind = related_item(t)
            if kind is None or related_heading(t):
                break
            items.append((k, kind))
            k += 1
        rest = [j for j in range(k, len(lines)) if lines[j].text.strip()]
        ends = not rest or related_heading(lines[rest[0]].text) or all(is_other_chrome(j) for j in rest)
        titled = sum(kind != "short" for _, kind in items)
        if ends and (not items or len(items) >= MIN_ITEMS and 2 * titled >= len(items)):
            yield i, "a related list's heading at the tail of a marked copy"
            for j, _ in items:
                yield j, "an item of a related list at the tail of a marked copy"
        i = k if items else i + 1


# A list whose heading a rule before took (热门搜索 reads as a search box to C003): files
# and titles with their page counts, to the page's end.
MIN_HEADLESS_ITEMS = 3
MIN_HEADLESS_COPIES = 2


def _headless_list(lines, start, is_other_chrome):
    """The last run of related items after ``start`` when it ends the page (or only other
    chrome follows it), holds three items or more, names two copies (….doc, … (12页)) and
    stands right under the last paragraph or under other chrome."""
    end = len(lines)
    while end > start and (not lines[end - 1].text.strip() or is_other_chrome(end - 1)):
        end -= 1
    items, k = [], end - 1
    while k >= start:
        t = lines[k].text
        if t.strip():
            kind = related_item(t)
            if kind is None or related_heading(t) or is_other_chrome(k):
                break
            items.append((k, kind))
        k -= 1
    if k >= start and (related_heading(lines[k].text) or not is_other_chrome(k)):
        return  # a line over it (a heading, 相关文件): the list is read with it, or is the text's
    if len(items) >= MIN_HEADLESS_ITEMS and sum(kind == "copy" for _, kind in items) >= MIN_HEADLESS_COPIES:
        for j, _ in sorted(items):
            yield j, "an item of a list of copies at the tail of a marked copy"
