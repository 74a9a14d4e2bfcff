"""L202: page numbers and running lines that copying a document page by page leaves in the text.

(L201, the numbers glued to the start of each page, is in :mod:`zhclean.rules.layout_page_prefix`.)
These run with the chrome rules (Stage.CHROME), before L101 rejoins lines: a page number
is page furniture, and once it is gone the two halves of the sentence it split are an
ordinary broken line.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Set as AbstractSet
from statistics import median

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from .layout_page_prefix import MAX_PAGE_CHARS, MIN_PAGE_CHARS, MIN_PAGES, _block_removal
from ._layout import ends_sentence
from ._page_marks import MAX_RUNNING_CHARS, PAGE_NAMING, RUNNING_FOOTER, blocks, names_a_page, reading_form, running_lines
from ._text import Line, line_list

_SP = r"[^\S\r\n]*"
# A page number in any script a paged copy prints it in: Arabic or full-width digits (``\d``
# takes both), Chinese numerals (三, 十二, 一百零五) or Roman numerals (iv, XII).
# (and circled or parenthesised digits, as some typesetters number pages: ③, ❸, ⑶)
_NUMBER = r"(?:\d{1,4}|[零〇一二两三四五六七八九十百]{1,6}|[IVXLCivxlc]{1,7}|[Ⅰ-Ⅻⅰ-ⅻ]|[①-⑳⑴-⒇❶-❿➀-➉➊-➓])"
_PAGE = r"[页頁]"
_TOTAL = rf"[(（\[［]?_(?:共计|合计|总计|共|总)_{_NUMBER}_{_PAGE}_[)）\]］]?"  # 共 12 页, (总12页)
_SEP = r"[,，、/／|｜;；:：·\-－—–~～]?"
_WORD_CORES = re.compile(
    "|".join((
        rf"第_(?P<n1>{_NUMBER})_(?:[/／]_{_NUMBER}_)?{_PAGE}(?:_{_SEP}_(?:{_TOTAL}|{_NUMBER}))?",  # 第3页 共12页, 第3/12页, 第3页/12
        rf"(?:共计|合计|总计|共|总)_{_NUMBER}_{_PAGE}_{_SEP}_第_(?P<n2>{_NUMBER})_{_PAGE}",  # 共12页 第3页
        rf"(?P<n3>{_NUMBER})_{_PAGE}(?:_{_SEP}_(?:{_TOTAL}|{_NUMBER}_{_PAGE}))?",  # 3页, 3页/共12页, 3页/12页
        rf"(?P<n4>{_NUMBER})_[/／]_{_NUMBER}_{_PAGE}",  # 3/12页
        rf"(?P<n9>{_NUMBER})_{_SEP}_{_TOTAL}",  # 3（共12页）, 3 / 共12页
        rf"{_TOTAL}_{_SEP}_(?:当前_)?(?:第_)?(?P<n10>{_NUMBER})(?:_{_PAGE})?",  # 共12页 · 3, 共12页，当前第3页
        rf"当前_(?:第_(?P<n11>{_NUMBER})_{_PAGE}|{_PAGE}_[:：]?_(?P<n12>{_NUMBER}))(?:_{_SEP}_{_TOTAL})?",  # 当前第3页, 当前页：3
        rf"(?:页码|页次|页号|{_PAGE})_[:：]?_(?P<n5>{_NUMBER})(?:_[/／]_{_NUMBER})?(?:_[,，、/／|｜;；]?_{_TOTAL})?",  # 页码：3, 页 3/12
        rf"(?:[Pp]age|PAGE)_[:：.]?_(?P<n6>{_NUMBER})(?:_(?:of|OF|Of|/|／)_{_NUMBER}(?:_[Pp]ages)?)?",  # Page 3 of 12, Page iv
        r"(?:[Pp]g|[Pp])_\.?_(?P<n8>\d{1,4})(?:_(?:of|/|／)_\d{1,4})?",  # P3, p. 3, P3/12
        # (h27) a page word and a numeral of another script after a stop or a space: P 三, p. iv, P ③
        rf"(?:[Pp]g|[Pp]{{1,2}})[.．\s]_(?P<n13>{_NUMBER})(?:_(?:of|/|／)_{_NUMBER})?",
        rf"(?P<n7>{_NUMBER})_(?:of|OF)_{_NUMBER}(?:_[Pp]ages)?",  # 3 of 12
    )).replace("_", _SP)
)
_NUMBER_CORE = re.compile(rf"(?P<n>{_NUMBER})(?:{_SP}[/／]{_SP}(?P<total>{_NUMBER}))?")
#: Framing marks a page number stands between: dashes, dots, tildes, stars, bars.
_DECORATION = "-－—–―‐‑‒−﹣─━~～〜∼﹏·•・‧∙⋯*＊=＝_＿…|｜/／\\+＋^●○◆◇■□▪▫★☆◎♦◀▶◁▷▲▼△▽►◄"
_BRACKETS = dict(zip("([{（［｛【〔〖《〈<＜「『⟨〘〚｟«‹︵︷︹︻︽︿﹁﹃﹙﹛﹝❨❪❬❮❰❲❴“‘\"'",
                         ")]}）］｝】〕〗》〉>＞」』⟩〙〛｠»›︶︸︺︼︾﹀﹂﹄﹚﹜﹞❩❫❭❯❱❳❵”’\"'"))
#: Marks left on one side only (``第3页 >``, ``3.``, ``— 3``): the shape keeps them.
_ONE_SIDED = _DECORATION + "".join(_BRACKETS) + "".join(_BRACKETS.values()) + ".．:：,，、;；»«→←#№↑↓⇒⇐§"
#: A page-number line is short: longer lines carry something else.
MAX_FURNITURE_CHARS = 32


def _peel(line: str) -> tuple[str, str]:
    """The line's core and its frame: dashes or dots on both sides (``- 3 -`` → ``3``,
    ``d``) and brackets (``【3】`` → ``3``, ``b``), outermost first."""
    core, frame = line.strip(), ""
    while len(core) >= 3:
        if core[0] in _DECORATION and core[-1] in _DECORATION:
            core, frame = core.strip(_DECORATION).strip(), frame + "d"
        elif _BRACKETS.get(core[0]) == core[-1]:
            core, frame = core[1:-1].strip(), frame + "b"
        else:
            break
    bare = core.strip(_ONE_SIDED).strip()
    return (bare, frame + "p") if bare != core else (core, frame)


_CIRCLED = frozenset(chr(c) for lo, hi in ((0x2460, 0x2473), (0x2474, 0x2487), (0x2776, 0x277F), (0x2780, 0x2789),
                                           (0x278A, 0x2793)) for c in range(lo, hi + 1))
_HAN_DIGIT = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9)))
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def number_value(token: str) -> int | None:
    """The value of a page number: ``12``, ``１２``, ``十二``, ``一二``, ``xii`` → 12;
    ``None`` for a token that is no well-formed number."""
    if token.isdecimal():  # (③ is a digit to str.isdigit, but no decimal)
        return int(token)
    if len(token) == 1 and ("Ⅰ" <= token <= "Ⅻ" or "ⅰ" <= token <= "ⅻ" or token in _CIRCLED):
        return int(unicodedata.numeric(token))
    if token[0] in _HAN_DIGIT or token[0] in "十百":
        if "十" not in token and "百" not in token:  # 一二 read digit by digit
            return int("".join(str(_HAN_DIGIT[c]) for c in token)) if all(c in _HAN_DIGIT for c in token) else None
        m = re.fullmatch(r"(?:([一二两三四五六七八九])百)?(?:零?([一二三四五六七八九])?(十))?([一二三四五六七八九])?", token)
        if not m or not any(m.groups()):
            return None
        hundreds, tens, ten, ones = m.groups()
        return (_HAN_DIGIT[hundreds] * 100 if hundreds else 0) + ((_HAN_DIGIT[tens] if tens else 1) * 10 if ten else 0) + (_HAN_DIGIT[ones] if ones else 0)
    low = token.lower()
    if re.fullmatch(r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", low) and low:
        values = [_ROMAN[c] for c in low]
        return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    return None


def page_number_shape(line: str) -> tuple[str, int] | None:
    """How a line that is only a page number reads: ``("furniture", n)`` for shapes only
    page furniture takes (page words 第…页, 共…页, Page …; a number framed by dashes or dots),
    ``(shape, n)`` for a number a body line can be too (``3``, ``（3）``, ``3/12``), where
    ``shape`` is the line with the number as ``#`` (numbers of one shape make a run);
    ``None`` for anything else."""
    if len(line) > MAX_FURNITURE_CHARS * 2 or len(line.strip()) > MAX_FURNITURE_CHARS:
        return None
    core, frame = _peel(line)
    if not core:
        return None
    m = _WORD_CORES.fullmatch(core)
    if m:
        value = number_value(_first_number(m))
        return ("furniture", value) if value is not None else None
    m = _NUMBER_CORE.fullmatch(core)
    if not m:
        return None
    value = number_value(m.group("n"))
    total = number_value(m.group("total")) if m.group("total") else None
    if value is None or (m.group("total") and (total is None or value > total)):
        return None
    if m.group("n").isdigit() and len(m.group("n")) > 3 and not m.group("total"):
        return None  # a year (2019, —2019—) or an amount, not a page
    if "d" in frame:  # - 3 -, ·3·, —[3]—: only page furniture is framed so
        return "furniture", value
    # the line with its number as # (a total stays): （3） and [3] are two shapes, 3/12 and 3/15 too
    shape = re.sub(r"\s+", "", line[:line.find(m.group(0))] + "#" + line[line.find(m.group(0)) + len(m.group("n")):])
    return shape, value


# A page number in a frame no list above names: the line's numbers, and around them only
# symbols and punctuation (by Unicode category: ‖3‖, ⟦3⟧, %3%, 〓3〓), spaces, page words
# of either script (第 页 共 总 之 码, page, pp, of) — ``3 of 12 页``, ``共12页之第3页``,
# ``3 | 12``, ``page-3``. Such a line is only a shape: it needs a run to be a page number.
_TEMPLATE_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
# (h27) a numeral of any script a page is numbered in: Arabic, Han (三, 十二, 一〇), Roman as a
# word of its own (iv, XII), circled and Roman-numeral signs (③, Ⅳ)
_ANY_NUMERAL = re.compile(r"(?<!\d)\d{1,3}(?!\d)|[零〇一二两三四五六七八九十百]{1,6}|(?<![A-Za-z])[IVXLCivxlc]{1,7}(?![A-Za-z])"
                          r"|[Ⅰ-Ⅻⅰ-ⅻ①-⑳⑴-⒇❶-❿➀-➉➊-➓]")
# (面: a sheet's side, 第3面; 张: a slide, 第3张; 本页, 当前, 合计, 第3页完)
_TEMPLATE_HAN = frozenset("第页頁共总總计計之码碼版面张張本当前合完")  # (版: a newspaper's pages, 第3版)
_TEMPLATE_WORD = re.compile(r"[A-Za-z]+")
_TEMPLATE_WORDS = frozenset(("page", "pages", "pg", "pp", "p", "of", "total", "no"))  # (No. 3: h21)


def template_readings(line: str) -> list[tuple[str, int]]:
    """``(shape, n)`` for each number of a short line made of at most two numbers in a
    frame of symbols and page words (see above), the shape being the line with that
    number as ``#`` and the other as written (a total stays); ``[]`` for any other line.
    A number is a numeral of any script (``第三面``, ``No. iv``).

    >>> template_readings("‖ 3 ‖"), template_readings("共12页之第3页"), template_readings("总第三页")
    ([('‖#‖', 3)], [('共#页之第3页', 12), ('共12页之第#页', 3)], [('总第#页', 3)])
    >>> template_readings("第3章"), template_readings("3 of 12 items"), template_readings("1 2 3"), template_readings("-2019-")
    ([], [], [], [])
    """
    if len(line) > MAX_FURNITURE_CHARS:
        return []
    squeezed = "".join(line.split())
    numbers = list(_ANY_NUMERAL.finditer(squeezed))
    # one or two numbers, and as many with the spaces gone (``1 2 3`` is no page of a total)
    if not 1 <= len(numbers) <= 2 or len(_ANY_NUMERAL.findall(line)) != len(numbers):
        return []
    values = [number_value(m.group()) for m in numbers]
    if None in values or any(len(m.group()) > 3 and m.group().isdigit() for m in numbers):
        return []
    rest = _ANY_NUMERAL.sub("", squeezed)
    if any(w.lower() not in _TEMPLATE_WORDS for w in _TEMPLATE_WORD.findall(rest)):
        return []
    for ch in _TEMPLATE_WORD.sub("", rest):
        if ch not in _TEMPLATE_HAN and (ch.isalnum() or unicodedata.category(ch)[0] not in "PS"):
            return []  # another word or number: 第3章, 3号楼, 2019年
    return [(squeezed[:m.start()] + "#" + squeezed[m.end():], v) for m, v in zip(numbers, values)]


# A running footer: the page's number with the document's or the issuer's name beside it,
# the same words on every page (社区工会工作总结 第3页, — 3 — 嵊州市总工会, 3 | 市总工会文件,
# 本页为第3页). Read as a shape only, its words kept in it: only a run of three lines of the
# same words, numbered n, n+1, n+2 a page apart, is a page footer (a heading or a list
# item changes its words from one to the next).
_FOOTER_PROSE = re.compile(r"[。！？!?；;]")
# (a comma is a clause's unless it stands between page words: 第3页，共12页，打印时间：…)
_FOOTER_COMMA = re.compile(r"[，,]")
_FOOTER_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?![\d.%])")
_FOOTER_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?"
                          r"|(?<!\d)[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?!\d)")  # and a time: 打印时间 10:23


def running_footer_readings(line: str) -> list[tuple[str, int]]:
    """``(shape, n)`` for each number of a short line of words and one or two numbers, the
    shape being the line with that number as ``#`` (marked as a running footer's);
    ``[]`` for a line with a clause mark, or with no words around its number.

    >>> running_footer_readings("社区工会工作总结 第3页"), running_footer_readings("— 3 — 嵊州市总工会")
    ([('running:社区工会工作总结第#页', 3)], [('running:—#—嵊州市总工会', 3)])
    >>> running_footer_readings("共有3人获奖，其中2人为女职工"), running_footer_readings("2019年")
    ([], [])
    """
    if len(line) > MAX_RUNNING_CHARS or _FOOTER_PROSE.search(line) or (_FOOTER_COMMA.search(line) and not _PAGE_WORDS.search(line)):
        return []
    squeezed = "".join(line.split())
    # (a date in it, 2023-06-01 or 2023年6月, is the footer's words: its numbers are no page's;
    # read before the spaces go, so that 2023-06-01 10:23 stays a date and a time)
    dated = _FOOTER_DATE.sub(lambda m: re.sub(r"\S", "D", m.group()), line.strip())
    numbers = _footer_numbers(dated)
    if not 1 <= len(numbers) <= 2:
        return []  # (a year or a longer number beside them stays in the shape as written)
    words = _PAGE_WORDS.sub("", squeezed)
    if not _PAGE_WORDS.search(squeezed) and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", words)) < MIN_FOOTER_NAME:
        return []  # a page word, or a name beside the number: a bare number is the other readers'
    if any(_HEADING_NUMBER.search(squeezed[:a] + "#" + squeezed[b:]) for a, b, _ in numbers):
        return []  # 第3章, 第2节, 第5条: a heading numbered in a run heads what follows it
    return [(RUNNING_FOOTER + squeezed[:a] + "#" + squeezed[b:], n) for a, b, n in numbers]


# (h27) A footer's page number stands apart from its words: a word glued after it makes it a
# count or a name's (第1阶段, 3号楼, 第2小组 — headings numbered in a run), unless that word
# names the page (3页, 第3版). A numeral of another script than Arabic (三, iv, ③) stands
# apart on its left too, or after a page word (第三页, 页码三): the title's 统一 or 十四五
# holds no page's number.
_FOOTER_PAGE_WORD = frozenset("页頁版面张張")
_FOOTER_PAGE_PREFIX = frozenset("第页頁码碼")  # (第三页, 页码三)


def _is_word_char(ch: str) -> bool:
    return ch.isalpha() and ch not in _FOOTER_PAGE_WORD


def _footer_numbers(dated: str) -> list[tuple[int, int, int]]:
    """``(start, end, value)`` of a footer line's page-number candidates, as offsets in the
    line with its spaces gone; ``dated`` is the line with its dates masked."""
    found = []
    for m in _ANY_NUMERAL.finditer(dated):
        before = dated[m.start() - 1] if m.start() else " "
        after = dated[m.end()] if m.end() < len(dated) else " "
        arabic = m.group().isdigit() and m.group().isascii() or m.group().isdecimal()
        # (a decimal, 1.5, or a share, 3%, is no page's number; No.3 is)
        decimal = (before == "." and m.start() > 1 and dated[m.start() - 2].isdigit()) or after == "%" or (
            after == "." and m.end() + 1 < len(dated) and dated[m.end() + 1].isdigit())
        if arabic and (decimal or not _FOOTER_NUMBER.fullmatch(m.group())):
            continue
        if _is_word_char(after) or (not arabic and _is_word_char(before) and before not in _FOOTER_PAGE_PREFIX):
            continue
        value = number_value(m.group())
        if value is not None:
            start = len("".join(dated[:m.start()].split()))
            found.append((start, start + len("".join(m.group().split())), value))
    return found


# A running footer holds a page word or names something: this many letters beside its number.
MIN_FOOTER_NAME = 4
_PAGE_WORDS = re.compile(r"[页頁]|[Pp]age|PAGE")
_HEADING_NUMBER = re.compile(r"第#\s*[章节條条款篇编編卷部回课課讲講集期单單组組]")


def _first_number(m: re.Match) -> str:
    return next(v for k, v in m.groupdict().items() if v is not None and k.startswith("n"))


# A page number left after the last sentence of a page: "…的作用。 7"
# (a line may end in \r\n, \n or a lone \r: L301 makes them all \n only later)
# (the stop is matched, and group 1 is the number and its spaces: a pattern that opens with a
# character class is scanned for in C, one behind a lookbehind is tried at every character
# of the page, which cost L202 a fifth of its time)
#: How many times a page is read again once running lines are taken (a bound: one more
#: reading settles every generated page and every page of the corpora it was tried on).
MAX_REREADS = 2
_TRAILING_NUMBER = re.compile(r"[。！？!?”」』）]([^\S\r\n]+\d{1,3}[^\S\r\n]*)(?=[\r\n]|\Z)")

#: Every character a numeral of :data:`_NUMBER` or :data:`_ANY_NUMERAL` can hold, and the
#: full-width Latin letters :func:`reading_form` reads as Roman ones (Ｉ as I): a line with
#: none of them is no page number and no running line's number, to any reader of
#: :func:`_page_number_lines`, and one C search of the line says so (tests/test_layout_gate.py).
_NUMERAL_CHAR = re.compile(r"[\dＩＶＸＬＣｉｖｘｌｃ零〇一二两三四五六七八九十百IVXLCivxlcⅠ-Ⅻⅰ-ⅻ①-⑳⑴-⒇❶-❿➀-➉➊-➓]")

#: A page ends with a paragraph, not with a table's cell: the line before a page number
#: holds at least this many characters, read as the logical line it ends (see
#: :func:`_page_number_lines`).
MIN_LINE_BEFORE = 20
#: Fewest characters between two page numbers in a run.
MIN_GAP_CHARS = 60


def _page_number_lines(lines: list[Line], gone: AbstractSet[int] = frozenset()) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The lines only page furniture takes (indices), and ``(line index, number, shape)``
    of the lines that are a number a body line can be too, following a line of text; the
    lines ``gone`` (running lines this rule takes) are read as not there.

    The line before a number is measured as the logical line it ends: a paragraph's short
    last line under a line that leaves the sentence open (``…作为`` / ``工作取得新进展。`` /
    ``2``) is one line to a second cleaning, once L101 has joined them, so the number is
    judged after the whole of it on both cleanings. No sentence goes on past a number's line."""
    furniture, found = [], []
    before = 0  # characters of the logical line before: a line, and the open lines above it
    above = ""  # that line, or "" when it is a number's (no sentence goes on past it)
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped or i in gone:
            continue
        if not _NUMERAL_CHAR.search(stripped):
            # (no numeral: no reader below finds a number; 57 % of c5's short lines)
            before, above = _logical_length(stripped, before, above), stripped
            continue
        # (Ｐ3 as P3; 一 3 一, a 公文's dashes copied as 一, only as a shape that needs a run)
        reading, run_only = reading_form(stripped) if len(stripped) <= 2 * MAX_RUNNING_CHARS else (stripped, True)
        read = page_number_shape(reading) if len(reading) <= MAX_FURNITURE_CHARS and not run_only else None
        numbered = read is not None
        if read and read[0] == "furniture":
            furniture.append(i)
        elif read and before >= MIN_LINE_BEFORE:
            found.append((i, read[1], read[0]))
        elif read is None and len(reading) <= MAX_RUNNING_CHARS:
            framed = template_readings(reading)
            readings = framed or running_footer_readings(reading)
            numbered = bool(readings)
            # (after a short line, only a shape that names a page: a running head at the top
            # of the first page has no text above it, a table's cell is no page's number; h27:
            # nor is a number in a frame of symbols, ⊙ 3 ⊙, which may close a page that ends
            # in a list item or a table's row, and needs a run all the same)
            found += [(i, n, shape) for shape, n in readings
                      if before >= MIN_LINE_BEFORE or names_a_page(shape) or (framed and shape != "#")]
        # (a number's line may end the logical line above it, P`!7 under …作为, but no sentence
        # goes on past it)
        before, above = _logical_length(stripped, before, above), "" if numbered else stripped
    return furniture, found


