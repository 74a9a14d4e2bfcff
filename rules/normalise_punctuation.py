"""N201: half-width punctuation in Chinese context becomes full-width."""
from __future__ import annotations

import bisect
import re
from functools import partial

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._text import HAN_RE, Line, han_count, line_at

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# After these a mark belongs to Chinese text. Full-width marks this rule writes are not
# among them, so a second run sees the same contexts as the first.
_CJK_BEFORE = f"{_HAN}”’」』》】〉"
# After a number or a closing bracket, a comma or semicolon followed by Han is Chinese too.
_NUMERIC_BEFORE = "0-9%）)"
_MARK = re.compile(r"[,:;?!]")
# The marks that belong to Chinese text, found in one pass over the whole text rather than
# judged one by one: after Han or a closing quote, unless a query string (页面?id=3) or an
# operator (!=); or a comma or semicolon between a number and Han (2019,我们). The pattern
# starts with the mark and looks back at its neighbour, so the regex engine skips straight
# from one mark to the next (a leading look-behind would be tried at every offset). No line
# break is in either context, so a match never depends on the line before.
_CHINESE_MARK = re.compile(f"[,:;?!](?:(?<=[{_CJK_BEFORE}][,:;])|(?<=[{_CJK_BEFORE}]\\?)(?![A-Za-z0-9=&_])"
                           f"|(?<=[{_CJK_BEFORE}]!)(?!=)|(?<=[{_NUMERIC_BEFORE}][,;])(?=[{_HAN}]))")
# A bracket pair on one line with nothing bracket-like inside.
_PAIR = re.compile(r"\(([^()（）\n\r]{1,100})\)")
_SHORT_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,3}")
# Spans where ASCII punctuation is syntax: URLs, e-mail addresses, inline code.
_PROTECTED = re.compile(r"(?:https?|ftp)://\S+|www\.[\w.-]+\S*|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+|`[^`\n]*`")
_MAYBE_PROTECTED = re.compile(r"://|www\.|@|`")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CALL_BEFORE = re.compile(r"[A-Za-z0-9_]")
_CODE_INSIDE = re.compile(r"['\"=]|^\s*$")
# Lines of program code: keywords or a comment at the start, braces or a semicolon at the
# end (see _code_line), operators inside. Each part starts with a literal, so the regex
# engine scans for it instead of trying every offset (``\w\(\)`` is found by its brackets).
_CODE_START = re.compile(
    r"\s*(?:def|class|import|from|return|print|if|elif|else|for|while|with|try|except|function|var|let|const"
    r"|public|private|static|#include)\b|\s*(?://|#)"
)
_CODE_INSIDE_LINE = re.compile(r"==|!=|=>|->|\(\)(?<=\w\(\))")
_CODE_END = ("{", "}", ";")


def _code_line(line: str) -> bool:
    """A line of program code (``if (x != y) {``, ``print('你好');``, ``# 注释``)."""
    return (_CODE_START.match(line) is not None or line.rstrip()[-1:] in _CODE_END
            or _CODE_INSIDE_LINE.search(line) is not None)


def _chinese_line(line: str, protected: list[tuple[int, int]]) -> bool:
    """More Han than Latin letters outside URLs: English sentences and code keep their
    punctuation."""
    if HAN_RE.search(line) is None:
        return False
    if _ASCII_LETTER.search(line) is None:
        return True
    letters = len(_ASCII_LETTER.findall(line)) - sum(len(_ASCII_LETTER.findall(line, a, b)) for a, b in protected)
    return han_count(line) >= letters


def _pair_is_chinese(text: str, m: re.Match, line: Line) -> bool:
    start, end = m.span()
    inner = m.group(1)
    before = text[start - 1] if start > line.start else ""
    if before and _CALL_BEFORE.match(before) or _CODE_INSIDE.search(inner):
        return False  # print('你好'), f(x): a call, not a bracketed remark
    if HAN_RE.search(inner):
        return True
    after = text[end] if end < line.end else ""
    near_han = bool(HAN_RE.match(before)) or bool(HAN_RE.match(after))
    return _SHORT_NUMBER.fullmatch(inner) is not None and near_han


# Every character that can start a protected span (``://``, ``www.``, ``@``, `` ` ``), an
# operator of a code line (``== != => -> ()``) or a Latin letter: a line with none of them is
# judged by its Han and its code start and end alone, after one scan instead of three.
_SYNTAX_OR_LETTER = re.compile(r"[A-Za-z/@`=>)]")


