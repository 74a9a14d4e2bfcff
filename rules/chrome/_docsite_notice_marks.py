"""A notice heading of any wording, known by the marks that set it off (h43, issue 16).

A site may head its short notice with any word — 重要!!, ——Notice——, <<敬告>>, 〔Notice〕,
说明一下!!, Notice：— that no list holds and that :func:`._docsite_block.framed_heading`
does not read (a doubled frame, exclamation marks, a Latin word). The marks speak for it:
one word of two to eight Chinese letters, or three to twelve Latin ones, no digit, no
clause inside, and set off as a heading is:

* in a frame, single or doubled: 【X】, 〔X〕, 〖X〗, 「X」, <<X>>, 《《X》》, ——X——, ==X==;
* or followed by two or three exclamation marks (X!!, X！！) or a colon (X：);
* not numbered as a text's section is (一、概况, 第一条) — the word alone must be there.

The reader of a short notice (:mod:`._docsite_one_notice`) still asks its items to speak a
notice family of the copy and its place to be a marked copy's edge; the shape alone is no
notice (【活动时间】 over a text's own list speaks no copy's family).

>>> [marked_heading(s) for s in ["重要!!", "——Notice——", "<<敬告>>", "〔Notice〕", "Notice：", "说明一下!!"]]
[True, True, True, True, True, True]
>>> [marked_heading(s) for s in ["重要", "一、概况", "2023年工作总结：", "请注意，停电！", "Notice", "第一条：", "力量!"]]
[False, False, False, False, False, False, False]
"""
from __future__ import annotations

import re

from ._fold import fold

# the frames a heading sits in: each opener with its closer, single or doubled
_PAIRS = {"【": "】", "〔": "〕", "〖": "〗", "「": "」", "『": "』", "[": "]", "<": ">", "《": "》", "〈": "〉",
          "—": "—", "－": "－", "-": "-", "=": "=", "~": "~", "～": "～", "*": "*", "#": "#"}
_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z ]{1,10}[A-Za-z]")
# (two or three exclamation marks: one ends a slogan's or a verse's line, 力量!)
_TRAIL = re.compile(r"(?:[!！]{2,3}|[:：])$")
# (a word that numbers a text's section, not a site's heading)
_SECTION_WORD = re.compile(r"^[一二三四五六七八九十]+$|^第[一二三四五六七八九十\d]+[章节条部分]$")
MAX_LEN = 20
# (the last character a marked heading can end with: read before the line is folded)
_LAST = frozenset("".join(_PAIRS.values()) + "!！:：")


def marked_heading(s: str) -> bool:
    """One word set off by a frame, exclamation marks or a colon (see the module's doc)."""
    t = s.strip()
    if not t or len(t) > MAX_LEN or t[-1] not in _LAST:
        return False
    t = fold(t)
    core, marked = t, False
    m = _TRAIL.search(core)
    if m:
        core, marked = core[:m.start()].rstrip(), True
    # peel a frame, single or doubled (<<X>>, ——X——), its two sides alike
    for _ in range(2):
        if len(core) >= 3 and core[0] in _PAIRS and core[-1] == _PAIRS[core[0]]:
            core, marked = core[1:-1].strip(), True
    return marked and bool(_WORD.fullmatch(core)) and not _SECTION_WORD.match(core)
