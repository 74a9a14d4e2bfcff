"""T102: fixed phrases bent by a spinner's synonym swap (科学开展观 for 科学发展观)."""
from __future__ import annotations

from zhclean.model import Flag, RuleResult
from zhclean.rule import Context, Rule, Stage

from . import _typo
from ._lexicon import lexicon_for
from .typo_confusable import message

DEFAULT_THRESHOLD = 0.7


def detect(text: str, options) -> list[_typo.Candidate]:
    lex = lexicon_for(options)
    hits = lex.find_phrases(text)
    if not hits:
        return []
    cands = _typo.candidates(lex, text, hits)
    return _typo.non_overlapping(cands, float(options.get("threshold", DEFAULT_THRESHOLD)), prefer_long=True)


class SpunPhrase(Rule):
    """Flag a fixed phrase with one word swapped for a synonym: 效劳大局 for 服务大局.

    **What it does.** Knows the fixed phrases of official writing (科学发展观, 服务大局,
    全心全意为人民服务, 实事求是 …, ``data/domain_terms.txt``) and the swaps article
    spinners (伪原创 tools) make (发展→开展, 服务→效劳, 基础→根底,
    ``data/spin_synonyms.tsv``), and flags a phrase written with such a swap, suggesting
    the phrase itself.

    **Why.** A spun copy of a government page reads as nonsense to anyone who knows the
    phrase; as corpus text it teaches the wrong collocation. Flags only by default.

    **Options.** ``threshold`` (default 0.7), ``words`` (phrases that are correct as
    written), ``terms`` (more fixed phrases, four characters or longer); either list may
    be given as ``{ file = "PATH" }``, one entry a line.

    **Anti-pattern**::

        深入学习贯彻落实科学开展观，是党中央在新形势下作出的重大战略部署。

    **Best practice**::

        深入学习贯彻落实科学发展观，是党中央在新形势下作出的重大战略部署。
    """

    code = "T102"
    name = "typo.spun-phrase"
    summary = "fixed phrase with a word swapped for a synonym (spun text)"
    stage = Stage.TYPOS
    options = {"threshold": DEFAULT_THRESHOLD, "words": [], "terms": []}

    def apply(self, text: str, ctx: Context) -> RuleResult:
        flags = [
            Flag(c.start, c.end, message(c, "a spun synonym"), c.variant.word, round(c.score, 4))
            for c in detect(text, ctx.options)
        ]
        return RuleResult(flags=flags)
