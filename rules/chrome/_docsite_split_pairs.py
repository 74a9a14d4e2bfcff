"""A record field a site prints over two lines: its label on one, its value on the next
(``文档页数`` / ``12页``, ``上传时间：`` / ``2021-03-05``), read as the one field it is (h58).

The readers of the record read a line at a time, and neither half reads alone: a label with
nothing after it is no field, a bare ``12页`` or ``2021-03-05`` is no record. Read joined
(``文档页数：12页``), the pair is the record line it would be on one line, and both halves
take its kind (``"trade"`` or ``"plain"``), so they go or stay together under C403's rules.

The label must be one a record reader knows (``DOC_META_LABELS``, framed or not, the copy's
noun before it or not) or end in its colon; the value must be short, one line with no
sentence's marks, and nothing but blank lines between them. A title over a date
(工作总结 / 2021年3月5日) is no pair: the title is no listed label and has no colon.

A label left alone once the value under it went (the value read as a badge) does not take
the title under it: a value in words is short (资料君, 行政公文), a title is longer.

>>> from zhclean.rules.chrome._page import make_page
>>> pg = make_page("文档页数\\n\\n12页\\n上传时间：\\n2021-03-05\\n社区工会工作总结\\n今年以来，社区工会紧紧围绕中心工作，各项工作取得了新进展，职工满意度明显提升。\\n")
>>> sorted(split_record_pairs(pg).items())
[(0, 'trade'), (2, 'trade'), (3, 'trade'), (4, 'trade')]
"""
from __future__ import annotations

import re

from ._docsite_record import _META_LABEL_RE, _read_as, record_kind
from ._page import Page

# a label line: a few letters, framed or not, with its colon or not (文档页数, 【上传人】, 格式:)
_LABEL_LINE = re.compile(r"[【\[〔〖]?[\u4e00-\u9fffA-Za-z/（）()]{2,10}[】\]〕〗]?\s*(?P<colon>[:：])?")
MAX_VALUE_LINE = 24
MAX_LABEL_LINE = 16
# a value with no digit (a handle, a category) is short: 资料君, 行政公文, wx_lz (not 长兴…结对共建, a title)
MAX_WORD_VALUE = 8
_DIGIT = re.compile(r"\d")
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")


def _label_of(t: str) -> str | None:
    """The label ``t`` is, when it is a label alone: listed, or any short one with its colon."""
    m = _LABEL_LINE.fullmatch(t)
    if not m:
        return None
    bare = t.rstrip(" ：:")
    if m["colon"] or _META_LABEL_RE.fullmatch(bare):
        return bare
    return None


def split_record_pairs(pg: Page) -> dict[int, str]:
    """``{index: kind}`` of the label and value lines of record fields split over two lines,
    among the lines no reader takes alone."""
    lines = pg.lines
    out: dict[int, str] = {}
    texts = [i for i, ln in enumerate(lines) if ln.text.strip()]
    for a, b in zip(texts, texts[1:]):
        if a in out or len(lines[a].text.strip()) > MAX_LABEL_LINE or pg.body[a] or pg.body[b]:
            continue
        if record_kind(lines[a].text) is not None:
            continue  # (a value may read alone, 12页 or ¥29.69元: the label goes with it)
        label = _label_of(_read_as(lines[a].text).strip())
        if label is None:
            continue
        value = _read_as(lines[b].text).strip()
        if len(value) > MAX_VALUE_LINE or _SENTENCE_MARK.search(value) or _label_of(value) is not None:
            continue
        if len(value) > MAX_WORD_VALUE and not _DIGIT.search(value):
            continue  # a value in words is a handle or a category, short: not the title under a bare label
        kind = record_kind(f"{label}：{value}") or (record_kind(lines[b].text) if _label_of(value) is None else None)
        if kind is not None:
            out[a] = out[b] = kind
    return out


def other_halves(pairs: dict[int, str], taken) -> dict[int, str]:
    """``{index: reason}`` of the halves of split fields (``pairs``: by
    :func:`split_record_pairs`) whose other half is ``taken``: a label and its value go
    together, or a second cleaning would read the half left with the line next to it."""
    keys = list(pairs)  # (label, value) after each other, as split_record_pairs adds them
    out: dict[int, str] = {}
    for a, b in zip(keys[::2], keys[1::2]):
        if (a in taken) != (b in taken) and pairs[a] == pairs[b]:
            out[b if a in taken else a] = "the other half of a record field printed over two lines"
    return out
