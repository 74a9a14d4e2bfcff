"""The typo lexicon: word probabilities plus the indexes the candidate generators search.

One immutable :class:`Lexicon` per distinct pair of user lists (T101's and T102's ``words``
and ``terms`` options), shared by the rules that ask for the same values. The word list is
read when the lexicon is made; each index is built the first time a rule asks for it
(normally in the rule's ``setup``), so T102 never builds T101's indexes, and Q201 reads
none of this (it uses :func:`.phrases.shipped_spun_phrases`).
"""
from __future__ import annotations

import marshal
import math
import pickle
import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import ahocorasick_rs

from . import datafiles, prebuilt, slips, wordlist
from .datafiles import DATA, SOUND_BASE, automaton, read_terms
from .homophones import HOMOPHONE_MIN_DIFF, HomophoneIndex
from .line_memo import LineMemo
from .phrases import SpunPhrases, build_spun_phrases
from .slip_index import SlipIndex, build_slip_index
from .slips import Hit
from .wordlist import MAX_WORD, WordList

if TYPE_CHECKING:  # numpy-backed: imported when a rule first asks for them, never by Q201 or --ignore T
    from ._context import ContextModel
    from ._pairs import PairIndex

#: A word at least this frequent (in jieba's counts) is an established word, not a listed typo.
COMMON_WORD_FREQ = 20
#: Window segmentations the scorer remembers (both memos together) before starting afresh.
MAX_WINDOWS = 1 << 14
#: Frequency given to domain terms (and a user's words) that the general list lacks or undercounts.
DOMAIN_FREQ = 1000


