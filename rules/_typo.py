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
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs
from rapidfuzz.distance import Indel

from ._lexicon import Lexicon, Variant, load_lexicon
from ._script import has_traditional, traditional_positions

#: A credit label right before a hit: what follows is a person's name (编辑：胡敏华), and
#: names are one slip from words more often than anything else.
_CREDIT_RE = re.compile(r"(?:编辑|审核|校对|作者|记者|通讯员|摄影|摄像|责编|主编|签发|发布人|联系人|供稿|撰稿|"
                        r"审稿|核稿|来源|报送|整理|文|图)\s*[:：]\s*(?:[\u4e00-\u9fff]{1,3}[\s、,，/]+){0,6}[\u4e00-\u9fff]{0,3}$")

#: Han characters of context on each side that the segmenter sees.
CONTEXT = 3
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


@dataclass(frozen=True, slots=True)
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
    while a > 0 and start - a < context and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
    b = end
    n = len(text)
    while b < n and b - end < context and "\u4e00" <= text[b] <= "\u9fff":
        b += 1
    return a, b


@lru_cache(maxsize=None)
def kind_prior(kind: str) -> float:
    return sum(KIND_WEIGHT.get(k, 0.0) for k in set(kind))


class Reading(NamedTuple):
    """How the few characters around a candidate read, as written and with the suggestion."""

    gain: float  # log-probability gain of the best segmentation with the suggestion
    straddles: bool  # as written, a word runs across an edge of the span (职工|做 for 工做)
    in_word: bool  # as written, every changed character sits inside a real word (服务|重心)


