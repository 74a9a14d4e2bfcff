"""Spun fixed phrases: official phrases with one word swapped for a spinner's synonym.

T102 flags them (科学开展观 for 科学发展观) and Q201 counts them against the intact
phrases. Q201 needs nothing else of the typo lexicon, so :func:`shipped_spun_phrases`
builds the index from the phrase lists alone, asking ``words.tsv`` only about the few
hundred spun forms instead of loading its 308k words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Container, Iterable

import ahocorasick_rs

from .datafiles import DATA, automaton, listed_words, read_terms, spin_synonyms
from .slips import Hit, Variant

#: Rarity given to spun forms (a synonym swap inside a fixed phrase is rare by itself).
SPUN_RARITY = -10
#: Fixed phrases shorter than this are not matched in spun forms (too many false alarms).
MIN_PHRASE = 4


class SpunPhrases:
    """The spun forms of fixed phrases, and the intact phrases a spinner could bend."""

    __slots__ = ("phrases", "automaton", "canonical", "canonical_automaton", "both")

    def __init__(self, phrases: dict[str, list[Variant]]):
        forms = list(phrases)
        self.phrases = [phrases[k] for k in forms]  # pattern index -> variants of the form
        self.automaton: ahocorasick_rs.AhoCorasick | None = automaton(forms) if forms else None
        # only phrases a spinner could bend count as "intact" evidence against spinning
        self.canonical = sorted({v.word for vs in self.phrases for v in vs})
        self.canonical_automaton: ahocorasick_rs.AhoCorasick | None = (
            ahocorasick_rs.AhoCorasick(self.canonical) if self.canonical else None)
        # spun forms then intact phrases, for Q201's one pass that finds both
        self.both: ahocorasick_rs.AhoCorasick | None = automaton(forms + self.canonical) if forms else None

    def find(self, text: str) -> list[Hit]:
        """Every spun form in ``text`` (overlapping ones too), with the phrase it bends."""
        if self.automaton is None:
            return []
        return [(s, e, self.phrases[i]) for i, s, e in self.automaton.find_matches_as_indexes(text, overlapping=True)]

    def count_canonical(self, text: str) -> int:
        """How many intact fixed phrases (that a spinner could bend) ``text`` holds."""
        if self.canonical_automaton is None:
            return 0
        return len(self.canonical_automaton.find_matches_as_indexes(text))

    def find_and_count(self, text: str) -> tuple[list[Hit], int]:
        """``(find(text), count_canonical(text))`` from one pass over the text: the
        automaton holds both pattern sets, and the intact phrases are counted as a
        non-overlapping search counts them (take the match that ends first, go on from its
        end), which is what ``count_canonical``'s standard search does.

        >>> index = shipped_spun_phrases()
        >>> text = "坚持科学开展观，坚持科学发展观，服务大局"
        >>> index.find_and_count(text) == (index.find(text), index.count_canonical(text))
        True
        """
        if self.both is None:
            return [], 0
        matches = self.both.find_matches_as_indexes(text, overlapping=True)
        n = len(self.phrases)
        phrases = self.phrases
        hits = [(s, e, phrases[i]) for i, s, e in matches if i < n]
        intact, last_end = 0, -1
        for _, s, e in sorted((m for m in matches if m[0] >= n), key=lambda m: m[2]):
            if s >= last_end:
                intact += 1
                last_end = e
        return hits, intact


def spun_forms(term: str, synonyms: dict[str, list[str]], words: Container[str]) -> Iterable[str]:
    """Forms of a fixed phrase with one word swapped for a spinner's synonym.

    >>> sorted(spun_forms("服务大局", {"服务": ["效劳"]}, {}))
    ['效劳大局']
    """
    for canon, alts in synonyms.items():
        start = term.find(canon)
        while start != -1:
            for alt in alts:
                form = term[:start] + alt + term[start + len(canon):]
                if form != term and form not in words:
                    yield form
            start = term.find(canon, start + 1)


def build_spun_phrases(terms: Iterable[str], words: Container[str]) -> SpunPhrases:
    """The index of the spun forms of ``terms`` (in their order) that are not ``words``."""
    synonyms = spin_synonyms()
    phrases: dict[str, list[Variant]] = {}
    for term in terms:
        if len(term) >= MIN_PHRASE:
            for form in spun_forms(term, synonyms, words):
                phrases.setdefault(form, []).append(Variant(form, term, "y", SPUN_RARITY))
    return SpunPhrases(phrases)


@lru_cache(maxsize=1)
def shipped_spun_phrases() -> SpunPhrases:
    """The index for the shipped phrase lists, without a user's words or terms (Q201's).

    The same as a default lexicon's :attr:`~.lexicon.Lexicon.spun_phrases`: a form is
    dropped when it is a listed word, a domain term or one of the extra words.

    >>> index = shipped_spun_phrases()
    >>> [(s, e, vs[0].word) for s, e, vs in index.find("坚持科学开展观")]
    [(2, 7, '科学发展观')]
    """
    terms = read_terms(DATA / "domain_terms.txt")
    synonyms = spin_synonyms()
    forms = {f for t in terms if len(t) >= MIN_PHRASE for f in spun_forms(t, synonyms, ())}
    words = listed_words(forms) | set(terms) | set(read_terms(DATA / "extra_words.txt"))
    return build_spun_phrases(terms, words)
