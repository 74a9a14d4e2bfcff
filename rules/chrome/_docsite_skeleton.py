"""A record line read by its skeleton, whatever marks it sets between its parts (h40).

The readers of :mod:`._docsite_pairs` split a line at the separators and joiners they
list and read what is left; a line whose site sets a mark they do not list — between
pairs (｡ ⟩ ≡ ⊙ ❖ ╳ ▕ ⇢) or between a label and its value (『』 《》 」 ～ ——) — reads as
nothing there, pairs and all. Read here by the line's skeleton instead: every run of
marks (Unicode punctuation or symbols, spaces) is a boundary, whatever the mark, except
inside a value (2021.03.05, 7.5/10, 12:30, ¥3.00, ★★★★☆, .docx); the words left must
alternate ``label value label value …`` (one flag-like word may stand among them), each
pair read by :func:`._docsite_pairs._pair_strength` as if written ``label：value``.

The verdict is :func:`any_label_kind`'s: at least two pairs, every one with a record's
value, a strong one among them (a date or a long number beside another pair counts), no
label that is the text's own field (姓名, 地点, 索引号): ``"plain"``, so the line goes
only on a copy a site marked or beside the site's record, as any such line does.

>>> skeleton_kind("附件体积=926.2MB ⟩ 上架日期=2022年11月2日 ⟩ 访问次数=50分")
'plain'
>>> skeleton_kind("〔档号〕9980338 ⟩ 〔Type〕.doc ⟩ 〔价钱〕¥26.27元"), skeleton_kind("收录栏目》党团工作」上架人》网友_28664")
('plain', 'plain')
>>> skeleton_kind("围观数 11次 ⇢ NEW ⇢ 热度指数 8次"), skeleton_kind("姓名：张三 ⟩ 年龄：35")
(None, None)
>>> skeleton_kind("时间：2021年3月5日 ≡ 地点：市工人文化宫"), skeleton_kind("一、提高认识 ≡ 二、加强领导")
(None, None)
"""
from __future__ import annotations

import re
import unicodedata

from ._docsite_pairs import MAX_LINE, TEXT_FIELD_LABEL, _pair_strength, badge_like

# characters a value holds, never a boundary: a price's sign, stars, a percent, a unit's
# brackets (大小(MB)), a handle's underscore, a masked digit
_VALUE_MARKS = frozenset("¥￥$★☆%％()（）_*℃+#@'")
# marks that stand inside a value between digits (2021.03.05, 7.5/10, 12:30, 1,024, 2021-3-5)
_BETWEEN_DIGITS = frozenset(".:/-,")


def _is_mark(ch: str) -> bool:
    return ch.isspace() or ch not in _VALUE_MARKS and unicodedata.category(ch)[0] in "PSZ"


def _tokens(t: str) -> list[tuple[str, bool]]:
    """The line's words, each with whether only spaces stood before it (a value's own
    space: 29 Pages, 2024年4月27日 00:59)."""
    out: list[tuple[str, bool]] = []
    word, run = [], ""
    n = len(t)
    for i, ch in enumerate(t):
        mark = _is_mark(ch)
        if mark and ch in _BETWEEN_DIGITS and word and word[-1].isdigit() and i + 1 < n and t[i + 1].isdigit():
            mark = False  # 2021.03.05, 7.5/10
        if mark and ch == "." and not word and i + 1 < n and t[i + 1].isascii() and t[i + 1].isalpha():
            mark = False  # .docx after a joiner
        if mark:
            if word:
                out.append(("".join(word), bool(out) and not run.strip()))
                word, run = [], ""
            run += ch
        else:
            word.append(ch)
    if word:
        out.append(("".join(word), bool(out) and not run.strip()))
    return out


_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,8})(?:[(（][\u4e00-\u9fffA-Za-z]{1,3}[)）])?")
_SHORT_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}|[A-Z]{2,5}|[A-Za-z]{2,8}")
# a line worth the skeleton: a digit, stars or a file type, and a mark no reader lists
_HINT = re.compile(r"[\d★☆]|(?i:docx?|pdf|pptx?|wps)")
MAX_TOKENS = 16


def skeleton_kind(t: str) -> str | None:
    """``"plain"`` for a line whose words alternate labels and record values (one
    flag-like word among them), read whatever marks stand between them; else ``None``."""
    if not 0 < len(t) <= MAX_LINE or not _HINT.search(t):
        return None
    tokens = _tokens(t)
    if not 3 <= len(tokens) <= MAX_TOKENS:
        return None
    parsed = _parse(tuple(tokens), 0, False)
    if parsed is None:
        return None
    strengths, flag = parsed
    strong = sum(s in ("strong", "paired", "category") for s in strengths)
    # (one strong pair and a badge: 普通价 : ¥11.29 ⟩ VIP专享, as any_label_kind reads it; or a
    # word set off by a mark, as a site sets its badge: 资源售价～￥17.62 ➜ 荐; not beside a date
    # or a number a notice prints alone: 日期：2021年3月5日 | 星期五, 编号：1541813 ➜ 紧急)
    if len(strengths) == 1:
        return "plain" if strengths[0] == "strong" and flag in ("badge", "marked") else None
    return "plain" if len(strengths) >= 2 and strong >= 1 else None


def _parse(tokens: tuple, k: int, flagged: bool) -> tuple[list[str], str | None] | None:
    """The strengths of the pairs of ``tokens[k:]`` and what the one flag word met is
    (``"badge"``, ``"marked"``: set off by a mark, ``"spaced"``, or ``None``: none met),
    reading each word first as a label with the value after it, then (once in the line)
    as a flag: 热推 ✦ 〖Size〗818.1K reads 热推 as the flag when 热推：Size leaves
    818.1K with no label. ``None`` when no reading takes every word."""
    if k == len(tokens):
        return [], None
    word = tokens[k][0]
    if _LABEL.fullmatch(word) and k + 1 < len(tokens):
        readings = [(2, _pair_strength(f"{word}：{tokens[k + 1][0]}"))]
        if k + 2 < len(tokens) and tokens[k + 2][1]:
            # (a value's own space: 29 Pages, 今天 20:39)
            readings.insert(0, (3, _pair_strength(f"{word}：{tokens[k + 1][0]} {tokens[k + 2][0]}")))
        for step, read in readings:
            if read is not None:
                rest = _parse(tokens, k + step, flagged)
                if rest is not None:
                    return [read, *rest[0]], rest[1]
    # (one flag-like word, or any short word the site set as a badge: 镇站之宝, NEW, 荐;
    # never a field of the text's own: 姓名, 地点)
    if flagged or not (badge_like(word) or _SHORT_WORD.fullmatch(word)) or TEXT_FIELD_LABEL.search(word):
        return None
    rest = _parse(tokens, k + 1, True)
    if rest is None:
        return None
    # (set off by a mark, not by spaces alone: the marks either side of it)
    marked = k > 0 and not tokens[k][1] or k + 1 < len(tokens) and not tokens[k + 1][1]
    return rest[0], "badge" if badge_like(word) else "marked" if marked else "spaced"
