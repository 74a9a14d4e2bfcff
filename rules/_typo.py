"""Scoring of slip candidates: how sure are we that ``variant`` should be ``word`` here?

Three kinds of evidence, combined in a logistic score (weights tuned on ECSpell's
official-document tuning lines, checked on held-out lines):

- the kind of slip (a known misspelling, a look-alike or sound-alike character, a slip
  seen before, two characters swapped);
- how much better the few characters around the span segment with the suggestion
  than as written, by unigram word probabilities (jieba's frequencies);
- the document's own vocabulary: 工会 fifty times and 王会 once is strong evidence.

Rapidfuzz's indel similarity between the written and suggested span is reported in the
message: it is 0.5 for any one-character slip of a two-character word, so it names how
far apart they are, not which one is right.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ._lexicon import Lexicon, Variant

#: Han characters of context on each side that the segmenter sees.
CONTEXT = 4

# Logistic weights, fitted on the tuning lines of ECSpell odw (every 5th line held out).
# The weight of "seen slip" (p) is capped by hand: those pairs were learned from the same
# lines, so the fit overrates them.
KIND_WEIGHT = {"m": 4.0, "p": 1.5, "s": -0.5, "x": -0.5, "w": 0.0, "y": 2.0}
W_BIAS = -3.1
W_GAIN = 0.62
W_DOC_WORD = 0.8
W_DOC_SELF = 0.3
W_RARITY = 0.0
W_STRADDLE = -3.0
# 著 is still written for 着 (大处著眼): segment as if it were 着.


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    variant: Variant
    gain: float
    word_count: int
    self_count: int
    score: float
    straddles: bool = False

    @property
    def similarity(self) -> float:
        return Indel.normalized_similarity(self.variant.text, self.variant.word)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def window(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """The span widened by up to ``context`` Han characters each side, never across non-Han."""
    a = start
    while a > 0 and start - a < context and _is_han(text[a - 1]):
        a -= 1
    b = end
    while b < len(text) and b - end < context and _is_han(text[b]):
        b += 1
    return a, b


def kind_prior(kind: str) -> float:
    return sum(KIND_WEIGHT.get(k, 0.0) for k in set(kind))


def segmentation_gain(lex: Lexicon, text: str, start: int, end: int, word: str) -> tuple[float, bool]:
    """How much likelier the window reads with ``word``, and whether, as written, a word
    runs across an edge of the span (职工做 read as 职工|做: then 工做 is no slip for 工作)."""
    a, b = window(text, start, end)
    written_lp, cuts = lex.segment(text[a:b].replace("著", "着"))
    fixed_lp = lex.segment_logp((text[a:start] + word + text[end:b]).replace("著", "着"))
    edges = {start - a, end - a}
    straddles = not edges <= ({0} | set(cuts))
    return fixed_lp - written_lp, straddles


def score(kind: str, gain: float, word_count: int, self_count: int, rarity: int = 0, straddles: bool = False) -> float:
    """Probability-like score that ``variant`` is a slip for ``word`` here.

    >>> score("x", 12.0, 5, 1) > 0.9 > score("x", 2.0, 0, 1)
    True
    """
    z = (W_BIAS + kind_prior(kind) + W_GAIN * gain + W_DOC_WORD * math.log1p(word_count)
         - W_DOC_SELF * math.log(max(self_count, 1)) + W_RARITY * rarity + W_STRADDLE * straddles)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def candidates(lex: Lexicon, text: str, hits, ignore: frozenset[str] = frozenset()) -> list[Candidate]:
    """Score each hit's variants; keep the best variant per span.

    A hit overlapping an occurrence of one of the user's ``ignore`` words is skipped.
    """
    out: list[Candidate] = []
    counts: dict[str, int] = {}
    protected = _occurrences(text, ignore) if ignore else []

    def count(s: str) -> int:
        c = counts.get(s)
        if c is None:
            c = counts[s] = text.count(s)
        return c

    for start, end, variants in hits:
        if protected and any(a < end and start < b for a, b in protected):
            continue
        best: Candidate | None = None
        for v in variants:
            gain, straddles = segmentation_gain(lex, text, start, end, v.word)
            wc, sc = count(v.word), count(v.text)
            z = score(v.kind, gain, wc, sc, v.rarity, straddles)
            cand = Candidate(start, end, v, gain, wc, sc, z, straddles)
            if best is None or cand.score > best.score:
                best = cand
        if best is not None:
            out.append(best)
    return out


def _occurrences(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    spans = []
    for w in words:
        i = text.find(w)
        while i != -1 and w:
            spans.append((i, i + len(w)))
            i = text.find(w, i + 1)
    return spans


def non_overlapping(cands: list[Candidate], threshold: float, prefer_long: bool = False) -> list[Candidate]:
    """Best-scoring candidates above ``threshold`` whose spans do not overlap; on equal
    scores the shortest span (the slip itself) or, with ``prefer_long``, the whole phrase."""
    sign = -1 if prefer_long else 1
    chosen: list[Candidate] = []
    for c in sorted((c for c in cands if c.score >= threshold), key=lambda c: (-c.score, sign * (c.end - c.start))):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
