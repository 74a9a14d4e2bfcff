"""The precomputed slip index: every non-word one slip from a known word, in one automaton.

Candidate generation never walks the lexicon: every non-word that is one slip away from a
known word was written to ``data/variants.tsv`` at build time (``tools/build_lexicon.py``),
and one Aho-Corasick automaton (``ahocorasick_rs``, Rust) finds all of them in a text in a
single pass. Only those hits are scored in Python.
"""
from __future__ import annotations

from typing import Iterable

import ahocorasick_rs

from .datafiles import automaton, confusion, read_variant_table
from .slips import Hit, Variant, parse_variants


class SlipIndex:
    """Variant texts -> the words they are slips for; payloads are parsed when first hit."""

    __slots__ = ("keys", "known", "automaton", "_payloads")

    def __init__(self, keys: list[str], payloads: list[str | list[Variant]], known: frozenset[str]):
        self.keys = keys  # automaton pattern index -> variant text
        self.known = known  # correct as written, though one slip from another word
        self.automaton: ahocorasick_rs.AhoCorasick = automaton(keys)
        # pattern index -> raw payload (str) or, once hit, its parsed variants: a memo of
        # the parse, so the index is unchanged in what it answers
        self._payloads = payloads

    def variants(self, index: int) -> list[Variant]:
        """The variants of pattern ``index``."""
        p = self._payloads[index]
        if isinstance(p, str):
            p = self._payloads[index] = parse_variants(self.keys[index], p)
        return p

    def find(self, text: str) -> list[Hit]:
        """Every slip-index hit in ``text``: (start, end, variants)."""
        keys, known = self.keys, self.known
        return [(s, e, self.variants(i)) for i, s, e in self.automaton.find_matches_as_indexes(text, overlapping=True)
                if keys[i] not in known]


def build_slip_index(words: dict[str, float], known: frozenset[str], extra_terms: tuple[str, ...]) -> SlipIndex:
    """The shipped variants, plus the one-character slips of a user's domain terms."""
    keys, payloads = read_variant_table()
    payloads: list[str | list[Variant]] = list(payloads)
    if extra_terms:
        extra: dict[str, list[Variant]] = {}
        for v in user_variants(extra_terms, words):
            extra.setdefault(v.text, []).append(v)
        keys = keys + list(extra)
        payloads = payloads + list(extra.values())
    return SlipIndex(keys, payloads, known)


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
