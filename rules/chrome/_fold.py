"""Label folding: the traditional spellings of chrome labels read as simplified ones.

The chrome rules run before script conversion (a footer is found on a traditional page
too), so every pattern is matched against the folded line. Folding maps one character to
one character, so an offset found in the folded text is valid in the original.

>>> fold("版權所有：嵊州市總工會")
'版权所有：嵊州市总工会'
"""
from __future__ import annotations

import re

from .vocab import TRAD_TO_SIMP

_TRADITIONAL = re.compile("[" + "".join(chr(c) for c in TRAD_TO_SIMP) + "]")
# No chrome line is longer than this; folding longer lines would only cost time.
MAX_CHROME_LINE = 300


def fold(s: str) -> str:
    """Traditional spellings of label characters to simplified, one character for one,
    so offsets found in the folded text are valid in the original."""
    if len(s) > MAX_CHROME_LINE or not _TRADITIONAL.search(s):
        return s
    # a traditional page's lines are folded again by every rule and on every version
    # of the page; str.translate looks each character up in a dict, so remember them
    folded = _FOLDED.get(s)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        folded = _FOLDED[s] = s.translate(TRAD_TO_SIMP)
    return folded


_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 1 << 15
