"""Reading the shipped typo data (``rules/data/``, described in its README).

Every reader returns fresh objects except the few marked as cached, which are the same
for every lexicon and are only read, never changed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import ahocorasick_rs

DATA = Path(__file__).resolve().parents[1] / "data"
#: Readings are coded as Basic-plane private-use characters: the mapped text keeps the
#: narrow storage and the automaton's UTF-8 stays three bytes a character.
SOUND_BASE = 0xE000


def rows(path: Path) -> Iterable[list[str]]:
    """The tab-separated rows of a data file, without comments and blank lines."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def read_terms(path: Path) -> list[str]:
    """The first column of a list file (domain terms, extra words, homophone words)."""
    return [r[0].strip() for r in rows(path) if r and r[0].strip()]


def read_words() -> tuple[dict[str, float], float]:
    """Word -> log probability (``words.tsv``, most frequent first), and the corpus total
    the probabilities were taken from."""
    with open(DATA / "words.tsv", encoding="utf-8") as fh:
        body = fh.read()
    header_end = body.index("\n")
    total = float(re.search(r"total (\d+)", body[:header_end]).group(1))
    toks = body[header_end + 1:].split()
    values = toks[1::2]
    # frequencies repeat (3,645 distinct among 308k words): parse each written value once
    parsed = {v: float(v) for v in set(values)}
    return dict(zip(toks[0::2], map(parsed.__getitem__, values))), total


def listed_words(candidates: Iterable[str]) -> set[str]:
    """Which of ``candidates`` are words of ``words.tsv``, in one automaton pass over the
    file's bytes: cheaper than loading the 308k words when only a few strings are asked
    about (no decoding, no dict)."""
    forms = list(dict.fromkeys(c for c in candidates if c))
    if not forms:
        return set()
    # a match runs from a line's start to its tab, so no two can overlap: the plain
    # (non-overlapping) scan finds them all
    patterns = [f"\n{c}\t".encode("utf-8") for c in forms]
    found = ahocorasick_rs.BytesAhoCorasick(patterns).find_matches_as_indexes((DATA / "words.tsv").read_bytes())
    return {forms[i] for i, _, _ in found}


def read_variant_table() -> tuple[list[str], list[str]]:
    """``variants.tsv`` as two columns: the variant texts and their raw payloads."""
    with open(DATA / "variants.tsv", encoding="utf-8") as fh:
        body = fh.read()
    toks = body[body.index("\n") + 1:].split()
    return toks[0::2], toks[1::2]


def read_prefixes() -> frozenset[str]:
    """``prefixes.txt``: beginnings of longer words that are not words themselves."""
    with open(DATA / "prefixes.txt", encoding="utf-8") as fh:
        body = fh.read()
    return frozenset(body[body.index("\n") + 1:].split())


def spin_synonyms() -> dict[str, list[str]]:
    """``spin_synonyms.tsv``: a word -> the synonyms spinners swap it for."""
    out: dict[str, list[str]] = {}
    for row in rows(DATA / "spin_synonyms.tsv"):
        if len(row) >= 2:
            out[row[0]] = [w for w in row[1].split(",") if w and w != row[0]]
    return out


@lru_cache(maxsize=1)
def common_chars() -> str:
    """The common characters (the first column of ``confusion.tsv``, jieba's 3,500 most frequent)."""
    with open(DATA / "confusion.tsv", encoding="utf-8") as fh:
        return "".join(line[0] for line in fh if not line.startswith("#") and line.strip())


def look_alikes() -> dict[str, str]:
    """Per common character, its look-alikes (the third column of ``confusion.tsv``)."""
    return {row[0]: row[2] for row in rows(DATA / "confusion.tsv") if len(row) > 2 and row[2]}


def confusion() -> dict[str, str]:
    """Per common character, every confusable of it (all columns of ``confusion.tsv``)."""
    return {row[0]: "".join(row[1:]) for row in rows(DATA / "confusion.tsv")}


@lru_cache(maxsize=1)
def sound_table() -> dict[int, int]:
    """Each character to a private-use code point standing for its reading (``pinyin.tsv``).

    Cached: every lexicon shares it, and no one changes it.
    """
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


def automaton(patterns: list[str]) -> ahocorasick_rs.AhoCorasick:
    """The automaton every index uses (contiguous NFA: fast to build, compact)."""
    return ahocorasick_rs.AhoCorasick(patterns, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
