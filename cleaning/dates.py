"""Dates as Chinese pages print them, read into ISO 8601: the one parser of zhclean.

The text rules (publication lines, datelines under a title) and HTML extraction (meta
tags, ``<time>``, info lines) both fill ``meta.published_at``; they read dates here so
that one date string gives one value, whichever path it came by. Only real calendar
dates are accepted (``2019-02-31`` is not one); a time that is not a real time is dropped
and the day kept.

>>> parse_date("发布时间：2019年10月25日 17时09分"), parse_date("2019年10月25日17时09分30秒")
('2019-10-25T17:09:00', '2019-10-25T17:09:30')
>>> parse_date("2019-10-25 17:09:02"), parse_date("二〇二一年三月四日"), parse_date("1985-05-05 10:00")
('2019-10-25T17:09:02', '2021-03-04', '1985-05-05T10:00:00')
>>> parse_date("2019-02-31") is None, parse_date("共2023人参加") is None
(True, True)
>>> parse_date("20191025", compact=True), parse_date("2023-05-12T09:30:00+0800")
('2019-10-25', '2023-05-12T09:30:00+08:00')
"""
from __future__ import annotations

import datetime as dt
import re

# Spaces a page may put inside a date; never a line break, so a date never spans lines.
_SP = r"[ \t\u00a0\u3000]*"
_TIME = (
    r"(?:" + _SP + r"T?" + _SP + r"(?P<H>\d{1,2})" + _SP + r"[:：时]" + _SP + r"(?P<M>\d{2})(?:" + _SP
    + r"[:：分]" + _SP + r"(?P<S>\d{2})(?:\.\d+)?" + _SP + r"秒?|" + _SP + r"分)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
#: A date in Arabic digits, ``2019-10-25``, ``2019/10/25``, ``2019.10.25`` or
#: ``2019年10月25日``, with an optional time (``17:09``, ``17时09分``, ``T17:09:02+08:00``).
DATE_RE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})" + _SP + r"[-/.年]" + _SP + r"(?P<m>\d{1,2})" + _SP + r"[-/.月]"
    + _SP + r"(?P<d>\d{1,2})(?!\d)" + _SP + r"日?" + _TIME
)
_CN = "〇○零Ｏ一二三四五六七八九十"
#: A date in Chinese numerals, as official documents date themselves: 二〇二一年三月四日.
CN_DATE_RE = re.compile(rf"(?P<y>[{_CN}]{{4}})年(?P<m>[{_CN}]{{1,2}})月(?P<d>[{_CN}]{{1,3}})日")
#: A line that is nothing but a date and time (the bare date under a news title).
DATE_ONLY_RE = re.compile(
    rf"^[\s(（\[【]*(?:{DATE_RE.pattern}|{CN_DATE_RE.pattern.replace('?P<', '?P<c')})[\s)）\]】]*$"
)
#: A date introduced by a publication label, as info lines under a title print it.
LABELLED_DATE_RE = re.compile(
    r"(?:发布|发表|更新|公布|成文|印发|上传|录入|信息)?(?:时间|日期)" + _SP + r"[:：]?" + _SP + r"(?=[\d〇○零Ｏ一二])"
)
_COMPACT_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(s: str) -> int | None:
    """十 = 10, 二十五 = 25, 二〇二一 = 2021 (digit by digit when there is no 十)."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        if "十" in ones or (tens and tens not in _CN_DIGIT) or (ones and ones not in _CN_DIGIT):
            return None
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    n = 0
    for ch in s:
        if ch not in _CN_DIGIT:
            return None
        n = n * 10 + _CN_DIGIT[ch]
    return n


def _real(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> bool:
    try:
        dt.datetime(y, m, d, hh, mm, ss)
    except ValueError:
        return False
    return True


def iso_date(y: int, m: int, d: int, hh: str | None = None, mm: str | None = None, ss: str | None = None,
             tz: str | None = None) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS[tz]``; ``None`` if the day is not a real one."""
    if not _real(y, m, d):
        return None
    day = f"{y:04d}-{m:02d}-{d:02d}"
    if hh is None or mm is None:
        return day
    H, Mi, S = int(hh), int(mm), int(ss or 0)
    if not _real(y, m, d, H, Mi, S):
        return day
    out = f"{day}T{H:02d}:{Mi:02d}:{S:02d}"
    if tz:
        out += "Z" if tz == "Z" else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
    return out


def from_match(m: re.Match[str]) -> str | None:
    """ISO 8601 for a match of :data:`DATE_RE` (or of a pattern with the same groups)."""
    groups = m.groupdict()
    return iso_date(int(m["y"]), int(m["m"]), int(m["d"]), groups.get("H"), groups.get("M"), groups.get("S"),
                    groups.get("tz"))


def _from_cn_match(c: re.Match[str]) -> str | None:
    y, mo, d = _cn_number(c["y"]), _cn_number(c["m"]), _cn_number(c["d"])
    return None if y is None or mo is None or d is None else iso_date(y, mo, d)


def parse_date(value: str, *, compact: bool = False) -> str | None:
    """ISO 8601 for the first date in ``value`` (time kept when given), or ``None``.

    Month and day are read where they stand: ``2023年05月12日`` is 2023-05-12, never a
    bare year padded to January 1st. ``compact`` also accepts ``20191025`` (meta tags
    only: in running text eight digits are more often a number than a date).
    """
    m = DATE_RE.search(value)
    if m:
        return from_match(m)
    c = CN_DATE_RE.search(value)
    if c:
        return _from_cn_match(c)
    if compact:
        c = _COMPACT_RE.match(value.strip())
        if c:
            return iso_date(int(c["y"]), int(c["m"]), int(c["d"]), c["H"], c["M"], c["S"])
    return None


def labelled_date(text: str) -> str | None:
    """The first date introduced by 发布时间/发布日期/时间/日期 in ``text``.

    >>> labelled_date("来源：市总工会 发布时间：2023-05-12 09:30 浏览次数：12")
    '2023-05-12T09:30:00'
    >>> labelled_date("成文日期：二〇二一年三月四日")
    '2021-03-04'
    """
    for m in LABELLED_DATE_RE.finditer(text):
        d = DATE_RE.match(text, m.end())
        if d:
            return from_match(d)
        c = CN_DATE_RE.match(text, m.end())
        if c:
            return _from_cn_match(c)
    return None


__all__ = ["DATE_RE", "CN_DATE_RE", "DATE_ONLY_RE", "LABELLED_DATE_RE", "parse_date", "labelled_date",
           "iso_date", "from_match"]
