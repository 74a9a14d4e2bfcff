"""What the typo engine finds: variants, hits and scored candidates (no other typo module
is imported here; every other one builds on these types)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Variant(NamedTuple):
    """A non-word seen in text and the word it is probably a slip for."""

    text: str
    word: str
    kind: str  # letters: s sound, x shape, p seen slip, w swapped, m misspelling, y spun synonym, h homophone word, b from the bigram reading table, c from the context stage
    rarity: int  # ln(expected non-slip occurrences of text / occurrences of word), from the build


#: A span of the text and the variants an index found there: ``(start, end, variants)``.
Hit = tuple[int, int, list[Variant]]


def parse_variants(key: str, payload: str) -> list[Variant]:
    """``工会,x,-2;与会,s,-2`` -> variants of ``key``, parsed only when the key is hit.

    >>> parse_variants("王会", "工会,x,-2")
    [Variant(text='王会', word='工会', kind='x', rarity=-2)]
    """
    out = []
    for item in payload.split(";"):
        word, kind, rarity = item.split(",")
        out.append(Variant(key, word, kind, int(rarity)))
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored suggestion for one span: the variant, the evidence and the score."""

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
        """Rapidfuzz's indel similarity of the written and the suggested span."""
        from rapidfuzz.distance import Indel  # only a flag's message needs it: not imported with --ignore T

        return Indel.normalized_similarity(self.variant.text, self.variant.word)
