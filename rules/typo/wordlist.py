"""Word probabilities and the window segmenter: the evidence every typo score rests on.

:class:`WordList` is the part of the lexicon the candidate generators and the scorer read
(word log probabilities, the segmenter); :class:`~.lexicon.Lexicon` extends it with the
indexes, so the generators need not import the lexicon that builds them.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Longest word the window segmenter considers.
MAX_WORD = 5
#: Han characters of context on each side that the segmenter sees.
CONTEXT = 3


@dataclass(frozen=True, eq=False)
class WordList:
    """Word log probabilities (jieba's, with domain terms and a user's words raised) and
    the segmentation of short windows by them."""

    words: dict[str, float]  # word -> log probability; read only, once built
    floor: float  # log probability of an unknown single character
    common_word_lp: float  # log probability of a word seen COMMON_WORD_FREQ times
    prefixes: frozenset[str]  # beginnings (2+ characters) of longer words that are not words themselves

    def segment_logp(self, s: str) -> float:
        """Log probability of the best unigram segmentation of ``s`` (jieba's DAG idea).

        >>> from zhclean.rules.typo.lexicon import load_lexicon
        >>> lex = load_lexicon()
        >>> lex.segment_logp("工会干部") > lex.segment_logp("王会干部")
        True
        """
        n = len(s)
        best = [0.0] * (n + 1)
        self.fill_best(s, best, [0] * (n + 1), n)  # the cuts are not needed: skip tracing them
        return best[0]

    def segment(self, s: str) -> tuple[float, list[int]]:
        """Best unigram segmentation of ``s``: its log probability and word end offsets.

        >>> from zhclean.rules.typo.lexicon import load_lexicon
        >>> load_lexicon().segment("需要王会干部")[1]
        [2, 3, 4, 6]
        """
        n = len(s)
        best = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        self.fill_best(s, best, nxt, n)
        cuts, i = [], 0
        while i < n:
            i = nxt[i]
            cuts.append(i)
        return best[0], cuts

    def fill_best(self, s: str, best: list[float], nxt: list[int], top: int) -> None:
        """The segmentation table of ``s`` from position ``top - 1`` down to 0: ``best[i]``
        is the log probability of the best segmentation of ``s[i:]``, ``nxt[i]`` where its
        first word ends. Entries from ``top`` on must be filled already; they depend only
        on ``s[top:]``, so a string sharing that tail can reuse them."""
        n = len(s)
        get = self.words.get
        prefixes = self.prefixes
        floor = self.floor
        # plain locals and a for loop: this runs for every candidate scored
        for i in range(top - 1, -1, -1):
            score = get(s[i], floor) + best[i + 1]
            to = i + 1
            stop = i + MAX_WORD if i + MAX_WORD < n else n
            for j in range(i + 2, stop + 1):
                piece = s[i:j]
                lp = get(piece)
                if lp is None:
                    if piece not in prefixes:
                        break  # no longer word starts this way
                else:
                    t = lp + best[j]
                    if t > score:
                        score = t
                        to = j
            best[i] = score
            nxt[i] = to

    def in_some_word(self, s: str, pos: int, inner: tuple[int, int] | None = None) -> bool:
        """Whether ``s[pos]`` makes an established word (two to four characters) with its
        neighbours, on either side, whatever the best segmentation is; with ``inner``, only
        words reaching outside that span count."""
        words, common = self.words, self.common_word_lp
        n = len(s)
        for length in (2, 3, 4):
            lo = pos - length + 1
            hi = n - length
            for i in range(lo if lo > 0 else 0, (pos if pos < hi else hi) + 1):
                if inner and inner[0] <= i and i + length <= inner[1]:
                    continue
                lp = words.get(s[i:i + length])
                if lp is not None and lp >= common:
                    return True
        return False


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK unified ideograph of the basic block."""
    return "\u4e00" <= ch <= "\u9fff"


def window(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """The span widened by up to ``context`` Han characters each side, never across non-Han.

    >>> window("需要王会干部增强", 2, 4)
    (0, 7)
    """
    a = start
    while a > 0 and start - a < context and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
    b = end
    n = len(text)
    while b < n and b - end < context and "\u4e00" <= text[b] <= "\u9fff":
        b += 1
    return a, b
