"""T101: one-character slips in words (王会 for 工会), found by a precomputed slip index."""
from __future__ import annotations

from typing import Any, Mapping

from zhclean.rule import Stage

from .lexicon import Lexicon, lexicon_for
from .lexicon_rule import LexiconFlagRule
from .scoring import W_CONTEXT_PRIOR, candidates, line_candidates, non_overlapping
from .slip_index import build_ahead, shipped_table
from .slips import Candidate

DEFAULT_THRESHOLD = 0.7


def prepare(options: Mapping[str, Any]) -> Lexicon:
    """The lexicon for T101's options, with the indexes T101 searches built now rather
    than on the first document."""
    # the shipped slip automaton builds in a thread while the rest loads (none of a user's terms)
    ahead = not options.get("terms") and build_ahead()
    lex = lexicon_for(options)
    _ = lex.homophones, lex.pair_index, lex.slip_index
    if ahead:  # joined here even if this lexicon had its index already: no thread outlives the set-up
        shipped_table()
    if options.get("context", False):
        _ = lex.context_model
    return lex


def find_slips(lex: Lexicon, text: str, options: Mapping[str, Any]) -> list[Candidate]:
    """The slips T101 flags in ``text`` under ``options``, searched in ``lex``."""
    if options.get("context", False):
        hits = lex.find_slips(text)
        context_hits, logits = lex.find_in_context(text)
        hits += context_hits
        if not hits:
            return []
        cands = candidates(lex, text, hits, logits, float(options.get("context_prior", W_CONTEXT_PRIOR)))
    else:  # each line's hits judged once for the corpus, not once per document
        cands = line_candidates(lex, text, lex.slip_memo)
    return non_overlapping(cands, float(options.get("threshold", DEFAULT_THRESHOLD)))


def detect(text: str, options: Mapping[str, Any]) -> list[Candidate]:
    """The slips T101 flags in ``text`` under ``options`` (for the benchmark and tests;
    the rule keeps its lexicon from ``setup``)."""
    return find_slips(prepare(options), text, options)


_KIND_WORDS = {"m": "a common misspelling", "s": "sounds alike", "x": "looks alike", "p": "a frequent slip",
               "w": "characters swapped", "y": "a spun synonym",
               "h": "sounds the same", "b": "same reading as a frequent word",
               "c": "fits its neighbours far better"}


def describe(kind: str) -> str:
    """The kinds of slip in ``kind``, in words.

    >>> describe("sb")
    'sounds alike, same reading as a frequent word'
    """
    return ", ".join(_KIND_WORDS[k] for k in kind if k in _KIND_WORDS)


class ConfusableWord(LexiconFlagRule):
    """Flag a word written with one wrong or swapped character: 王会 for 工会, 自已 for 自己.

    **What it does.** Finds non-words that are one slip away from a known word — a
    look-alike character (王会→工会, 因难→困难, 委届→委屈), a sound-alike one typed by a
    pinyin IME, two characters swapped (忑忐→忐忑), or a known misspelling (自已→自己) —
    and flags each with the word it should probably be and a score in [0, 1]. The score
    weighs the kind of slip, how much better the surrounding characters segment with the
    suggestion, and how often the suggestion appears elsewhere in the same document.

    **Why.** Scraped government and union copy is full of slips a reader sees at once;
    they hurt search and teach a language model wrong words. Only flags by default:
    ``zhclean clean --fix T101`` applies suggestions scoring at least ``fix-threshold``.

    **Options.** ``threshold`` (flag at or above this score, default 0.7); ``words``
    (your words that are correct as written, never flagged); ``terms`` (your domain terms,
    whose slips are flagged too) — either list may be a file, ``{ file = "PATH" }``, one
    entry a line (a jieba user dictionary works as it is); ``context`` (default off: also judge every character
    against its confusables by character-pair and -triple counts of official prose, which
    finds slips that make a word, such as 应激救助 for 应急救助, at about half the speed);
    ``context_prior`` (log-odds added to those scores, default -3.0; -2.0 for text as
    slip-dense as OCR output finds more and errs more).

    **Anti-pattern**::

        工会是职工自愿结合的群众组织，这就需要王会干部增强法律意识，维护职工合法权益。

    **Best practice**::

        工会是职工自愿结合的群众组织，这就需要工会干部增强法律意识，维护职工合法权益。
    """

    code = "T101"
    name = "typo.confusable-word"
    summary = "word written with a look-alike, sound-alike or swapped character"
    stage = Stage.TYPOS
    options = {"threshold": DEFAULT_THRESHOLD, "words": [], "terms": [], "context": False,
               "context_prior": -3.0}

    searches_ahead = {"slips": True, "phrases": False}

    def build(self, options: Mapping[str, Any]) -> Lexicon:
        return prepare(options)

    def search(self, lex: Lexicon, text: str, options: Mapping[str, Any]) -> list[Candidate]:
        return find_slips(lex, text, options)

    def describe(self, c: Candidate) -> str:
        return describe(c.variant.kind)
