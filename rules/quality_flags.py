"""Q101–Q104: damage a person should look at. These rules flag; they never change text."""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from zhclean.model import Flag, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._layout import visible_len
from ._text import Line, han_count, iter_lines

_CENSOR = re.compile(
    r"[*＊](?:[ \u3000]?[*＊]){2,}"  # *** or * * *
    r"|[×✕╳]{2,}"  # ××市
    r"|[□■〓]{2,}"  # □□ (missing glyphs or blacked out)
    r"|(?<![A-Za-z])[Xx]{2,3}(?![A-Za-z])(?=[\u4e00-\u9fff])"  # XX公司
)

_CENSOR_CHARS = re.compile(r"[*＊×✕╳□■〓Xx]")


class _MarkFlags(Rule):
    """What Q101 and Q103 share: flag every match of ``marks`` with ``message`` and
    ``score``, after ``screen`` (one character class, far cheaper) has found a character
    a mark needs. Subclasses set the four, and ``skip_ascii`` when no mark is ASCII."""

    stage = Stage.QUALITY
    screen: re.Pattern[str]
    marks: re.Pattern[str]
    message: str
    score: float
    skip_ascii = False

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if (self.skip_ascii and text.isascii()) or self.screen.search(text) is None:
            return RuleResult()
        return RuleResult(flags=[Flag(m.start(), m.end(), self.message, score=self.score)
                                 for m in screened_matches(self.screen, self.marks, text)])


