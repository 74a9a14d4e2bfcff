"""Two-character sound-alike slips found by looking up every bigram of the text at once.

ECSpell's official-document slips are mostly pinyin-IME picks: one character (玩善 for 完善,
宗合 for 综合) or both (淡味 for 单位, 宗介 for 总结) of a frequent two-character word
replaced by characters of the same reading. Indexing every such string as a variant would
take millions of patterns (some readings have forty common characters), and matching
readings with the automaton returns every correct word too, each match a Python tuple.
Instead the text becomes an array of code points; numpy maps it to readings, and each
bigram's reading pair is looked up in a dense table of frequent words' readings. Cheap
vectorised screens then drop what cannot be a slip, before anything reaches Python:

- the bigram must read far better (unigram log-probability) as the word than as written;
- as written it must not be an established word (防控 is no slip for 防空);
- neither of its characters may make an established word with a neighbour outside it
  (总署, 基地 beside 署/地 words...): a slip breaks the words it sits in.

What survives (a few per thousand characters) is scored like every other candidate.

A short text (a sentence, a title) takes a plain-Python walk over the same tables instead:
each numpy call costs a microsecond or two whatever the size of its array, and the screens
above make some sixty of them, which on a 40-character sentence took longer than the rest
of the typo rules together. Both walks give the same hits (``tests/test_typo.py``).

The lexicon builds the table when T101 first asks for it (:attr:`.lexicon.Lexicon.pair_index`).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, fields
from typing import Iterable, NamedTuple

import numpy as np

from .slips import Hit, Variant

#: Two-character words at least this probable (ln of jieba frequency share; about 370
#: occurrences in jieba's counts) are matched by reading.
PAIR_WORD_LP = -12.0
#: The word must beat the written pair, character by character, by this much (ln).
PAIR_MIN_GAIN = 6.0
#: Both characters replaced (淡味 for 单位) needs a much better reading: such pairs are as
#: often names or brands the list lacks (庆媛, 亿纬) as slips.
PAIR_MIN_GAIN_BOTH = 9.5
#: Rarity given to these candidates (they are rare by construction: no word as written).
PAIR_RARITY = -8
_BMP = 0x10000
#: Texts shorter than this many characters are screened in plain Python (see above).
SHORT_TEXT = 300


class PairEntry(NamedTuple):
    """What the Python walk needs of one reading pair with a frequent word."""

    best_lp: float  # the most frequent word's log probability
    group: int  # index into ``PairIndex.groups``
    first: str  # the most frequent word
    second: str  # the second most frequent word ('' if none)


@dataclass(frozen=True, eq=False)
class PairIndex:
    """The reading table: dense arrays for the numpy walk, dicts for the plain-Python one."""

    readings: np.ndarray  # code point -> reading number (0: none)
    char_lp: np.ndarray  # code point -> unigram log probability of the character; +inf outside the common ones (no slip is made of them)
    width: int  # number of readings + 1
    group_of: np.ndarray  # reading pair -> group number (-1: no frequent word)
    best_lp: np.ndarray  # reading pair -> best word's log probability
    groups: list[tuple[str, ...]]  # group number -> words of that reading pair
    common: np.ndarray  # sorted ids of established words of 2-4 characters (lengths never collide: Han code points are >= 0x3400)
    first_id: np.ndarray  # reading pair -> id of its most frequent word (0: none)
    second_id: np.ndarray  # reading pair -> id of its second most frequent word (0: none)
    sound_chars: np.ndarray  # code point -> the code point standing for its reading (or itself)
    # the same tables for the plain-Python walk over short texts
    char_lp_of: dict[str, float]  # character with a reading -> unigram log probability
    common_chars: frozenset[str]
    entries: dict[str, PairEntry]  # the two readings' code points (as in ``sounds``) -> their frequent words
    established: frozenset[str]  # what ``common`` holds, as strings
    sound_map: dict[int, int]  # ``str.translate`` table equal to ``sound_chars``

    def __reduce__(self) -> tuple:
        # the sets pickled sorted: in their own order the bytes would follow PYTHONHASHSEED
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in _SET_FIELDS:
            state[name] = sorted(state[name])
        return _restore_pair_index, (state,)

    @staticmethod
    def code_points(text: str) -> np.ndarray:
        """The text's code points as an array (what :meth:`find` and :meth:`sounds` take)."""
        return code_points(text)

    @staticmethod
    def is_short(text: str) -> bool:
        """Whether ``text`` is walked in plain Python rather than with numpy."""
        return len(text) < SHORT_TEXT

    def sounds(self, cps: np.ndarray) -> str:
        """The text with each character replaced by its reading's code point, as
        ``str.translate(sound_table)`` would give it, at numpy speed."""
        bmp = np.minimum(cps, _BMP - 1)
        return np.where(cps < _BMP, self.sound_chars[bmp], cps).astype(np.uint32).tobytes().decode("utf-32-le")

    def find(self, text: str, words: dict[str, float], known: frozenset[str],
             cps: np.ndarray | None = None) -> list[Hit]:
        """(start, end, [variants]) for each bigram that looks like a slip of a frequent word."""
        n = len(text)
        if n < 2:
            return []
        if self.is_short(text):
            return self.find_short(text, text.translate(self.sound_map), words, known)
        if cps is None:
            cps = code_points(text)
        cps = np.minimum(cps, _BMP - 1)
        snd = self.readings[cps]
        pair = snd[:-1] * self.width + snd[1:]
        # an IME offers common characters first, so slips are made of them: a rare character's
        # log probability is +inf here, and no pair holding one gains anything
        lp = self.char_lp[cps]
        pos = np.flatnonzero(self.best_lp[pair] - (lp[:-1] + lp[1:]) >= PAIR_MIN_GAIN)
        if not pos.size:
            return []
        # most bigrams that pass are the frequent words themselves: drop them first
        ids = cps.astype(np.uint64)
        written = (ids[pos] << np.uint64(16)) | ids[pos + 1]
        pos_pair = pair[pos]
        pos = pos[(self.first_id[pos_pair] != written) & (self.second_id[pos_pair] != written)]
        if not pos.size:
            return []
        pos = self._attached(np.concatenate((_PAD, ids, _PAD)), pos)
        written_lps = (lp[pos] + lp[pos + 1]).tolist()
        group_ids = self.group_of[pair[pos]].tolist()
        return self._variants(text, zip(pos.tolist(), written_lps, group_ids), words, known)

    def find_short(self, text: str, sounds: str, words: dict[str, float], known: frozenset[str]) -> list[Hit]:
        """``find`` for a short text, in plain Python: the same screens in the same tables.
        ``sounds`` is ``text.translate(self.sound_map)``, which the homophone matcher reads too."""
        char_lp, entries = self.char_lp_of, self.entries.get
        common, established = self.common_chars, self.established
        n = len(text)
        passed = []
        for s in range(n - 1):
            entry = entries(sounds[s:s + 2])  # keyed by the two readings' code points
            if entry is None:
                continue
            a, b = text[s], text[s + 1]
            if a not in common or b not in common:
                continue
            written_lp = char_lp[a] + char_lp[b]
            if not entry.best_lp - written_lp >= PAIR_MIN_GAIN:
                continue
            written = a + b
            if written == entry.first or written == entry.second:
                continue
            for offset, length in _NEIGHBOURS:
                at = s + offset
                if at >= 0 and at + length <= n and text[at:at + length] in established:
                    break
            else:
                passed.append((s, written_lp, entry.group))
        return self._variants(text, passed, words, known)

    def _variants(self, text: str, passed, words: dict[str, float], known: frozenset[str]) -> list[Hit]:
        """The hits of the bigrams that passed the screens: (start, written log
        probability, group number) each."""
        out = []
        groups = self.groups
        for s, written_lp, gid in passed:
            written = text[s:s + 2]
            if written in known:
                continue
            group = groups[gid]
            found = []
            for w in group:
                changed = (written[0] != w[0]) + (written[1] != w[1])
                # two replaced (淡味 for 单位) is as often a name or a word the list lacks
                # (庆媛, 肠镜) as a slip: it needs a much better reading
                if changed and words[w] >= written_lp + (PAIR_MIN_GAIN if changed == 1 else PAIR_MIN_GAIN_BOTH):
                    found.append(Variant(written, w, "sb" if changed == 1 else "hb", PAIR_RARITY))
            if found:
                out.append((s, s + 2, found))
        return out

    def _attached(self, padded: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Drop the pair starts where the pair, or either of its characters with the
        characters beside it, is an established word; the likeliest checks go first, so
        later ones see few positions. ``padded`` is the text's code points with
        ``_PAD`` on both sides: a piece reaching past the text holds a 0, which no
        word's id does, so it needs no bounds check."""
        table, last = self.common, self.common.size - 1
        shift = np.uint64(16)
        for offset, length in _NEIGHBOURS:
            if not pos.size:
                break
            starts = pos + (offset + _PAD.size)
            key = padded[starts]
            for t in range(1, length):
                key = (key << shift) | padded[starts + t]
            pos = pos[table[np.minimum(np.searchsorted(table, key), last)] != key]
        return pos


#: The words a slipped pair at offset 0 must not belong to, as (start offset, length):
#: words ending on its first character or starting on its second, the pair itself, and
#: longer words holding a character of it and its neighbours.
_NEIGHBOURS = [(-1, 2), (1, 2), (0, 2), (-1, 3), (0, 3), (-2, 3), (1, 3), (-3, 4), (1, 4)]
#: Zeros around the text's code points in :meth:`PairIndex._attached`: as wide as the
#: farthest neighbour reaches (3 before a pair start, 4 after its second character).
_PAD = np.zeros(4, dtype=np.uint64)


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as a uint32 array (no copy of the encoded text)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def word_ids(words: list[str], length: int) -> np.ndarray:
    """16-bit-per-character ids of same-length words (Basic-plane characters only)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32).reshape(-1, length)
    cps = cps[(cps < _BMP).all(axis=1)].astype(np.uint64)
    key = np.zeros(len(cps), dtype=np.uint64)
    for t in range(length):
        key = (key << np.uint64(16)) | cps[:, t]
    return key


#: The fields of :class:`PairIndex` that are frozensets.
_SET_FIELDS = ("common_chars", "established")


def _restore_pair_index(state: dict) -> PairIndex:
    """The table :meth:`PairIndex.__reduce__` pickled."""
    return PairIndex(**{name: frozenset(v) if name in _SET_FIELDS else v for name, v in state.items()})


def build_pair_index(sound_table: dict[int, int], sound_base: int, words: dict[str, float],
                     floor: float, common_lp: float, common_chars: str, added: Iterable[str] = ()) -> PairIndex:
    """The lookup tables, from the lexicon's word probabilities and reading table.

    ``words`` is in the order of ``words.tsv``, most frequent first, so the established
    words are the ones before the first rarer than ``common_lp``; ``added`` are the words
    the lexicon put in or raised after reading the file (domain terms, a user's words)."""
    cps = np.fromiter(sound_table.keys(), dtype=np.int64, count=len(sound_table))
    codes = np.fromiter(sound_table.values(), dtype=np.int64, count=len(sound_table))
    bmp = cps < _BMP
    cps, codes = cps[bmp], codes[bmp]
    sound_chars = np.arange(_BMP, dtype=np.uint32)
    sound_chars[cps] = codes
    is_reading = (codes >= sound_base) & (codes < sound_base + 0x1000)
    readings = np.zeros(_BMP, dtype=np.int32)  # narrow tables stay in cache
    readings[cps[is_reading]] = codes[is_reading] - sound_base + 1
    width = int(readings.max()) + 1
    common_char = np.zeros(_BMP, dtype=bool)
    common_char[[ord(c) for c in common_chars if ord(c) < _BMP]] = True
    char_lp = np.full(_BMP, floor, dtype=np.float64)
    for cp in cps[is_reading].tolist():
        lp = words.get(chr(cp))
        if lp is not None:
            char_lp[cp] = lp
    char_lp_of = dict(zip(map(chr, cps[is_reading].tolist()), char_lp[cps[is_reading]].tolist()))
    char_lp[~common_char] = np.inf
    # words.tsv is most frequent first: the established words are a prefix of ``words``
    lps = np.fromiter(words.values(), dtype=np.float64, count=len(words))
    rarer = np.flatnonzero(lps < common_lp)
    head = list(itertools.islice(words, int(rarer[0]) if rarer.size else len(words)))
    head_set = set(head)
    established = head + [w for w in dict.fromkeys(added) if w not in head_set and words.get(w, -99.0) >= common_lp]
    by_length = {k: [w for w in established if len(w) == k] for k in (2, 3, 4)}
    frequent = [w for w in by_length[2] if words[w] > PAIR_WORD_LP]
    group_of = np.full(width * width, -1, dtype=np.int32)
    best_lp = np.full(width * width, -99.0, dtype=np.float64)
    members: dict[int, list[str]] = {}
    for w in frequent:
        a, b = readings[ord(w[0])] if ord(w[0]) < _BMP else 0, readings[ord(w[1])] if ord(w[1]) < _BMP else 0
        if a and b:
            members.setdefault(int(a * width + b), []).append(w)
    groups = []
    first_id = np.zeros(width * width, dtype=np.uint32)
    second_id = np.zeros(width * width, dtype=np.uint32)
    entries = {}  # the same, for the plain-Python walk, keyed as ``sounds`` writes the two readings
    for key, ws in members.items():
        ws.sort(key=lambda w: -words[w])
        entries[chr(sound_base + key // width - 1) + chr(sound_base + key % width - 1)] = PairEntry(
            words[ws[0]], len(groups), ws[0], ws[1] if len(ws) > 1 else "")
        group_of[key] = len(groups)
        groups.append(tuple(ws))
        best_lp[key] = words[ws[0]]
        first_id[key] = (ord(ws[0][0]) << 16) | ord(ws[0][1])
        if len(ws) > 1:
            second_id[key] = (ord(ws[1][0]) << 16) | ord(ws[1][1])
    common = np.sort(np.concatenate([word_ids(ws, k) for k, ws in by_length.items()]))
    # the plain-Python walk's tables hold exactly what the arrays hold (Basic-plane only)
    established = frozenset().union(*by_length.values())
    if max("".join(established), default="") >= "\U00010000":
        established = frozenset(w for w in established if max(w) < "\U00010000")
    return PairIndex(readings, char_lp, width, group_of, best_lp, groups, common, first_id, second_id, sound_chars,
                     char_lp_of, frozenset(c for c in common_chars if ord(c) < _BMP), entries,
                     established, {k: v for k, v in sound_table.items() if k < _BMP})
