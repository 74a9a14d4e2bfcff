"""What a line of Chinese prose looks like at its ends: shared by the L1xx/L2xx/L3xx rules.

Small pure predicates over one line's content (whitespace already stripped), so that the
rejoin rule, the page-fragment rules and the spacing rule agree on what is structure.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ._text import HAN_RE, line_list
from .whitespace import normalised_run

#: A line ending in one of these ends a sentence (closing quotes and brackets are skipped).
SENTENCE_END = frozenset("。！？!?…；;：:")
#: Closing marks that may follow a sentence end: 。” or ！）
CLOSERS = frozenset("”’」』）)》〉】\"'")
#: A line ending in one of these continues on the next line.
CONTINUES = frozenset("，,、（(“‘《〈【「『—")
#: A line starting with one of these continues the previous line.
CANNOT_START = frozenset("，,。、；;：:？?！!）)》〉】」』”’…")

# Characters that do not end a sentence or a heading (目的 and 的确 are handled apart).
_NON_FINAL = frozenset("的之把被或并而且但其该各每这那于")
_NON_INITIAL = frozenset("们吗呢吧")
_BEFORE_FINAL_DE = frozenset("目我你您他她它们咱")

_LIST_MARKER = re.compile(
    r"""^(?:
        [一二三四五六七八九十百零〇]+\s*[、．.]            # 一、
      | [（(]\s*[一二三四五六七八九十百\d]+\s*[）)]          # （一） (1)
      | \d{1,3}\s*(?:[、．]|\.(?!\d)|[）)])               # 1、 1. 1)
      | [a-zA-Z]\s*[、．.)）](?=\s*\S)                    # a. b)
      | [①-⑳⑴-⒇⒈-⒛❶-❿]                               # ① ⑴ ⒈
      | [●○■□◆◇▲△★☆※•·▪►√✓→\-*#>]                     # bullets, markdown
      | 第\s*[一二三四五六七八九十百零〇\d]+\s*[章节條条部分篇款项項点點是，,、：:]   # 第一章 第一，
      | [一二三四五六七八九十]是                            # 一是
      | (?:首先|其次|再次|最后|最後|另外|此外)[，,：:]
      | (?:附件|附表|附录|注|备注|說明|说明)\s*[\d一二三四五六七八九十]*\s*[：:]
      | 【
    )""",
    re.X,
)
ANY_SPACE = re.compile(r"\s")
# Spaces between two non-space, non-punctuation characters: table cells, padded labels.
_INNER_GAP = re.compile(r"[^\s\W_]\s+[^\s\W_]")
# Letter-spaced Han (工 会 章 程): at least three single characters separated by single spaces.
LETTER_SPACED = re.compile(r"(?<![^\W\d_])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![^\W\d_])")
# A space next to full-width punctuation, with Han on the other side.
_PUNCT_BEFORE_SPACE = "，。、；：？！）》」』”"
_PUNCT_AFTER_SPACE = "，。、；：？！）》」』"
SPACE_BY_PUNCT = re.compile(f"(?<=[{_PUNCT_BEFORE_SPACE}])[ \u3000]+(?=[\u4e00-\u9fff“《（「『])"
                            f"|(?<=[\u4e00-\u9fff”》）」』])[ \u3000]+(?=[{_PUNCT_AFTER_SPACE}])")


def _space_by_punctuation(first: str) -> re.Pattern[str]:
    """:data:`SPACE_BY_PUNCT`'s runs, matched from their first space (``first``): the
    look-behinds step over it, so the pattern starts with a character, not a look-behind
    the regex engine would try at every offset, and only a whole run can match (a shorter
    one would be followed by a space, which no look-ahead takes)."""
    return re.compile(f"{first}(?:(?<=[{_PUNCT_BEFORE_SPACE}][ \u3000])[ \u3000]*(?=[\u4e00-\u9fff“《（「『])"
                      f"|(?<=[\u4e00-\u9fff”》）」』][ \u3000])[ \u3000]*(?=[{_PUNCT_AFTER_SPACE}]))")


# A literal first character is found by a faster scan than a class (3x on c5), so texts
# without an ideographic space, nearly all, are searched for runs starting with " ".
_SPACE_BY_PUNCT_FROM_SPACE = _space_by_punctuation(" ")
_SPACE_BY_PUNCT_FROM_ANY = _space_by_punctuation("[ \u3000]")


def spaces_by_punctuation(text: str) -> Iterator[re.Match[str]]:
    """Whole runs of spaces that :data:`SPACE_BY_PUNCT` matches, in one regex pass (L302
    removes them; C002 judges a line as L302 will leave it).

    >>> [m.span() for m in spaces_by_punctuation("要求”， 他说 。好 ")]
    [(4, 5), (7, 8)]
    """
    pattern = _SPACE_BY_PUNCT_FROM_ANY if "\u3000" in text else _SPACE_BY_PUNCT_FROM_SPACE
    return pattern.finditer(text)


# The whitespace rules run after the chrome rules: L301 turns a run of spaces inside a line
# into one tab and a single wide space into a plain one, L302 drops the spaces layout put
# between Han characters or beside Chinese punctuation. A chrome rule judges a line as they
# will leave it (through :mod:`._view`), so a second cleaning judges it the same. What a
# run becomes is L301's own decision (``normalised_run``), asked here, not copied.
_INLINE_SPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# a line holding none of these is laid out as it stands, once trimmed
# (one class first, a space among them, then a space only when another follows: the scan
# skips in C to the next space of any kind, where ``[…]|  `` was tried at every offset)
_NEEDS_LAYOUT = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?:(?<=[^ ])|(?= ))")


def spaces_laid_out(s: str) -> str:
    """``s`` as L301 leaves it inside a text: each run of spaces as
    :func:`.whitespace.normalised_run` makes it (one tab, or one plain space), and the runs
    at the line's edges gone, as L301 removes them with the line break.

    >>> spaces_laid_out("\u3000\u3000发布日期：2019-10-25\u00a0\u00a0来源：\u3000本站 ")
    '发布日期：2019-10-25\\t来源： 本站'
    """
    if _NEEDS_LAYOUT.search(s) is None:
        return s.strip(" ")
    n = len(s)
    return _INLINE_SPACE.sub(lambda m: normalised_run(m.group(), at_edge=m.start() == 0 or m.end() == n), s)


def laid_out(s: str) -> str:
    """``s`` as the whitespace rules will leave it: :func:`spaces_laid_out` (L301), then
    the spaces between spaced-out Han characters and beside Chinese punctuation gone (L302's
    :data:`LETTER_SPACED` and :func:`spaces_by_punctuation`).

    >>> laid_out("  首页 >\\u00a0\\u00a0\\u00a0新闻 "), laid_out("字号：大 中 小"), laid_out("责任编辑： 当前位置")
    ('首页 >\\t新闻', '字号：大中小', '责任编辑：当前位置')
    """
    s = spaces_laid_out(s)
    if " " not in s:
        return s
    cut = {m.start() for m in spaces_by_punctuation(s)}
    for m in LETTER_SPACED.finditer(s):
        cut.update(i for i in range(m.start(), m.end()) if s[i] == " ")
    if not cut:
        return s
    # each cut is one space: the slices between them, not the line character by character
    # (a paragraph with spaces beside its punctuation is laid out whole, up to 2,000
    # characters, on every version of its page)
    pieces, at = [], 0
    for i in sorted(cut):
        pieces.append(s[at:i])
        at = i + 1
    pieces.append(s[at:])
    return "".join(pieces)


class Block(NamedTuple):
    """A run of lines that may already be joined: content offsets of each piece."""

    pieces: tuple[tuple[int, int], ...]
    text: str  # the pieces' content concatenated, as it reads once joined


def content_lines(text: str) -> list[Block]:
    """Every non-blank line as a one-piece :class:`Block`, its indentation and trailing
    spaces left out."""
    blocks = []
    for line in line_list(text):
        stripped = line.text.strip()
        if stripped:
            start = line.start + (len(line.text) - len(line.text.lstrip()))
            blocks.append(Block(((start, start + len(stripped)),), stripped))
    return blocks


def visible_len(s: str) -> int:
    """Length without whitespace, so that spacing repairs do not change decisions."""
    return len("".join(s.split()))


def last_char(s: str) -> str:
    return s[-1] if s else ""


def ends_sentence(s: str) -> bool:
    """Whether ``s`` ends a sentence, looking through closing quotes and brackets.

    >>> ends_sentence("切实增强工作的时代性。"), ends_sentence("就是要“打造活力机关党建。”")
    (True, True)
    >>> ends_sentence("我对工会工作"), ends_sentence("工会组织的")
    (False, False)
    """
    i = len(s) - 1
    while i >= 0 and s[i] in CLOSERS:
        i -= 1
    return i >= 0 and s[i] in SENTENCE_END


def ends_open(s: str) -> bool:
    """The line stops where a sentence cannot: after a comma, an opening mark, or a word
    such as 的 that needs a continuation.

    >>> ends_open("工会组织的"), ends_open("明确学习目的"), ends_open("坚持原则,")
    (True, False, True)
    """
    ch = last_char(s)
    if ch in CONTINUES:
        return True
    if ch in _NON_FINAL:
        # 目的 is a noun; 听我的, 是你的 end a sentence in speech
        return not (ch == "的" and s[-2:-1] in _BEFORE_FINAL_DE)
    return False


def framed_by_dashes(head: str, tail: str) -> bool:
    """A line that opens with the dash it ends with is a mark set off by them (—— 试读结束 ——,
    — 完 —), whole: its last dash does not run on into the next line as a prose dash does.

    >>> framed_by_dashes("—— 试读结束 ——", "—— 试读结束 ——"), framed_by_dashes("他说——", "他说——")
    (True, False)
    """
    return tail.endswith("—") and head.lstrip().startswith("—")


def starts_open(s: str) -> bool:
    """The line starts where a sentence cannot: a comma or closing mark, or 们/的…

    >>> starts_open("的认识又有了提高。"), starts_open("的确如此。"), starts_open(",协助党政部门")
    (True, False, True)
    """
    ch = s[:1]
    if ch in CANNOT_START or ch in _NON_INITIAL:
        return True
    return ch == "的" and s[1:2] not in ("确", "確", "士")


def is_structural(s: str) -> bool:
    """Starts a list item, a numbered heading or a note: a line of its own.

    >>> [is_structural(s) for s in ("一、提高思想政治素质", "（一）坚持原则", "1.加强领导", "五是努力强化服务意识", "面履行工会的基本职能")]
    [True, True, True, True, False]
    """
    return _LIST_MARKER.match(s) is not None


def is_tabular(s: str) -> bool:
    """Cells separated by spaces or bars (``姓名 职务 单位``), once spacing repairs are done.

    >>> is_tabular("王芳 工会主席 负责全面工作"), is_tabular("工 会 章 程"), is_tabular("要求”， 他说")
    (True, False, False)
    """
    if "|" in s or "│" in s or "\t" in s:
        return True
    if ANY_SPACE.search(s) is None:
        return False
    settled = SPACE_BY_PUNCT.sub("", LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), s))
    return _INNER_GAP.search(settled) is not None


def starts_han(s: str) -> bool:
    return bool(s) and (HAN_RE.match(s) is not None or s[0] in "“‘《「『（(")


def ends_han(s: str) -> bool:
    return bool(s) and HAN_RE.match(s[-1]) is not None


# The name of a kind of document a title ends in (…的决定, …的实施意见).
_TITLE_NOUN = re.compile(r"(?:通知|通报|报告|请示|批复|意见|决定|决议|公告|通告|纪要|方案|规划|计划|要点|总结|办法|规定|"
                         r"细则|条例|章程|制度|守则|倡议书)[”》」]?$")
# A field label (地址：, 电话：) that list entries repeat.
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
#: Characters from its start within which entries of one list share a name (上城区职工服务中心).
_SHARED_NAME_REACH = 4
_SHARED_NAME = 4


#: Clauses of a slogan or a line of verse: at least this long, commas between, no stop.
_CLAUSE = 5
#: Parallel lines' clauses differ by at most this many characters, one by one.
_CLAUSE_SLACK = 6
_CLAUSE_BREAK = re.compile(r"[，,、]")


def _clauses(x: str) -> tuple[int, ...] | None:
    if not _STOPS.isdisjoint(x) or ":" in x or "：" in x:
        return None
    lengths = tuple(len(part) for part in _CLAUSE_BREAK.split(x))
    return lengths if len(lengths) >= 2 and min(lengths) >= _CLAUSE else None


class _Shape(NamedTuple):
    """What the list tests ask of one line, worked out once a line (not once a pair)."""

    text: str
    stopless: bool
    structural: bool
    clauses: tuple[int, ...] | None
    titled: bool  # ends in the name of a kind of document
    labels: frozenset

    @classmethod
    def of(cls, x: str) -> _Shape:
        labels = frozenset(_FIELD_LABEL.findall(x)) if ("：" in x or ":" in x) else frozenset()
        return cls(x, _STOPS.isdisjoint(x), is_structural(x), _clauses(x), _TITLE_NOUN.search(x) is not None, labels)


def _parallel(a: _Shape, b: _Shape) -> bool:
    """Both lines are whole clauses joined by commas, as many and about as long one by one
    (弘扬劳模精神…，争做…的追梦人): slogans, verse. A wrapped line ends mid-clause."""
    return a.clauses is not None and b.clauses is not None and len(a.clauses) == len(b.clauses) and all(
        abs(p - q) <= _CLAUSE_SLACK for p, q in zip(a.clauses, b.clauses))


def _siblings(a: _Shape, b: _Shape) -> bool:
    """Two lines read as entries of one list: the same opening (关于…) or ending (…同志),
    a name at about the same place (…区职工服务中心), the same field label, parallel
    clauses, or both ending in a number or in the name of a kind of document."""
    x, y = a.text, b.text
    if HAN_RE.match(x[:1] or " ") and x[:2] == y[:2]:
        return True
    if x[-1:].isdigit() and y[-1:].isdigit() or HAN_RE.match(x[-1:] or " ") and x[-2:] == y[-2:]:
        return True
    if a.titled and b.titled or _parallel(a, b) or not a.labels.isdisjoint(b.labels):
        return True
    for k in range(min(_SHARED_NAME_REACH, len(x) - _SHARED_NAME + 1)):
        name = x[k:k + _SHARED_NAME]
        if HAN_RE.match(name) and name in y[max(0, k - 2):k + _SHARED_NAME + 2]:
            return True
    return False


#: Fewest lines in a row, each a sibling of the one before, that read as a list (two
#: wrapped lines of prose that repeats itself can share an opening by chance).
MIN_LIST_ENTRIES = 3


#: A run this long shared at about the same place makes two lines entries of one shape.
_SHARED_RUN = 6
_RUN_SHIFT = 2
_STOPS = frozenset("。！？；!?;")


def _same_shape(a: _Shape, b: _Shape) -> bool:
    """Two lines without a stop share a run of :data:`_SHARED_RUN` characters at about
    the same place (…高级技师、市级劳动模范同志): entries of one list, even two of them;
    wrapped prose that repeats a phrase has it elsewhere on the line."""
    if not (a.stopless and b.stopless) or a.structural != b.structural:
        return False  # a numbered heading and the paragraph under it that restates it
    x, y = a.text, b.text
    return any(x[k:k + _SHARED_RUN] in y[max(0, k - _RUN_SHIFT):k + _SHARED_RUN + _RUN_SHIFT]
               for k in range(len(x) - _SHARED_RUN + 1))


def _shares_a_run_in_place(x: str, y: str, common: frozenset[str]) -> bool:
    """:func:`_same_shape`'s test of the run, given the runs of :data:`_SHARED_RUN`
    characters both lines hold (``common``): only the places where ``x`` holds one of
    them are looked at, not every place of ``x``.

    >>> x, y = "上城区职工服务中心高级技师", "拱墅区职工服务中心劳动模范"
    >>> runs = lambda s: frozenset(s[k:k + _SHARED_RUN] for k in range(len(s) - _SHARED_RUN + 1))
    >>> _shares_a_run_in_place(x, y, runs(x) & runs(y)), _shares_a_run_in_place(x, "职工服务中心" + y, runs(x) & runs(y))
    (True, False)
    """
    for run in common:
        k = x.find(run)
        while k >= 0:
            if run in y[max(0, k - _RUN_SHIFT):k + _SHARED_RUN + _RUN_SHIFT]:
                return True
            k = x.find(run, k + 1)
    return False


#: Pairs of lines whose verdicts (:func:`_siblings`, :func:`_same_shape`) are remembered,
#: and the longest pair: the versions of a page the chrome stage makes are planned by L101
#: for the laid-out view (:mod:`._view_joins`), each asking of the same pairs of lines.
#: A pair's verdict depends on its two strings alone.
PAIR_MEMO_MAX = 1 << 14
PAIR_MEMO_LONGEST = 400
_sibling_memo: dict[tuple[str, str], bool] = {}
_same_memo: dict[tuple[str, str], bool] = {}


def _remember(memo: dict[tuple[str, str], bool], key: tuple[str, str], verdict: bool) -> None:
    if len(key[0]) + len(key[1]) <= PAIR_MEMO_LONGEST:
        if len(memo) >= PAIR_MEMO_MAX:
            memo.clear()
        memo[key] = verdict


def listed_lines(lines: list[str], asked: list[bool] | None = None) -> list[bool]:
    """Which lines read as entries of a list: :data:`MIN_LIST_ENTRIES` or more in a row,
    each a sibling of the one before (see :func:`_siblings`), or two of one shape (see
    :func:`_same_shape`). However wide they are, a list's lines are not a paragraph
    wrapped at a width. Only the lines ``asked`` about are answered (the rest come back
    False): a line is judged by the run of siblings around it, so a page of short lines
    costs nothing.

    >>> listed_lines(["上城区职工服务中心，地址：解放路100号", "拱墅区职工服务中心，地址：湖墅南路55号",
    ...               "西湖区职工服务中心，地址：文三路201号", "职工可就近办理。"])
    [True, True, True, False]
    >>> listed_lines(["各级工会要把维护职工合法权益作为工作的出发点和落", "脚点，切实为职工办实事、解难事，做到思想上尊重、"])
    [False, False]
    """
    n = len(lines)
    shapes: dict[int, _Shape] = {}
    pairs: dict[int, bool] = {}  # i: line i is a sibling of line i - 1

    def shape(i: int) -> _Shape:
        if i not in shapes:
            shapes[i] = _Shape.of(lines[i])
        return shapes[i]

    def sibling(i: int) -> bool:
        if i not in pairs:
            key = (lines[i - 1], lines[i])
            verdict = _sibling_memo.get(key)
            if verdict is None:
                verdict = _siblings(shape(i - 1), shape(i))
                _remember(_sibling_memo, key, verdict)
            pairs[i] = verdict
        return pairs[i]

    runs: dict[int, frozenset[str]] = {}
    same: dict[int, bool] = {}  # i: lines i - 1 and i are of one shape

    def shared_runs(i: int) -> frozenset[str]:
        if i not in runs:
            x = lines[i]
            runs[i] = frozenset(x[k:k + _SHARED_RUN] for k in range(len(x) - _SHARED_RUN + 1))
        return runs[i]

    def same_shape(i: int) -> bool:
        # each pair once (a line asks about the pair above it and the pair below it), and
        # only when the two lines share a run anywhere at all: most pairs of a hard-wrapped
        # page share none, found by one set test in C instead of a slice at every place
        if i not in same:
            key = (lines[i - 1], lines[i])
            verdict = _same_memo.get(key)
            if verdict is None:
                a, b = shape(i - 1), shape(i)
                verdict = (a.stopless and b.stopless and a.structural == b.structural
                           and _shares_a_run_in_place(a.text, b.text, shared_runs(i - 1) & shared_runs(i)))
                _remember(_same_memo, key, verdict)
            same[i] = verdict
        return same[i]

    listed = [False] * n
    for i in range(n):
        if asked is not None and not asked[i]:
            continue
        if i > 0 and same_shape(i) or i + 1 < n and same_shape(i + 1):
            listed[i] = True
            continue
        first = i  # the run of siblings through line i, as far as it needs to be known
        while first > 0 and i - first + 1 < MIN_LIST_ENTRIES and sibling(first):
            first -= 1
        last = i
        while last + 1 < n and last - first + 1 < MIN_LIST_ENTRIES and sibling(last + 1):
            last += 1
        listed[i] = last - first + 1 >= MIN_LIST_ENTRIES
    return listed
