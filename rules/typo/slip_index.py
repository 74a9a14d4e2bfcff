"""The precomputed slip index: every non-word one slip from a known word, in one automaton.

Candidate generation never walks the lexicon: every non-word that is one slip away from a
known word was written to ``data/variants.tsv`` at build time (``tools/build_lexicon.py``),
and one Aho-Corasick automaton (``ahocorasick_rs``, Rust) finds all of them in a text in a
single pass. Only those hits are scored in Python.
"""
from __future__ import annotations

import threading
from array import array
from itertools import accumulate
from typing import Any, Iterable

import ahocorasick_rs

from .datafiles import automaton, confusion, read_variant_table
from .slips import Hit, Variant, parse_variants


class Payloads:
    """The variants' raw payloads, pattern index -> payload, held in one string: a string
    object each would hold 16 MB for the shipped table, the column 3.7 MB. Variants made
    in Python (a user's terms) follow the raw payloads, already parsed."""

    __slots__ = ("column", "bounds", "parsed")

    def __init__(self, raw: list[str], parsed: Iterable[list[Variant]] = ()):
        self.column = "\n".join(raw)
        # payload i is column[bounds[i]:bounds[i + 1] - 1] (the separator dropped)
        self.bounds = array("I", accumulate(map((1).__add__, map(len, raw)), initial=0))
        self.parsed = list(parsed)

    def variants(self, index: int, key: str) -> list[Variant]:
        """The variants of pattern ``index``, whose text is ``key`` (parsed from the column:
        the caller remembers them)."""
        raw = len(self.bounds) - 1
        if index >= raw:
            return self.parsed[index - raw]
        return parse_variants(key, self.column[self.bounds[index]:self.bounds[index + 1] - 1])


class SlipIndex:
    """Variant texts -> the words they are slips for; payloads are parsed when first hit.

    The variant texts are not kept once the automaton is built (14 MB for the shipped
    table): a hit's text is the span of the text it matched."""

    __slots__ = ("known", "automaton", "_payloads", "_known_patterns", "_parsed")

    def __init__(self, keys: list[str] | None, payloads: Payloads, known: frozenset[str],
                 built: ahocorasick_rs.AhoCorasick | None = None):
        self.known = known  # correct as written, though one slip from another word
        # ``built``: the automaton of exactly ``keys``, when the caller has it already
        self.automaton: ahocorasick_rs.AhoCorasick = automaton(keys) if built is None else built
        self._payloads = payloads  # shared by the indexes made from the same table; read only
        # the patterns that are words of ``known`` (never reported): the automaton finds
        # each of them as the whole of a known word
        self._known_patterns = frozenset(
            i for w in known if w for i, s, e in self.automaton.find_matches_as_indexes(w, overlapping=True)
            if s == 0 and e == len(w))
        # pattern index -> its parsed variants, once hit: a memo of the parse, so the index
        # is unchanged in what it answers
        self._parsed: dict[int, list[Variant]] = {}

    def variants(self, index: int, key: str) -> list[Variant]:
        """The variants of pattern ``index``, whose text is ``key``."""
        p = self._parsed.get(index)
        if p is None:
            p = self._parsed[index] = self._payloads.variants(index, key)
        return p

    def find(self, text: str) -> list[Hit]:
        """Every slip-index hit in ``text``: (start, end, variants)."""
        skip, parsed = self._known_patterns, self._parsed
        return [(s, e, parsed.get(i) or self.variants(i, text[s:e]))
                for i, s, e in self.automaton.find_matches_as_indexes(text, overlapping=True) if i not in skip]


def build_slip_index(words: dict[str, float], known: frozenset[str], extra_terms: tuple[str, ...]) -> SlipIndex:
    """The shipped variants, plus the one-character slips of a user's domain terms."""
    if not extra_terms:  # the shipped automaton, shared by every lexicon without terms of its own
        payloads, built = shipped_table()
        return SlipIndex(None, payloads, known, built)
    keys, raw = read_variant_table()
    extra: dict[str, list[Variant]] = {}
    for v in user_variants(extra_terms, words):
        extra.setdefault(v.text, []).append(v)
    return SlipIndex(keys + list(extra), Payloads(raw, extra.values()), known)


def user_variants(terms: Iterable[str], words: dict[str, float]) -> Iterable[Variant]:
    """One-character slips of a user's domain terms (the shipped terms were precomputed).

    >>> "王会" in [v.text for v in user_variants(["工会"], {})]
    True
    """
    table = confusion()
    for t in terms:
        if len(t) < 2:
            continue
        for i, ch in enumerate(t):
            for c in dict.fromkeys(table.get(ch, "")):
                v = t[:i] + c + t[i + 1:]
                if v not in words:
                    yield Variant(v, t, "s", -5)


# The shipped table and its automaton, made once per process. Building the automaton is
# the dearest part of T101's set-up (0.22 s of its 0.85 s CPU) and ahocorasick_rs releases
# the GIL while it builds: :func:`build_ahead` starts it in a thread, so the word list, the
# reading tables and numpy load meanwhile on the other core, and :func:`shipped_table`
# waits for it. What the index finds is the same either way. The table is read before the
# thread starts: its strings then do not interleave with the caller's objects in the
# allocator's pages, which would keep more of them in memory (14 MB more when tried).
_shipped: dict[str, Any] = {}
_shipped_lock = threading.Lock()


def _build_automaton(keys: list[str], raw: list[str]) -> None:
    try:
        built = automaton(keys)
        _trim_heap()
        _shipped["table"] = (Payloads(raw), built)
    except BaseException as exc:  # noqa: BLE001 - raised again where the table is asked for
        _shipped["error"] = exc


def build_ahead() -> bool:
    """Read the shipped table now and start building its automaton in a thread, unless it
    is built or being built; whether a thread was started. The caller must then ask for
    :func:`shipped_table` before it forks (T101's set-up does): a fork does not copy the
    thread."""
    with _shipped_lock:
        if _shipped:
            return False
        thread = _shipped["thread"] = threading.Thread(
            target=_build_automaton, args=read_variant_table(), name="zhclean-slip-index", daemon=True)
        thread.start()
        return True


def shipped_table() -> tuple[Payloads, ahocorasick_rs.AhoCorasick]:
    """The payloads of ``variants.tsv`` and the automaton of its variant texts (read only)."""
    with _shipped_lock:
        thread = _shipped.pop("thread", None)
        if thread is not None:
            thread.join()
        elif not _shipped:
            _build_automaton(*read_variant_table())
        if "error" in _shipped:
            raise _shipped.pop("error")
        return _shipped["table"]


def _trim_heap() -> None:
    """Give back the heap the automaton's build freed. Built in a thread, its temporaries
    are freed into that thread's malloc arena, which nothing else allocates from: without
    a trim the process would hold about 4 MB more for the rest of the run."""
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (ImportError, OSError, AttributeError, TypeError):  # not glibc: nothing to trim this way
        pass