def _judge(line: Line) -> list[tuple[int, int]] | None:
    """``None`` if the line keeps its punctuation, else its protected spans (URLs, code)."""
    s = line.text
    if _SYNTAX_OR_LETTER.search(s) is None:
        if HAN_RE.search(s) is None or _CODE_START.match(s) is not None or s.rstrip()[-1:] in _CODE_END:
            return None
        return []
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(s)] if _MAYBE_PROTECTED.search(s) else []
    if not _chinese_line(s, protected) or _code_line(s):
        return None
    return protected


_START, _GROUP = re.Match.start, re.Match.group
_PLUS_ONE = (1).__add__
_FULL_WIDTH_OF = FULL_WIDTH.__getitem__
# An Edit made from a (start, end, replacement) tuple without a Python-level call.
_new_edit = partial(tuple.__new__, Edit)


def _line_at_lf(text: str, pos: int) -> Line:
    """``line_at`` for a text whose only breaks are ``\\n``: found by ``str.find`` in both
    directions, a faster scan than the regex for any of three breaks."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        return Line(start, len(text), len(text), text[start:])
    return Line(start, end, end + 1, text[start:end])


def _free(protected: list[tuple[int, int]], i: int) -> bool:
    return not any(a <= i < b for a, b in protected)


class FullWidthPunctuation(Rule):
    """Half-width ``, : ; ? ! ( )`` in Chinese text become ``， ： ； ？ ！ （ ）``.

    **What it does.** Converts a comma, colon, semicolon, question or exclamation mark
    that follows a Han character or a closing quote; a comma or semicolon between a
    number and Han (``2019,我们``); and a pair of round brackets around Han text or a
    short item number next to Han (``部(室)``, ``(一)``).

    **Leaves alone** numbers and times (``1,000``, ``17:09:02``), URLs, e-mail addresses,
    inline code, lines of program code (``print('你好')``), lines with more Latin letters
    than Han (English), query strings (``?id=3``), unpaired brackets (a quality flag's
    business).

    **Why.** Pages typed on an English keyboard, or converted from other formats, mix
    ASCII punctuation into Chinese; tokenisers, sentence splitters and deduplication then
    see two spellings of the same sentence.

    **Anti-pattern**::

        通过学习,大家深刻认识到工会工作者责任重大;将优秀人才选拔到部(室)岗位上!时间:17:09:02

    **Best practice**::

        通过学习，大家深刻认识到工会工作者责任重大；将优秀人才选拔到部（室）岗位上！时间：17:09:02
    """

    code = "N201"
    name = "normalise.full-width-punctuation"
    summary = "half-width , : ; ? ! ( ) in Chinese context become full-width"
    stage = Stage.PUNCTUATION

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if text.isascii():
            return RuleResult()
        # Marks and bracket pairs are found over the whole text (neither can cross a line
        # break, and a look-ahead that meets one fails as at the end of a line alone); a line
        # that holds one is judged once, and the edits of its marks are then made in C (map
        # over the match list), as most marks change: 90,000 for 5 MB.
        judged: dict[int, list[tuple[int, int]] | None] = {}
        edits: list[Edit] = []
        marks = list(_CHINESE_MARK.finditer(text))
        starts = list(map(_START, marks))
        i, n = 0, len(starts)
        find_line = line_at if "\r" in text else _line_at_lf
        while i < n:
            line = find_line(text, starts[i])
            protected = judged[line.start] = _judge(line)
            j = bisect.bisect_left(starts, line.end, i)
            if protected == []:
                at = starts[i:j]
                edits += map(_new_edit, zip(at, map(_PLUS_ONE, at), map(_FULL_WIDTH_OF, map(_GROUP, marks[i:j]))))
            elif protected:
                base = line.start
                edits += [Edit(at, at + 1, FULL_WIDTH[text[at]]) for at in starts[i:j] if _free(protected, at - base)]
            i = j
        if "(" not in text:
            return RuleResult(edits=edits)
        line = None
        for m in _PAIR.finditer(text):
            start, end = m.span()
            if line is None or start >= line.end:
                line = find_line(text, start)
                protected = judged[line.start] if line.start in judged else judged.setdefault(line.start, _judge(line))
            if protected is None or not (_free(protected, start - line.start) and _free(protected, end - 1 - line.start)):
                continue
            if _pair_is_chinese(text, m, line):
                edits.append(Edit(start, start + 1, "（"))
                edits.append(Edit(end - 1, end, "）"))
        return RuleResult(edits=edits)
