"""The licence numbers C101 cuts (ICP and 公网安备 filing numbers), as patterns: C101's own,
shared with the page model, which must not read a line of them as a prose fragment
(C101 builds on the page model, so they live here, below both)."""
from __future__ import annotations

import re

# One-character abbreviations of the 34 provincial-level divisions, as filing numbers use them.
_PROVINCE = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台"
# Their traditional forms, so footers are found before (or without) script conversion.
_TO_SIMPLIFIED = str.maketrans("滬雲遼魯蘇贛晉陝閩貴粵寧瓊臺備證號網", "沪云辽鲁苏赣晋陕闽贵粤宁琼台备证号网")
_PROVINCE += "滬雲遼魯蘇贛晉陝閩貴粵寧瓊臺"

ICP_RE = re.compile(
    rf"(?P<icp>[{_PROVINCE}]\s*ICP\s*[备備证證]\s*(?:案\s*)?(?:[:：]\s*)?\d{{6,12}}\s*[号號]?(?:\s*[-－]\s*\d{{1,3}})?)",
    re.I,
)
POLICE_RE = re.compile(
    rf"(?P<police>[{_PROVINCE}]\s*公\s*[网網]\s*安\s*[备備]\s*(?:[:：]\s*)?\d{{10,16}}\s*[号號]?)"
)

# A label that only introduces the number, and what separates footer items on one line.
# No two runs of spaces stand side by side in these patterns (``\s*[:：]?\s*`` is written
# ``\s*(?:[:：]\s*)?``, the same text): each pair made the search of a line with a long run
# of spaces one power slower (``icp`` + 1,000 spaces: 3.1 s before, 0.12 s after).
_LABEL = r"(?:(?:(?:网站|ICP|互联网)\s*)?(?:备案|備案)\s*(?:号|號|编号|信息)?|ICP\s*(?:证|證|经营许可证)|经营许可证(?:编号)?)\s*(?:[:：]\s*)?"
_SEP = r"[\s|｜·•/、,，;；]*"
_SPAN_RE = re.compile(rf"{_SEP}(?:{_LABEL})?(?:{ICP_RE.pattern}|{POLICE_RE.pattern}){_SEP}", re.I)
# (the letters spelled out in every case re.I reads them in, İ and ı too: a pattern that opens
# with a character class is scanned for in C, while re.I tried every character of the page
# and cost C101 four fifths of its time)
# (and one class first, the branches' first characters, so that the scan skips in C to the
# next i or 公: two branches that open with a class and a literal were tried at every offset)
_ANCHOR = re.compile(r"[iI\u0130\u0131公](?:(?<=[iI\u0130\u0131])[cC][pP]|(?<=公)\s*[网網]\s*安)")


def without_licence_numbers(s: str) -> str:
    """``s`` with its licence numbers (and their labels and separators) cut, as C101 cuts
    them; ``s`` itself when it holds none or is longer than C101 reads.

    >>> without_licence_numbers("浙ICP备14041666号 市总工会主办")
    '市总工会主办'
    """
    if len(s) > MAX_RAW_LICENCE_LINE or not _ANCHOR.search(s):
        return s
    return _SPAN_RE.sub("", s)


#: Longest line C101 reads, as L301 and L302 will lay it out: a second cleaning sees it so
#: (a run of 22 no-break spaces is one tab then), and must come to the same verdict.
MAX_LICENCE_LINE = 1000
#: Longest line C101 reads at all, before it is laid out: the span pattern is quadratic in a
#: run of spaces (2,000 of them: about 0.4 s).
MAX_RAW_LICENCE_LINE = 2 * MAX_LICENCE_LINE