def read_window(lex: Lexicon, text: str, start: int, end: int, variant: Variant,
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
    in_word = bool(changed) and "b" not in variant.kind and all(_in_some_word(lex, written, p, inner) for p in changed)
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


def _fluent(lex: Lexicon, span: str) -> bool:
    """Whether ``span`` reads as established words of two or more characters only."""
    _, cuts = lex.segment(span)
    prev = 0
    for cut in cuts:
        lp = lex.words.get(span[prev:cut])
        if cut - prev < 2 or lp is None or lp < lex.common_word_lp:
            return False
        prev = cut
    return True


def _in_some_word(lex: Lexicon, s: str, pos: int, inner: tuple[int, int] | None = None) -> bool:
    """Whether ``s[pos]`` makes an established word (two to four characters) with its
    neighbours, on either side, whatever the best segmentation is; with ``inner``, only
    words reaching outside that span count."""
    words, common = lex.words, lex.common_word_lp
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


def candidates(lex: Lexicon, text: str, hits,
               context_logits: dict | None = None, context_prior: float = W_CONTEXT_PRIOR) -> list[Candidate]:
    """Score each hit's variants; keep the best variant per span.

    A hit overlapping an occurrence of one of the user's words (``lex.user_words``) is
    skipped. Variants of kind ``c`` (from ``_typo_context``) come with their logit in
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
    # window -> segmentation, this document only (as written; with the suggestion)
    memo: dict[str, tuple[float, list[int], list[float]]] = {}
    fixed_memo: dict[str, float] = {}
    seen: set[tuple[int, int, str]] = set()
    # a credit label needs a colon: without one in the document no hit needs the look back
    has_colon = "：" in text or ":" in text
    words = lex.words
    # First every hit's surviving variants with their window evidence; then the document
    # counts of all their words in one pass; then the scores.
    pending: list[tuple[int, int, list]] = []
    for start, end, variants in hits:
        if protected and 1 in protected[start:end]:
            continue
        if traditional and _any_between(traditional, start - CONTEXT, end + CONTEXT):
            continue
        if has_colon and _after_credit_label(text, start):
            continue
        if _span_reads_as_written(text, start, end):
            continue
        suffix = _place_suffix(text, end)
        by_reading_table = any("b" in v.kind for v in variants)
        # the reading table's pairs are not screened by rarity: names, verse and brands
        # must be ruled out by their context
        if by_reading_table and (_in_person_name(text, start, end) or _in_verse(text, start, end)):
            variants = [v for v in variants if "b" not in v.kind]
        kept = []
        for v in variants:
            key = (start, end, v.word)
            if key in seen:
                continue  # the same suggestion for the same span came from another index
            kind = v.kind
            if "b" in kind and (not _between_words(lex, text, start, end, both="h" in kind)
                                or _determiner_and_noun(lex, v)):
                continue
            if _reads_as_written(text, start, end, v, lex):
                continue
            if "b" in kind:
                org = _ORG_AHEAD_RE.match(text, end)
                if org and v.word + org.group(0) not in _LEGAL_FORMS and words.get(v.word + org.group(0)) is None:
                    continue  # 名仕宜居验房公司: inside a firm's name, not 名师 misspelt (股分有限公司 still shows)
            if suffix and words.get(v.word + suffix) is None:
                continue  # 义井镇, 齐圣村, 一冶集团: the start of a name, not 已经 misspelt
            if kind == "c":
                if v.text in lex.user_words or _in_person_name(text, start, end) or _in_verse(text, start, end):
                    continue
                seen.add(key)
                kept.append((v, None, context_logits[key]))
                continue
            r = read_window(lex, text, start, end, v, memo, fixed_memo)
            if r is None:
                continue
            seen.add(key)
            kept.append((v, r, 0.0))
        if kept:
            pending.append((start, end, kept))
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


#: What follows a place's or an organisation's own name (义井镇, 齐圣村, 一冶集团). Such
#: names are one slip from some word more often than not; a slip in a known name (垃萨市
#: for 拉萨市) still shows, because the suggestion with the suffix is a word.
#: A firm's name runs up to its legal form: a reading-table pair a few characters before
#: 公司 or 集团 is more often part of the name than a slip.
_ORG_AHEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:公司|集团)")
#: ...unless the suggestion completes the legal form itself (股分有限公司).
_LEGAL_FORMS = frozenset(("股份有限公司", "有限责任公司", "股份公司", "有限公司", "集团公司", "控股集团", "控股公司"))
_NAME_SUFFIX_RE = re.compile(r"集团|公司|街道|社区|[村镇乡县市区旗盟州]")


#: Surnames that seldom end another word, so one right before a span starts a name
#: (张国友, 杨庆媛, 黄贤金): 时候/阶段/历史 end in 侯/段/史, which are left out.
NAME_SURNAMES = frozenset("王李刘陈杨黄赵吴徐孙朱胡郭罗郑梁宋唐韩冯邓曹彭曾肖袁潘蒋蔡杜魏吕沈姚卢姜崔谭汪廖贾韦邹孟熊秦邱"
                          "薛闫雷陶黎郝龚邵覃戴汤佘禤")
#: Titles after a person's name (朱竑教授, 余毅菁 记者).
_TITLE_RE = re.compile(r"\s*(?:教授|研究员|老师|同志|主任|书记|院长|局长|处长|部长|秘书长|先生|女士|记者|编辑|博士|总经理|董事长)")


def _in_person_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as (part of) a person's given name: right after a
    surname, or right before a title.

    >>> _in_person_name("秘书长张国友研究员", 4, 6), _in_person_name("属单位在国友资产", 4, 6)
    (True, False)
    """
    return (start > 0 and text[start - 1] in NAME_SURNAMES) or _TITLE_RE.match(text, end) is not None


#: Particles that end free phrases: 大大的 is no anchor for 太大的 (太 + 大的).
_PARTICLES = frozenset("的地得了着过")
#: Directional complements: 戳进, 走出, 递上 are a verb and its direction, not 促进 misspelt.
_DIRECTIONS = frozenset("进出入来去回")
#: Formal numerals are written on purpose (壹基金, 补壹刀), never for 一 by slip.
_FORMAL_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
#: Characters transliterations are made of (as in the lexicon build): beside two of them a
#: span continues a foreign name or phrase (达摩克利斯之剑, 贝辛斯托克).
_TRANSLITERATION = frozenset("斯尔利亚埃艾伊依克特德拉纳卡诺曼罗维格夫姆兹茨奥莫塞巴布佩贝蒂娜妮莉琳哈萨迪雷洛")


def _reads_as_written(text: str, start: int, end: int, v: Variant, lex: Lexicon) -> bool:
    """Whether the suggestion would break a reading that holds in any text: a free phrase
    ending in a particle (太大的 is 太 + 大的, not 大大的), a verb with its direction (戳进),
    a formal numeral written on purpose (补壹刀).

    >>> lex = load_lexicon()
    >>> _reads_as_written("当时是块太大的肥肉", 4, 7, Variant("太大的", "大大的", "xp", -6), lex)
    True
    >>> _reads_as_written("要加快玩善政策", 3, 5, Variant("玩善", "完善", "s", -6), lex)
    False
    """
    t, w = v.text, v.word
    if not _FORMAL_NUMERALS.isdisjoint(t) and any(a in _FORMAL_NUMERALS and a != b for a, b in zip(t, w)):
        return True
    if len(w) >= 3 and w[-1] in _PARTICLES and t[-1] == w[-1] and t[-2] == w[-2]:
        return True
    return (len(t) == 2 and t[1] in _DIRECTIONS and t[1] == w[1] and t[0] != w[0]
            and lex.words.get(t[0], -99.0) >= lex.common_word_lp)


def _span_reads_as_written(text: str, start: int, end: int) -> bool:
    """Whether the span, whatever the suggestion, is a unit after a digit (6亿遭) or sits
    beside two transliteration characters (达摩克利斯之剑, 贝辛斯托克).

    >>> _span_reads_as_written("悬在头上的达摩克利斯之剑。", 10, 12), _span_reads_as_written("要加快玩善政策", 3, 5)
    (True, False)
    """
    if text[start] in "亿万千百" and start > 0 and text[start - 1].isdigit():
        return True
    near = _TRANSLITERATION.__contains__
    return (sum(map(near, text[max(0, start - 3):start])) >= 2
            or sum(map(near, text[end:end + 3])) >= 2)


def _in_verse(text: str, start: int, end: int) -> bool:
    """Whether the span is in a short clause matched in length by the clause before or
    after it (少壮工夫老始成 / 纸上得来终觉浅, 饱食安步 / 在仕代农): verse and classical
    prose, whose words a modern word list does not know.

    >>> _in_verse("饱食安步，在仕代农。依隐玩世", 6, 8), _in_verse("要加快玩善政务数据共享机制建设，提高效率。", 3, 5)
    (True, False)
    """
    # verse lines are 4 to 7 characters: walk no further than a line that could be one
    a = start
    while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
        if end - a > 7:
            return False
    b = end
    n = len(text)
    while b < n and "\u4e00" <= text[b] <= "\u9fff":
        b += 1
        if b - a > 7:
            return False
    size = b - a
    if not 4 <= size <= 7:
        return False
    return _run_length(text, a - 1, -1, size + 1) == size or _run_length(text, b + 1, 1, size + 1) == size


def _run_length(text: str, i: int, step: int, most: int | None = None) -> int:
    """Length of the run of Han characters ending (step -1) or starting (step 1) next to
    index ``i``, counted up to ``most``."""
    if not 0 <= i < len(text):
        return 0
    j = i - 1 if step < 0 else i
    n = 0
    size = len(text)
    while 0 <= j < size and "\u4e00" <= text[j] <= "\u9fff" and (most is None or n < most):
        n += 1
        j += step
    return n


#: Determiners and numerals that take a one-character noun (此诗, 该诗, 一技, 两岸).
_DETERMINERS = frozenset("此该本每各其这那一二三四五六七八九十两几")


def _determiner_and_noun(lex: Lexicon, v: Variant) -> bool:
    """Whether a pair reads as a determiner or numeral and a one-character word (此诗 is
    "this poem", not 此时 misspelt; 一日一技): only the second character was replaced.

    >>> lex = load_lexicon()
    >>> _determiner_and_noun(lex, Variant("此诗", "此时", "sb", -8)), _determiner_and_noun(lex, Variant("玩善", "完善", "sb", -8))
    (True, False)
    """
    t, w = v.text, v.word
    return (len(t) == 2 and t[0] == w[0] and t[0] in _DETERMINERS
            and lex.words.get(t[1], -99.0) >= lex.common_word_lp)


def _between_words(lex: Lexicon, text: str, start: int, end: int, both: bool = True) -> bool:
    """Whether the span sits between established words (or one word and the edge of a Han
    run): a pair with both characters replaced is believed only there, since inside a run
    of unknown characters (聚美优品, 亿纬锂能) it is far more often a brand or a name than a
    slip, and alone between commas nothing speaks for it.

    >>> lex = load_lexicon()
    >>> _between_words(lex, "加强墙画监督管理", 2, 4), _between_words(lex, "聚美优品发布", 1, 3)
    (True, False)
    """
    get, common = lex.words.get, lex.common_word_lp
    left_word = right_word = False
    for k in (2, 3, 4):  # loops, not any(): this runs for every reading-table hit
        if start - k < 0:
            break
        if get(text[start - k:start], -99.0) >= common:
            left_word = True
            break
    n = len(text)
    for k in (2, 3, 4):
        if end + k > n:
            break
        if get(text[end:end + k], -99.0) >= common:
            right_word = True
            break
    left_edge = start == 0 or not _is_han(text[start - 1])
    right_edge = end >= len(text) or not _is_han(text[end])
    # at least one real word beside it: a lone pair between commas (慎权、慎微、慎独) has no context
    if not both:  # one character replaced: an unknown run on one side is allowed
        return left_word or right_word or (left_edge and right_edge)
    return (left_word or right_word) and (left_word or left_edge) and (right_word or right_edge)


def _place_suffix(text: str, end: int) -> str:
    """The place or organisation suffix right after ``end``, or ''.

    >>> _place_suffix("峰峰矿区义井镇山底村", 6), _place_suffix("完善政策", 2)
    ('镇', '')
    """
    m = _NAME_SUFFIX_RE.match(text, end)
    return m.group(0) if m else ""


def _after_credit_label(text: str, start: int) -> bool:
    """Whether ``start`` is inside the names after a credit label on the same line.

    >>> _after_credit_label("编辑：胡敏华", 4), _after_credit_label("这就需要王会干部", 4)
    (True, False)
    """
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    head = text[max(line_start, start - 40):start]
    return ("：" in head or ":" in head) and _CREDIT_RE.search(head) is not None


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
