"""A site's short notice (one item to three) under its heading, at a marked copy's edge (h40).

The notice reader of :mod:`._docsite_kinds` wants three families from a block — rights,
hedging or service with the site's or its users' words — and the block scorer wants two
items: a site that prints one item under its heading (郑重提醒 / 1. 下载次数有限，请妥善
保存已下载的文档。, ——友情告知—— / ①下载即视为您已阅读并同意以上条款。) gives neither.
The heading and the place speak for it instead:

* **shape**: a heading — one the lists know (温馨提示, 郑重提醒) or a short line framed as
  one (<<关于本资料>>, ☞ 郑重提醒) — then one item to three, numbered alike or not, each
  a clause (a clause mark or a sentence's stop) speaking a family, together two, one of
  them the copy's or the site's trade (文档, 下载, 上传者, 本站: the families of
  ``_notice_families``; one item alone speaks both); the line after them is no further
  item (a longer list is the block readers'), and the law speaking of a platform
  (法官提示 / 1．文库平台对用户上传的文档负有审查义务) is no site's notice;
* **place**: at the head, only the copy's lines above the heading (its record, the lines
  C401 takes, a first line that cuts the title) and the copy's title (a short line, no
  sentence, no section's number) right under the item; or at the tail, no body paragraph after
  the item and only the copy's own lines (record, viewer, related list) after it;
* **mark**: the page carries the copy's marks outside the two lines (``page_marked``).

Headings of any wording (h43): one set off by its marks (重要!!, <<敬告>>, ——Notice——: see
:mod:`._docsite_notice_marks`) may carry items of the copy's one family at the head
(<<请注意>> / ①文档中的联系方式已做隐藏处理。); a bare word (写在前面, 敬告) heads a notice at
the head over items of two families, at the tail only over numbered items of two families
right under the viewer's own lines (h53), and never joins a notice C401 takes below it (a
viewer's 试读到此为止 over a paragraph is no heading). A site's badge (新, 精编, 〖精〗) may
stand among the copy's lines above the heading.

A notice of the text's own under its title (温馨提示 / 活动当天请携带身份证件…) speaks no
family of the copy and stands under the title, not above it; at the tail a signature or a
date after it keeps it.
"""
from __future__ import annotations

import re

from ._docsite_block import framed_heading
from ._docsite_kinds import _notice_families, _notice_heading_line, _numbering_line, _only_the_copys_after
from ._docsite_mark import page_marked, pager_mark_suffices, spoken_about_a_platform, the_copys_line, the_texts_requirements
from ._docsite_voice import shop_counter
from ._docsite_pager import is_pager_line
from ._fold import fold_any_length
from ._docsite_notice_marks import marked_heading
from ._docsite_record import lone_record_item, record_kind
from ._page import Page

# the families that speak of the copy or the site's trade in it
_COPY_FAMILIES = frozenset(["document", "trade", "upload", "site"])
_CLAUSE = re.compile(r"[，。；！？,;!?]")
_SENTENCE_STOP = re.compile(r"[。！？；]")
MAX_ITEM = 100
MAX_HEADING = 20
MAX_TITLE = 40
MIN_FAMILIES = 2


# a section's heading, numbered: 一、活动时间, （一）, 1. 报名
_SECTION = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]")
MIN_ECHO = 4


def _echoes(first: str, title: str) -> bool:
    """The page's first line opens as the title below does (the cut title a site prints)."""
    return len(first) >= MIN_ECHO and first[:MIN_ECHO] == title[:MIN_ECHO] and first != title


# a site's badge on its own line: one to four letters in marks or none (新, 精编, 〖精〗, NEW)
_FLAG = re.compile(r"[^\w\s]{0,2}\s*(?:[\u4e00-\u9fff]{1,4}|[A-Z]{2,5})\s*[^\w\s]{0,2}")


def _flag(s: str) -> bool:
    """A badge among the copy's lines above its notice (h43): never the page's only line
    above it, so a text's own one-word line over its notice is not read as one."""
    return bool(_FLAG.fullmatch(s.strip()))


# a heading with no marks and no notice noun (写在前面, 敬告, Notice): one word alone, not a
# section's number; its items must speak two families, one of them the copy's (h43)
_BARE = re.compile(r"[\u4e00-\u9fff]{2,8}|[A-Za-z]{3,12}")


def _bare_heading(t: str) -> bool:
    return bool(_BARE.fullmatch(t)) and not _SECTION.match(t)


def _heading(t: str) -> bool:
    return len(t) <= MAX_HEADING and (_notice_heading_line(t) or framed_heading(t) or marked_heading(t))


MAX_ITEMS = 3


def _item_shaped(s: str) -> bool:
    """A clause of a notice's length speaking one family at least."""
    t = s.strip()
    return len(t) <= MAX_ITEM and bool(_CLAUSE.search(t)) and bool(_notice_families(s))


def _item(s: str) -> bool:
    t = s.strip()
    if len(t) > MAX_ITEM or not _CLAUSE.search(t):
        return False
    fams = _notice_families(s)
    return len(fams) >= MIN_FAMILIES and bool(fams & _COPY_FAMILIES)


