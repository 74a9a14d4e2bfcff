"""The line-rule base: the loop over a page's lines and the deletion edits, written once.

Most chrome rules delete whole lines: a menu item, a breadcrumb, a row of buttons, a
footer block. What differs between them is only the verdict on a line; getting the page,
walking it, deleting a line with its line break (so no blank line is left behind) and
collecting the metadata the deleted lines carry is the same for all, and lives here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, ClassVar, Iterable

from zhclean.model import RuleResult
from zhclean.rule import Context, Rule, Stage

from .._text import Line, delete_line
from .._words import longest_first
from ._page import Page, make_page
from .vocab import TRAD_TO_SIMP


class LineRule(Rule):
    """A chrome rule that deletes whole lines of the page.

    A subclass answers "is this line chrome, and why" in one of two ways:

    * :meth:`why` for a verdict on one line: a short reason, or ``None`` to keep it. The
      base asks it about every non-blank line, in order.
    * :meth:`chrome_lines` for a verdict that spans lines (a trail broken one segment per
      line, a footer block, a list under its heading, the links that end a page): yield
      ``(index, reason)`` for every line to delete.

    :meth:`line_meta` names the metadata a deleted line yields (the first value of a key
    wins) and :meth:`page_meta` what the page as a whole yields; both default to none.
    Declare the keys in ``writes`` as for any rule.

    :attr:`triggers` is an optional prefilter, see there.

    Every line rule is site chrome, so the stage is set here once (``Stage.CHROME``).
    """

    stage: ClassVar[Stage] = Stage.CHROME
    #: Words one of which every line the rule deletes holds, in their simplified (folded)
    #: spelling: on a text that holds none of them, in either script and any case, the rule
    #: returns at once, before the page is even asked for (one search of the whole text in
    #: C instead of a verdict per line). Empty (the default): no prefilter. A rule that
    #: sets them promises it deletes nothing from such a text; its YAML cases and the
    #: byte-identical check on a corpus are what hold it to that.
    triggers: ClassVar[tuple[str, ...]] = ()
    #: ``True`` for a rule whose :meth:`why` gives no reason for any line outside the
    #: page's head and tail (:meth:`~._page.Zones.in_zone`): the default
    #: :meth:`chrome_lines` then asks only those lines, not every paragraph of the body.
    edges_only: ClassVar[bool] = False

    def may_apply(self, text: str) -> bool:
        """Whether ``text`` holds one of :attr:`triggers` (always, when there are none).

        >>> class Pager(LineRule):
        ...     triggers = ("上一篇", "下一篇")
        >>> Pager().may_apply("上一篇：市总工会召开全委会议"), Pager().may_apply("下一篇：工會"), Pager().may_apply("正文")
        (True, True, False)
        """
        return not self.triggers or trigger_finder(self.triggers)(text)

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if self.triggers and not self.may_apply(text):
            return RuleResult()
        pg = ctx.analysis(make_page, text)
        meta = self.page_meta(pg, ctx)
        edits = []
        for i, _reason in self.chrome_lines(pg, ctx):
            line = pg.lines[i]
            edits.append(delete_line(line))
            for key, value in self.line_meta(line).items():
                meta.setdefault(key, value)
        return RuleResult(edits=edits, meta=meta)

    def chrome_lines(self, pg: Page, ctx: Context) -> Iterable[tuple[int, str]]:
        """``(index, reason)`` of every line to delete; by default the non-blank lines
        :meth:`why` gives a reason for. With :attr:`triggers`, only the lines that hold
        one are asked (every line the rule deletes does)."""
        lines = pg.lines
        if self.triggers:
            indexes: Iterable[int] = trigger_finder(self.triggers).lines(pg)
        elif self.edges_only:
            indexes = edge_indexes(pg)
        else:
            indexes = range(len(lines))
        for i in indexes:
            if lines[i].text.strip():
                reason = self.why(pg, i)
                if reason:
                    yield i, reason

    def why(self, pg: Page, i: int) -> str | None:
        """Why line ``i`` of ``pg`` is chrome, or ``None`` when it is not."""
        raise NotImplementedError(f"{type(self).__name__} must define why() or chrome_lines()")

    def line_meta(self, line: Line) -> dict[str, Any]:
        """Metadata the deleted ``line`` carries (a copyright holder, a phone number)."""
        return {}

    def page_meta(self, pg: Page, ctx: Context) -> dict[str, Any]:
        """Metadata the page yields whatever is deleted (a title)."""
        return {}

    def explain(self, text: str, ctx: Context | None = None) -> list[tuple[str, str]]:
        """The lines this rule deletes from ``text``, each with the reason: for tests and
        for looking at what a rule does to one page.

        >>> from zhclean.rules.chrome.header import PageControls
        >>> PageControls().explain("发布日期：2019-03-06\\n字号：大 中 小\\n")
        [('字号：大 中 小', 'page controls in the head or tail')]
        """
        if not self.may_apply(text):
            return []
        ctx = ctx or Context()
        pg = ctx.analysis(make_page, text)
        return [(pg.lines[i].text, reason) for i, reason in self.chrome_lines(pg, ctx)]


def edge_indexes(pg: Page) -> Iterable[int]:
    """The indexes of the lines of ``pg``'s head, then of its tail, in order: every line
    :meth:`~._page.Zones.in_zone` holds, and no other.

    >>> from ._page import Zones
    >>> class Pg:  # a page of 9 lines whose body runs from line 3 to line 6
    ...     lines, zones = [None] * 9, Zones(3, 7)
    >>> list(edge_indexes(Pg())), list(edge_indexes(type("Pg", (), {"lines": [None] * 4, "zones": Zones(4, 4)})()))
    ([0, 1, 2, 7, 8], [0, 1, 2, 3])
    """
    z, n = pg.zones, len(pg.lines)
    head = range(min(z.head_end, n))
    return (*head, *range(max(z.tail_start, head.stop), n))


# every spelling that folds to a character (:mod:`._fold`): itself and its traditional forms
_SPELLINGS: dict[str, str] = {}
for _trad, _simp in TRAD_TO_SIMP.items():
    _SPELLINGS[chr(_simp)] = _SPELLINGS.get(chr(_simp), chr(_simp)) + chr(_trad)


class TriggerFinder:
    """Whether a text holds one of a rule's trigger words, in any spelling that folds to
    it and, for words with Latin letters, in any case: the rules match the folded line,
    and the prefilter must never see less than they do.

    Every spelling is listed as a plain word: an alternation of plain words is searched
    in C at a few milliseconds per 5 MB, while one with character classes or
    ``re.IGNORECASE`` costs twenty times more (more than most line rules cost in all).

    >>> find = TriggerFinder(("版权所有", "icp"))
    >>> find("版權所有 © 2019"), find("浙ICP备05006000号"), find("正文")
    (True, True, False)
    """

    __slots__ = ("_plain", "_cased")

    def __init__(self, triggers: tuple[str, ...]):
        plain = sorted({v for w in triggers if not _has_letter(w) for v in _spellings(w)}, key=len, reverse=True)
        cased = sorted({w for w in triggers if _has_letter(w)}, key=len, reverse=True)
        self._plain = re.compile(longest_first(plain)) if plain else None  # a trie: the same matches, sooner
        self._cased = re.compile("|".join(_spelled_class(w) for w in cased), re.IGNORECASE) if cased else None

    def __call__(self, text: str) -> bool:
        return bool(self._plain is not None and self._plain.search(text)
                    or self._cased is not None and self._cased.search(text))

    def lines(self, pg: Page) -> list[int]:
        """Indexes of the lines of ``pg`` that hold a trigger, in order: the page's text
        searched in C, no Python step for a line without one.

        >>> TriggerFinder(("上一篇", "next")).lines(make_page("首页\\n上一篇：通知\\n正文\\nNext: 公告"))
        [1, 3]
        """
        plain = pg.lines_matching(self._plain) if self._plain is not None else []
        if self._cased is None:
            return plain
        cased = pg.lines_matching(self._cased)
        return sorted({*plain, *cased}) if plain else cased


# a longer word is looked for by its opening only: the most of it with this many spellings
MAX_SPELLINGS = 16


def _spellings(word: str) -> list[str]:
    """``word`` in every mix of the spellings of its characters (版权 → 版权, 版權); a word
    with too many is cut to an opening with fewer, which a text holding it holds too.

    >>> sorted(_spellings("版权"))
    ['版权', '版權']
    """
    variants = [""]
    for c in word:
        longer = [v + x for v in variants for x in _SPELLINGS.get(c, c)]
        if len(longer) > MAX_SPELLINGS:
            break
        variants = longer
    return variants


def _spelled_class(word: str) -> str:
    return "".join(f"[{re.escape(_SPELLINGS[c])}]" if c in _SPELLINGS else re.escape(c) for c in word)


def _has_letter(word: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in word)


@lru_cache(maxsize=None)
def trigger_finder(triggers: tuple[str, ...]) -> TriggerFinder:
    """The :class:`TriggerFinder` of a rule's ``triggers``, built once."""
    return TriggerFinder(triggers)


