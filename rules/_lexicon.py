"""The typo lexicon: word frequencies, the precomputed slip index and the spun-phrase index.

Loaded once per process (the first time a typo rule runs) and shared by the ``T`` and
``Q2xx`` rules. Candidate generation never walks the lexicon: every non-word that is one
slip away from a known word was written to ``data/variants.tsv`` at build time
(``_lexicon_build.py``), and one Aho-Corasick automaton (``ahocorasick_rs``, Rust) finds all
of them in a text in a single pass. Only those hits are scored in Python.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

import ahocorasick_rs


DATA = Path(__file__).parent / "data"
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
#: Longest word the window segmenter considers.
MAX_WORD = 5
#: Readings are coded as Basic-plane private-use characters: the mapped text keeps the
#: narrow storage and the automaton's UTF-8 stays three bytes a character.
SOUND_BASE = 0xE000
#: Homophone candidates need at least this many changed characters.
HOMOPHONE_MIN_DIFF = 1
#: Log-probability by which a homophone word must beat the span as written, by itself.
HOMOPHONE_MIN_GAIN = 6.0
#: Rarity given to homophone candidates (they come from rare three-to-six-character strings).
HOMOPHONE_RARITY = -8
#: A word at least this frequent (in jieba's counts) is an established word, not a listed typo.
COMMON_WORD_FREQ = 20
#: Frequency given to domain terms (and a user's words) that the general list lacks or undercounts.
DOMAIN_FREQ = 1000


def _rows(path: Path) -> Iterable[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


class Variant(NamedTuple):
    """A non-word seen in text and the word it is probably a slip for."""

    text: str
    word: str
    kind: str  # letters: s sound, x shape, p seen slip, w swapped, m misspelling, y spun synonym, h homophone word, b from the bigram reading table
    rarity: int  # ln(expected non-slip occurrences of text / occurrences of word), from the build


def parse_variants(key: str, payload: str) -> list[Variant]:
    """``工会,x,-2;与会,s,-2`` -> variants of ``key``, parsed only when the key is hit."""
    out = []
    for item in payload.split(";"):
        word, kind, rarity = item.split(",")
        out.append(Variant(key, word, kind, int(rarity)))
    return out


@dataclass
class Lexicon:
    words: dict[str, float]  # word -> log probability
    floor: float  # log probability of an unknown single character
    common_word_lp: float  # log probability of a word seen COMMON_WORD_FREQ times
    prefixes: frozenset[str]  # beginnings (2+ characters) of longer words that are not words themselves
    keys: list[str]  # automaton pattern index -> variant text
    payloads: list  # pattern index -> raw payload (str) or parsed variants (list)
    automaton: object
    domain: frozenset[str]
    known: frozenset[str]  # correct as written, though one slip from another word
    phrases: list[list[Variant]] = field(default_factory=list)
    phrase_automaton: object | None = None
    canonical_automaton: object | None = None
    canonical: list[str] = field(default_factory=list)
    sound_table: dict[int, int] = field(default_factory=dict)  # char -> its reading's code point
    homophone_words: list[tuple[str, ...]] = field(default_factory=list)
    homophone_automaton: object | None = None
    homophone_set: frozenset[str] = frozenset()
    pair_index: object | None = None  # _typo_pairs.PairIndex (numpy is imported only when loading)
    context_model: object | None = None  # _typo_context.ContextModel
    user_words: frozenset[str] = frozenset()  # the user's words: hits overlapping them are never flagged
    user_automaton: object | None = None

    def user_spans(self, text: str) -> list[tuple[int, int]]:
        """Every occurrence of the user's words in ``text`` (overlapping ones too)."""
        if self.user_automaton is None:
            return []
        return [(s, e) for _, s, e in self.user_automaton.find_matches_as_indexes(text, overlapping=True)]

    def context(self):
        """The character-context model (``_typo_context``), loaded on first use: only
        T101's ``context`` option needs it."""
        if self.context_model is None:
            from ._typo_context import load_context_model

            self.context_model = load_context_model(self.words, self.floor, self.sound_table, _common_chars(),
                                                    _look_alikes())
        return self.context_model

    def find_by_sound(self, text: str) -> list[tuple[int, int, list[Variant]]]:
        """Homophone slips of three-to-six-character words and sound-alike slips of frequent
        two-character words, from one conversion of the text to readings."""
        index = self.pair_index
        if index is None:
            return self.find_homophones(text)
        if index.is_short(text):  # numpy's per-call cost outweighs a short text's walk
            sounds = text.translate(index.sound_map)
            return (self.find_homophones(text, sounds=sounds)
                    + index.find_short(text, sounds, self.words, self.known, Variant))
        cps = index.code_points(text)
        return (self.find_homophones(text, sounds=index.sounds(cps))
                + index.find(text, self.words, self.known, Variant, cps))

    def find_homophones(self, text: str, min_diff: int = HOMOPHONE_MIN_DIFF,
                        sounds: str | None = None) -> list[tuple[int, int, list[Variant]]]:
        """Spans that sound exactly like a listed three-to-six-character word but are
        written otherwise (守候服务 for 售后服务), found by matching readings, not characters."""
        if self.homophone_automaton is None:
            return []
        if sounds is None:
            sounds = text.translate(self.sound_table)
        out = []
        groups = self.homophone_words
        listed = self.homophone_set
        # most matches are the listed words themselves: drop them in one comprehension
        matches = [(i, s, e) for i, s, e in self.homophone_automaton.find_matches_as_indexes(sounds, overlapping=True)
                   if text[s:e] not in listed]
        for i, s, e in matches:
            written = text[s:e]
            group = groups[i]
            if written in self.known:
                continue
            if self.words.get(written, -99.0) >= self.common_word_lp:
                continue  # an established word that happens to sound the same
            diffs = [_differences(written, w) for w in group]
            fewest = min(diffs)
            if fewest < min_diff:
                continue
            kind = "h" if fewest > 1 else "s"
            # cheap screen before the windowed scoring: the word must read far better than the span
            floor = self.segment_logp(written) + HOMOPHONE_MIN_GAIN
            variants = [Variant(written, w, kind, HOMOPHONE_RARITY) for w, d in zip(group, diffs)
                        if d == fewest and self.words.get(w, -99.0) > floor]
            if variants:
                out.append((s, e, variants))
        return out

    def find_pairs(self, text: str) -> list[tuple[int, int, list[Variant]]]:
        """Two-character sound-alike slips of frequent words (玩善 for 完善), see ``_typo_pairs``."""
        if self.pair_index is None:
            return []
        return self.pair_index.find(text, self.words, self.known, Variant)

    def variants(self, index: int) -> list[Variant]:
        p = self.payloads[index]
        if isinstance(p, str):
            p = self.payloads[index] = parse_variants(self.keys[index], p)
        return p

    def logp(self, word: str) -> float | None:
        return self.words.get(word)

    def find(self, text: str) -> list[tuple[int, int, list[Variant]]]:
        """Every slip-index hit in ``text``: (start, end, variants)."""
        keys, known = self.keys, self.known
        return [(s, e, self.variants(i)) for i, s, e in self.automaton.find_matches_as_indexes(text, overlapping=True)
                if keys[i] not in known]

    def find_phrases(self, text: str) -> list[tuple[int, int, list[Variant]]]:
        if self.phrase_automaton is None:
            return []
        return [(s, e, self.phrases[i]) for i, s, e in self.phrase_automaton.find_matches_as_indexes(text, overlapping=True)]

    def count_canonical(self, text: str) -> int:
        if self.canonical_automaton is None:
            return 0
        return len(self.canonical_automaton.find_matches_as_indexes(text))

    def segment_logp(self, s: str) -> float:
        """Log probability of the best unigram segmentation of ``s`` (jieba's DAG idea).

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


def _differences(a: str, b: str) -> int:
    return sum(map(str.__ne__, a, b))


def _sound_table() -> dict[int, int]:
    """Each character to a private-use code point standing for its reading."""
    with open(DATA / "pinyin.tsv", encoding="utf-8") as fh:
        body = fh.read()
    toks = body[body.index("\n") + 1:].split()
    codes: dict[str, int] = {}
    table = {}
    for ch, syl in zip(toks[0::2], toks[1::2]):
        code = codes.get(syl)
        if code is None:
            code = codes[syl] = SOUND_BASE + len(codes)
        table[ord(ch)] = code
    # private-use characters in the text itself must not pass for readings
    for code in codes.values():
        table.setdefault(code, 0xFFFD)
    return table


def _homophone_index(table: dict[int, int], extra_terms: tuple[str, ...]):
    groups: dict[str, list[str]] = {}
    lowest, highest = chr(SOUND_BASE), chr(SOUND_BASE + 0x1000)
    for w in [*_read_terms(DATA / "homophones.txt"), *(t for t in extra_terms if 3 <= len(t) <= 6)]:
        key = w.translate(table)
        if lowest <= min(key) and max(key) < highest:  # every character has a reading
            groups.setdefault(key, []).append(w)
    keys = list(groups)
    return [tuple(groups[k]) for k in keys], (_automaton(keys) if keys else None)


def _read_terms(path: Path) -> list[str]:
    return [r[0].strip() for r in _rows(path) if r and r[0].strip()]


def _spin_synonyms() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in _rows(DATA / "spin_synonyms.tsv"):
        if len(row) >= 2:
            out[row[0]] = [w for w in row[1].split(",") if w and w != row[0]]
    return out


def spun_forms(term: str, synonyms: dict[str, list[str]], words: dict[str, float]) -> Iterable[str]:
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


def _automaton(patterns: list[str]):
    return ahocorasick_rs.AhoCorasick(patterns, implementation=ahocorasick_rs.Implementation.ContiguousNFA)


def _read_words() -> tuple[dict[str, float], float]:
    """Word -> log probability, and the corpus total the probabilities were taken from."""
    with open(DATA / "words.tsv", encoding="utf-8") as fh:
        body = fh.read()
    header_end = body.index("\n")
    total = float(re.search(r"total (\d+)", body[:header_end]).group(1))
    toks = body[header_end + 1:].split()
    values = toks[1::2]
    # frequencies repeat (3,645 distinct among 308k words): parse each written value once
    parsed = {v: float(v) for v in set(values)}
    return dict(zip(toks[0::2], map(parsed.__getitem__, values))), total


def _read_variant_table() -> tuple[list[str], list[str]]:
    with open(DATA / "variants.tsv", encoding="utf-8") as fh:
        body = fh.read()
    toks = body[body.index("\n") + 1:].split()
    return toks[0::2], toks[1::2]


def load_lexicon(extra_words: Iterable[str] = (), extra_terms: Iterable[str] = ()) -> Lexicon:
    """The lexicon with a user's extra words and terms; built once per distinct pair of lists."""
    return _load_lexicon(tuple(extra_words), tuple(extra_terms))


