"""Build the derived lexicon files in ``rules/data/`` (run by maintainers, not at runtime).

    python tools/build_lexicon.py --jieba-dict PATH/jieba/dict.txt \\
        --confusion PATH/pycorrector/data [--pairs ../shared/dev/csc/odw.train ...] [--out DIR]

``make data`` runs it with pinned inputs (jieba 0.42.1, pycorrector 1.1.4's data files,
ECSpell's ``odw.train``); see ``rules/data/README.md``.

Writes ``words.tsv`` (a frequency subset of jieba's MIT word list), ``confusion.tsv``
(per character: look-alike and sound-alike characters) and ``variants.tsv`` (non-words one
slip away from a known word, with the word and the kind of slip). Precomputing the variants
is what lets the rules scan text with one Aho-Corasick pass instead of searching the
lexicon at every position. ``pypinyin`` is needed here only.
"""
from __future__ import annotations

import argparse
import collections
import math
import re
from pathlib import Path
from typing import Iterable

from zhclean.rules.typo._pairs import PAIR_WORD_LP

#: The shipped data: the hand-written inputs are read from here, and by default the
#: derived files are written here too.
DATA = Path(__file__).resolve().parents[1] / "rules" / "data"
HAN = re.compile(r"^[\u4e00-\u9fff]+$")

#: Minimum jieba frequency for a word to be kept in ``words.tsv`` (segmentation evidence).
MIN_WORD_FREQ = 3
#: Minimum frequency of a general word whose one-slip variants are indexed, by length.
ANCHOR_FREQ = {2: 300, 3: 300, 4: 100}
#: Common characters: the ones a slip produces (an IME offers common characters first).
COMMON_CHARS = 3500
#: Sound-alikes kept per character (most frequent first), so one syllable like "yi4"
#: does not explode the index.
MAX_SOUND = 8
#: Variants whose expected non-slip occurrences exceed e**MAX_RARITY times their word's are
#: not indexed: almost every hit would be a false alarm (and the index stays small).
MAX_RARITY = -5
#: Domain terms are worth more hits: their slips are what the rules are for.
DOMAIN_RARITY_BONUS = 3
#: Two-character words at least this frequent are indexed with their characters swapped.
SWAP_FREQ = 20
#: A listed word this rare, one slip from a word this many times more frequent, is
#: indexed as a slip too.
RARE_WORD_FREQ = 5
RARE_WORD_RATIO = 200
#: Frequency given to domain terms that the general list lacks or undercounts.
DOMAIN_FREQ = 1000


def affix_frequencies(words: dict[str, int]):
    """How often strings of 1-3 characters start words, end words, or sit inside them."""
    starts: dict[str, float] = collections.defaultdict(float)
    ends: dict[str, float] = collections.defaultdict(float)
    inside: dict[str, float] = collections.defaultdict(float)
    for w, f in words.items():
        n = len(w)
        for k in range(1, min(n, 4) + 1):
            starts[w[:k]] += f
            ends[w[-k:]] += f
        for i in range(n):
            for j in range(i + 2, min(n, i + 5) + 1):
                if j - i < n:
                    inside[w[i:j]] += f
    return starts, ends, inside


