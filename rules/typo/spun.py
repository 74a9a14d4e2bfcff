"""T102: fixed phrases bent by a spinner's synonym swap (科学开展观 for 科学发展观)."""
from __future__ import annotations

from typing import Any, Mapping

from zhclean.rule import Stage

from .lexicon import Lexicon, lexicon_for
from .lexicon_rule import LexiconFlagRule
from .scoring import line_candidates, non_overlapping
from .slips import Candidate

DEFAULT_THRESHOLD = 0.7


def prepare(options: Mapping[str, Any]) -> Lexicon:
    """The lexicon for T102's options, with its spun-phrase index built now."""
    lex = lexicon_for(options)
    _ = lex.spun_phrases
    return lex


def find_spun(lex: Lexicon, text: str, options: Mapping[str, Any]) -> list[Candidate]:
    """The spun phrases T102 flags in ``text`` under ``options``, searched in ``lex``."""
    cands = line_candidates(lex, text, lex.phrase_memo)  # each line's hits judged once for the corpus
    return non_overlapping(cands, float(options.get("threshold", DEFAULT_THRESHOLD)), prefer_long=True)


def detect(text: str, options: Mapping[str, Any]) -> list[Candidate]:
    """The spun phrases T102 flags in ``text`` under ``options`` (for the benchmark and tests)."""
    return find_spun(prepare(options), text, options)


class SpunPhrase(LexiconFlagRule):
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

    searches_ahead = {"slips": False, "phrases": True}

    def build(self, options: Mapping[str, Any]) -> Lexicon:
        return prepare(options)

    def search(self, lex: Lexicon, text: str, options: Mapping[str, Any]) -> list[Candidate]:
        return find_spun(lex, text, options)

    def describe(self, c: Candidate) -> str:
        return "a spun synonym"
