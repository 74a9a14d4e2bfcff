"""Scoring of slip candidates: how sure are we that ``variant`` should be ``word`` here?

Three kinds of evidence, combined in a logistic score (see the weights below):

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

import bisect
import math
from functools import lru_cache, partial
from typing import Iterable, NamedTuple, Sequence

import ahocorasick_rs

from .._script import has_traditional, traditional_positions
from .exemptions import (after_a_role, after_credit_label, between_words, determiner_and_noun, in_person_name, in_verse,
                         inside_firm_name, place_suffix, reads_as_written, span_reads_as_written)
from .lexicon import Lexicon
from .line_memo import LineMemo
from .slips import Candidate, Hit, Variant
from .wordlist import CONTEXT, WordList, window

#: Han characters of context on each side for the reading table's pairs, which were
#: screened on their neighbours already.
PAIR_CONTEXT = 2

# Logistic weights. A fit on ECSpell odw tuning lines (every 5th line held out) gave the
# kind, gain and document weights; the bias is set lower than the fit's, because real pages
# hold far fewer slips than ECSpell sentences (60 % of which have one), and the penalties
# were set by hand from false alarms on real pages. "Seen slip" (p) is capped: those pairs
# were learned from the same lines, so a fit overrates them.
KIND_WEIGHT = {"m": 4.0, "p": 1.5, "s": -0.5, "x": -0.5, "w": -1.5, "y": 2.0, "h": -2.0}
W_BIAS = -3.1
W_GAIN = 0.62
W_DOC_WORD = 0.8
W_STRADDLE = -3.0
# A form written the same way again and again is meant (a name: 陈立群 thirteen times),
# except in spun copies, which bend a phrase every time it occurs.
W_DOC_SELF = 1.5
W_DOC_SELF_PHRASE = 0.0
W_HABITUAL = -4.0
# The context stage's weights were fitted on ECSpell sentences, 60 % of which hold a slip;
# real pages hold far fewer, so its log-odds are shifted down by the difference in prior.
W_CONTEXT_PRIOR = -3.0
# As written, the changed character already makes a common word with its neighbour.
W_IN_WORD = -5.0
# The changed character is the first of the span and a common surname (陈立 for 成立):
# probably a name, unless the suggested word occurs elsewhere in the document.
W_SURNAME = -2.5

#: The most common Chinese surnames (single-character).
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
                     "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
                     "覃武戴莫孔向汤")


@lru_cache(maxsize=None)
def kind_prior(kind: str) -> float:
    """The summed weight of the kinds of slip in ``kind`` (each letter once)."""
    return sum(KIND_WEIGHT.get(k, 0.0) for k in set(kind))


class Reading(NamedTuple):
    """How the few characters around a candidate read, as written and with the suggestion."""

    gain: float  # log-probability gain of the best segmentation with the suggestion
    straddles: bool  # as written, a word runs across an edge of the span (职工|做 for 工做)
    in_word: bool  # as written, every changed character sits inside a real word (服务|重心)


def read_window(lex: WordList, text: str, start: int, end: int, variant: Variant,
                memo: dict | None = None, fixed_memo: dict | None = None) -> Reading | None:
    """The evidence of the window, or None when the written characters already make
    established words with their neighbours and the slip is not a listed misspelling
    (the score could not reach any useful threshold; segmenting would be wasted)."""
    # the reading table's pairs were screened on their neighbours already: less context will do
    a, b = window(text, start, end, PAIR_CONTEXT if "b" in variant.kind else CONTEXT)
    written = text[a:b].replace("著", "着")  # 著 is still written for 着 (大处著眼)
    changed = [start - a + i for i, (x, y) in enumerate(zip(variant.text, variant.word)) if x != y]
    # inside a longer variant (海关总数), a word within the span (总数) says nothing: the
    # variant as a whole is already rare; only a word reaching outside it counts
    inner = (start - a, end - a) if end - start >= 3 else None
    # the reading table has already ruled out pairs that words run through
    in_word = bool(changed) and "b" not in variant.kind and all(lex.in_some_word(written, p, inner) for p in changed)
    if inner and not in_word:
        in_word = _fluent(lex, variant.text)  # 服务|重心: two sound words, no slip needed
    if in_word and not set(variant.kind) & {"m", "y", "h"}:
        return None
    if memo is None:
        memo = {}
    if fixed_memo is None:
        fixed_memo = {}
    seg = memo.get(written)
    if seg is None:
        n = len(written)
        best, nxt = [0.0] * (n + 1), [0] * (n + 1)
        lex.fill_best(written, best, nxt, n)
        cuts, i = [], 0
        while i < n:
            i = nxt[i]
            cuts.append(i)
        seg = memo[written] = (best[0], cuts, best)
    written_lp, cuts, written_best = seg
    fixed = (text[a:start] + variant.word + text[end:b]).replace("著", "着")
    fixed_lp = fixed_memo.get(fixed)
    if fixed_lp is None:
        # the text after the span is the same both ways: its part of the table is reused
        top = start - a + len(variant.word)
        fixed_best = [0.0] * top + written_best[end - a:]
        lex.fill_best(fixed, fixed_best, [0] * len(fixed_best), top)
        fixed_lp = fixed_memo[fixed] = fixed_best[0]
    s0, e0 = start - a, end - a
    straddles = (s0 != 0 and s0 not in cuts) or (e0 != 0 and e0 not in cuts)
    return Reading(fixed_lp - written_lp, straddles, in_word)


def _fluent(lex: WordList, span: str) -> bool:
    """Whether ``span`` reads as established words of two or more characters only."""
    _, cuts = lex.segment(span)
    prev = 0
    for cut in cuts:
        lp = lex.words.get(span[prev:cut])
        if cut - prev < 2 or lp is None or lp < lex.common_word_lp:
            return False
        prev = cut
    return True


def score(kind: str, gain: float, word_count: int, self_count: int,
          straddles: bool = False, in_word: bool = False, surname: bool = False) -> float:
    """Probability-like score that ``variant`` is a slip for ``word`` here.

    >>> score("x", 12.0, 5, 1) > 0.9 > score("x", 2.0, 0, 1)
    True
    """
    self_weight = W_DOC_SELF_PHRASE if "y" in kind else W_DOC_SELF
    # written the same way three times or more, and more often than the word: meant so
    habitual = "y" not in kind and self_count >= 3 and self_count > word_count
    z = (W_BIAS + kind_prior(kind) + W_GAIN * gain + W_DOC_WORD * math.log1p(word_count)
         - self_weight * math.log(max(self_count, 1)) + W_STRADDLE * straddles
         + (W_IN_WORD * in_word if "y" not in kind and "h" not in kind else 0.0) + (W_SURNAME * surname if not word_count else 0.0) + W_HABITUAL * habitual)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def context_score(logit: float, word_count: int, self_count: int, surname: bool,
                  prior: float = W_CONTEXT_PRIOR) -> float:
    """A context candidate's score: its fitted logit, shifted by ``prior``, plus the
    document's own evidence, weighted as for the other kinds."""
    habitual = self_count >= 3 and self_count > word_count
    z = (logit + prior + W_DOC_WORD * math.log1p(word_count) - W_DOC_SELF * math.log(max(self_count, 1))
         + W_HABITUAL * habitual + (W_SURNAME * surname if not word_count else 0.0))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def candidates(lex: Lexicon, text: str, hits: Iterable[Hit],
               context_logits: dict[tuple[int, int, str], float] | None = None,
               context_prior: float = W_CONTEXT_PRIOR) -> list[Candidate]:
    """Score each hit's variants; keep the best variant per span.

    A hit overlapping an occurrence of one of the user's words (``lex.user_words``) is
    skipped. Variants of kind ``c`` (from :mod:`.context`) come with their logit in
    ``context_logits``; only the document's own evidence is added to it here.
    """
    # characters inside an occurrence of a user's word: a user list can match everywhere
    protected = bytearray()
    for a, b in lex.user_spans(text):
        if not protected:
            protected = bytearray(len(text))
        protected[a:b] = b"\x01" * (b - a)
    # The lexicon is simplified: a hit near traditional text (not converted by N301) is not judged.
    traditional = traditional_positions(text) if has_traditional(text) else []
    judge = _Judge(lex, text, context_logits)
    # First every hit's surviving variants with their window evidence; then the document
    # counts of all their words in one pass; then the scores.
    pending: list[tuple[int, int, list]] = []
    for start, end, variants in hits:
        if protected and 1 in protected[start:end]:
            continue
        if traditional and _any_between(traditional, start - CONTEXT, end + CONTEXT):
            continue
        kept = judge(start, end, variants)
        if kept:
            pending.append((start, end, kept))
    return scored(text, pending, context_prior)


