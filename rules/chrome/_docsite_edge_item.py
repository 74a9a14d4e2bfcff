"""One counted or sized value alone at a copy's first line (h35).

A site may print a single item of its record — 此卷点阅 49次, 【本卷被看】69次, 馆藏容量
3.2M — under a label of its own making, and when the site's other lines above it have gone
(C401 takes the cut title and the notices first) nothing is left beside it for C403's
runs. Its place speaks for it: the page's first line with text, the copy's title right
under it (a short line, no paragraph), and a value no document opens with — a count with
what it counts in (49次, 1.2万, 35人次) or a file's size. A date, a code or a number alone
may open a notice (编号：1541813, 日期：2021-03-05 above its title), and stay.
"""
from __future__ import annotations

import re

from collections.abc import Callable, Collection

from ._docsite_pairs import _PAIR, _SEP, _items, _text_field
from ._docsite_record import lone_record_item, record_kind
from ._page import Page

_COUNTED = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:[万千]\s*(?:次|人次|人)?|次|人次)"
                      r"|\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|kb|mb|Mb|Kb)")
# (a label that names a number of the text's own: 编号, 文号, 序号, ID)
_CODE_LABEL = re.compile(r"(?:号|码|ID|编码|序)$")
MAX_TITLE_BELOW = 40
MAX_ITEM = 40
_DIGIT = re.compile(r"\d")


def first_line_count(pg: Page, read_as) -> int | None:
    """The index of the page's first line with text when it is one counted or sized value
    alone over the copy's title (``read_as``: the record reader's normalising of a line)."""
    text = _first_text_lines(pg, 3)
    if len(text) < 3 or pg.body[text[0]] or pg.body[text[1]]:
        return None
    first = pg.lines[text[0]].text
    if len(first) > MAX_ITEM or not _DIGIT.search(first):
        return None
    t = read_as(first).strip()
    items = _items(t, None, _SEP.split)
    m = _PAIR.match(items[0]) if len(items) == 1 else None
    if not m:
        return None
    label = m.group("framed") or m.group("coloned") or m.group("spaced") or m.group("run")
    if _text_field(label) or _CODE_LABEL.search(label) or not _COUNTED.fullmatch(m.group("value").strip()):
        return None
    below = pg.lines[text[1]].text.strip()
    return text[0] if len(below) <= MAX_TITLE_BELOW and not any(c in below for c in "。！？；，") else None


def _first_text_lines(pg: Page, n: int) -> list[int]:
    out: list[int] = []
    for i, line in enumerate(pg.lines):
        if line.text.strip():
            out.append(i)
            if len(out) == n:
                break
    return out


def lone_items_beside(pg: Page, kinds: dict[int, str | None], taken: Collection[int],
                      heads_its_section: Callable[[Page, int], bool], from_top: bool = False) -> dict[int, str]:
    """(h32) The lines no reader takes alone — one labelled value (挂网时间 - 2012/08/10), one
    flag-like word (名校真题) — among ``kinds``' lines read as no record line, next to a line in
    ``taken`` (blank lines between them do not part them), and next to such a line in turn:
    the same record. (h35) With ``from_top``, the page's first line with text counts as
    beside the lines going (C401 on a marked copy: the top is the record's place too)."""
    unread = [i for i, kind in kinds.items() if kind is None and not pg.body[i] and not heads_its_section(pg, i)]
    lone = [i for i in unread if lone_record_item(pg.lines[i].text)]
    out: dict[int, str] = {}
    text_lines = [i for i in range(len(pg.lines)) if pg.lines[i].text.strip()]
    at = {i: q for q, i in enumerate(text_lines)}
    # (h40) a short word of the site's making between two of the record's lines going, whatever
    # its words (镇站之宝, 课代表整理, 〖精〗, NEW): a badge, as no text sets a word there
    # (or between the record's last line and the copy's title or its notice, at the head:
    # 上传时间：… / 镇站之宝 / 关于…的实施意见 — the title a short line, a paragraph under it)
    notices = {k for k, _ in pg.notices}
    for i in unread:
        q = at[i]
        # (for C401, from_top, the line above a record line: not a notice's item over the text's title;
        # C403's lines are all the record's)
        if not (0 < q < len(text_lines) - 1 and text_lines[q - 1] in taken and _BADGE_WORD.fullmatch(pg.lines[i].text.strip())
                and (not from_top or record_kind(pg.lines[text_lines[q - 1]].text) is not None)):
            continue
        below = text_lines[q + 1]
        if below in taken and (not from_top or record_kind(pg.lines[below].text) is not None):
            out[i] = "a short badge between the lines of the site's record"
        elif i < pg.zones.head_end and (below in notices or _title_over_text(pg, text_lines, q + 1)):
            out[i] = "a short badge between the site's record and the copy's title"
    if not lone:
        return out
    for _sweep in range(2):  # down, then up: a run of lone items beside the record
        for i in (lone if not _sweep else reversed(lone)):
            q = at[i]
            near = [text_lines[k] for k in (q - 1, q + 1) if 0 <= k < len(text_lines)]
            if i not in out and (any(j in taken or j in out for j in near) or from_top and q == 0):
                out[i] = "one labelled value or flag beside the site's record"
    return out


# a badge's shape: a short word, framed or not, no digit, no sentence mark (镇站之宝, 〖精〗, [热])
_BADGE_WORD = re.compile(r"[【\[〔〖「『(（<《☆★]?\s*(?:[\u4e00-\u9fff]{1,6}|[A-Za-z]{2,8})\s*[】\]〕〗」』)）>》☆★]?")
MAX_TITLE = 40


def _title_over_text(pg: Page, text_lines: list[int], q: int) -> bool:
    """The line at position ``q`` is a title: short, no sentence's stop, a paragraph under it."""
    t = pg.lines[text_lines[q]].text.strip()
    return (not pg.body[text_lines[q]] and len(t) <= MAX_TITLE and not any(c in t for c in "。！？；，")
            and q + 1 < len(text_lines) and pg.body[text_lines[q + 1]])
