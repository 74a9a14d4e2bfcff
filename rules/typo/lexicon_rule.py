"""What T101 and T102 share: a rule that builds its lexicon from its options in ``setup``
and flags what a search of that lexicon finds."""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from zhclean.model import Flag, RuleResult
from zhclean.rule import Context, Rule

from .lexicon import Lexicon
from .slips import Candidate

#: Longer texts are left out of :meth:`LexiconFlagRule.prepare_batch`: the engine times
#: each document's rules, and a batch's search is no one document's.
MAX_AHEAD_CHARS = 1 << 17


def message(c: Candidate, what: str) -> str:
    """The flag's message: the evidence for the suggestion. The flag's ``text`` and
    ``suggestion`` fields name the span and the word, so the message does not repeat
    them (a corpus holds one flag per slip: the bytes add up).

    >>> from .slips import Variant
    >>> message(Candidate(0, 2, Variant("王会", "工会", "x", -5), 3.0, 4, 1, 0.98), "looks alike")
    'probable slip: looks alike; 工会 appears 4× in this document; similarity 0.50'
    """
    evidence = [what]
    if c.word_count:
        evidence.append(f"{c.variant.word} appears {c.word_count}× in this document")
    return f"probable slip: {'; '.join(evidence)}; similarity {c.similarity:.2f}"


class LexiconFlagRule(Rule):
    """Base of the typo rules: ``build`` the lexicon once, ``search`` it per document.

    Subclasses define the three hooks below; the rule classes themselves (with a code)
    are what the registry collects, not this base.
    """

    #: Set by ``setup``: the lexicon for this rule's ``words`` and ``terms``.
    lexicon: Lexicon | None = None

    def build(self, options: Mapping[str, Any]) -> Lexicon:  # pragma: no cover - interface
        """The lexicon for ``options``, with the indexes ``search`` uses built."""
        raise NotImplementedError

    def search(self, lex: Lexicon, text: str, options: Mapping[str, Any]) -> list[Candidate]:  # pragma: no cover
        """The candidates to flag in ``text``."""
        raise NotImplementedError

    def describe(self, c: Candidate) -> str:  # pragma: no cover - interface
        """What kind of slip ``c`` is, in words, for the message."""
        raise NotImplementedError

    #: What :meth:`prepare_batch` searches ahead: T101's slips, T102's phrases.
    searches_ahead: dict[str, bool] = {}

    def setup(self, options: Mapping[str, Any]) -> None:
        self.lexicon = self.build(options)

    def prepare_batch(self, texts: Sequence[str], options: Mapping[str, Any]) -> None:
        """Before ``apply`` runs on each of ``texts`` (a batch's documents, as this rule
        will receive them), search their lines in one go: ``apply`` then finds the same
        hits in the line memo instead of searching document by document, which on page
        text took about twice as long. Optional for an engine: without it, ``apply``
        searches what it has not seen."""
        if self.lexicon is None:
            self.setup(options)
        # a huge document is searched by its own ``apply``, inside its own time budget
        self.lexicon.search_ahead([t for t in texts if len(t) <= MAX_AHEAD_CHARS], **self.searches_ahead)

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if self.lexicon is None:  # called by hand, outside a pipeline
            self.setup(ctx.options)
        flags = [
            Flag(c.start, c.end, message(c, self.describe(c)), c.variant.word, round(c.score, 4))
            for c in self.search(self.lexicon, text, ctx.options)
        ]
        return RuleResult(flags=flags)
