"""N201: half-width punctuation in Chinese context becomes full-width."""
from __future__ import annotations

import re

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._text import HAN_RE, iter_lines

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# After these a mark belongs to Chinese text. Full-width marks this rule writes are not
# among them, so a second run sees the same contexts as the first.
_CJK_BEFORE = f"{_HAN}”’」』》】〉"
# After a number or a closing bracket, a comma or semicolon followed by Han is Chinese too.
_NUMERIC_BEFORE = "0-9%）)"
_MARK = re.compile(r"[,:;?!]")
# The marks that belong to Chinese text, found in one pass rather than judged one by one:
# after Han or a closing quote, unless a query string (页面?id=3) or an operator (!=); or
# a comma or semicolon between a number and Han (2019,我们).
_CHINESE_MARK = re.compile(f"(?<=[{_CJK_BEFORE}])(?:[,:;]|\\?(?![A-Za-z0-9=&_])|!(?!=))"
                           f"|(?<=[{_NUMERIC_BEFORE}])[,;](?=[{_HAN}])")
# A bracket pair on one line with nothing bracket-like inside.
_PAIR = re.compile(r"\(([^()（）\n]{1,100})\)")
_SHORT_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,3}")
# Spans where ASCII punctuation is syntax: URLs, e-mail addresses, inline code.
_PROTECTED = re.compile(r"(?:https?|ftp)://\S+|www\.[\w.-]+\S*|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+|`[^`\n]*`")
_MAYBE_PROTECTED = re.compile(r"://|www\.|@|`")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CALL_BEFORE = re.compile(r"[A-Za-z0-9_]")
_CODE_INSIDE = re.compile(r"['\"=]|^\s*$")
# Lines of program code: keywords at the start, braces or a semicolon at the end, operators.
_CODE_LINE = re.compile(
    r"^\s*(?:def|class|import|from|return|print|if|elif|else|for|while|with|try|except|function|var|let|const"
    r"|public|private|static|#include)\b|[{};]\s*$|==|!=|=>|->|\w\(\)|^\s*(?://|#)"
)


def _chinese_line(line: str, protected: list[tuple[int, int]]) -> bool:
    """More Han than Latin letters outside URLs: English sentences and code keep their
    punctuation."""
    if HAN_RE.search(line) is None:
        return False
    if _ASCII_LETTER.search(line) is None:
        return True
    letters = len(_ASCII_LETTER.findall(line)) - sum(len(_ASCII_LETTER.findall(line, a, b)) for a, b in protected)
    return len(HAN_RE.findall(line)) >= letters


def _pair_is_chinese(line: str, m: re.Match) -> bool:
    inner = m.group(1)
    if m.start() and _CALL_BEFORE.match(line[m.start() - 1]) or _CODE_INSIDE.search(inner):
        return False  # print('你好'), f(x): a call, not a bracketed remark
    if HAN_RE.search(inner):
        return True
    before = line[m.start() - 1] if m.start() else ""
    after = line[m.end()] if m.end() < len(line) else ""
    near_han = bool(HAN_RE.match(before)) or bool(HAN_RE.match(after))
    return _SHORT_NUMBER.fullmatch(inner) is not None and near_han


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
        edits = []
        for line in iter_lines(text):
            s = line.text
            if not (_MARK.search(s) or "(" in s):
                continue
            protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(s)] if _MAYBE_PROTECTED.search(s) else []
            if not _chinese_line(s, protected) or _CODE_LINE.search(s):
                continue

            def free(i: int) -> bool:
                return not any(a <= i < b for a, b in protected)

            base = line.start
            edits.extend(Edit(base + m.start(), base + m.end(), FULL_WIDTH[m.group()])
                         for m in _CHINESE_MARK.finditer(s) if not protected or free(m.start()))
            if "(" not in s:
                continue
            for m in _PAIR.finditer(s):
                if free(m.start()) and free(m.end() - 1) and _pair_is_chinese(s, m):
                    edits.append(Edit(line.start + m.start(), line.start + m.start() + 1, "（"))
                    edits.append(Edit(line.start + m.end() - 1, line.start + m.end(), "）"))
        return RuleResult(edits=edits)