def _logical_length(stripped: str, before: int, above: str) -> int:
    """Characters of the logical line that ``stripped`` ends: its own, and ``before`` (those
    of the logical line above it) when ``above`` leaves its sentence open. Only whether it
    reaches :data:`MIN_LINE_BEFORE` matters, so a long line is not read further."""
    if len(stripped) >= MIN_LINE_BEFORE or not above or ends_sentence(above[-8:]):
        return len(stripped)
    return len(stripped) + before


def _numbered_runs(lines: list[Line], cands: list[tuple[int, int, str]]) -> list[list[int]]:
    """Runs of candidates of one shape numbered n, n+1, n+2 … a page of text apart, each
    with the nearest next number; a member with another candidate of its number before the
    next member (a body line 3 next to page 3) is left out, as neither can be told apart."""
    size = [len(ln.text.strip()) for ln in lines]
    chars_before = [0]
    for n in size:
        chars_before.append(chars_before[-1] + n)
    # Where each (number, shape) stands among the candidates. A run looks only at the
    # candidates that could extend it, so a page of a thousand `下载：12次` lines (one
    # shape, one number, never a run) costs one pass, not a scan of every later candidate
    # from each of them (that was quadratic: 2.4 s for 80k characters).
    where: dict[tuple[int, str], list[int]] = {}
    for c, (_, number, shape) in enumerate(cands):
        where.setdefault((number, shape), []).append(c)
    used: set[int] = set()
    runs = []
    for c, (i, number, shape) in enumerate(cands):
        if c in used:
            continue
        run = [c]
        # (h24) a shape that names a page (第#页, 頁碼：#, a running footer) may skip a number: a
        # page without its footer, or one another rule took (a figure's page, 頁碼：7 as a record)
        names_page = names_a_page(shape)
        for d in _successors(where, cands, run, shape, names_page):
            if d in used:
                continue
            last = cands[run[-1]]
            gap = chars_before[cands[d][0]] - chars_before[last[0] + 1]
            if gap > MAX_PAGE_CHARS:
                break
            if gap >= MIN_GAP_CHARS:
                run.append(d)
        gaps = [chars_before[cands[b][0]] - chars_before[cands[a][0] + 1] for a, b in zip(run, run[1:])]
        fewest = 2 if ("/" in shape and not shape.startswith(RUNNING_FOOTER)) or (names_page and PAGE_NAMING.search(shape)) else MIN_PAGES
        if len(run) < fewest or median(gaps) < MIN_PAGE_CHARS:
            continue
        # pages end with their number: a page of text before the first, little after the last
        # (a list numbered on lines of their own has an item after its last number)
        # (h24: a shape that names a page needs neither: a list item never reads 第3页)
        first, last = cands[run[0]][0], cands[run[-1]][0]
        if not names_page and (chars_before[first] < MIN_GAP_CHARS
                               or chars_before[-1] - chars_before[last + 1] >= median(gaps) / 2):
            continue
        used.update(run)
        # (a run's numbers all differ, so a number another candidate also holds is a twin)
        twins = {key for k in run for key in [(cands[k][1], cands[k][2])] if len(where[key]) > 1}
        runs.append([cands[k][0] for k in run if (cands[k][1], cands[k][2]) not in twins])
    return runs


