"""Characters that fit their neighbours far worse than a same-sounding or look-alike one.

The slip index and the reading table find slips that make a *non-word* (玩善 for 完善).
Many pinyin-IME slips make a word, or a string the word list cannot judge, and only the
neighbours show them: 应激救助 for 应急救助 (应激 is a word; 激救 is nothing),
鲸准防控 for 精准防控, 登基管理机关 for 登记管理机关. This module scores every character
of a text against its confusables by character-pair and -triple counts of running official
prose (``char_ngrams.npz``, see ``tools/build_ngrams.py``), in two stages:

1. **numpy, every character.** A character whose pairs with both neighbours are well
   attested (``SUSPECT_Q``) is left alone: a slip breaks the pairs it sits in. For the rest, each
   confusable (same reading among the 3,500 common characters, or a look-alike) is
   scored by cheap features — how much better the pairs and triples read with it, the
   characters' own frequencies — in one vectorised logistic. Pair counts sit in a dense
   byte table, triple counts in a hashed one, so a lookup is one gather.
2. **Python, the few survivors.** The best confusable per position, if its stage-1 score
   passes, is judged with the word list too: how much better the few characters around
   it segment, and whether either character makes a word with a neighbour.

The weights of both stages are fitted (``tools/fit_typo_context.py``) on the tuning
lines of ECSpell's ``odw.train`` and stored in ``context_weights.json``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .datafiles import DATA
from .slips import Hit, Variant
from .wordlist import CONTEXT, WordList, window

_BMP = 0x10000
#: Bits of the hashed triple table (~155k triples in 8M slots: 2 % collide).
TABLE_BITS = 23
QUANT = 16.0
#: A character is suspect when ln(1 + count) of its pairs with both neighbours sums to
#: less than this (in QUANT steps): on ECSpell tuning lines that is 18 % of characters
#: and 85 % of the slips.
SUSPECT_Q = 64
#: Add-alpha smoothing of the pair probabilities towards the characters' own frequencies.
ALPHA = 2.0
_MUL = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - TABLE_BITS)
#: Characters with their own row in the dense pair table (the rest share row 0, "rare").
DENSE = 4096
#: A confusable must read better by its pairs than the written character by this much (ln)
#: before its triples are looked up.
MIN_PAIR_GAIN = -3.0

STAGE1 = ("pair_gain", "same_reading", "char_gain", "q_left_written", "q_right_written",
          "q_left_new", "q_right_new", "triples_written", "triples_new", "both_unseen", "bias")
STAGE2 = STAGE1[:-1] + ("segment_gain", "written_in_word", "new_in_word", "bias")


def _slot(keys: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (keys.astype(np.uint64) * _MUL) >> _SHIFT


@dataclass
class ContextModel:
    """Dense pair and hashed triple counts, the confusables, and the fitted weights.

    Not frozen: the fitting script (``tools/fit_typo_context.py``) sets ``w1`` and ``cut1``
    between its two stages; the rules only read it.
    """

    dense: np.ndarray  # code point -> dense id (0: a rare character or none)
    pairs: np.ndarray  # DENSE * DENSE quantised pair counts, by dense ids
    triples: np.ndarray  # hashed quantised triple counts, by dense ids (a, b, c) -> a<<24 | b<<12 | c
    left_total: np.ndarray  # dense id -> ln(total count of pairs it starts + ALPHA)
    right_total: np.ndarray  # dense id -> ln(total count of pairs it ends + ALPHA)
    left_share: np.ndarray  # dense id -> its share of pair starts (smoothing prior)
    right_share: np.ndarray
    char_lp: np.ndarray  # dense id -> unigram log probability (the word list's)
    conf_start: np.ndarray  # dense id -> first index into conf_ids (CSR)
    conf_count: np.ndarray
    conf_ids: np.ndarray  # confusables' dense ids
    conf_sound: np.ndarray  # 1 if same reading, 0 if look-alike only
    code_of: np.ndarray  # dense id -> code point
    w1: np.ndarray
    w2: np.ndarray
    cut1: float  # stage-1 logit a confusable must reach to be judged in Python

    def stage1(self, cps: np.ndarray, every: bool = False):
        """(positions, replacement code points, stage-1 features) of the best confusable per
        suspect position whose stage-1 logit passes ``cut1``; with ``every``, of all
        confusables of all suspect positions (for fitting)."""
        n = len(cps)
        if n < 3:
            return None
        ids = self.dense[np.minimum(cps, _BMP - 1)].astype(np.int64)
        han = (cps >= 0x4E00) & (cps <= 0x9FFF)
        ids[~han] = 0
        # -1 marks "no Han neighbour": that side is left out of the scores
        left = np.full(n, -1, dtype=np.int64)
        left[1:] = np.where(han[:-1], ids[:-1], -1)
        right = np.full(n, -1, dtype=np.int64)
        right[:-1] = np.where(han[1:], ids[1:], -1)
        pos = np.flatnonzero((self.conf_count[ids] > 0) & ((left >= 0) | (right >= 0)))
        if not pos.size:
            return None
        pairs = self.pairs
        lp, xp, rp = left[pos], ids[pos], right[pos]
        q_lc = np.where(lp >= 0, pairs[np.maximum(lp, 0) * DENSE + xp], 0)
        q_cr = np.where(rp >= 0, pairs[xp * DENSE + np.maximum(rp, 0)], 0)
        # a slip breaks the pairs it sits in: well attested both sides, the character is
        # left alone (a missing neighbour counts as unattested)
        keep = q_lc + q_cr < SUSPECT_Q
        pos, q_lc, q_cr = pos[keep], q_lc[keep].astype(np.int64), q_cr[keep].astype(np.int64)
        if not pos.size:
            return None
        # every confusable of every suspect position, flattened
        counts = self.conf_count[ids[pos]]
        rows = np.repeat(np.arange(pos.size), counts)
        offsets = np.arange(rows.size) - np.repeat(np.cumsum(counts) - counts, counts)
        idx = self.conf_start[ids[pos]][rows] + offsets
        new = self.conf_ids[idx]
        p = pos[rows]
        old = ids[p]
        lft, rgt = left[p], right[p]
        has_l, has_r = lft >= 0, rgt >= 0
        lz, rz = np.maximum(lft, 0), np.maximum(rgt, 0)
        q_ln = np.where(has_l, pairs[lz * DENSE + new], 0).astype(np.int64)
        q_nr = np.where(has_r, pairs[new * DENSE + rz], 0).astype(np.int64)
        q_lo, q_or = q_lc[rows], q_cr[rows]
        lt, rt = self.left_total[lz], self.right_total[rz]

        def fit(q_l, q_r, ch):
            # ln P(ch | left) + ln P(right | ch), add-alpha smoothed to the shares
            v = np.where(has_l, np.log(np.expm1(q_l / QUANT) + ALPHA * self.right_share[ch]) - lt, 0.0)
            return v + np.where(has_r, np.log(np.expm1(q_r / QUANT) + ALPHA * self.left_share[ch]) - rt, 0.0)

        gain = fit(q_ln, q_nr, new) - fit(q_lo, q_or, old)
        ok = gain > MIN_PAIR_GAIN
        if not ok.any():
            return None
        p, new, old, lz, rz, has_l, has_r, gain = p[ok], new[ok], old[ok], lz[ok], rz[ok], has_l[ok], has_r[ok], gain[ok]
        q_ln, q_nr, q_lo, q_or, idx = q_ln[ok], q_nr[ok], q_lo[ok], q_or[ok], idx[ok]
        l2 = np.zeros_like(p)
        ok = has_l & (p >= 2)
        l2[ok] = ids[p[ok] - 2]
        l2_ok = ok & han[np.maximum(p - 2, 0)]
        r2 = np.zeros_like(p)
        ok = has_r & (p + 2 < n)
        r2[ok] = ids[np.minimum(p[ok] + 2, n - 1)]
        r2_ok = ok & han[np.minimum(p + 2, n - 1)]
        triples = self.triples

        def tri(a, b, d, valid):
            return np.where(valid, triples[_slot((a << 24) | (b << 12) | d)], 0)

        both = has_l & has_r
        t_old = (tri(l2, lz, old, l2_ok) + tri(lz, old, rz, both) + tri(old, rz, r2, r2_ok)) / QUANT
        t_new = (tri(l2, lz, new, l2_ok) + tri(lz, new, rz, both) + tri(new, rz, r2, r2_ok)) / QUANT
        feats = np.stack([
            gain, self.conf_sound[idx].astype(np.float64), self.char_lp[new] - self.char_lp[old],
            q_lo / QUANT, q_or / QUANT, q_ln / QUANT, q_nr / QUANT, t_old, t_new,
            ((q_lo == 0) & (q_or == 0)).astype(np.float64), np.ones(p.size)], axis=1)
        new_cp = self.code_of[new]
        if every:
            return p, new_cp, feats
        z = feats @ self.w1
        passed = z >= self.cut1
        if not passed.any():
            return None
        p, new_cp, z, feats = p[passed], new_cp[passed], z[passed], feats[passed]
        # the best confusable per position
        order = np.lexsort((-z, p))
        p, new_cp, feats = p[order], new_cp[order], feats[order]
        first = np.ones(p.size, dtype=bool)
        first[1:] = p[1:] != p[:-1]
        return p[first], new_cp[first], feats[first]


def load_context_model(char_lp_of: dict[str, float], floor: float, sound_table: dict[int, int],
                       common_chars: str, look_alikes: dict[str, str],
                       weights: Path = DATA / "context_weights.json") -> ContextModel:
    """The model from the shipped counts; without a ``weights`` file (when fitting them),
    every weight is 0 and every candidate passes stage 1."""
    data = np.load(DATA / "char_ngrams.npz")
    pk, pq = data["pair_keys"].astype(np.int64), data["pair_q"]
    first, second = pk >> 16, pk & 0xFFFF
    counts = np.expm1(pq / QUANT)
    # dense ids: the common characters first, then the rest by how often they pair
    weight = np.bincount(first, weights=counts, minlength=_BMP) + np.bincount(second, weights=counts, minlength=_BMP)
    common = [ord(ch) for ch in common_chars if ord(ch) < _BMP]
    weight[common] = np.inf
    order = np.argsort(-weight, kind="stable")[:DENSE - 1]
    order = order[weight[order] > 0]
    dense = np.zeros(_BMP, dtype=np.int32)
    dense[order] = np.arange(1, order.size + 1)
    code_of = np.zeros(DENSE, dtype=np.int64)
    code_of[1:order.size + 1] = order
    a, b = dense[first], dense[second]
    table = np.zeros(DENSE * DENSE, dtype=np.uint8)
    inside = (a > 0) & (b > 0)
    table[a[inside].astype(np.int64) * DENSE + b[inside]] = pq[inside]
    tk, tq = data["triple_keys"].astype(np.int64), data["triple_q"]
    ta, tb, tc = dense[tk >> 32], dense[(tk >> 16) & 0xFFFF], dense[tk & 0xFFFF]
    inside = (ta > 0) & (tb > 0) & (tc > 0)
    tkeys = (ta[inside].astype(np.int64) << 24) | (tb[inside].astype(np.int64) << 12) | tc[inside]
    tvals = tq[inside]
    ordr = np.argsort(tvals, kind="stable")  # larger counts written last: a collision keeps the larger
    triples = np.zeros(1 << TABLE_BITS, dtype=np.uint8)
    triples[_slot(tkeys[ordr])] = tvals[ordr]
    starts = np.bincount(dense[first], weights=counts, minlength=DENSE)
    ends = np.bincount(dense[second], weights=counts, minlength=DENSE)
    total = counts.sum()
    left_total = np.log(starts + ALPHA)
    right_total = np.log(ends + ALPHA)
    left_share = (starts + 0.5) / (total + DENSE)
    right_share = (ends + 0.5) / (total + DENSE)
    char_lp = np.full(DENSE, floor)
    for i, cp in enumerate(code_of.tolist()):
        lp = char_lp_of.get(chr(cp)) if i else None
        if lp is not None:
            char_lp[i] = lp
    # confusables: same reading among the common characters, then look-alikes
    by_reading: dict[int, list[str]] = {}
    for ch in common_chars:
        code = sound_table.get(ord(ch))
        if code is not None and code != ord(ch):
            by_reading.setdefault(code, []).append(ch)
    conf_start = np.zeros(DENSE, dtype=np.int64)
    conf_count = np.zeros(DENSE, dtype=np.int64)
    chars: list[int] = []
    sound: list[int] = []
    for ch in common_chars:
        i = int(dense[ord(ch)]) if ord(ch) < _BMP else 0
        if not i:
            continue
        same = [o for o in by_reading.get(sound_table.get(ord(ch), -1), ()) if o != ch]
        shape = [o for o in look_alikes.get(ch, "") if o != ch and o not in same and ord(o) < _BMP and dense[ord(o)]]
        conf_start[i] = len(chars)
        conf_count[i] = len(same) + len(shape)
        chars.extend(int(dense[ord(o)]) for o in same + shape)
        sound.extend([1] * len(same) + [0] * len(shape))
    if weights.exists():
        with open(weights, encoding="utf-8") as fh:
            w = json.load(fh)
    else:
        w = {"stage1": dict.fromkeys(STAGE1, 0.0), "stage2": dict.fromkeys(STAGE2, 0.0), "cut1": -1.0}
    return ContextModel(dense, table, triples, left_total, right_total, left_share, right_share, char_lp,
                        conf_start, conf_count, np.array(chars, dtype=np.int64), np.array(sound, dtype=np.int8), code_of,
                        np.array([w["stage1"][k] for k in STAGE1]), np.array([w["stage2"][k] for k in STAGE2]),
                        float(w["cut1"]))


def find(model: ContextModel, lex: WordList, text: str, cps: np.ndarray,
         collect: bool = False) -> tuple[list[Hit], dict[tuple[int, int, str], float]]:
    """Stage 2: (hits, logits) where hits are ``(start, end, [Variant])`` spans over the
    word the replacement makes with a neighbour, and logits map ``(start, end, word)`` to
    the stage-2 logit (before the document's own evidence). With ``collect`` (for
    fitting), the hits are ``(position, replacement, stage-2 features)`` of stage 1's
    survivors instead, and the logits empty."""
    found = model.stage1(cps)
    if found is None:
        return [], {}
    words, common = lex.words, lex.common_word_lp
    hits, logits, rows = [], {}, []
    w2 = model.w2
    for i, new_cp, f1 in zip(found[0].tolist(), found[1].tolist(), found[2]):
        new = chr(new_cp)
        a, b = window(text, i, i + 1, CONTEXT)
        written = text[a:b]
        fixed = written[:i - a] + new + written[i - a + 1:]
        f2 = np.concatenate([f1[:-1], [lex.segment_logp(fixed) - lex.segment_logp(written),
                                      float(lex.in_some_word(written, i - a)),
                                      float(lex.in_some_word(fixed, i - a)), 1.0]])
        if collect:
            rows.append((i, new, f2))
            continue
        z = float(f2 @ w2)
        # report the word the replacement makes (应急, not 急) when it makes one
        start, end = i, i + 1
        if i > 0 and words.get(text[i - 1] + new, -99.0) >= common:
            start = i - 1
        elif i + 1 < len(text) and words.get(new + text[i + 1], -99.0) >= common:
            end = i + 2
        word = text[start:i] + new + text[i + 1:end]
        hits.append((start, end, [Variant(text[start:end], word, "c", 0)]))
        logits[(start, end, word)] = z
    if collect:
        return rows, {}
    return hits, logits