def read_lines(path: Path) -> list[str]:
    return [l.rstrip("\n") for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


#: jieba's tags for names of people (and transliterated names): their spellings
#: vary (埃利斯/艾利斯, 诺伊曼/诺依曼), so they are not anchors for slips.
NAME_TAGS = {"nr", "nrt", "nrfg"}
#: Characters that transliterations are made of: a place name (ns) with two of them is
#: foreign (埃利斯, 布宜诺斯艾利斯) and its spelling varies just as much.
TRANSLITERATION = set("斯尔利亚埃艾伊依克特德拉纳卡诺曼罗维格夫姆兹茨奥莫塞巴布佩贝蒂娜妮莉琳哈萨迪雷洛")


def load_jieba(path: Path) -> tuple[dict[str, int], set[str]]:
    words: dict[str, int] = {}
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and HAN.match(parts[0]):
            words[parts[0]] = int(parts[1])
            if len(parts) >= 3 and (parts[2] in NAME_TAGS
                                    or parts[2] == "ns" and sum(ch in TRANSLITERATION for ch in parts[0]) >= 2):
                names.add(parts[0])
    return words, names


def char_frequencies(words: dict[str, int]) -> collections.Counter:
    freq: collections.Counter = collections.Counter()
    for w, f in words.items():
        for ch in w:
            freq[ch] += f
    return freq


def sound_groups(chars: list[str]) -> dict[str, list[str]]:
    """Characters sharing a reading (toneless pinyin), by pypinyin, most frequent first."""
    from pypinyin import Style, pinyin

    by_sound: dict[str, list[str]] = collections.defaultdict(list)
    readings: dict[str, set[str]] = {}
    for ch in chars:
        syl = {p for p in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]}
        readings[ch] = syl
        for s in syl:
            by_sound[s].append(ch)
    out = {}
    for ch in chars:
        seen: list[str] = []
        for s in sorted(readings[ch]):
            for other in by_sound[s]:
                if other != ch and other not in seen:
                    seen.append(other)
        out[ch] = seen
    return out


def shape_groups(confusion_dir: Path, common: set[str]) -> dict[str, set[str]]:
    groups: list[list[str]] = []
    for line in read_lines(confusion_dir / "same_stroke.txt"):
        groups.append([c for c in line.split("\t") if len(c) == 1])
    for line in read_lines(DATA / "shape_pairs.txt"):
        groups.append(list(line.strip()))
    out: dict[str, set[str]] = collections.defaultdict(set)
    for g in groups:
        for a in g:
            for b in g:
                if a != b and b in common:
                    out[a].add(b)
    return out