def line_candidates(lex: Lexicon, text: str, memo: LineMemo) -> list[Candidate]:
    """``candidates(lex, text, memo.find(text))``, with the judgement of each line's hits
    (the exemptions and the window readings: all but the document's counts) remembered
    with the line in ``memo``: a corpus repeats its lines (8,412 lines of c5's pages are
    1,985 distinct ones), and only the counts and the scores depend on the document.

    A hit whose exemptions may look past its line (a role or a title on the next line,
    the clause before a verse line, transliteration characters within three of the span)
    is judged in the document each time (:func:`_near_the_edge`). For a lexicon with the
    user's words, whose occurrences may run across lines, :func:`candidates` does it all.
    """
    if lex.user_automaton is not None or not memo.max_lines:
        return candidates(lex, text, memo.find(text))
    placed = memo.find_judged(text, partial(_judge_line, lex))  # (line start, its judged hits per kind)
    if not placed:
        return []
    traditional = traditional_positions(text) if has_traditional(text) else []
    judge = None
    pending: list[tuple[int, int, list]] = []
    for k in range(memo.kinds):  # in the order of memo.find: every hit of one generator, then the next
        for at, per_kind in placed:
            for s, e, variants, kept in per_kind[k]:
                start, end = s + at, e + at
                if traditional and _any_between(traditional, start - CONTEXT, end + CONTEXT):
                    continue
                if kept is None:  # its exemptions look past the line: judged here
                    if judge is None:
                        judge = _Judge(lex, text, None)
                    kept = judge(start, end, variants)
                    if not kept:
                        continue
                pending.append((start, end, kept))
    return scored(text, pending)


