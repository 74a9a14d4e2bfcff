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
from typing import Any, ClassVar, Mapping

from .model import RuleResult

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")


class Stage(IntEnum):
    """When a rule runs. Rules run by stage, then by code.

    The order is deliberate: text is repaired at the character level first (so chrome
    patterns only need simplified spellings), chrome goes before layout repair (so a
    footer line is not glued onto the last paragraph), and typos and quality flags come
    last, over the text that will be written.
    """

    UNICODE = 10  # mojibake, control characters, compatibility forms
    SCRIPT = 20  # traditional -> simplified and converter artefacts
    CHROME = 30  # site furniture: navigation, publication info, footers
    LAYOUT = 50  # rejoin broken lines, page-number fragments
    PUNCTUATION = 60  # half-width punctuation in Chinese context
    WHITESPACE = 70  # spaces, blank lines, line endings
    TYPOS = 80  # fuzzy dictionary flags
    QUALITY = 90  # censor marks, unbalanced quotes, garbled or repeated text


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the text.

    ``meta`` is a read-only view of the document's metadata so far (e.g. ``script``
    detected by an earlier rule, or ``format`` set by the reader); ``options`` holds this
    rule's configuration merged over its defaults.
    """

    doc_id: str = ""
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


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

    def apply(self, text: str, ctx: Context) -> RuleResult:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{self.code} {self.name}>"
