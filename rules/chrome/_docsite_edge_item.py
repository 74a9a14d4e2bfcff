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

from ._docsite_pairs import _PAIR, _SEP, _items, _text_field
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
