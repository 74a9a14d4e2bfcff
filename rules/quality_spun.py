"""Q201: a document-level score for spun text (伪原创): fixed phrases in synonym-swapped forms."""
from __future__ import annotations

from zhclean.model import Flag, RuleResult
from zhclean.rule import Context, Rule, Stage

from .typo.phrases import SpunPhrases, shipped_spun_phrases


def spun_score(spun: int, canonical: int) -> float:
    """Share of fixed-phrase occurrences that are spun, shrunk towards 0 for few phrases.

    One swapped phrase among none intact is weak evidence; eight among two is strong.

    >>> spun_score(0, 10)
    0.0
    >>> spun_score(8, 2) > 0.7 > spun_score(1, 0)
    True
    """
    total = spun + canonical
    if not total:
        return 0.0
    return round(spun / (total + 1.0), 4)


class SpunText(Rule):
    """Score how "spun" a document is: fixed phrases written in synonym-swapped forms.

    **What it does.** Counts the fixed phrases of official writing (``data/domain_terms.txt``)
    that appear intact and those that appear with a spinner's synonym swap (科学开展观,
    效劳大局, ``data/spin_synonyms.tsv``), and writes ``meta.spun_score`` (0–1: the share
    of swapped phrases, shrunk for small counts) and ``meta.spun_phrases`` (how many
    swapped phrases). When at least ``min_phrases`` swapped phrases occur and the score
    reaches ``threshold``, it also flags the first swapped phrase, so ``zhclean check``
    reports the document.

    **Why.** Article spinners (伪原创 tools) copy government and union pages and swap
    words for "synonyms" to dodge duplicate detection; the result is fluent-looking
    nonsense that should not go into a corpus as if it were the original. A single
    typo is a slip; a document full of bent fixed phrases is a spun copy.

    **Anti-pattern**::

        深入学习贯彻落实科学开展观，是党中央在新形势下作出的重大战略部署。机关工会要在效劳大局中把握科学开展观的内涵。

    **Best practice**::

        深入学习贯彻落实科学发展观，是党中央在新形势下作出的重大战略部署。机关工会要在服务大局中把握科学发展观的内涵。
    """

    code = "Q201"
    name = "quality.spun-text"
    summary = "document score for spun text: fixed phrases in synonym-swapped forms"
    stage = Stage.QUALITY
    options = {"threshold": 0.2, "min_phrases": 3}
    writes = frozenset({"spun_score", "spun_phrases"})
    #: Set by ``setup``: the spun-phrase index, the only part of the typo lexicon Q201 reads.
    phrases: SpunPhrases | None = None

    def setup(self, options) -> None:
        self.phrases = shipped_spun_phrases()

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if self.phrases is None:  # called by hand, outside a pipeline
            self.setup(ctx.options)
        hits, canonical = self.phrases.find_and_count(text)
        if not hits:
            return RuleResult(meta={"spun_score": 0.0} if canonical else {})
        hits = _first_per_start(hits)
        score = spun_score(len(hits), canonical)
        meta = {"spun_score": score, "spun_phrases": len(hits)}
        flags = []
        if len(hits) >= int(ctx.options["min_phrases"]) and score >= float(ctx.options["threshold"]):
            start, end, variants = hits[0]
            forms = sorted({text[s:e] for s, e, _ in hits})
            flags.append(Flag(start, end,
                              f"document looks spun (伪原创): {len(hits)} fixed phrases in swapped forms "
                              f"({'、'.join(forms[:5])}) against {canonical} intact; spun score {score:.2f}",
                              None, score))
        return RuleResult(flags=flags, meta=meta)


def _first_per_start(hits):
    """One hit per position: a phrase inside a longer spun phrase counts once."""
    out = []
    last_end = -1
    for start, end, variants in sorted(hits, key=lambda h: (h[0], -h[1])):
        if start >= last_end:
            out.append((start, end, variants))
            last_end = end
    return out