def learned_pairs(paths: list[Path], holdout_every: int) -> dict[str, set[str]]:
    """Slips seen in tuning data (target char -> typed char), skipping the held-out lines."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    for path in paths:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if holdout_every and i % holdout_every == holdout_every - 1:
                continue
            parts = line.split("\t")
            if len(parts) != 3 or len(parts[1]) != len(parts[2]):
                continue
            for typed, right in zip(parts[1], parts[2]):
                if typed != right and HAN.match(typed + right):
                    out[right].add(typed)
    return out


def _variant_spelling(s: str) -> str:
    """著 is still written for 着 (怀著, 著眼): such a string is a spelling, not a slip."""
    return s.replace("著", "着")


#: Three- and four-character words at least this frequent are matched by sound
#: (any homophone, one or more characters: 守候服务 for 售后服务).
HOMOPHONE_FREQ = 30


def write_homophone_data(words: dict[str, int], kept: dict[str, int], domain: list[str],
                         out_dir: Path = DATA) -> tuple[dict[str, str], set[str]]:
    """``pinyin.tsv``: each character's most common reading; ``homophones.txt``: the words
    matched by sound. The rules map text and words through the same table, so a word and a
    homophone slip of it get the same key whatever pypinyin thinks of heteronyms. Returns
    the readings and the words matched by sound."""
    from pypinyin import Style, lazy_pinyin

    chars = sorted({ch for w in words for ch in w})
    reading = {ch: lazy_pinyin(ch, style=Style.NORMAL)[0] for ch in chars}
    with open(out_dir / "pinyin.tsv", "w", encoding="utf-8") as out:
        out.write("# char<TAB>most common reading without tone (pypinyin, MIT), for the characters of words.tsv\n")
        for ch in chars:
            out.write(f"{ch}\t{reading[ch]}\n")
    chosen = sorted({w for w, f in kept.items() if 3 <= len(w) <= 4 and f >= HOMOPHONE_FREQ}
                    | {t for t in domain if HAN.match(t) and 3 <= len(t) <= 6})
    with open(out_dir / "homophones.txt", "w", encoding="utf-8") as out:
        out.write(f"# words matched by sound: jieba words of 3-4 characters with frequency >= {HOMOPHONE_FREQ}"
                  f" and the domain terms of 3-6 characters\n")
        out.write("\n".join(chosen) + "\n")
    return reading, chosen


def matched_by_sound(v: str, w: str, reading: dict[str, str], by_sound: set[str], pair_words: set[str],
                     common: set[str]) -> bool:
    """Whether the rules' reading matchers already find ``v`` for ``w``: the homophone
    automaton (words of ``homophones.txt``) or the two-character reading table
    (``zhclean.rules.typo._pairs``: frequent words, slips made of common characters). Such variants need
    no place in ``variants.tsv``, whose automaton is most of the load time."""
    if len(v) != len(w) or any(reading.get(a) != reading.get(b) or a not in reading for a, b in zip(v, w)):
        return False
    if len(w) == 2:
        return w in pair_words and v[0] in common and v[1] in common
    return 3 <= len(w) <= 6 and w in by_sound


def prefixes_text(kept: Iterable[str]) -> str:
    """``prefixes.txt``: beginnings (2+ characters) of words of up to 5 characters that are
    not words themselves (lets the segmenter stop extending a word early)."""
    kept = set(kept)
    prefixes = {w[:k] for w in kept if 3 <= len(w) <= 5 for k in range(2, len(w))} - kept
    return ("# beginnings (2+ characters) of words.tsv words of up to 5 characters that are not words themselves\n"
            + "\n".join(sorted(prefixes)) + "\n")


def build(jieba_dict: Path, confusion_dir: Path, pair_files: list[Path], holdout_every: int,
          out_dir: Path = DATA) -> None:
    words, names = load_jieba(jieba_dict)
    misspelt = {w: r for w, r in (l.split("\t") for l in read_lines(DATA / "misspellings.tsv"))}
    domain = [t.strip() for t in read_lines(DATA / "domain_terms.txt")]
    cfreq = char_frequencies(words)
    common_list = [c for c, _ in cfreq.most_common(COMMON_CHARS)]
    common = set(common_list)
    rank = {c: i for i, c in enumerate(common_list)}
    sound = {c: s[:MAX_SOUND] for c, s in sound_groups(common_list).items()}
    shape = shape_groups(confusion_dir, common)
    learned = learned_pairs(pair_files, holdout_every)

    def confusables(ch: str) -> dict[str, str]:
        kinds: dict[str, str] = {}
        for c in sound.get(ch, ()):
            kinds[c] = kinds.get(c, "") + "s"
        for c in shape.get(ch, ()):
            kinds[c] = kinds.get(c, "") + "x"
        for c in learned.get(ch, ()):
            kinds[c] = kinds.get(c, "") + "p"
        return kinds

    # Word list shipped for segmentation evidence; misspellings are not words.
    kept = {w: f for w, f in words.items() if f >= MIN_WORD_FREQ and w not in misspelt}
    total = float(sum(kept.values()))
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "words.tsv", "w", encoding="utf-8") as out:
        # the log probabilities are what the rules use; storing them spares the load a log per word
        out.write(f"# word<TAB>ln(frequency/total), total {total:.0f}: subset of jieba 0.42.1 dict.txt (MIT), "
                  f"Han words with frequency >= {MIN_WORD_FREQ}\n")
        for w, f in sorted(kept.items(), key=lambda kv: -kv[1]):
            out.write(f"{w}\t{math.log(f / total):.3f}\n")

    # precomputed to keep loading fast
    (out_dir / "prefixes.txt").write_text(prefixes_text(kept), encoding="utf-8")

    starts, ends, inside = affix_frequencies(words)

    def crossing(v: str) -> float:
        """Expected count of ``v`` in clean text that is not a slip: inside longer words, or
        across a word boundary (estimated from how often words end and start that way)."""
        total = inside.get(v, 0.0)
        for k in range(1, len(v)):
            total += ends.get(v[:k], 0.0) * starts.get(v[k:], 0.0) / token_total
        return total

    token_total = float(sum(words.values()))
    anchors = {w for w, f in kept.items() if 2 <= len(w) <= 4 and f >= ANCHOR_FREQ[len(w)] and w not in names}
    anchors.update(t for t in domain if HAN.match(t) and len(t) >= 2)
    variants: dict[tuple[str, str], tuple[str, int]] = {}
    domain_set = set(domain)
    word_freq = {**words, **{t: max(words.get(t, 0), DOMAIN_FREQ) for t in domain}}

    def rare_slip(v: str, w: str) -> bool:
        """jieba counted its corpus with its typos: 关健 (5) beside 关键 (5721) is one."""
        return words[v] <= RARE_WORD_FREQ and words.get(w, 0) >= RARE_WORD_RATIO * words[v]

    def rarity(v: str, w: str) -> int | None:
        """ln(non-slip occurrences of v / occurrences of w), or None when v is too common
        in clean text for a hit to be worth scoring."""
        r = math.log((crossing(v) + 0.1) / word_freq[w])
        limit = MAX_RARITY + DOMAIN_RARITY_BONUS if w in domain_set else MAX_RARITY
        return None if r > limit else round(r)

    for w in sorted(anchors):
        for i, ch in enumerate(w):
            for c, kind in confusables(ch).items():
                v = w[:i] + c + w[i + 1:]
                if v in words and v not in misspelt and not rare_slip(v, w) or _variant_spelling(v) in words:
                    continue
                if (v, w) not in variants:
                    ratio = rarity(v, w)
                    if ratio is not None:
                        variants[(v, w)] = (kind, ratio)
    for w, f in kept.items():
        if len(w) == 2 and f >= SWAP_FREQ and w[::-1] not in words:
            ratio = rarity(w[::-1], w)
            # swapped characters read as a plausible string far more often than a slip
            if ratio is not None and ratio <= MAX_RARITY - 2:
                variants.setdefault((w[::-1], w), ("w", ratio))
    for v, w in misspelt.items():
        variants[(v, w)] = ("m", 0)
    with open(out_dir / "confusion.tsv", "w", encoding="utf-8") as out:
        out.write("# char<TAB>sound-alikes (pypinyin over the common characters)<TAB>look-alikes (pycorrector same_stroke, Apache-2.0, and shape_pairs.txt)<TAB>slips seen in ECSpell odw tuning lines (MIT)\n")
        for ch in common_list:
            out.write(f"{ch}\t{''.join(sound.get(ch, ()))}\t{''.join(sorted(shape.get(ch, ())))}\t{''.join(sorted(learned.get(ch, ())))}\n")
    reading, by_sound = write_homophone_data(words, {w: f for w, f in kept.items() if w not in names}, domain, out_dir)
    pair_words = {w for w, f in word_freq.items() if len(w) == 2 and (w in kept or w in domain_set)
                  and math.log(f / total) > PAIR_WORD_LP}
    redundant = [k for k, (kind, _) in variants.items()
                 if kind == "s" and matched_by_sound(k[0], k[1], reading, by_sound, pair_words, common)]
    for k in redundant:
        del variants[k]
    with open(out_dir / "variants.tsv", "w", encoding="utf-8") as out:
        out.write("# variant<TAB>word,kind,rarity[;...] kind: s sound, x shape, p seen slip, w swapped, m known misspelling;"
                  " rarity: ln(expected non-slip count of variant / count of word)\n")
        grouped: dict[str, list[str]] = collections.defaultdict(list)
        for (v, w), (kind, ratio) in sorted(variants.items()):
            grouped[v].append(f"{w},{kind},{ratio}")
        for v, items in grouped.items():
            out.write(f"{v}\t{';'.join(items)}\n")
    print(f"words {len(kept)}, anchors {len(anchors)}, variants {len(variants)} "
          f"(and {len(redundant)} sound-alikes left to the reading matchers)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jieba-dict", type=Path, required=True)
    ap.add_argument("--confusion", type=Path, required=True)
    ap.add_argument("--pairs", type=Path, nargs="*", default=[])
    ap.add_argument("--holdout-every", type=int, default=5, help="skip every Nth line of --pairs (the held-out part)")
    ap.add_argument("--out", type=Path, default=DATA, help="folder for the derived files (default: rules/data)")
    args = ap.parse_args(argv)
    build(args.jieba_dict, args.confusion, args.pairs, args.holdout_every, args.out)


if __name__ == "__main__":
    main()