def one_item_notices(pg: Page, found: dict[int, str], edge: int) -> dict[int, str]:
    """``{index: reason}`` of the heading and the item of each one-item notice at the
    page's head or tail (``found``: the lines C401 takes already, left alone)."""
    lines, body = pg.lines, pg.body
    text = [i for i in range(len(lines)) if lines[i].text.strip()]
    n = len(text)
    out: dict[int, str] = {}
    # (only the page's first and last lines with text: where a site's notice stands)
    for q in [*range(min(edge, n)), *range(max(edge, n - edge), n)]:
        if q + 1 >= n:
            continue
        h, i = text[q], text[q + 1]
        if h in found or i in found:
            continue
        t = lines[h].text.strip()
        # (the line's shape first: the page's body flags are read lazily, line by line)
        if len(t) > MAX_HEADING or not (_heading(t) or _bare_heading(t)) or not _item_shaped(lines[i].text) or body[h]:
            continue
        # the items under the heading: numbered as the first is (or none), each a clause
        # speaking a family, at most MAX_ITEMS
        style = _numbering_line(lines[i].text.strip())
        items = [i]
        while q + 1 + len(items) < n and len(items) <= MAX_ITEMS:
            k = text[q + 1 + len(items)]
            if k in found or body[k] or not _item_shaped(lines[k].text) or _numbering_line(lines[k].text.strip()) != style:
                break
            items.append(k)
        if len(items) > MAX_ITEMS:
            continue  # a long list: the block readers' to judge
        fams = frozenset().union(*(_notice_families(lines[k].text) for k in items))
        if not fams & _COPY_FAMILIES and not ("service" in fams and all(shop_counter(lines[k].text) for k in items)):
            continue  # (the site's counter speaks for it: 有任何疑问请…联系在线客服, h47)
        # (one family of the copy's is enough under a heading set off by its marks, at the
        # head only, where the copy's title must stand below and its record above: h43)
        one_family = len(fams) < MIN_FAMILIES or len(items) == 1 and not _item(lines[i].text)
        set_off = marked_heading(t) or framed_heading(t)
        if one_family and not set_off:
            continue
        bare = not set_off and not _notice_heading_line(t)
        end = q + len(items)  # the last item's position
        after = text[end + 1] if end + 1 < n else None
        if after is not None and after in found and "notice" in found[after]:
            # the notice's first items and its heading over the items C401 takes (|购买说明| /
            # a）下载范文需消耗…下载券 / b）本平台不保证… / c）…): taken with them now, as a
            # second pass would take them alone — not under a bare line or over items of one
            # family, which a viewer's line over a paragraph may be (试读到此为止 / …下载量明显上升。)
            if not (one_family or bare) and not spoken_about_a_platform(t + "".join(lines[k].text for k in items)):
                out.update((k, "a document site's notice: its heading and first items") for k in [h, *items])
            continue
        if after is not None and not body[after] and (_item(lines[after].text) or style is not None
                                                      and _numbering_line(lines[after].text.strip()) == style):
            continue  # more items than these: the block readers' to judge
        head = not any(body[k] for k in text[:q])
        # (h47) at the tail, under the viewer's own lines (马上下载, ¥8.00 购买全文) rather
        # than the text's last paragraph, one family is the site's as at the head
        # (not under a pager: a paged text's page break stands over its own last notice too)
        above_it = lines[text[q - 1]].text if q > 0 else ""
        under_the_viewer = not head and q > 0 and (text[q - 1] in found or the_copys_line(above_it)
                                                   and not is_pager_line(fold_any_length(above_it)))
        if one_family and (not head and not under_the_viewer or q == 0):
            continue  # (at the tail a text's own notice may speak one family: 报名表请下载后填写)
        if bare and not head and not (under_the_viewer and style is not None):
            # (at the tail a bare line is as likely the viewer's own: 试看结束; h53: not over
            # numbered items of two families under the viewer's own lines, 说明一下 / 1) 付费文档…)
            continue
        if head:
            b = lines[after].text.strip() if after is not None else ""
            if after is None or body[after] or len(b) > MAX_TITLE or _SENTENCE_STOP.search(b) or _SECTION.match(b):
                continue  # the copy's title must stand right under the notice
            if not all(k in found or record_kind(lines[k].text) is not None or lone_record_item(lines[k].text)
                       or k == text[0] and _echoes(lines[k].text.strip(), b) or q > 1 and _flag(lines[k].text)
                       for k in text[:q]):
                continue  # and only the copy's lines above it: a text's title over its own notice keeps both
        elif any(body[k] for k in text[end + 1:]) or not _only_the_copys_after(lines, text, items[-1]):
            continue
        if spoken_about_a_platform(t + "".join(lines[k].text for k in items)):
            continue  # 法官提示 / 1．文库平台对用户上传的文档负有审查义务: the law speaking of a site
        if not page_marked(lines, body, text, [h, *items], edge):
            continue
        item_families = [_notice_families(lines[k].text) for k in items]
        if not pager_mark_suffices(item_families, lines, text, [h, *items], edge):
            continue  # (a pager marks a paged text too: 【报名须知】 / 报名表请…下载 / …客服电话)
        if the_texts_requirements(lines, items, item_families):
            continue  # (lead, stop 45) 申报程序： / 一是…下载申报书，填写完整后报送…: the text's own
        why = f"a document site's short notice under its heading: {len(items)} item{'s' * (len(items) > 1)}"
        out.update((k, why) for k in [h, *items])
    return out
