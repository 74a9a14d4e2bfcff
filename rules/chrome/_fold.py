"""Label folding: the traditional spellings of chrome labels read as simplified ones.

The chrome rules run before script conversion (a footer is found on a traditional page
too), so every pattern is matched against the folded line. Folding maps one character to
one character, so an offset found in the folded text is valid in the original.

>>> fold("版權所有：嵊州市總工會")
'版权所有：嵊州市总工会'
"""
from __future__ import annotations

import re
import unicodedata

from ._memo import LineMemo
from .vocab import TRAD_TO_SIMP

_TRADITIONAL = re.compile("[" + "".join(chr(c) for c in TRAD_TO_SIMP) + "]")
# No chrome line is longer than this; folding longer lines would only cost time.
MAX_CHROME_LINE = 300


def _fold_line(s: str) -> str:
    if len(s) > MAX_CHROME_LINE or not _TRADITIONAL.search(s):
        return s
    return s.translate(TRAD_TO_SIMP)


#: ``fold(s)``: traditional spellings of label characters to simplified, one character
#: for one, so offsets found in the folded text are valid in the original; a line longer
#: than any chrome line is left as it is. Every rule folds the lines it looks at, on
#: every version of a page (135,000 calls on a 5 MB corpus), so each line's answer is
#: remembered: a line seen before costs one dict look-up (a longer line is returned
#: as it is, and not remembered).
fold = LineMemo(_fold_line, longest=MAX_CHROME_LINE)


def fold_any_length(s: str) -> str:
    """:func:`fold` for a line of any length (a notice may run long): translated only
    when it holds a traditional spelling, since ``str.translate`` costs a dict look-up
    per character and most lines hold none.

    >>> fold_any_length("本站資源"), fold_any_length("本站资源")
    ('本站资源', '本站资源')
    """
    return s.translate(TRAD_TO_SIMP) if _TRADITIONAL.search(s) else s



def symbol_class(keep: str = "") -> str:
    """The body of a regex character class of every symbol (Unicode So, Sm) in the blocks
    from general punctuation to miscellaneous symbols and arrows (U+2000–U+2BFF: arrows,
    technical, box drawing, blocks, geometric shapes, dingbats), less ``keep``: what a
    site sets around a heading or between items in whatever font (✦ ◈ ♦ ⋮ ┆ ◤ ✪ ☞), read
    by the character's kind rather than listed glyph by glyph.

    >>> all(c in symbol_class() for c in "✦◈♦⋮┆◤✪☞"), "★" in symbol_class("★☆"), "页" in symbol_class()
    (True, False, False)
    """
    return "".join(re.escape(chr(c)) for c in range(0x2000, 0x2C00)
                   if unicodedata.category(chr(c)) in ("So", "Sm") and chr(c) not in keep)
