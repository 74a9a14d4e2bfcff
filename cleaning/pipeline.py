"""The pipeline: runs the selected rules in order and keeps the audit trail.

>>> from zhclean import Pipeline, Document
>>> pipe = Pipeline(select=["C101", "L301"])
>>> result = pipe.clean(Document(id="a", text="正文。\\n\\n\\n\\n浙ICP备14041666号\\n"))
>>> result.text
'正文。'
>>> result.meta["icp"]
'浙ICP备14041666号'
>>> [e["rule"] for e in result.edits]
['L301', 'C101']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from time import perf_counter
from typing import Any, Callable, Iterable, Mapping, Sequence

from .batch_budget import BatchBudget
from .config import Config, ConfigError, expand_list_files
from .limits import DocumentTimeout
from .model import Document, Flag, RuleResult
from .registry import check_index, known_codes, select_rules, unknown_selectors
from .selection import matches
from .rule import Analyses, Context, Rule, Stage
from .suggest import did_you_mean
from .trace import EditError, Trace


class RuleFailure(RuntimeError):
    """A rule raised on a document; the message names the rule and the document."""

    def __init__(self, code: str, doc_id: str, exc: BaseException):
        super().__init__(f"rule {code} failed on document {doc_id!r}: {type(exc).__name__}: {exc}")
        self.code = code
        self.doc_id = doc_id


@dataclass
class CleanResult:
    """A cleaned document: the output record of docs/design.md, as an object."""

    id: str
    source: str
    text: str
    meta: dict[str, Any]
    flags: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    #: The trail level ``edits`` was made at; at ``none`` the record has no ``edits``.
    trail: str = "full"

    def to_record(self) -> dict[str, Any]:
        """The output record (the ``edits`` key only when there is a trail)."""
        if self.trail == "none":
            return {"id": self.id, "source": self.source, "text": self.text, "meta": self.meta,
                    "flags": self.flags, "stats": self.stats}
        return {
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "meta": self.meta,
            "flags": self.flags,
            "edits": self.edits,
            "stats": self.stats,
        }


@dataclass
class _PendingFlag:
    rule: str
    start: int
    end: int
    flag: Flag
    #: The text the rule flagged, to notice when a later rule changes it.
    flagged: str


#: Most passes of the chrome stage over one short text (see Pipeline._with_chrome_fixed_point).
CHROME_PASSES = 3
#: Texts shorter than this, once the chrome stage changed them, run it again.
CHROME_RERUN_CHARS = 200
#: The options of each rule that has none (42 of 47 default rules): they share a Context.
_NO_OPTIONS: Mapping[str, Any] = MappingProxyType({})


class _DocState:
    """One document of a batch while the rules run over it: everything about it stays here."""

    __slots__ = ("doc", "trace", "meta", "meta_view", "flags", "shared", "context", "error", "spent", "result",
                 "chrome_from")

    def __init__(self, doc: Document):
        self.doc = doc
        self.error: Exception | None = None
        self.spent = 0.0  # seconds of its steps, for its time budget
        self.result: CleanResult | None = None

    def start(self, doc: Document) -> None:
        self.trace = Trace(doc.text)
        self.meta: dict[str, Any] = dict(doc.meta)
        self.meta_view = MappingProxyType(self.meta)
        self.flags: list[_PendingFlag] = []
        self.shared = Analyses(self.trace.text)
        #: The rules without options share it: a Context per rule was half the dispatch (scale.md)
        self.context = Context(doc.id, self.meta_view, _NO_OPTIONS, self.shared)


class Pipeline:
    """Selected rules, configured, in running order.

    Build one per process and reuse it: rules compile their patterns once.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        extend_select: Sequence[str] | None = None,
        fix: Sequence[str] | None = None,
        rules: Iterable[Rule] | None = None,
        trail: str | None = None,
    ):
        config = (config or Config()).merged(select=select, ignore=ignore, extend_select=extend_select, fix=fix,
                                             trail=trail)
        self.config = config
        # The pattern table serves the rule modules' import only (zhclean.registry): what a
        # rule compiles in setup comes from its options (a user's word lists, C501's lines
        # learned from a corpus), which must not be written to a cache folder.
        self._build(config, rules)
        self._fix_codes = tuple(config.fix)
        #: Each rule's step on one document (:meth:`_stepper`), made on first use.
        self._steps: list[Callable[[_DocState], None]] | None = None
        self._steps_for: list[Rule] = []

    def _build(self, config: Config, rules: Iterable[Rule] | None) -> None:
        if rules is not None:
            self.rules = list(rules)
        else:
            bad = unknown_selectors([*config.select, *config.ignore, *config.extend_select, *config.fix])
            if bad:
                hints = "".join(did_you_mean(b, known_codes()) for b in bad[:1])
                raise ConfigError(f"no rule matches {', '.join(bad)}{hints} (see `zhclean rules`)")
            self.rules = [cls() for cls in select_rules(config.select or None, config.ignore, config.extend_select)]
            check_option_codes(config)
            check_fix_selected(config, self.rules)
        self._options: dict[str, Mapping[str, Any]] = {}
        for rule in self.rules:
            # a Config built in code may still say {"file": PATH}: read it from the current folder
            given = expand_list_files({rule.code: config.options.get(rule.code, {})}, Path.cwd(),
                                      config.path or "configuration")[rule.code]
            for key, value in given.items():
                check_option(config, rule, key, value, typed=config.path is not None)
            merged = MappingProxyType({**rule.options, **given})
            self._options[rule.code] = merged if merged else _NO_OPTIONS
            try:
                rule.setup(self._options[rule.code])
            except (ValueError, TypeError) as exc:  # an option value the rule cannot take
                key = next(iter(given), "") if len(given) == 1 else ""
                raise ConfigError(f"{config.where(key, rule.code)}: option of {rule.code}: {exc}") from None

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.rules]

    def clean_text(self, text: str, html: str = "auto") -> str:
        """Just the cleaned text, for quick use in notebooks and ``df.apply``."""
        return self.clean(Document(id="", text=text), html=html).text

    def clean(self, doc: Document, html: str = "auto") -> CleanResult:
        """The cleaned document. A text that is a whole HTML page is extracted first, as
        ``zhclean clean`` extracts it, with this pipeline's H1xx steps (``html="never"``
        keeps the markup, ``"always"`` extracts any text: :func:`zhclean.html.page_document`);
        a page with no visible text raises :class:`~zhclean.encoding.DecodeError`."""
        outcome = self.clean_batch([doc], html=html)[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def clean_batch(self, docs: Sequence[Document], html: str = "auto",
                    seconds: float | None = None) -> list[CleanResult | Exception]:
        """Each document cleaned as :meth:`clean` cleans it, in order; a document that fails
        has its exception in its place (:class:`RuleFailure`, a ``DecodeError`` of a page,
        :class:`~zhclean.limits.DocumentTimeout`) and its batch-mates are cleaned all the same.

        The batch runs rule by rule: the first rule over every document, then the second,
        and so on, so that each rule's code and tables stay in the CPU caches while it runs
        (document by document, each of some forty rules evicts the others' between two
        documents: T101 alone cost twice as much, benchmarks/typo_pipeline_gap.py). What a
        document carries (its text versions, trail, meta, flags, shared analyses) stays its
        own. ``seconds``: each document's time budget (see :mod:`zhclean.batch_budget`).
        """
        states = [_DocState(doc) for doc in docs]
        if self._steps is None or self._steps_for != self.rules:
            self._steps, self._steps_for = self._with_chrome_fixed_point(
                [self._stepper(rule) for rule in self.rules]), list(self.rules)
        budget = BatchBudget(seconds, states)
        timed = budget.active
        with budget:
            for step in (self._opener(html), *self._steps, self._finish):
                prepare = getattr(step, "prepare", None)
                if prepare is not None and len(states) > 1:
                    prepare(states)
                for state in states:
                    if state.error is not None:
                        continue
                    try:
                        try:
                            if timed:
                                budget.started = perf_counter()
                                budget.current = state
                            step(state)
                        finally:
                            if timed:
                                budget.stop()
                    except Exception as exc:  # noqa: BLE001 - it is the document's outcome
                        state.error = exc
                        if timed and isinstance(exc, DocumentTimeout):
                            budget.arm()  # the timer stopped when it fired: set it for the others
        return [state.error if state.error is not None else state.result for state in states]  # type: ignore[misc]

    def _with_chrome_fixed_point(self, steps: list[Callable[["_DocState"], None]]) -> list[Callable[["_DocState"], None]]:
        """``steps`` with the chrome stage run again on a text it changed, until it changes
        nothing (at most :data:`CHROME_PASSES` passes).

        A chrome rule judges the page as the rules before it left it; a rule after it in
        the stage (C101 cutting a licence number, C201 taking a footer) can leave a line
        that an earlier one takes only on a second cleaning. On a short text one deletion
        moves the page's zones; a long page keeps them (a second chrome pass changes 0
        documents on c5 and c20), so only texts under :data:`CHROME_RERUN_CHARS` run again
        for that. A deletion can also bring together what an earlier rule repairs (the
        halves of a wrap-cut entity around a menu line): the rules that say so
        (:attr:`Rule.completed_by_deletions`) run again first, and when they change the
        text the chrome stage runs again whatever its length.
        """
        chrome = [i for i, rule in enumerate(self.rules) if rule.stage == Stage.CHROME]
        if not chrome:
            return steps
        first, last = chrome[0], chrome[-1]
        stage = [steps[i] for i in chrome]  # a rule pack's non-chrome rule placed between them is not run again
        completed = [steps[i] for i, rule in enumerate(self.rules[:first]) if rule.completed_by_deletions]

        def mark(state: _DocState) -> None:
            state.chrome_from = state.trace.text

        def again(state: _DocState) -> None:
            for _ in range(CHROME_PASSES - 1):
                text = state.trace.text
                if text == state.chrome_from:
                    return
                for step in completed:
                    step(state)
                if state.trace.text is text and len(text) >= CHROME_RERUN_CHARS:
                    return
                state.chrome_from = state.trace.text
                for step in stage:
                    step(state)

        return [*steps[:first], mark, *steps[first:last + 1], again, *steps[last + 1:]]

    def _opener(self, html: str) -> Callable[["_DocState"], None]:
        codes, trail = self.codes, self.config.trail

        def open_document(state: _DocState) -> None:
            doc = state.doc
            if html != "auto" or "<" in doc.text[:1024]:  # else not a page: zhclean.html is not even imported
                from .html import page_document

                doc = state.doc = page_document(doc, codes, trail, html)
            state.start(doc)

        return open_document

    def _stepper(self, rule: Rule) -> Callable[["_DocState"], None]:
        """One rule's step on one document: the rule's result applied to the document's state."""
        code = rule.code
        options = self._options[code]
        fixing = bool(self._fix_codes) and matches(code, self._fix_codes)
        merge_meta = self._merge_meta

        def step(state: _DocState) -> None:
            trace = state.trace
            text = trace.text
            doc_id = state.doc.id
            ctx = state.context if options is _NO_OPTIONS else Context(doc_id, state.meta_view, options, state.shared)
            try:
                result = rule.apply(text, ctx)
            except DocumentTimeout:
                raise
            except Exception as exc:
                raise RuleFailure(code, doc_id, exc) from exc
            if not result:
                return
            merge_meta(state.meta, result)
            edits = list(result.edits)  # Edit is a (start, end, replacement) tuple
            new_flags = result.flags
            if new_flags and fixing:
                edits, new_flags = self._fixes_from_flags(edits, new_flags)
            flags = state.flags
            for fl in new_flags:
                if not (0 <= fl.start <= fl.end <= len(text)):
                    raise RuleFailure(code, doc_id, EditError(f"flag [{fl.start}, {fl.end}) is outside the text"))
                flags.append(_PendingFlag(code, fl.start, fl.end, fl, text[fl.start:fl.end]))
            if edits:
                try:
                    applied = trace.apply(edits, code)
                except EditError as exc:
                    raise RuleFailure(code, doc_id, exc) from exc
                for pf in flags:
                    pf.start = _map_pos(applied, pf.start, left=True)
                    pf.end = max(pf.start, _map_pos(applied, pf.end, left=False))
                shared = state.shared
                if shared.text is not trace.text:
                    shared.reset(trace.text)

        if type(rule).prepare_batch is not Rule.prepare_batch:
            def prepare(states: Sequence[_DocState]) -> None:
                texts = [state.trace.text for state in states if state.error is None]
                try:
                    rule.prepare_batch(texts, options)
                except Exception:  # noqa: BLE001 - only a head start: each apply does the work itself
                    pass

            step.prepare = prepare  # type: ignore[attr-defined]
        return step

    def _finish(self, state: "_DocState") -> None:
        doc, trace = state.doc, state.trace
        text = trace.text
        cap = None if self.config.trail == "full" else COMPACT_FLAG_TEXT
        flags = sorted(state.flags, key=lambda f: (f.start, f.end, f.rule))
        state.result = CleanResult(
            id=doc.id,
            source=doc.source,
            text=text,
            meta=state.meta,
            flags=[_flag_record(pf, text, cap) for pf in flags],
            edits=self._trail(trace),
            stats={"chars_in": len(doc.text), "chars_out": len(text)},
            trail=self.config.trail,
        )

    def _trail(self, trace: Trace) -> list[dict[str, Any]]:
        level = self.config.trail
        if level == "full":
            return trace.edits()
        if level == "compact":
            return trace.compact_edits(is_character_level, character_level_rules)
        return []

    @staticmethod
    def _merge_meta(meta: dict[str, Any], result: RuleResult) -> None:
        for key, value in result.meta.items():
            if value is None or value == "":
                continue
            if meta.get(key) in (None, ""):
                meta[key] = value

    def _fixes_from_flags(self, edits: list[tuple[int, int, str]], flags: list[Flag]):
        threshold = self.config.fix_threshold
        taken = sorted((s, e) for s, e, _ in edits)
        keep: list[Flag] = []
        for fl in flags:
            usable = fl.suggestion is not None and (fl.score or 0.0) >= threshold
            overlaps = any(s < fl.end and fl.start < e for s, e in taken)
            if usable and not overlaps:
                edits.append((fl.start, fl.end, fl.suggestion))
                taken.append((fl.start, fl.end))
            else:
                keep.append(fl)
        return edits, keep


def check_option_codes(config: Config) -> None:
    """Options for a code no rule has are a mistake (a typo of the code, most likely)."""
    known = known_codes()
    for code in config.options:
        if code not in known:
            check_index()  # a rule added since the index was written must say so
            raise ConfigError(f"{config.where('', code)}: options for {code}, but there is no rule {code}"
                              f"{did_you_mean(code, known)}; `zhclean rules` lists them")


def check_fix_selected(config: Config, rules: Sequence[Rule]) -> None:
    """``fix`` naming codes none of whose rules run would fix nothing without a word."""
    running = [r.code for r in rules]
    for code in config.fix:
        if not matches_any(code, running):
            raise ConfigError(f"{config.where('fix')}: fix = {code}, but no {code} rule is selected "
                              f"(running: {', '.join(running) or 'none'}); add {code} to select or extend-select")


def matches_any(selector: str, codes: Sequence[str]) -> bool:
    """Whether a selector names any of ``codes``."""
    return any(matches(code, (selector,)) for code in codes)


def check_option(config: Config, rule: Rule, key: str, value: Any, typed: bool = True) -> None:
    """An option the rule has, with (when ``typed``: for values read from a file) a value of
    its default's type; else a ConfigError. Code may pass richer values (C501's patterns as
    a list): the rule's own ``setup`` judges those."""
    where = config.where(key, rule.code)
    if key not in rule.options:
        raise ConfigError(f"{where}: rule {rule.code} has no option {key!r}{did_you_mean(key, rule.options)} "
                          f"(it has: {', '.join(sorted(rule.options)) or 'none'})")
    default = rule.options[key]
    if default is None or not typed:
        return
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, (int, float)):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(default, (list, tuple, frozenset, set)):
        ok = isinstance(value, (list, tuple, frozenset, set))
    elif isinstance(default, Mapping):
        ok = isinstance(value, Mapping)
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(f"{where}: option {key} of {rule.code} must be {_kind(default)} "
                          f"like its default {default!r}, not {value!r}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple, frozenset, set)):
        return "a list"
    return "a table" if isinstance(value, Mapping) else f"a {type(value).__name__}"


def is_character_level(rule: str, removed: str, inserted: str) -> bool:
    """Whether a change goes into the packed part of a compact trail: whatever the
    normalisation rules (N) changed, and layout rules' changes of whitespace only. Chrome
    removals and layout changes that touch text stay full entries, readable as they are.
    """
    return rule[0] == "N" or (rule[0] == "L" and not removed.strip() and not inserted.strip())


def character_level_rules(rules: tuple[str, ...]) -> bool | None:
    """:func:`is_character_level` of every change of ``rules`` when it does not depend on
    the text (all N: True; any rule of a family other than N and L: False), else None."""
    families = {rule[0] for rule in rules}
    if families == {"N"}:
        return True
    return None if families <= {"N", "L"} else False


def _map_pos(edits: Sequence[tuple[int, int, str]], pos: int, left: bool) -> int:
    # Insertions exactly at a span's edge stay outside the span; a replacement that
    # overlaps the span pulls the edge out to the replacement's edge.
    delta = 0
    for s, e, r in edits:
        if left:
            if e <= pos:
                delta += len(r) - (e - s)
            elif s <= pos:
                return s + delta
            else:
                break
        else:
            if s == e == pos:
                break
            if e <= pos:
                delta += len(r) - (e - s)
            elif s < pos:
                return s + delta + len(r)
            else:
                break
    return pos + delta


#: Below ``--trail full`` a flag quotes at most this many characters of its span (the span
#: stays exact and ``text_truncated`` marks the cut): whole-line quality flags were a sixth
#: of the compact output, repeating text the record already holds.
COMPACT_FLAG_TEXT = 80


def _flag_record(pf: _PendingFlag, text: str, cap: int | None = None) -> dict[str, Any]:
    fl = pf.flag
    now = text[pf.start:pf.end]
    rec: dict[str, Any] = {"rule": pf.rule, "start": pf.start, "end": pf.end, "text": now, "message": fl.message}
    if cap is not None and len(now) > cap:
        rec["text"], rec["text_truncated"] = now[:cap], True
    if now != pf.flagged:
        # A later rule rewrote the flagged text: the span still points at the place, but a
        # suggestion made for the old text would be wrong to apply.
        rec["message"] = f"{fl.message} (flagged text was {pf.flagged!r}; changed by a later rule)"
        return rec
    if fl.suggestion is not None:
        rec["suggestion"] = fl.suggestion
    if fl.score is not None:
        rec["score"] = round(float(fl.score), 4)
    return rec
