"""Script detection and conversion helpers for the N3xx rules.

Detection has to be nearly free, because almost every document in a mainland corpus is
already simplified: the common case is answered by encoding the text as GB2312 (a C loop
at hundreds of MB/s), whose repertoire holds no traditional-only character except a
handful checked separately. Only documents that fail that test are counted character by
character, and only their lines that hold a character of the other script are handed to
OpenCC (about 1 MB/s in its pure-Python form).
"""
from __future__ import annotations

import codecs
import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"
MIXED = "mixed"
NO_HAN = "none"

#: Share of script-specific characters that makes a document one script rather than mixed.
DOMINANT_SHARE = 0.9
#: Characters at the start of a document whose traditional ones may settle its script.
DETECT_HEAD = 1024


def _dictionary_dir() -> Path | None:
    try:
        import opencc
    except ImportError:  # pragma: no cover - a hard dependency
        return None
    folder = Path(opencc.__file__).parent / "dictionary"
    return folder if (folder / "TSCharacters.txt").exists() else None


def _load_pairs(name: str) -> dict[str, list[str]]:
    folder = _dictionary_dir()
    if folder is None:  # the native opencc build ships no text dictionaries
        return {}
    pairs = {}
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            pairs[key] = values.split()
    return pairs


def _only_in(pairs: dict[str, list[str]]) -> frozenset[str]:
    """Characters that always change under conversion: a key that is not among its own
    targets (乾 → 干/乾 is ambiguous, 於 is also a surname; they prove nothing)."""
    return frozenset(k for k, targets in pairs.items() if len(k) == 1 and k not in targets)


def _gb2312_encodable(chars: Iterable[str]) -> list[str]:
    """The characters among ``chars`` Python's GB2312 codec encodes, in one encoding of
    them all (one by one, each failure an exception, took 4 ms at import)."""
    chars = sorted(chars)
    round_trip = "\n".join(chars).encode("gb2312", "replace").decode("gb2312").split("\n")
    return [c for c, back in zip(chars, round_trip) if back == c]


@lru_cache(maxsize=4)
def converter(conversion: str):
    """One OpenCC converter per conversion, built on first use (loading takes ~0.1 s).

    Works with ``opencc-python-reimplemented`` (``OpenCC("t2s")``) and with the native
    ``opencc`` build, which installs the same module and may want ``"t2s.json"``.
    """
    import opencc

    try:
        return opencc.OpenCC(conversion)
    except Exception:  # pragma: no cover - the native build with an older config naming
        return opencc.OpenCC(f"{conversion}.json")


def _changed_by(conversion: str) -> frozenset[str]:
    """Fallback for the native OpenCC build, which ships no text dictionaries: the
    characters of the main CJK blocks that a character-by-character conversion changes."""
    chars = [chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))]
    converted = converter(conversion).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - a converter that merges lines
        return frozenset()
    return frozenset(c for c, new in zip(chars, converted) if new != c)


TRADITIONAL_ONLY = _only_in(_load_pairs("TSCharacters.txt")) or _changed_by("t2s")
SIMPLIFIED_ONLY = _only_in(_load_pairs("STCharacters.txt")) or _changed_by("s2t")


def _run(start: int, end: int, replacement: str) -> tuple[int, int, str]:
    return start, end, replacement


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class CharacterRuns:
    """Runs of the characters of a set, found by the regex engine (in C), where a Python
    loop would look at every character of the text.

    A character class over the basic plane is a bitmap, but characters beyond it are
    tried one by one (354 of the traditional-only ones are): texts without such a
    character, nearly all, are searched with the plane's characters alone.

    >>> runs = CharacterRuns("會們\U00020000")
    >>> [m.span() for m in runs.pattern("工會們").finditer("工會們")], runs.count("會\U00020000工會")
    ([(1, 3)], 3)
    """

    __slots__ = ("_chars", "_basic", "_every")

    def __init__(self, chars):
        # Compiled on first use: a class of thousands of characters takes milliseconds,
        # and a one-document run may never need the set (s2t, or no traditional text).
        self._chars = sorted(set(chars))
        self._basic = self._every = None

    def _compile(self) -> None:
        chars = self._chars
        self._every = _class_run(chars)
        basic = [c for c in chars if c <= "\uffff"]
        self._basic = _class_run(basic) if len(basic) < len(chars) else self._every

    def pattern(self, text: str) -> re.Pattern[str]:
        """The pattern that finds the runs in ``text``."""
        if self._basic is None:
            self._compile()
        if self._basic is self._every or _ASTRAL.search(text) is None:
            return self._basic
        return self._every

    def count(self, text: str) -> int:
        """How many characters of ``text`` are in the set (the runs cut out in C)."""
        return len(text) - len(self.pattern(text).sub("", text))