def _judge_line(lex: Lexicon, line: str, per_kind: Sequence[Sequence[Hit]]) -> tuple[tuple, ...]:
    """Per generator, the hits of ``line`` that survive their exemptions, as ``(start,
    end, variants, kept)`` in line offsets, ``kept`` their judged variants; ``kept`` is
    None for a hit judged in each document (:func:`_near_the_edge`). Empty when no hit
    of any generator survives."""
    judge = _Judge(lex, line, None)
    out = []
    for hits in per_kind:
        entries = []
        for s, e, variants in hits:
            if _near_the_edge(line, s, e):
                entries.append((s, e, variants, None))
                continue
            kept = judge(s, e, variants)
            if kept:
                entries.append((s, e, variants, kept))
        out.append(tuple(entries))
    return tuple(out) if any(out) else ()


def _near_the_edge(line: str, start: int, end: int) -> bool:
    """Whether an exemption may read past ``line`` for the span ``[start, end)``: the
    three characters on either side (a role before a name, a digit before a unit,
    transliteration characters), nothing but whitespace after it (a title after a
    name: ``\\s*`` runs over the line break), or a verse clause reaching the line's edge
    (the clause beside it is on the next line). Every other test stops at a line break
    (a credit label is looked for on the same line, the windows are Han characters only)."""
    n = len(line)
    if start < 3 or n - end < 3 or line[end:].isspace():
        return True
    # in_verse's walks, as it walks: a clause too long to be verse is never looked past
    a = start
    while a > 0 and "\u4e00" <= line[a - 1] <= "\u9fff":
        a -= 1
        if end - a > 7:
            return False
    b = end
    while b < n and "\u4e00" <= line[b] <= "\u9fff":
        b += 1
        if b - a > 7:
            return False
    return a == 0 or b == n


class _Judge:
    """The exemptions and window readings of one text's hits: ``judge(start, end,
    variants)`` is the list of ``(variant, reading, logit)`` that survive, or empty.
    Same-span hits from several generators are judged once per suggestion (``seen``)."""

    __slots__ = ("lex", "text", "logits", "seen", "has_colon", "memos")

    def __init__(self, lex: Lexicon, text: str, context_logits: dict | None):
        self.lex, self.text, self.logits = lex, text, context_logits
        self.seen: set[tuple[int, int, str]] = set()
        # a credit label needs a colon: without one in the text no hit needs the look back
        self.has_colon = "：" in text or ":" in text
        # window -> segmentation (as written; with the suggestion), kept across documents:
        # a segmentation depends on the window's characters only
        self.memos = lex.window_memos()

    def __call__(self, start: int, end: int, variants: list[Variant]) -> list:
        lex, text, seen = self.lex, self.text, self.seen
        if self.has_colon and after_credit_label(text, start):
            return []
        if after_a_role(text, start):
            return []  # 记者罗沙, 副主席尤良海: a name, not 罗刹 or 优良 misspelt
        if span_reads_as_written(text, start, end):
            return []
        suffix = place_suffix(text, end)
        by_reading_table = any("b" in v.kind for v in variants)
        # the reading table's pairs are not screened by rarity: names, verse and brands
        # must be ruled out by their context
        if by_reading_table and (in_person_name(text, start, end) or in_verse(text, start, end)):
            variants = [v for v in variants if "b" not in v.kind]
        words = lex.words
        memo, fixed_memo, readings = self.memos
        kept = []
        for v in variants:
            key = (start, end, v.word)
            if key in seen:
                continue  # the same suggestion for the same span came from another index
            kind = v.kind
            if "b" in kind and (not between_words(lex, text, start, end, both="h" in kind)
                                or determiner_and_noun(lex, v)):
                continue
            if reads_as_written(text, start, end, v, lex):
                continue
            if "b" in kind and inside_firm_name(text, end, v.word, words):
                continue  # 名仕宜居验房公司: inside a firm's name, not 名师 misspelt (股分有限公司 still shows)
            if suffix and words.get(v.word + suffix) is None:
                continue  # 义井镇, 齐圣村, 一冶集团: the start of a name, not 已经 misspelt
            if kind == "c":
                if v.text in lex.user_words or in_person_name(text, start, end) or in_verse(text, start, end):
                    continue
                seen.add(key)
                kept.append((v, None, self.logits[key]))
                continue
            # the reading depends on the window's characters and the span's place in it only:
            # the same few windows recur across a corpus (74 distinct of 5,954 on 5 MB)
            a, b = window(text, start, end, PAIR_CONTEXT if "b" in kind else CONTEXT)
            rkey = (text[a:b], start - a, end - a, v)
            r = readings.get(rkey, _UNREAD)
            if r is _UNREAD:
                r = readings[rkey] = read_window(lex, text, start, end, v, memo, fixed_memo)
            if r is None:
                continue
            seen.add(key)
            kept.append((v, r, 0.0))
        return kept