class EdgeLineRule(LineRule):
    """A line rule whose verdict is one test on the line alone, taken only at the page's
    edges: in the head or the tail (``edge = "zone"``) or in the tail only (``"tail"``).

    A subclass names the test and the reason; nothing else::

        class DocSiteRecord(EdgeLineRule):
            test = staticmethod(is_doc_meta_line)
            reason = "a document site's record of the copy"
    """

    test: ClassVar[Callable[[str], bool]]
    reason: ClassVar[str]
    edge: ClassVar[str] = "zone"

    def chrome_lines(self, pg: Page, ctx: Context) -> Iterable[tuple[int, str]]:
        """The lines of the edges only, in order: :meth:`why` is ``None`` everywhere else."""
        z, lines = pg.zones, pg.lines
        head = range(0) if self.edge == "tail" else range(min(z.head_end, len(lines)))
        tail = range(max(z.tail_start, head.stop), len(lines))
        for i in (*head, *tail):
            if lines[i].text.strip():
                reason = self.why(pg, i)
                if reason:
                    yield i, reason

    def why(self, pg: Page, i: int) -> str | None:
        at_edge = pg.zones.in_tail(i) if self.edge == "tail" else pg.zones.in_zone(i)
        return self.reason if at_edge and self.test(pg.lines[i].text) else None
