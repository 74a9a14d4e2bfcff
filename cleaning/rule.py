"""The rule base class.

A rule is small and pure: it looks at one text and says what it wants changed
(:class:`~zhclean.model.Edit`), flagged (:class:`~zhclean.model.Flag`) or recorded in
``meta``. It does no I/O, keeps no state between documents and never applies its own
edits; the :class:`~zhclean.pipeline.Pipeline` owns ordering, offsets, the audit trail and
configuration.

Writing a rule::

    class IcpLicence(Rule):
        '''Remove ICP filing numbers from page footers and keep them in ``meta``.

        **Anti-pattern**::

            版权所有:嵊州市总工会
            浙ICP备14041666号

        **Best practice**::

            版权所有:嵊州市总工会
        '''

        code = "C101"
        name = "chrome.icp-licence"
        summary = "ICP and 公网安备 licence numbers in page footers"
        stage = Stage.CHROME

        def apply(self, text, ctx):
            ...
            return RuleResult(edits=[Edit(start, end)], meta={"icp": number})

The class docstring is the rule's documentation: ``zhclean explain CODE`` prints it, and
``docs/rules.md`` is generated from it.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Any, Callable, ClassVar, Mapping, Sequence, TypeVar

from .model import RuleResult

T = TypeVar("T")

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")


class Stage(IntEnum):
    """When a rule runs. Rules run by stage, then by code.

    The order is deliberate: text is repaired at the character level first (so chrome
    patterns only need simplified spellings), chrome goes before layout repair (so a
    footer line is not glued onto the last paragraph), and typos and quality flags come
    last, over the text that will be written.
    """

    EXTRACT = 5  # HTML pages: the extraction steps, run when the page is read (H101–H108)
    UNICODE = 10  # mojibake, control characters, compatibility forms
    SCRIPT = 20  # traditional -> simplified and converter artefacts
    CHROME = 30  # site furniture: navigation, publication info, footers
    LAYOUT = 50  # rejoin broken lines, page-number fragments
    PUNCTUATION = 60  # half-width punctuation in Chinese context
    WHITESPACE = 70  # spaces, blank lines, line endings
    TYPOS = 80  # fuzzy dictionary flags
    QUALITY = 90  # censor marks, unbalanced quotes, garbled or repeated text


class Analyses:
    """Analyses of one version of a text that several rules share (the page split, zones).

    The pipeline owns one per document and calls :meth:`reset` whenever a rule's edits
    change the text, so an analysis is computed at most once per version of the text and
    never outlives the document. Keys are the analysing functions themselves: a function
    ``f(text) -> value`` is the analysis, and two rules asking for the same ``f`` share it.
    """

    __slots__ = ("text", "_cache")

    def __init__(self, text: str):
        self.text = text
        self._cache: dict[Callable[[str], Any], Any] = {}

    def get(self, analyse: Callable[[str], T]) -> T:
        try:
            return self._cache[analyse]
        except KeyError:
            value = self._cache[analyse] = analyse(self.text)
            return value

    def reset(self, text: str) -> None:
        self.text = text
        self._cache.clear()


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the text.

    ``meta`` is a read-only view of the document's metadata so far (e.g. ``script``
    detected by an earlier rule, or ``format`` set by the reader); ``options`` holds this
    rule's configuration merged over its defaults; ``shared`` holds the analyses of the
    current text that rules share (see :meth:`analysis`).
    """

    doc_id: str = ""
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    shared: Analyses | None = None

    def analysis(self, analyse: Callable[[str], T], text: str) -> T:
        """``analyse(text)``, computed once per version of the text for all rules.

        Outside a pipeline (a rule called by hand), or for a text that is not the
        pipeline's current one, it is simply computed.
        """
        shared = self.shared
        if shared is not None and shared.text is text:
            return shared.get(analyse)
        return analyse(text)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and ``apply``."""

    #: Stable code: family letter and three digits, e.g. ``C101``.
    code: ClassVar[str]
    #: Dotted name, family first: ``chrome.icp-licence``.
    name: ClassVar[str]
    #: One line, shown by ``zhclean rules``.
    summary: ClassVar[str]
    stage: ClassVar[Stage]
    #: Run when the user selects nothing explicitly.
    default_enabled: ClassVar[bool] = True
    #: Options and their defaults, configurable under ``[tool.zhclean.options.CODE]``.
    options: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    #: ``meta`` keys this rule reads (``ctx.meta``) and writes (``RuleResult.meta``). The
    #: pipeline's running order must put every writer before its readers; a test checks
    #: it, and that no rule writes a key it did not declare.
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset()
    #: A rule of a stage before the chrome stage whose evidence a chrome deletion can bring
    #: together (the halves of an entity a hard wrap cut, with a menu line between them
    #: that C001 deletes): the pipeline runs it again after the chrome stage, and the chrome
    #: stage once more when it changed the text, so that a second cleaning finds nothing.
    #: Its ``apply`` must be cheap on text without its evidence (it runs on every document
    #: the chrome stage changed).
    completed_by_deletions: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if inspect.isabstract(cls) or cls.__dict__.get("abstract", False):
            return
        code = cls.__dict__.get("code")
        if code is None:
            return  # an intermediate base class
        if not CODE_RE.match(code):
            raise TypeError(f"{cls.__qualname__}: rule code {code!r} is not a letter and three digits")
        for attr in ("name", "summary", "stage"):
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__qualname__} ({code}) has no {attr}")
        if not (cls.__doc__ or "").strip():
            raise TypeError(f"{cls.__qualname__} ({code}) needs a docstring: it is the rule's documentation")

    @property
    def family(self) -> str:
        return self.code[0]

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    def setup(self, options: Mapping[str, Any]) -> None:
        """Build what the rule needs from its options, once per pipeline.

        The pipeline calls this after merging the rule's configuration over its defaults
        and before the first document, so a rule that needs a resource (a lexicon, an
        automaton) loads it here and keeps it on ``self``; ``apply`` then only reads it.
        The default needs nothing.
        """

    def apply(self, text: str, ctx: Context) -> RuleResult:  # pragma: no cover - interface
        raise NotImplementedError

    def prepare_batch(self, texts: Sequence[str], options: Mapping[str, Any]) -> None:
        """Optional: look at a batch's texts, just before ``apply`` runs on each of them.

        The pipeline cleans documents in batches, rule by rule (:meth:`Pipeline.clean_batch`),
        and calls this with the texts this rule is about to receive, so that a rule whose
        work is cheaper in bulk (T101 searches every unseen line of the batch in one call)
        can do it ahead into its own memo. It must not change what ``apply`` returns: an
        engine may skip it, and one that fails is ignored (``apply`` then does the work, and
        a document that breaks it fails on its own). The default does nothing.
        """

    def __repr__(self) -> str:
        return f"<{self.code} {self.name}>"
