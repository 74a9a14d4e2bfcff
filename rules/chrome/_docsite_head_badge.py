"""A site's badge on its own line among a marked copy's lines above its title (h53, issue 16).

A site sets a short word of its making over a copy it shows — 新, 精编, 〖精〗, [热], 镇站之宝,
课代表整理 — beside the copy's cut title, record and notices. The record's readers take it
only *between* two lines of the record (``_docsite_edge_item``) or between two of the
site's lines (``_docsite_frame``); at the page's first line, between the cut title and the
copy's title, or over the title with a table rather than a paragraph under it, it stayed.
So the badge is read here by its shape and its place, not its wording:

* **shape**: one word, one to six Chinese letters (five unframed: 网站维护通知 is a title) or
  two to eight Latin ones, framed in brackets or stars or not, no digit, no mark of a
  sentence or a label (``：``);
* **place** (:func:`head_badges`): from the page's first line with text down, every line is
  the copy's (``copys(i)``: going, or its record or viewer) or such a badge, up to the
  first line that is neither — the title, a short line with no sentence's stop, not a
  label's or a list's heading (温馨提示： under 网站维护通知 makes that line the title);
* **evidence**: another line of the run is the copy's, or the badge is framed (a bare word
  alone over a title may be the text's own kicker); and the badge is no word of the title
  (【通知】 over 关于…的通知 is the text's genre, 工作总结 over 社区工会工作总结 its kind);
* **mark**: the caller asks that the copy be marked outside these lines (C401's mark).

>>> badge_word("〖精〗"), badge_word("镇站之宝"), badge_word("NEW"), badge_word("[热]"), badge_word("新")
(True, True, True, True, True)
>>> badge_word("第一章"), badge_word("附件1"), badge_word("说明："), badge_word("一、总则"), badge_word("工会 工作")
(False, False, False, False, False)
>>> badge_word("倡议书"), badge_word("会议纪要"), badge_word("网站维护通知"), badge_word("【倡议书】")
(False, False, False, True)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ._fold import fold

if TYPE_CHECKING:
    from ._page import Page

_OPEN = "【[〔〖「『(（<《☆★"
_CLOSE = "】]〕〗」』)）>》☆★"
_BADGE = re.compile(rf"(?P<open>[{re.escape(_OPEN)}]?)\s*(?P<word>[\u4e00-\u9fff]{{1,6}}|[A-Za-z]{{2,8}})\s*(?P<close>[{re.escape(_CLOSE)}]?)")
# a part's or a chapter's heading, and the words a text's own front matter is headed with
_HEADING_WORD = re.compile(r"^第[一二三四五六七八九十百零\d]+[章节部篇编条卷回]|^(?:目录|前言|序言?|引言|摘要|附件|附录|正文|说明)$")
# a short title of the text's own: a bare word ending in a document's genre (倡议书, 致词, 会议纪要)
_GENRE_END = re.compile(r"(?:书|信|稿|词|函|通知|公告|通告|总结|报告|讲话|方案|意见|决定|办法|纪要|简报|倡议|声明|规定|细则|章程)$")
# the longest title read under the badges, and the most badges in one run
MAX_TITLE = 40
MAX_BADGES = 3
MAX_BARE_WORD = 5
_TITLE_STOP = re.compile(r"[。！？!?；;]")


def badge_word(t: str) -> bool:
    """Line ``t`` is one short word, framed or not: a badge's shape (never a part's heading)."""
    m = _BADGE.fullmatch(t.strip())
    if not m or bool(m.group("open")) != bool(m.group("close")) or _HEADING_WORD.search(m.group("word")):
        return False
    return bool(m.group("open")) or len(m.group("word")) <= MAX_BARE_WORD and not _GENRE_END.search(m.group("word"))


def _framed(t: str) -> bool:
    m = _BADGE.fullmatch(t.strip())
    return bool(m and m.group("open") and m.group("close"))


def head_badges(pg: "Page", copys: Callable[[int], bool]) -> list[int]:
    """Indexes of the badge lines in the run of the copy's lines that opens the page, over
    its title (see the module's docstring); else none."""
    lines = pg.lines
    badges: list[int] = []
    others = 0
    title = None
    for i in range(len(lines)):
        t = lines[i].text.strip()
        if not t:
            continue
        if copys(i):
            # (h58) the copy's lines first: a notice's item is a sentence, and it reads as a
            # body paragraph, but it goes (and the head reaches past it to the title)
            others += 1
            continue
        if pg.body[i] or i > pg.zones.head_end and not badges:
            return []  # a paragraph before any title: no head of the copy's
        if badge_word(t) and len(badges) < MAX_BADGES:
            badges.append(i)
        else:
            title = t
            break
    if title is None or not badges or len(title) > MAX_TITLE or _TITLE_STOP.search(title) or title[-1] in ":：":
        return []
    folded_title = fold(title)
    out = []
    for i in badges:
        word = _BADGE.fullmatch(lines[i].text.strip()).group("word")
        if (others or _framed(lines[i].text)) and fold(word) not in folded_title:
            out.append(i)
    return out