@dataclass(frozen=True, eq=False)
class Lexicon(WordList):
    """The word list with a user's words and terms, and the indexes built over it.

    The fields are fixed when the lexicon is loaded; the indexes (``slip_index``,
    ``spun_phrases``, ``homophones``, ``pair_index``, ``context_model``) are computed once,
    on first use, from the fields and the shipped data.
    """

    terms: tuple[str, ...]  # domain terms, the shipped ones then the user's, in order
    known: frozenset[str]  # correct as written, though one slip from another word
    added: tuple[str, ...]  # words put in or raised after reading words.tsv (terms, extra words, the user's)
    extra_terms: tuple[str, ...]  # the user's terms as given
    user_words: frozenset[str]  # the user's words: hits overlapping them are never flagged
    user_automaton: ahocorasick_rs.AhoCorasick | None  # None when the user gave no words

    @cached_property
    def slip_index(self) -> SlipIndex:
        """Precomputed one-slip non-words, with the user's terms' slips (T101)."""
        return build_slip_index(self.words, self.known, self.extra_terms)

    @cached_property
    def spun_phrases(self) -> SpunPhrases:
        """Spun forms of the domain terms, the user's included (T102)."""
        return build_spun_phrases(self.terms, self.words)

    @cached_property
    def homophones(self) -> HomophoneIndex:
        """Three-to-six-character words matched by reading (T101)."""
        return HomophoneIndex(self.sound_table, self.extra_terms)

    @cached_property
    def pair_index(self) -> PairIndex:
        """The two-character reading table (T101); numpy builds it."""
        from . import _pairs  # numpy: loaded only when T101 is set up

        def build() -> PairIndex:
            return _pairs.build_pair_index(self.sound_table, SOUND_BASE, self.words, self.floor,
                                           self.common_word_lp, datafiles.common_chars(), self.added)

        # built from the data files and the added words by the code of the builder modules
        # (this one raises words and sets the floor): a copy keyed by all of them, and by
        # their constants as they are now, is the same table
        code, constants = prebuilt.code_inputs(_pair_builders(_pairs))
        lists = prebuilt.digest([], self.added)[:12]
        key = prebuilt.digest([DATA / f for f in _PAIR_INPUTS] + code, self.added, constants, self.floor,
                              self.common_word_lp, _pairs.np.__version__)  # numpy pickles by its version
        return prebuilt.load_or_build(f"reading-table-{lists}", key, build, _pickle, pickle.loads)

    @cached_property
    def context_model(self) -> ContextModel:
        """The character-context model: only T101's ``context`` option needs it."""
        from ._context import load_context_model  # numpy: loaded only with the context option

        return load_context_model(self.words, self.floor, self.sound_table, datafiles.common_chars(),
                                  datafiles.look_alikes())

    @property
    def sound_table(self) -> dict[int, int]:
        """Each character to the code point standing for its reading (shared, read only)."""
        return datafiles.sound_table()

    def user_spans(self, text: str) -> list[tuple[int, int]]:
        """Every occurrence of the user's words in ``text`` (overlapping ones too)."""
        if self.user_automaton is None:
            return []
        return [(s, e) for _, s, e in self.user_automaton.find_matches_as_indexes(text, overlapping=True)]

    def find(self, text: str) -> list[Hit]:
        """Every slip-index hit in ``text``: (start, end, variants)."""
        return self.slip_index.find(text)

    def find_phrases(self, text: str) -> list[Hit]:
        """Every spun fixed phrase in ``text`` (looked up per line in :attr:`phrase_memo`)."""
        return self.phrase_memo.find(text)

    def count_canonical(self, text: str) -> int:
        """How many intact fixed phrases that a spinner could bend ``text`` holds."""
        return self.spun_phrases.count_canonical(text)

    def find_by_sound(self, text: str) -> list[Hit]:
        """Homophone slips of three-to-six-character words and sound-alike slips of frequent
        two-character words, from one conversion of the text to readings."""
        homophones, pairs = self._find_by_sound(text)
        return homophones + pairs

    def _find_by_sound(self, text: str) -> tuple[list[Hit], list[Hit]]:
        index = self.pair_index
        if index.is_short(text):  # numpy's per-call cost outweighs a short text's walk
            sounds = text.translate(index.sound_map)
            return self.find_homophones(text, sounds=sounds), index.find_short(text, sounds, self.words, self.known)
        cps = index.code_points(text)
        return self.find_homophones(text, sounds=index.sounds(cps)), index.find(text, self.words, self.known, cps)

    def _find_slip_kinds(self, text: str) -> tuple[list[Hit], list[Hit], list[Hit]]:
        return (self.find(text), *self._find_by_sound(text))

    @cached_property
    def _windows(self) -> tuple[dict[str, tuple[float, list[int], list[float]]], dict[str, float], dict]:
        return {}, {}, {}

    def window_memos(self) -> tuple[dict[str, tuple[float, list[int], list[float]]], dict[str, float], dict]:
        """The scorer's memos of windows (as written -> log probability, cuts and table of
        its segmentation; with the suggestion -> log probability; window, span offsets in
        it and variant -> the whole reading), shared by every document and emptied when
        they grow past :data:`MAX_WINDOWS` entries."""
        written, fixed, readings = self._windows
        if len(written) + len(fixed) + len(readings) > MAX_WINDOWS:
            written.clear()
            fixed.clear()
            readings.clear()
        return written, fixed, readings

    def forget(self) -> None:
        """Empty the memos (lines, windows): what is found is the same either way, so only
        a benchmark timing the search itself needs this."""
        self.slip_memo.clear()
        self.phrase_memo.clear()
        for memo in self._windows:
            memo.clear()
        self._homophone_memos.clear()

    @cached_property
    def phrase_memo(self) -> LineMemo:
        """T102's spun-phrase matches, remembered per line."""
        return LineMemo(lambda text: (self.spun_phrases.find(text),), 1)

    @cached_property
    def slip_memo(self) -> LineMemo:
        """T101's three generators (slip index, homophones, reading table), remembered per line."""
        return LineMemo(self._find_slip_kinds, 3)

    def search_ahead(self, texts: Sequence[str], slips: bool = True, phrases: bool = False) -> None:
        """Search the lines of ``texts`` not remembered yet for T101's slips and/or T102's
        phrases, all in one go (see :meth:`.LineMemo.learn`): what :meth:`find_slips` and
        :meth:`find_phrases` then return for each text is the same, found sooner."""
        if slips:
            self.slip_memo.learn(texts)
        if phrases:
            self.phrase_memo.learn(texts)

    def find_slips(self, text: str) -> list[Hit]:
        """What T101's generators find in ``text``: ``find(text) + find_by_sound(text)``,
        looked up per line in :attr:`slip_memo` for lines seen before."""
        return self.slip_memo.find(text)

    def find_in_context(self, text: str) -> tuple[list[Hit], dict[tuple[int, int, str], float]]:
        """The context stage's hits in ``text`` and their logits (T101's ``context`` option)."""
        from ._context import find
        from ._pairs import code_points

        return find(self.context_model, self, text, code_points(text))

    def find_homophones(self, text: str, min_diff: int = HOMOPHONE_MIN_DIFF, sounds: str | None = None) -> list[Hit]:
        """Spans that sound exactly like a listed three-to-six-character word but are
        written otherwise (守候服务 for 售后服务), found by matching readings."""
        memo = self._homophone_memos.setdefault(min_diff, {})
        if len(memo) > MAX_WINDOWS:
            memo.clear()
        return self.homophones.find(text, self, self.known, min_diff, sounds, memo)

    @cached_property
    def _homophone_memos(self) -> dict[int, dict]:
        """Per ``min_diff``: each homophone match's judgement (pattern, span as written ->
        variants), which depends on the lexicon only."""
        return {}

    def find_pairs(self, text: str) -> list[Hit]:
        """Two-character sound-alike slips of frequent words (玩善 for 完善), see :mod:`.pairs`."""
        return self.pair_index.find(text, self.words, self.known)


