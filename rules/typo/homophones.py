"""Homophone slips of longer words: spans that sound exactly like a listed word of three
to six characters but are written otherwise (守候服务 for 售后服务).

Text and words are mapped to readings (``datafiles.sound_table``) and the readings are
matched by one automaton, so a slip in any number of characters is found in one pass.
"""
from __future__ import annotations

import ahocorasick_rs

from .datafiles import DATA, SOUND_BASE, automaton, read_terms
from .slips import Hit, Variant
from .wordlist import WordList

#: Homophone candidates need at least this many changed characters.
HOMOPHONE_MIN_DIFF = 1
#: Log-probability by which a homophone word must beat the span as written, by itself.
HOMOPHONE_MIN_GAIN = 6.0
#: Rarity given to homophone candidates (they come from rare three-to-six-character strings).
HOMOPHONE_RARITY = -8


class HomophoneIndex:
    """Words matched by reading: groups of same-reading words and one automaton over them."""

    __slots__ = ("sound_table", "groups", "automaton", "listed")

    def __init__(self, sound_table: dict[int, int], extra_terms: tuple[str, ...] = ()):
        self.sound_table = sound_table
        groups: dict[str, list[str]] = {}
        lowest, highest = chr(SOUND_BASE), chr(SOUND_BASE + 0x1000)
        for w in [*read_terms(DATA / "homophones.txt"), *(t for t in extra_terms if 3 <= len(t) <= 6)]:
            key = w.translate(sound_table)
            if lowest <= min(key) and max(key) < highest:  # every character has a reading
                groups.setdefault(key, []).append(w)
        keys = list(groups)
        self.groups: list[tuple[str, ...]] = [tuple(groups[k]) for k in keys]  # pattern index -> words
        self.automaton: ahocorasick_rs.AhoCorasick | None = automaton(keys) if keys else None
        self.listed = frozenset(w for group in self.groups for w in group)

    def find(self, text: str, wl: WordList, known: frozenset[str], min_diff: int = HOMOPHONE_MIN_DIFF,
             sounds: str | None = None, memo: dict | None = None) -> list[Hit]:
        """Spans of ``text`` that read like a listed word; ``sounds`` is the text mapped to
        readings, if the caller has it already. ``memo`` (pattern, span as written) ->
        variants, if given, remembers the judgement of each match for the same ``wl``,
        ``known`` and ``min_diff``: it depends on nothing else, and the same few spans
        (51 distinct of 4,101 matches judged on a 5 MB corpus) come back again and again."""
        if self.automaton is None:
            return []
        if sounds is None:
            sounds = text.translate(self.sound_table)
        out = []
        groups = self.groups
        listed = self.listed
        # most matches are the listed words themselves: drop them in one comprehension
        matches = [(i, s, e) for i, s, e in self.automaton.find_matches_as_indexes(sounds, overlapping=True)
                   if text[s:e] not in listed]
        if memo is None:
            memo = {}
        for i, s, e in matches:
            written = text[s:e]
            key = (i, written)
            variants = memo.get(key)
            if variants is None:
                variants = memo[key] = self._judge(written, groups[i], wl, known, min_diff)
            if variants:
                out.append((s, e, list(variants)))
        return out

    @staticmethod
    def _judge(written: str, group: tuple[str, ...], wl: WordList, known: frozenset[str],
               min_diff: int) -> tuple[Variant, ...]:
        """The variants a span that reads like the words of ``group`` gets (none: not a slip)."""
        words = wl.words
        if written in known:
            return ()
        if words.get(written, -99.0) >= wl.common_word_lp:
            return ()  # an established word that happens to sound the same
        diffs = [differences(written, w) for w in group]
        fewest = min(diffs)
        if fewest < min_diff:
            return ()
        kind = "h" if fewest > 1 else "s"
        # cheap screen before the windowed scoring: the word must read far better than the span
        floor = wl.segment_logp(written) + HOMOPHONE_MIN_GAIN
        return tuple(Variant(written, w, kind, HOMOPHONE_RARITY) for w, d in zip(group, diffs)
                     if d == fewest and words.get(w, -99.0) > floor)


def differences(a: str, b: str) -> int:
    """How many positions two same-length strings differ in.

    >>> differences("守候服务", "售后服务")
    2
    """
    return sum(map(str.__ne__, a, b))