#: (id(words), id(terms)) -> (words, terms, lexicon): the lists are held, so their ids stay theirs.
_BY_OPTIONS: dict[tuple[int, int], tuple[object, object, Lexicon]] = {}


def lexicon_for(options) -> Lexicon:
    """The lexicon for a rule's ``words`` and ``terms`` options. A pipeline passes the same
    option lists with every document, so they are looked up by identity: a user list of
    thousands of entries is not copied and hashed once per document."""
    words, terms = options.get("words", ()), options.get("terms", ())
    hit = _BY_OPTIONS.get((id(words), id(terms)))
    if hit is not None and hit[0] is words and hit[1] is terms:
        return hit[2]
    lex = load_lexicon(words, terms)
    if len(_BY_OPTIONS) >= 16:
        _BY_OPTIONS.clear()
    _BY_OPTIONS[(id(words), id(terms))] = (words, terms, lex)
    return lex


@lru_cache(maxsize=8)
def _load_lexicon(extra_words: tuple[str, ...], extra_terms: tuple[str, ...]) -> Lexicon:
    """Load the shipped lexicon, plus a user's correct words and domain terms (rule options).

    ``extra_words`` are never flagged and count as words when segmenting; ``extra_terms``
    are domain terms whose slips are flagged too (their one-character variants by the
    shipped confusion sets, their spun forms if four characters or longer).
    """
    words, total = _read_words()
    domain = _read_terms(DATA / "domain_terms.txt") + [t for t in extra_terms if t]
    general = _read_terms(DATA / "extra_words.txt")
    domain_lp = math.log(DOMAIN_FREQ / total)
    for t in [*domain, *general, *extra_words]:
        if words.get(t, -math.inf) < domain_lp:
            words[t] = domain_lp
    floor = math.log(0.5 / total)

    keys, payloads = _read_variant_table()
    known = set(extra_words) | set(domain) | set(general)
    if extra_terms:
        extra: dict[str, list[Variant]] = {}
        for v in _user_variants(extra_terms, words):
            extra.setdefault(v.text, []).append(v)
        keys = keys + list(extra)
        payloads = payloads + list(extra.values())
    with open(DATA / "prefixes.txt", encoding="utf-8") as fh:
        body = fh.read()
    added = [*domain, *general, *extra_words]
    prefixes = frozenset(body[body.index("\n") + 1:].split()).union(
        w[:k] for w in added if 3 <= len(w) <= MAX_WORD for k in range(2, len(w)) if w[:k] not in words)
    lex = Lexicon(words, floor, math.log(COMMON_WORD_FREQ / total), prefixes, keys, list(payloads), _automaton(keys), frozenset(domain), frozenset(known))
    user = [w for w in dict.fromkeys(extra_words) if w]
    if user:
        lex.user_words = frozenset(user)
        lex.user_automaton = _automaton(user)

    synonyms = _spin_synonyms()
    phrases: dict[str, list[Variant]] = {}
    canonical = [t for t in domain if len(t) >= 4]
    for term in canonical:
        for form in spun_forms(term, synonyms, words):
            if form not in known:
                phrases.setdefault(form, []).append(Variant(form, term, "y", -10))
    pkeys = list(phrases)
    if pkeys:
        lex.phrases = [phrases[k] for k in pkeys]
        lex.phrase_automaton = _automaton(pkeys)
    lex.sound_table = _sound_table()
    lex.homophone_words, lex.homophone_automaton = _homophone_index(lex.sound_table, extra_terms)
    lex.homophone_set = frozenset(w for group in lex.homophone_words for w in group)
    from ._typo_pairs import build_pair_index  # numpy is imported here, as part of the load

    lex.pair_index = build_pair_index(lex.sound_table, SOUND_BASE, words, floor, lex.common_word_lp, _common_chars(),
                                      added)

    # only phrases a spinner could bend count as "intact" evidence against spinning
    spinnable = sorted({v.word for vs in phrases.values() for v in vs})
    if spinnable:
        lex.canonical = spinnable
        lex.canonical_automaton = ahocorasick_rs.AhoCorasick(spinnable)
    return lex


def _common_chars() -> str:
    """The common characters (the first column of ``confusion.tsv``, jieba's 3,500 most frequent)."""
    with open(DATA / "confusion.tsv", encoding="utf-8") as fh:
        return "".join(line[0] for line in fh if not line.startswith("#") and line.strip())


def _look_alikes() -> dict[str, str]:
    """Per common character, its look-alikes (the third column of ``confusion.tsv``)."""
    return {row[0]: row[2] for row in _rows(DATA / "confusion.tsv") if len(row) > 2 and row[2]}


def _confusion() -> dict[str, str]:
    out = {}
    for row in _rows(DATA / "confusion.tsv"):
        out[row[0]] = "".join(row[1:])
    return out


def _user_variants(terms: Iterable[str], words: dict[str, float]) -> Iterable[Variant]:
    """One-character slips of a user's domain terms (the shipped terms were precomputed)."""
    confusion = _confusion()
    for t in terms:
        if len(t) < 2:
            continue
        for i, ch in enumerate(t):
            for c in dict.fromkeys(confusion.get(ch, "")):
                v = t[:i] + c + t[i + 1:]
                if v not in words:
                    yield Variant(v, t, "s", -5)