def _successors(where: dict[tuple[int, str], list[int]], cands: list[tuple[int, int, str]],
                run: list[int], shape: str, names_page: bool):
    """The candidates after the run's last member that could follow it, in order: its
    shape, numbered one more (or two more, for a shape that names a page). The run grows
    while they are read, and each is asked of its last member then."""
    at = run[-1]
    while True:
        number = cands[run[-1]][1]
        keys = [(number + 1, shape)] + ([(number + 2, shape)] if names_page else [])
        nexts = []
        for key in keys:
            spots = where.get(key, ())
            k = bisect_right(spots, at)
            if k < len(spots):
                nexts.append(spots[k])
        if not nexts:
            return
        at = min(nexts)
        yield at


class PageFurniture(Rule):
    """Remove page-number lines (``第 3 页 共 12 页``, ``- 3 -``, ``·3·``, ``第三页``), runs of
    bare page numbers between pages (``3``, ``（3）``, ``〈3〉``, ``3/12``), and a page number
    left after a page's last sentence (``…的作用。 7``).

    **What it does.** Reads each short line by shape: a number (Arabic, full-width, Chinese
    numerals 三 十二, Roman iv) inside frames (dashes, dots, stars, bars; brackets of any
    kind) with pager words around it (第…页, 共…页 either way round, N页, 页码, Page N of M,
    P3, N of M). A line that is only that, in a shape only page furniture takes (page words,
    or a number between dashes or dots), is deleted. A line that is only a number, a
    bracketed number or a fraction (shapes body text takes too) is a page number when it
    is one of a run of three or more of one shape numbered n, n+1, n+2 … (two for
    fractions with one total), each after a line of text, a page of text apart, with a
    page before the first and little after the last; so is a line of one or two numbers
    in a frame no list names, by its characters' kind: symbols and punctuation of any
    sort (``‖3‖``, ``〓3〓``), page words (``3 of 12 页``, ``共12页之第3页``, ``第3版``), 一字线 copied
    as 一 or ー (``一 3 一``), full-width Latin (``Ｐ3``), long rules (``------ 3 ------``), running
    footers of up to 48 characters (``第3页，共12页，打印时间：2023-06-01 10:23``), and numerals of any
    script in these frames (``⊙ 三 ⊙``, ``总第三页``, ``第3面``, ``年度报告 iv``); a shape that names
    the page may skip a number and stand at a page's top. The running head or footer beside the
    numbers goes with them (``_page_marks.running_lines``). Also deletes a number of up to three
    digits separated by a space from the end of a line that ends a sentence.

    **Leaves alone** numbers inside sentences (``增长了 7``), numbered headings and items
    (``一、总则``, ``1. 总体要求``) and headings numbered in a run with a word after the number
    (``第1阶段工作安排``, ``3号楼施工进度``), dates, years and amounts (``2019``, ``¥3``, ``12.5``), a
    line ``第3页`` that carries anything else (``详见第3页表格``), a table's cells, a lone
    bracketed number, and lists or verses numbered on lines of their own (an item follows
    the last number).

    **Why.** Text extracted from paginated documents keeps the page footers, in as many
    decorations as there are typesetters; they are noise between paragraphs and glue a
    stray number onto the body text.

    **Anti-pattern**::

        把温暖送到职工群众心坎上,把机关工会工作提高到新的水平。

        - 3 -

        尤其是像我们市直机关工会联合会,下属136个基层单位工会。 4

    **Best practice**::

        把温暖送到职工群众心坎上,把机关工会工作提高到新的水平。

        尤其是像我们市直机关工会联合会,下属136个基层单位工会。
    """

    code = "L202"
    name = "layout.page-furniture"
    summary = "page-number lines by shape (第 3 页 共 12 页, - 3 -, 第三页, runs of 3 4 5), trailing numbers"
    stage = Stage.CHROME

    def apply(self, text: str, ctx: Context) -> RuleResult:
        lines = line_list(text)
        gone: frozenset[int] = frozenset()
        numbers, running = self._numbers_and_running_lines(lines, gone)
        for _ in range(MAX_REREADS):
            # a running line taken (机密★1年 above each number) no longer stands before the
            # number it hid from the reading (which needs a line of text before it): read the
            # page again without it, as a second cleaning would
            taken = frozenset(running - numbers)
            if taken == gone:
                break
            gone = taken
            numbers, running = self._numbers_and_running_lines(lines, gone)
        # the running head or footer printed beside the numbers goes with them, in one edit
        removed = sorted(numbers | running)
        edits = [_block_removal(text, lines[a], lines[b]) for a, b in blocks(lines, removed)]
        edits += [Edit(m.start(1), m.end(1), "") for m in _TRAILING_NUMBER.finditer(text)]
        return RuleResult(edits=edits)

    @staticmethod
    def _numbers_and_running_lines(lines: list[Line], gone: frozenset[int]) -> tuple[set[int], set[int]]:
        """The page-number lines and the running lines beside them, with ``gone`` read as absent."""
        furniture, cands = _page_number_lines(lines, gone)
        numbers = set(furniture)
        if len(cands) >= 2:
            # a line read two ways (共12页之第3页) is in one run at most, but removed once
            numbers.update(i for run in _numbered_runs(lines, cands) for i in run)
        return numbers, running_lines(lines, numbers)