#: The data files the reading table is built from (besides the code that builds it).
_PAIR_INPUTS = ("words.tsv", "pinyin.tsv", "confusion.tsv", "domain_terms.txt", "extra_words.txt")


def _pair_builders(pairs_module: ModuleType) -> list[ModuleType]:
    """The modules whose code the reading table is built by (or whose classes it holds)."""
    return [sys.modules[__name__], wordlist, datafiles, pairs_module, slips, prebuilt]


def _pickle(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def shipped_words() -> tuple[dict[str, float], float]:
    """``datafiles.read_words()``, from the cache folder's copy when there is one (a fresh
    dict each call, in the file's order): marshal loads it in about half the time."""
    code, constants = prebuilt.code_inputs([datafiles, prebuilt])
    key = prebuilt.digest([DATA / "words.tsv", *code], constants)
    return prebuilt.load_or_build("words", key, datafiles.read_words, marshal.dumps, marshal.loads)


def load_lexicon(extra_words: Iterable[str] = (), extra_terms: Iterable[str] = ()) -> Lexicon:
    """The lexicon with a user's extra words and terms; one per distinct pair of lists.

    >>> load_lexicon() is load_lexicon([], [])
    True
    """
    return _load_lexicon(tuple(extra_words), tuple(extra_terms))


def lexicon_for(options: Mapping[str, Any]) -> Lexicon:
    """The lexicon for a rule's ``words`` and ``terms`` options, looked up by their values:
    two rules (T101, T102) given the same lists share one lexicon."""
    return load_lexicon(options.get("words", ()), options.get("terms", ()))


@lru_cache(maxsize=8)
def _load_lexicon(extra_words: tuple[str, ...], extra_terms: tuple[str, ...]) -> Lexicon:
    """Load the shipped lexicon, plus a user's correct words and domain terms (rule options).

    ``extra_words`` are never flagged and count as words when segmenting; ``extra_terms``
    are domain terms whose slips are flagged too (their one-character variants by the
    shipped confusion sets, their spun forms if four characters or longer).
    """
    words, total = shipped_words()
    terms = read_terms(DATA / "domain_terms.txt") + [t for t in extra_terms if t]
    general = read_terms(DATA / "extra_words.txt")
    domain_lp = math.log(DOMAIN_FREQ / total)
    added = [*terms, *general, *extra_words]
    for t in added:
        if words.get(t, -math.inf) < domain_lp:
            words[t] = domain_lp
    prefixes = datafiles.read_prefixes().union(
        w[:k] for w in added if 3 <= len(w) <= MAX_WORD for k in range(2, len(w)) if w[:k] not in words)
    user = [w for w in dict.fromkeys(extra_words) if w]
    return Lexicon(
        words=words,
        floor=math.log(0.5 / total),
        common_word_lp=math.log(COMMON_WORD_FREQ / total),
        prefixes=prefixes,
        terms=tuple(terms),
        known=frozenset(extra_words) | frozenset(terms) | frozenset(general),
        added=tuple(added),
        extra_terms=extra_terms,
        user_words=frozenset(user),
        user_automaton=automaton(user) if user else None,
    )
