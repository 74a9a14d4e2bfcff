"""A row of labelled values above a marked copy's title, whatever their strength (h47, issue 16).

The record's readers want one *strong* value on a line (a date beside another pair, pages
with their word, a file's type, a price with its sign): a line of names and bare counts
(下载券～1个 ◆ 资源主人～匿名用户, 〖兑换券〗50个—〖下载消耗〗4个, 归属～心得体会) reads as a
table's row anywhere in a text (姓名：张三 年龄：35). Above a copy's title it is the site's
record all the same: a text prints its own fields under its title, not over it. So a line
goes here by its shape and its place, not its wording:

* **shape** (:func:`pairs_row`): its words, split at any run of marks as
  :mod:`._docsite_skeleton` splits them, alternate ``label value`` (one badge-like word may
  stand among them), each pair read by :func:`._docsite_pairs._pair_strength` — any
  strength, never a label that is the text's own field (姓名, 地点, 索引号) — one value at
  least counted or coded (a digit, a letter, stars: a text's own header fields over its
  title, 签发人：张三, 密级：内部, hold none); a mark other
  than a space stands somewhere between its words (a title in two words, 社区工会 工作总结,
  is no pair), or a label runs on into its value with a digit (浏览量12个); no sentence stop;
* **place** (:func:`head_pair_rows`): every line with text above the page's title is the
  copy's — a line going already (its cut title, record, notices) or such a row — and the
  title, a short line, stands right under the last of them with a body paragraph under it;
* **mark**: the caller asks that the copy be marked outside these lines (C401's mark).

>>> pairs_row("下载券～1个 ◆ 资源主人～匿名用户"), pairs_row("〖兑换券〗50个—〖下载消耗〗4个"), pairs_row("资料ID～3913137")
(True, True, True)
>>> pairs_row("姓名：张三 ⟩ 年龄：35"), pairs_row("社区工会 工作总结"), pairs_row("时间：2021年3月5日 地点：市工人文化宫")
(False, False, False)
>>> pairs_row("签发人：张三"), pairs_row("密级：内部　紧急程度：特急"), pairs_row("非遗传承展示工作【精品】")
(False, False, False)
>>> pairs_row("附件1：报名表"), pairs_row("一、提高认识 ≡ 二、加强领导"), pairs_row("今年以来，社区工会紧紧围绕中心工作。")
(False, False, False)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ._docsite_pairs import MAX_LINE, _pair_strength
from ._docsite_skeleton import _tokens

if TYPE_CHECKING:  # (the page model reads the copy's marks, which read these rows)
    from ._page import Page

MAX_TOKENS = 16
# a sentence's stop or a clause's comma: no record row holds one between its words
_SENTENCE = re.compile(r"[。！？!?；;]|[\u4e00-\u9fff][，,][\u4e00-\u9fff]")
# a mark other than a space between two words: a colon, a frame, a separator
_MARK_BETWEEN = re.compile(r"[^\s\w]")
# the longest title read under the rows
MAX_TITLE = 40
_TITLE_STOP = re.compile(r"[。！？!?；;]")


# a label in letters or in both scripts (资料ID, IP属地, Downloads), with its unit or none
_ANY_LABEL = re.compile(r"(?=[^A-Za-z]*[A-Za-z])(?:[\u4e00-\u9fff]{0,4}[A-Za-z]{2,12}[\u4e00-\u9fff]{0,4})(?:[(（][\u4e00-\u9fffA-Za-z]{1,3}[)）])?")
_HAN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[(（][\u4e00-\u9fffA-Za-z]{1,3}[)）])?")
# a value's unit in brackets (28（页）, 22页(全)): read as the unit alone
_BRACKETED_UNIT = re.compile(r"(?<=\d)\s*[(（]\s*(页|P|p)\s*[)）]")
# marks a site sets between a record's items that the skeleton keeps inside a word: an
# asterisk or an underscore beside a Chinese character (作者ID～6830227*内容提供者, 35个_归属)
_GLUE = re.compile(r"(?<=[\u4e00-\u9fff\d])[*_](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[*_](?=[\u4e00-\u9fff\d])")
# a neutral label, to read a value under a label the pair reader does not spell (Downloads)
_NEUTRAL = "记录"


def _strength(label: str, value: str) -> str | None:
    value = _BRACKETED_UNIT.sub(r"\1", value)
    if _HAN_LABEL.fullmatch(label):
        return _pair_strength(f"{label}：{value}")
    # (a label of letters or of both scripts: only its value's shape speaks)
    return _pair_strength(f"{_NEUTRAL}：{value}") if _ANY_LABEL.fullmatch(label) else None


def _read(words: list[str], k: int, badges: int) -> int | None:
    """The words from ``k`` on read as pairs — a label and the next word, or a label run on
    into its value — with at most ``badges`` more badge-like words among them: how many
    of the values are counted or coded (a digit, a letter, stars), or ``None``."""
    if k == len(words):
        return 0
    w = words[k]
    if k + 1 < len(words) and _strength(w, words[k + 1]) is not None:
        rest = _read(words, k + 2, badges)
        if rest is not None:
            return rest + bool(_COUNTED.search(words[k + 1]))
    # (not a word and its number, 附件1, 表2: a text's own attachment over its title)
    if re.search(r"[\u4e00-\u9fff]{2}\d", w) and not _NUMBERED_WORD.fullmatch(w) and _pair_strength(_BRACKETED_UNIT.sub(r"\1", w)) is not None:
        rest = _read(words, k + 1, badges)  # 浏览量12个, 提交时间2021/05/02
        if rest is not None:
            return rest + 1
    return _read(words, k + 1, badges - 1) if badges > 0 and _BADGE.fullmatch(w) else None


_NUMBERED_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}\d{1,2}")
# a value counted or coded: what a text's own header fields (签发人：张三, 密级：内部) never hold
_COUNTED = re.compile(r"[\dA-Za-z★☆]")


# a badge a site sets among its record: a short word, no digit (超清版, 原创保障, SVIP专享)
_BADGE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,6}")
MAX_BADGES = 1


def pairs_row(t: str) -> bool:
    """Line ``t`` is made only of ``label value`` pairs (one badge-like word may stand
    among them), of any strength, with a mark between its words or a label run on into
    a digit."""
    s = t.strip()
    if not 0 < len(s) <= MAX_LINE or _SENTENCE.search(s):
        return False
    # (a mark the skeleton keeps as a value's, standing alone between items, is a separator: +)
    words = [w for w, _ in _tokens(_GLUE.sub(" ⁂ ", s)) if re.search(r"\w|[★☆]", w)]
    if not 1 <= len(words) <= MAX_TOKENS:
        return False
    if len(words) > 1 and not _MARK_BETWEEN.search(s):
        return False  # 社区工会 工作总结: a title in two words
    # (one word alone is a pair only run on into its digits: 浏览量12个; 超清版 alone is no row)
    counted = _read(words, 0, MAX_BADGES if len(words) > 1 else 0)
    return bool(counted)


def head_pair_rows(pg: "Page", going: Callable[[int], bool], the_copys: Callable[[int], bool]) -> list[int]:
    """Indexes of the pairs rows above the page's title that do not go yet, when every
    line with text above it goes (``going``), is the copy's (``the_copys``: its record or
    viewer, which another rule may take), a site's badge or such a row, and the title, a
    short line, stands right over the page's first body paragraph; else none."""
    lines = pg.lines
    # the title: the last line with text over the first body paragraph (the page's own
    # title finder may take a short row for it)
    # (a notice's item going may read as a paragraph)
    first_body = next((i for i in range(min(pg.zones.head_end + 1, len(lines))) if pg.body[i] and not going(i)), None)
    if first_body is None:
        return []
    title = next((i for i in range(first_body - 1, -1, -1) if lines[i].text.strip()), None)
    if title is None:
        return []
    above = [i for i in range(title) if lines[i].text.strip()]
    if not above:
        return []
    t = lines[title].text.strip()
    if len(t) > MAX_TITLE or _TITLE_STOP.search(t) or pairs_row(t):
        return []
    rows = [i for i in above if not going(i) and not pg.body[i] and pairs_row(lines[i].text)]
    # (a site's badge among them, 超清版, 店长推荐, stays for C403 to read beside the record)
    rest = [i for i in above if not going(i) and i not in rows and not the_copys(i)]
    if not rows or any(not _BADGE_LINE.fullmatch(lines[i].text.strip()) for i in rest):
        return []
    return rows


# a badge on its own line: a short word in marks or none, no digit
_BADGE_LINE = re.compile(r"[^\w\s]{0,2}\s*(?:[\u4e00-\u9fff]{2,6}|[A-Z]{2,5})\s*[^\w\s]{0,2}")