def scored(text: str, pending: list[tuple[int, int, list]], context_prior: float = W_CONTEXT_PRIOR
           ) -> list[Candidate]:
    """The best-scoring variant of each judged span, with the document's counts."""
    if not pending:
        return []
    counts = count_occurrences(text, {s for _, _, kept in pending for v, _, _ in kept for s in (v.word, v.text)})
    out: list[Candidate] = []
    for start, end, kept in pending:
        best: Candidate | None = None
        best_score = 0.0
        for v, r, logit in kept:
            wc, sc = counts[v.word], counts[v.text]
            surname = v.text[0] != v.word[0] and v.text[0] in SURNAMES
            if r is None:
                z = context_score(logit, wc, sc, surname, context_prior)
                cand = Candidate(start, end, v, 0.0, wc, sc, z)
            else:
                z = score(v.kind, r.gain, wc, sc, r.straddles, r.in_word, surname)
                cand = Candidate(start, end, v, r.gain, wc, sc, z, r.straddles)
            if best is None or z > best_score:
                best, best_score = cand, z
        out.append(best)
    return out


_UNREAD = object()  # no reading remembered (None is a reading: nothing to score)


def _any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted ``positions`` hold one in ``[lo, hi)``."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


#: Above this many distinct strings one automaton pass over the document beats a
#: ``str.count`` scan per string.
_COUNT_BY_AUTOMATON = 16


def count_occurrences(text: str, strings: set[str]) -> dict[str, int]:
    """How often each of ``strings`` occurs in ``text`` (overlapping occurrences count).

    >>> count_occurrences("工会干部和工会会员", {"工会", "王会"})["工会"]
    2
    """
    if len(strings) <= _COUNT_BY_AUTOMATON:
        return {s: _count_overlapping(text, s) for s in strings}
    patterns = list(strings)
    tally = [0] * len(patterns)
    for i, _, _ in ahocorasick_rs.AhoCorasick(patterns).find_matches_as_indexes(text, overlapping=True):
        tally[i] += 1
    return dict(zip(patterns, tally))


def _count_overlapping(text: str, s: str) -> int:
    n = text.count(s)  # counts non-overlapping occurrences: exact unless ``s`` can overlap itself
    if n < 2 or not _self_overlapping(s):
        return n
    n, at = 0, text.find(s)
    while at != -1:
        n += 1
        at = text.find(s, at + 1)
    return n


def _self_overlapping(s: str) -> bool:
    """Whether two occurrences of ``s`` can overlap (哈哈 in 哈哈哈)."""
    return any(s[:k] == s[-k:] for k in range(1, len(s)))



def non_overlapping(cands: list[Candidate], threshold: float, prefer_long: bool = False) -> list[Candidate]:
    """Best-scoring candidates above ``threshold`` whose spans do not overlap; on equal
    scores the shortest span (the slip itself) or, with ``prefer_long``, the whole phrase."""
    sign = -1 if prefer_long else 1
    chosen: list[Candidate] = []
    taken: set[int] = set()  # offsets inside a chosen span: spans overlap iff they share one
    for c in sorted((c for c in cands if c.score >= threshold), key=lambda c: (-c.score, sign * (c.end - c.start))):
        span = range(c.start, c.end)
        if taken.isdisjoint(span):
            chosen.append(c)
            taken.update(span)
    return sorted(chosen, key=lambda c: c.start)