def _class_run(chars: list[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(map(re.escape, chars)) + "]+" if chars else "(?!)")


#: Runs of characters of one script only: where a line needs converting, and how many.
TRADITIONAL_RUNS = CharacterRuns(TRADITIONAL_ONLY)
SIMPLIFIED_RUNS = CharacterRuns(SIMPLIFIED_ONLY)


class _CharacterTable:
    """OpenCC's own result, faster: OpenCC converts by greedy longest match over its phrase
    and character dictionaries. Where no phrase key occurs, that is a per-character
    lookup, which ``str.translate`` does in C. A phrase can only match inside a run of
    characters that occur in phrase keys, so only runs holding a phrase go to OpenCC.
    For t2s (277 phrases) this is exact and about twenty times faster; s2t has 49,000
    phrases and keeps plain OpenCC.
    """

    def __init__(self, conversion: str, characters: dict[str, list[str]], phrases: dict[str, list[str]]):
        self.conversion = conversion
        self.table = {ord(k): v[0] for k, v in characters.items() if len(k) == 1 and v[0] != k}
        self.single = {chr(k): v for k, v in self.table.items()}
        self.phrase = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
        # Where a phrase can start: a phrase's first character followed by some phrase's
        # second. One class leads, so the engine skips in C from one candidate to the next;
        # the alternation of every phrase is tried only from the first candidate on (on c5's
        # traditional lines it costs a ninth of the alternation's own search).
        self.phrase_start = re.compile("[" + re.escape("".join(sorted({p[0] for p in phrases}))) + "]["
                                       + re.escape("".join(sorted({p[1] for p in phrases if len(p) > 1}))) + "]"
                                       if all(len(p) > 1 for p in phrases) else "")
        # Runs of table characters, replaced by a lookup: one character each (two thirds of
        # the runs on traditional pages), or a run already seen, or translated once.
        self.run_replacements = _RunReplacements(self.table, self.single)
        self.phrase_run = re.compile("[" + re.escape("".join(sorted(set("".join(phrases))))) + "]+")
        # Every character of the table changes, into one character: without a phrase, the
        # runs that conversion changes are the runs of table characters.
        self.changing = CharacterRuns(map(chr, self.table)) if all(len(v) == 1 for v in self.table.values()) else None
        # The same runs bridged across short stretches of unchanged Han (see BRIDGE).
        self._bridged: dict[re.Pattern[str], re.Pattern[str]] = {}

    def has_phrase(self, line: str) -> bool:
        """Whether a phrase key occurs in ``line`` (``self.phrase.search``, sooner)."""
        start = self.phrase_start.search(line)
        return start is not None and self.phrase.search(line, start.start()) is not None

    def convert(self, line: str) -> str:
        if not self.has_phrase(line):
            return line.translate(self.table)
        out, pos = [], 0
        for m in self.phrase_run.finditer(line):
            run = m.group()
            out.append(line[pos:m.start()].translate(self.table))
            out.append(converter(self.conversion).convert(run) if self.has_phrase(run) else run.translate(self.table))
            pos = m.end()
        out.append(line[pos:].translate(self.table))
        return "".join(out)

    def runs(self, line: str, at: int = 0, make: Callable[[int, int, str], T] = _run) -> list[T]:
        """``changed_runs(line, self.convert(line))``, found without comparing the two
        texts character by character where no phrase occurs; each run made by ``make``
        with its offsets moved by ``at``."""
        if self.changing is None or self.has_phrase(line):
            return [make(at + a, at + b, rep) for a, b, rep in bridged(line, changed_runs(line, self.convert(line)))]
        # Offsets and replacements are taken from the match list by map (in C), not by a
        # Python loop over 60,000 runs for 5 MB.
        runs = list(self._bridging(self.changing.pattern(line)).finditer(line))
        starts, ends = map(_START, runs), map(_END, runs)
        if at:
            starts, ends = map(at.__add__, starts), map(at.__add__, ends)
        replacements = map(self.run_replacements.__getitem__, map(_GROUP, runs))
        if make is _run:
            return list(zip(starts, ends, replacements))
        return list(map(make, starts, ends, replacements))

    def _bridging(self, runs: re.Pattern[str]) -> re.Pattern[str]:
        """``runs`` (a class of table characters, repeated) joined across gaps that
        :func:`bridged` joins: the table's characters all change, the gap's do not."""
        found = self._bridged.get(runs)
        if found is None:
            found = self._bridged[runs] = re.compile(f"{runs.pattern}(?:{_HAN}{{1,{BRIDGE}}}{runs.pattern})*")
        return found


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
#: Distinct runs of several characters a table remembers: about 160 bytes each, so under
#: 1 MB a process (c5's traditional pages hold 456).
MAX_REMEMBERED_RUNS = 5_000


class _RunReplacements(dict):
    """A run of table characters → its conversion; a run not yet seen is translated, and
    remembered while the table is small."""

    def __init__(self, table: dict[int, str], single: dict[str, str]):
        super().__init__(single)
        self.table = table
        self.limit = len(single) + MAX_REMEMBERED_RUNS

    def __missing__(self, run: str) -> str:
        replacement = run.translate(self.table)
        if len(self) < self.limit:
            self[run] = replacement
        return replacement


def _fast_t2s() -> _CharacterTable | None:
    characters, phrases = _load_pairs("TSCharacters.txt"), _load_pairs("TSPhrases.txt")
    return _CharacterTable("t2s", characters, phrases) if characters and phrases else None


#: The conversions with a character table, built on the first document that needs one
#: (loading TSPhrases and compiling its patterns is most of this module's import time).
_FAST_BUILDERS: dict[str, Callable[[], _CharacterTable | None]] = {"t2s": _fast_t2s}


@lru_cache(maxsize=None)
def fast_table(conversion: str) -> _CharacterTable | None:
    """The character table of ``conversion``, or ``None`` where OpenCC itself converts."""
    build = _FAST_BUILDERS.get(conversion)
    return build() if build is not None else None


def convert(text: str, conversion: str) -> str:
    """``text`` converted as OpenCC ``conversion`` converts it.

    >>> convert("乾隆年間，乾燥的庫房裏", "t2s")
    '乾隆年间，干燥的库房里'
    """
    fast = fast_table(conversion)
    return fast.convert(text) if fast is not None else converter(conversion).convert(text)


def converted_runs(line: str, conversion: str, at: int = 0,
                   make: Callable[[int, int, str], T] = _run) -> list[T]:
    """The runs of ``line`` that OpenCC ``conversion`` changes: :func:`changed_runs` of the
    line and its conversion, each made by ``make(start, end, replacement)`` with its
    offsets moved by ``at`` (a rule passes its ``Edit`` and the line's offset).

    >>> converted_runs("工會幹部們", "t2s"), converted_runs("工會，幹部們", "t2s")
    ([(1, 5, '会干部们')], [(1, 2, '会'), (3, 6, '干部们')])
    """
    fast = fast_table(conversion)
    if fast is not None:
        return fast.runs(line, at, make)
    return [make(at + a, at + b, rep) for a, b, rep in bridged(line, changed_runs(line, convert(line, conversion)))]


# Traditional-only characters that Python's GB2312 codec can nevertheless encode (後 …).
_TRADITIONAL_IN_GB2312 = tuple(_gb2312_encodable(TRADITIONAL_ONLY))


class _TraditionalFound(Exception):
    pass


def _skip_unless_traditional(exc: UnicodeError):
    if not TRADITIONAL_ONLY.isdisjoint(exc.object[exc.start:exc.end]):
        raise _TraditionalFound
    return "", exc.end


codecs.register_error("zhclean.script-probe", _skip_unless_traditional)


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any traditional-only character. Cheap on simplified text.

    >>> has_traditional("工会干部要提高政治站位。"), has_traditional("工會幹部")
    (False, True)
    >>> has_traditional("乾隆年间，於姓人家")  # characters valid in both scripts
    False
    """
    try:
        text.encode("gb2312", "zhclean.script-probe")
    except _TraditionalFound:
        return True
    return any(ch in text for ch in _TRADITIONAL_IN_GB2312)


def traditional_positions(text: str) -> list[int]:
    """Offsets of the traditional-only characters in ``text``, in order.

    >>> traditional_positions("工会與職工")
    [2, 3]
    """
    return [at for m in TRADITIONAL_RUNS.pattern(text).finditer(text) for at in range(m.start(), m.end())]


def has_simplified(text: str) -> bool:
    """Whether ``text`` holds any simplified-only character.

    >>> has_simplified("工會幹部"), has_simplified("工会")
    (False, True)
    """
    return not SIMPLIFIED_ONLY.isdisjoint(text)


def detect_script(text: str, *, has_han: bool, traditional: bool | None = None) -> str:
    """``simplified``, ``traditional``, ``mixed`` or ``none`` (no Han at all).

    Text whose characters exist in both scripts (工会工作) counts as simplified.
    ``traditional`` is :func:`has_traditional` of the text, when the caller knows it.

    >>> detect_script("工会工作", has_han=True), detect_script("工會工作", has_han=True)
    ('simplified', 'traditional')
    >>> detect_script("工會幹部要学习业务知识", has_han=True)
    'mixed'
    """
    if not has_han:
        return NO_HAN
    if not (has_traditional(text) if traditional is None else traditional):
        return SIMPLIFIED
    simp = SIMPLIFIED_RUNS.count(text)
    if not simp:  # every script-specific character is traditional (there is one): no need to count them
        return TRADITIONAL
    if len(text) > DETECT_HEAD:
        # Traditional pages carry a few simplified characters (a menu, a name): the head
        # alone often holds enough traditional ones, and the share only grows with more.
        head = TRADITIONAL_RUNS.count(text[:DETECT_HEAD])
        if head / (head + simp) >= DOMINANT_SHARE:
            return TRADITIONAL
    trad = TRADITIONAL_RUNS.count(text)
    share = trad / (trad + simp)
    if share >= DOMINANT_SHARE:
        return TRADITIONAL
    if share <= 1 - DOMINANT_SHARE:
        return SIMPLIFIED
    return MIXED


#: Changed runs this few characters apart, with only Han between them, are one run (the
#: unchanged characters in its replacement as they are): traditional text changes one
#: character in three, and 会 一 动 apart by one or two characters are a third of its runs.
#: Fewer, longer runs are fewer trail entries for every later rule and for the record
#: (on 200 generated pages: 31,289 N301 changes → 19,170), and nothing else: an N rule's
#: span is never a removal, and only Han is bridged, which no later N rule rewrites.
BRIDGE = 2
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_GAP = re.compile(f"{_HAN}{{1,{BRIDGE}}}")


def bridged(line: str, runs: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """``runs`` of ``line`` (in order, as :func:`changed_runs` gives them) with the runs
    :data:`BRIDGE` or fewer Han characters apart joined into one.

    >>> list(bridged("工會的幹部們", [(1, 2, "会"), (3, 4, "干"), (5, 6, "们")]))
    [(1, 6, '会的干部们')]
    """
    pending = None
    for start, end, rep in runs:
        if pending is not None:
            p_start, p_end, p_rep = pending
            if start - p_end <= BRIDGE and _HAN_GAP.fullmatch(line, p_end, start):
                pending = p_start, end, p_rep + line[p_end:start] + rep
                continue
            yield pending
        pending = start, end, rep
    if pending is not None:
        yield pending


def changed_runs(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """Spans of ``old`` that differ from ``new``, as ``(start, end, replacement)``.

    >>> list(changed_runs("工會幹部們", "工会干部们"))
    [(1, 3, '会干'), (4, 5, '们')]
    """
    if len(old) == len(new):
        # the differing offsets in one comprehension, then grouped into runs
        differ = [i for i, a, b in zip(range(len(old)), old, new) if a != b]
        if not differ:
            return
        start = prev = differ[0]
        for i in differ[1:]:
            if i != prev + 1:
                yield start, prev + 1, new[start:prev + 1]
                start = i
            prev = i
        yield start, prev + 1, new[start:prev + 1]
        return
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            yield a0, a1, new[b0:b1]
