"""The heading of a site's own making over its notice block (h35).

A site may set any short line over its notices — 写给读者, 说在前面, 敬请留意：, Tips —
with no notice noun in it, and over a block of one item the notice reader has no run
to read it by. When the block under it goes (C401's notices), the line directly above it
goes too if it has a heading's shape (two to eight letters, framed or with a colon, no
digit, no sentence mark, not numbered as a section is) and stands off the body: at the
head with no paragraph above it and the copy's title below the block, at the tail after
the last paragraph, and there framed, with its colon or four letters long, and not a
name or an office signing the text (市总工会办公室 over the site's notice is the text's).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ._page import Page

_FRAME_OPEN = "【[〔〖「『（(<《◆◇■□●○▶►※#▍★☆▼~〓"
_FRAME_CLOSE = "】]〕〗」』）)>》★☆~〓#"
_HEADING = re.compile(rf"(?P<open>[{re.escape(_FRAME_OPEN)}\s]*)(?P<word>[\u4e00-\u9fffA-Za-z]{{2,8}})"
                      rf"(?P<close>[{re.escape(_FRAME_CLOSE)}\s]*)(?P<colon>[:：]|[!！]{{1,3}})?")
_NUMBERED = re.compile(r"[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节条部分]")
# (an office or a body signing the text, at its tail: 市总工会办公室, 区教育局)
_SIGNER = re.compile(r"(?:办公室|委员会|工会|政府|局|厅|部|处|科|中心|公司|学校|学院|大学|医院|协会|联合会|街道|社区|村|镇|县|市|省|区|组|站|所|院|会|室)$")
MAX_TITLE_BELOW = 40
MIN_UNFRAMED_TAIL_HEADING = 4


def notice_headings(pg: Page, found: Iterable[int]) -> dict[int, str]:
    """``{index: reason}`` of the heading lines over the notice blocks in ``found``."""
    found = set(found)
    text = [i for i in range(len(pg.lines)) if pg.lines[i].text.strip()]
    out: dict[int, str] = {}
    for q, i in enumerate(text):
        if i not in found or q == 0 or text[q - 1] in found:
            continue
        h = text[q - 1]
        t = pg.lines[h].text.strip()
        m = _HEADING.fullmatch(t)
        if not m or pg.body[h] or _NUMBERED.match(t):
            continue
        framed = bool(m.group("open").strip() or m.group("close").strip() or m.group("colon"))
        if h < pg.zones.head_end:
            if any(pg.body[k] for k in text[:q - 1]):
                continue
            below = next((k for k in text[q:] if k not in found), None)
            if below is None or pg.body[below] or len(b := pg.lines[below].text.strip()) > MAX_TITLE_BELOW \
                    or any(c in b for c in "。！？；"):
                continue
        elif h >= pg.zones.tail_start:
            if not (framed or len(m.group("word")) >= MIN_UNFRAMED_TAIL_HEADING) or _SIGNER.search(m.group("word")):
                continue
        else:
            continue
        out[h] = "a short heading of the site's making over its notices"
    return out