def screened_matches(screen: re.Pattern[str], marks: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(marks.finditer(text))`` for ``marks`` whose every match starts with a
    character ``screen`` finds: ``marks`` is tried only where ``screen`` finds one. (A
    long alternation is tried at every place of a text, and costs twenty times a
    character class searched in C.)

    >>> [m.group() for m in screened_matches(_CENSOR_CHARS, _CENSOR, "××市×局向XX公司、box和Xx1发放* * *")]
    ['××', 'XX', '* * *']
    """
    found = []
    hit = screen.search(text)
    while hit is not None:
        m = marks.match(text, hit.start())  # a look-behind still sees the text before
        if m is None:
            hit = screen.search(text, hit.start() + 1)
        else:
            found.append(m)
            hit = screen.search(text, m.end())
    return found


class CensorMarks(_MarkFlags):
    """Flag censor and placeholder marks: ``* * *``, ``××``, ``□□``, ``XX公司``.

    **What it does.** Flags runs of asterisks, multiplication signs, white or black
    squares and ``XX`` before Han, each with its span.

    **Why.** Text with words blacked out, anonymised (``××市××局``) or left as a
    template placeholder is not natural language; a corpus builder may want to drop or
    down-weight it, but only a person can tell a redaction from a section divider.

    **Anti-pattern**::

        ××市总工会于2019年走访了□□等困难职工,并向XX公司发放慰问金。

    **Best practice**::

        ××市总工会于2019年走访了□□等困难职工,并向XX公司发放慰问金。

    (unchanged, with three flags.)
    """

    code = "Q101"
    name = "quality.censor-marks"
    summary = "censor or placeholder marks (* * *, ××, □□, XX公司)"
    screen = _CENSOR_CHARS
    marks = _CENSOR
    message = "censor or placeholder mark: text was removed or anonymised here"
    score = 0.8


_OPENERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "「": "」", "『": "』", "〈": "〉"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_ANY_MARK = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
_CONTEXT = 8
_CONTINUED = "“「『"


def unbalanced(line: str) -> list[int]:
    """Offsets of opening marks never closed and closing marks never opened on a line.

    Quotes and brackets close in order; a closer that does not match the innermost opener
    is matched further out if it can be, so one stray mark yields one finding.

    >>> unbalanced("都要开展多种形式的“送温暖活动,选准活动载体")
    [9]
    >>> unbalanced("“三位一体”（总体推进）《工会法》")
    []
    >>> unbalanced("一是安全）二是")
    [4]
    """
    stack: list[int] = []
    bad: list[int] = []
    for m in _ANY_MARK.finditer(line):
        ch, i = m.group(), m.start()
        if ch in _OPENERS:
            stack.append(i)
            continue
        opener = _CLOSERS[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if line[stack[depth]] == opener:
                bad.extend(stack[depth + 1:])
                del stack[depth:]
                break
        else:
            bad.append(i)
    return sorted(bad + stack)


class UnbalancedMarks(Rule):
    """Flag quotes and brackets that open and never close in their paragraph, or close
    without opening (``“送温暖活动,选准活动载体``).

    **What it does.** Matches “” ‘’ （） () 《》 【】 「」 『』 〈〉 within each line and
    flags each mark left without its partner, with the text that follows it.

    **Leaves alone** a quotation over several paragraphs written the Chinese way: each
    paragraph opens with “ and only the last one closes.

    **Why.** A lost closing quote usually means text was cut (a scraper dropped an
    element, a converter ate a character), and it breaks quote-aware sentence splitting.
    Only a person can say where the mark belongs, so it is flagged, not fixed.

    **Anti-pattern**::

        对关系职工群众切身利益的住房、特困补助等各个方面都要开展多种形式的“送温暖活动,选准活动载体。

    **Best practice**::

        对关系职工群众切身利益的住房、特困补助等各个方面都要开展多种形式的“送温暖活动,选准活动载体。

    (unchanged, with a flag on ``“送温暖活动,选``.)
    """

    code = "Q102"
    name = "quality.unbalanced-marks"
    summary = "quotes or brackets opened and never closed, or closed and never opened"
    stage = Stage.QUALITY

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if _ANY_MARK.search(text) is None:
            return RuleResult()
        if "\r" in text:  # rare: every line looked at
            lines = [line for line in iter_lines(text) if line.text.strip()]
            return RuleResult(flags=[fl for k, line in enumerate(lines)
                                     for fl in _unbalanced_flags(line, lines[k + 1].text if k + 1 < len(lines) else "")])
        # only the lines whose marks do not pair up by themselves are looked at in Python
        flags = []
        parts = text.split("\n")
        starts = None
        for k in _unpaired_line_numbers(text):
            if starts is None:
                starts = [0, *accumulate(len(part) + 1 for part in parts)]
            following = next((part for part in parts[k + 1:] if part.strip()), "")
            flags.extend(_unbalanced_flags(Line(starts[k], starts[k] + len(parts[k]), starts[k + 1], parts[k]), following))
        return RuleResult(flags=flags)


def _unbalanced_flags(line: Line, following: str) -> list[Flag]:
    """The flags of the marks :func:`unbalanced` finds on ``line``; ``following`` is the
    next non-blank line (a quotation over several paragraphs opens each of them)."""
    flags = []
    following = following.lstrip()
    for i in unbalanced(line.text):
        ch = line.text[i]
        if ch in _CONTINUED and following.startswith(ch) and not line.text[:i].strip():
            continue  # a quotation over several paragraphs opens each and closes once
        if ch in _OPENERS:
            start, end = line.start + i, line.start + min(len(line.text), i + 1 + _CONTEXT)
            message = f"{ch} is not closed in this paragraph"
        else:
            start, end = line.start + max(0, i - _CONTEXT), line.start + i + 1
            message = f"{ch} closes nothing opened in this paragraph"
        flags.append(Flag(start, end, message, score=0.7))
    return flags


# the text cut down to its marks and line breaks; a line whose marks are well nested
# empties once adjacent pairs are cut again and again, and :func:`unbalanced` finds
# nothing on it (a well-nested line needs no Python walk)
_NOT_MARK = re.compile("[^" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "\n]+")
_ADJACENT_PAIR = re.compile("|".join(re.escape(o + c) for o, c in _OPENERS.items()))
_MARKS_LEFT = re.compile("[^\n]+")


def _unpaired_line_numbers(text: str) -> list[int]:
    """Indexes (among ``text.split("\\n")``) of the lines whose quotes and brackets are not
    well nested: the only lines :func:`unbalanced` can find a mark on.

    >>> _unpaired_line_numbers("“三位一体”（总体推进）\\n一是安全）二是\\n《工会法》\\n“送温暖")
    [1, 3]
    """
    marks = _NOT_MARK.sub("", text)
    while True:
        marks, cut = _ADJACENT_PAIR.subn("", marks)
        if not cut:
            break
    numbers, line, at = [], 0, 0
    for m in _MARKS_LEFT.finditer(marks):
        line += marks.count("\n", at, m.start())
        at = m.start()
        numbers.append(line)
    return numbers


_GARBLED = re.compile(
    "\ufffd+"  # replacement characters: bytes that could not be decoded
    "|(?:锟斤拷)+|(?:烫){3,}|(?:屯){3,}"  # UTF-8 U+FFFD read as GBK; uninitialised memory
    "|[\u00c2-\u00f4][\u0080-\u00bf]"  # Latin-1 mojibake ftfy could not repair
    "|[\ue000-\uf8ff]+"  # private-use glyphs from PDF fonts
)

_GARBLED_CHARS = re.compile("[\ufffd锟烫屯\u00c2-\u00f4\ue000-\uf8ff]")


class GarbledText(_MarkFlags):
    """Flag replacement characters (U+FFFD), 锟斤拷, 烫烫烫, leftover mojibake and
    private-use glyphs.

    **What it does.** Flags each run with its span. N102 has already repaired the
    mojibake that can be repaired; what is left here lost information.

    **Why.** U+FFFD means bytes were decoded with the wrong charset and thrown away;
    锟斤拷 is that same damage decoded twice; private-use characters are icons or
    font-specific glyphs from PDF extraction. The words are gone: the text should be
    re-fetched or dropped, not trained on.

    **Anti-pattern**::

        加快转变经济发展方�式,锟斤拷推动工会工作改革发展。

    **Best practice**::

        加快转变经济发展方�式,锟斤拷推动工会工作改革发展。

    (unchanged, with two flags.)
    """

    code = "Q103"
    name = "quality.garbled-text"
    summary = "replacement characters (U+FFFD), 锟斤拷, leftover mojibake, private-use glyphs"
    screen = _GARBLED_CHARS
    marks = _GARBLED
    message = "garbled text: characters were lost in decoding"
    score = 0.9
    skip_ascii = True  # every mark is non-ASCII


#: Paragraphs shorter than this repeat legitimately (一是…, 同志们：, table cells).
MIN_REPEAT_CHARS = 20
#: Prose has Han; a repeated line of code (client = redis.Redis()) is not a repeat.
MIN_REPEAT_HAN = 10


class RepeatedParagraphs(Rule):
    """Flag a paragraph that repeats an earlier paragraph of the same document.

    **What it does.** Compares paragraphs (lines) of 20 or more characters with at least
    10 Han characters, ignoring surrounding whitespace, and flags every repetition after
    the first with the line number of the original. Repeated code lines in a tutorial and
    short labels are not flagged.

    **Why.** Scrapers that follow pagination, templates that print a summary and then the
    article, and spun text all duplicate paragraphs; duplicates skew a corpus and inflate
    memorisation. Deleting is left to the corpus builder.

    **Anti-pattern**::

        通过学习,提高了工作效率,工会事业得到了进一步发展。
        市总工会被评为全市学习型机关、学习型组织示范点。
        通过学习,提高了工作效率,工会事业得到了进一步发展。

    **Best practice**::

        通过学习,提高了工作效率,工会事业得到了进一步发展。
        市总工会被评为全市学习型机关、学习型组织示范点。
        通过学习,提高了工作效率,工会事业得到了进一步发展。

    (unchanged, with a flag on the third line.)
    """

    code = "Q104"
    name = "quality.repeated-paragraphs"
    summary = "a paragraph that repeats an earlier one in the same document"
    stage = Stage.QUALITY

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if "\r" in text:  # rare: cut at every kind of break
            lines = [ln.text for ln in iter_lines(text)]
            starts = [ln.start for ln in iter_lines(text)]
        else:
            lines = text.split("\n")
            starts = None
        keys = list(map(str.strip, lines))
        # only a paragraph that stands twice can be flagged: counted in C, then judged
        repeated = {key for key, n in Counter(keys).items()
                    if n > 1 and len(key) >= MIN_REPEAT_CHARS and visible_len(key) >= MIN_REPEAT_CHARS
                    and han_count(key) >= MIN_REPEAT_HAN}  # not code a tutorial repeats
        if not repeated:
            return RuleResult()
        if starts is None:
            starts = [0, *accumulate(len(line) + 1 for line in lines)]
        seen: dict[str, int] = {}
        flags = []
        for number, key in enumerate(keys, 1):
            if key in repeated:
                first = seen.setdefault(key, number)
                if first != number:
                    offset = starts[number - 1] + lines[number - 1].index(key)
                    flags.append(Flag(offset, offset + len(key), f"repeats the paragraph on line {first}", score=0.9))
        return RuleResult(flags=flags)
