"""T101: one-character slips in words (王会 for 工会), found by a precomputed slip index."""
from __future__ import annotations

from zhclean.model import Flag, RuleResult
from zhclean.rule import Context, Rule, Stage

from . import _typo
from ._lexicon import lexicon_for
from ._typo_context import find as find_in_context
from ._typo_pairs import code_points

DEFAULT_THRESHOLD = 0.7


def detect(text: str, options) -> list[_typo.Candidate]:
    """The slips T101 flags in ``text`` under ``options`` (shared with the benchmark)."""
    lex = lexicon_for(options)
    hits = lex.find(text) + lex.find_by_sound(text)
    logits = None
    if options.get("context", False):
        context_hits, logits = find_in_context(lex.context(), lex, text, code_points(text))
        hits += context_hits
    if not hits:
        return []
    cands = _typo.candidates(lex, text, hits, logits,
                             float(options.get("context_prior", _typo.W_CONTEXT_PRIOR)))
    return _typo.non_overlapping(cands, float(options.get("threshold", DEFAULT_THRESHOLD)))


def message(c: _typo.Candidate, what: str) -> str:
    evidence = [what]
    if c.word_count:
        evidence.append(f"{c.variant.word} appears {c.word_count}× in this document")
    return f"{c.variant.text} is probably a slip for {c.variant.word} ({'; '.join(evidence)}; similarity {c.similarity:.2f})"


_KIND_WORDS = {"m": "a common misspelling", "s": "sounds alike", "x": "looks alike", "p": "a frequent slip",
               "w": "characters swapped", "y": "a spun synonym",
               "h": "sounds the same", "b": "same reading as a frequent word",
               "c": "fits its neighbours far better"}


def describe(kind: str) -> str:
    return ", ".join(_KIND_WORDS[k] for k in kind if k in _KIND_WORDS)


class ConfusableWord(Rule):
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

    def apply(self, text: str, ctx: Context) -> RuleResult:
        flags = [
            Flag(c.start, c.end, message(c, describe(c.variant.kind)), c.variant.word, round(c.score, 4))
            for c in detect(text, ctx.options)
        ]
        return RuleResult(flags=flags)
