"""``zhclean check``: lint a corpus without changing it.

Each document is run through the selected rules exactly as ``zhclean clean`` would; every
edit a rule would make and every flag it raises becomes a :class:`Finding` at its place in
the input. Records that zhclean itself wrote are also validated against the output-record
schemas, and the corpus as a whole against the thresholds of ``[tool.zhclean.check]``.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from zhclean.config import Config, ConfigError
from zhclean.inputs import plan_runs
from zhclean.model import Document, InputError
from zhclean.pipeline import CleanResult, Pipeline, RuleFailure
from zhclean.readers import ReadOptions, read_entries
from zhclean.registry import all_rules
from zhclean.selection import is_selected, matches
from zhclean.trace import expand_edits

from .findings import Finding, LineIndex, Outcome, OutputToInput, assign_fingerprints, snippet
from .codes import S_CODES
from .pool import analysed_in_order
from .schemas import (DocMeasure, SchemaFailure, estimate_script, is_output_record, measure, validate_corpus,
                      validate_record_rows, validate_unique_ids)
from .settings import LINE_STRUCTURE, CheckSettings, severity_rank

IGNORE_FIELD = "zhclean_ignore"
SCHEMA_CHUNK = 2000


def split_selection(config: Config) -> tuple[Config, tuple[str, ...], tuple[str, ...]]:
    """S codes are checks, not rules: take them out of the rule selection.

    Returns the config for the rule pipeline and the select/ignore lists for S codes.
    """
    s_select = tuple(s for s in config.select if s == "ALL" or s.startswith("S"))
    s_ignore = tuple(s for s in config.ignore if s == "ALL" or s.startswith("S"))
    rule_select = tuple(s for s in config.select if not s.startswith("S"))
    rule_ignore = tuple(s for s in config.ignore if not s.startswith("S"))
    rule_extend = tuple(s for s in config.extend_select if not s.startswith("S"))
    return replace(config, select=rule_select, ignore=rule_ignore, extend_select=rule_extend), s_select, s_ignore


class RawRecords:
    """The raw JSON object behind a JSONL document, read alongside the corpus reader.

    The reader keeps only the text and a few fields; ``check`` also needs
    ``zhclean_ignore`` and, for zhclean's own output, flags, edits and stats. Documents come
    in file order with rising line numbers, so one forward-only handle per file suffices and
    nothing is held in memory beyond the current line.
    """

    def __init__(self) -> None:
        self._path: str | None = None
        self._fh = None
        self._lineno = 0

    def get(self, path: str, lineno: int) -> dict[str, Any] | None:
        if path != self._path or lineno <= self._lineno:
            self.close()
            opener = gzip.open if path.lower().endswith(".gz") else open
            self._fh = opener(path, "rb")
            self._path, self._lineno = path, 0
        raw = b""
        while self._lineno < lineno:
            raw = self._fh.readline()
            self._lineno += 1
            if not raw:
                return None
        try:
            rec = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        return rec if isinstance(rec, dict) else None

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh, self._path, self._lineno = None, None, 0


def split_source(doc: Document) -> tuple[str, int | None]:
    """``path`` and the JSONL line for a JSONL document, else ``(path, None)``."""
    src = doc.source or doc.id
    if doc.meta.get("format") == "jsonl":
        path, _, line = src.rpartition(":")
        if line.isdigit():
            return path, int(line)
    return src, None


@dataclass
class DocReport:
    """One document's share of a check run, as the report needs it."""

    doc_id: str
    path: str
    chars_in: int
    chars_out: int
    #: The document's ``script``, source ``encoding`` and input ``format``, as a record's meta names them.
    meta: dict[str, str] = field(default_factory=dict)
    removed_by_rule: Counter = field(default_factory=Counter)
    flags: list[dict[str, Any]] = field(default_factory=list)

    def count_removed(self, edits: Iterable[Mapping[str, Any]]) -> None:
        """Add what ``edits`` (full trail entries) removed to :attr:`removed_by_rule`, by the rule credited."""
        for e in edits:
            self.removed_by_rule[e.get("rule", "?")] += len(e["removed"]) - len(e.get("inserted", ""))


@dataclass
class CheckRun(Outcome):
    """A check run's findings plus what the report draws from."""

    docs: list[DocReport] = field(default_factory=list)
    measures: list[DocMeasure] = field(default_factory=list)
    schema_failures: list[Finding] = field(default_factory=list)
    all_counts: Counter = field(default_factory=Counter)


def rule_pipeline(config: Config) -> Pipeline:
    """The pipeline that finds what ``config``'s rules would change (S codes left out)."""
    rule_config, _s_select, _s_ignore = split_selection(config)
    only_s = bool(config.select) and not rule_config.select
    # findings are located by each edit's span and text: the full trail
    return Pipeline(rule_config, rules=[] if only_s else None, trail="full")


class Checker:
    """Runs the rules and the schemas over a corpus and collects findings.

    ``config`` sets what holds for the whole run: severities, corpus thresholds and S-code
    selection. The rules that run on a file, their options, excludes and per-file ignores
    come from the configuration that applies to the file (:meth:`run`'s ``config_for``).
    """

    def __init__(self, config: Config, settings: CheckSettings, keep_documents: bool = True):
        #: Per-document summaries for ``zhclean report``; ``check`` does without them, so its
        #: memory grows with the findings only.
        self.keep_documents = keep_documents
        _rule_config, self.s_select, self.s_ignore = split_selection(config)
        self.pipeline = rule_pipeline(config)
        #: The configurations files are checked with; a document names its own by index
        #: (0: ``config``, whose pipeline is :attr:`pipeline`).
        self.file_configs: list[Config] = [config]
        self._pipelines: dict[int, Pipeline] = {}
        self.config = config
        self.settings = settings
        self.summaries = {cls.code: cls.summary for cls in all_rules()}
        self.summaries.update({code: summary for code, (_name, summary) in S_CODES.items()})

    # -- one document ------------------------------------------------------------------

    def document_findings(self, doc: Document, result: CleanResult, path: str,
                          jsonl_line: int | None) -> list[Finding]:
        index = LineIndex(doc.text)
        findings = []
        edits = _full_trail(result)
        for e in edits:
            code = self._edit_code(e)
            verb = _describe_edit(e["removed"], e["inserted"])
            finding = self._located(code, f"{self.summaries.get(code, '')}: {verb}", doc, index, path,
                                    jsonl_line, e["start"], e["end"], e["removed"] or "+" + e["inserted"])
            if (_whitespace_only(e) and not code.startswith(LINE_STRUCTURE) and finding.severity != "off"
                    and not self.settings.configured(code)):
                finding.severity = "info"  # e.g. the blank line a footer rule took with the footer
            findings.append(finding)
        to_input = OutputToInput(edits)
        for fl in result.flags:
            start = to_input(fl["start"])
            end = max(start, to_input(fl["end"]))
            msg = f"{fl.get('message') or self.summaries.get(fl['rule'], '')}: {snippet(fl['text'])}"
            if fl.get("suggestion") is not None:
                msg += f" → {snippet(fl['suggestion'])}"
            findings.append(self._located(fl["rule"], msg, doc, index, path, jsonl_line, start, end, fl["text"]))
        return collapse_repeats(findings, self.settings.max_findings_per_document)

    def _edit_code(self, edit: Mapping[str, Any]) -> str:
        # An edit two rules touched is reported under the one that matters most.
        codes = edit.get("rules") or [edit["rule"]]
        return max(codes, key=lambda c: severity_rank(self.settings.severity_of(c)))

    def _located(self, code: str, message: str, doc: Document, index: LineIndex, path: str,
                 jsonl_line: int | None, start: int, end: int, text: str) -> Finding:
        line, col = index.position(start)
        end_line, end_col = index.position(end)
        severity = self.settings.severity_of(code)
        if jsonl_line is None:
            return Finding(path, line, col, code, message, severity, doc.id, text,
                           end_line=end_line, end_col=end_col)
        return Finding(path, jsonl_line, 1, code, message, severity, doc.id, text, doc_line=line, doc_col=col)

    # -- the corpus ----------------------------------------------------------------------

    def _config_index(self, config: Config) -> int:
        """The index of ``config`` in :attr:`file_configs` (added when new); a configuration
        that would change the run-wide settings is an error, not silently overruled."""
        if config in self.file_configs:
            return self.file_configs.index(config)
        if config.check != self.config.check or split_selection(config)[1:] != (self.s_select, self.s_ignore):
            raise ConfigError(f"{config.path or 'configuration'}: its [tool.zhclean.check] table or S-code "
                              f"selection differs from {self.config.path or 'the defaults'}, which set them for "
                              "the whole check run (corpus thresholds, severities); check it separately")
        self.file_configs.append(config)
        # built now: a bad selection or option is an error before anything is read
        self._pipelines[len(self.file_configs) - 1] = rule_pipeline(config)
        return len(self.file_configs) - 1

    def _pipeline(self, index: int) -> Pipeline:
        if index == 0:
            return self.pipeline
        if index not in self._pipelines:
            self._pipelines[index] = rule_pipeline(self.file_configs[index])
        return self._pipelines[index]

    def analyse(self, item: Document, ignored: tuple[str, ...] = (), config_index: int = 0) -> Analysed:
        """One document's findings and measures: the part of a run that can go to a worker.

        ``ignored`` are the codes its record accepts (``zhclean_ignore``); ``config_index``
        names its configuration in :attr:`file_configs`.
        """
        path, jsonl_line = split_source(item)
        try:
            result = self._pipeline(config_index).clean(item)
        except RuleFailure as exc:
            return Analysed(error=f"{item.source}: {exc}; rerun with --ignore {exc.code} to skip the rule")
        findings = self.document_findings(item, result, path, jsonl_line)
        kept = [f for f in findings if not (ignored and matches(f.code, ignored))]
        has_chrome = any(f.code.startswith("C") and f.severity in ("error", "warning") for f in kept)
        typo_flags = sum(1 for fl in result.flags if fl["rule"].startswith("T"))
        report = self._doc_report(item, result, path) if self.keep_documents else None
        return Analysed(kept, len(findings) - len(kept), measure(item.id, item.text, has_chrome, typo_flags), report)

    def run(self, paths: Sequence[str | Path], workers: int = 1,
            on_document: Callable[[], None] | None = None,
            config_for: Callable[[str | Path], Config] | None = None) -> CheckRun:
        """Check a corpus; ``workers`` processes analyse documents, findings come out in
        input order whatever their number. ``on_document`` is called once a document.
        ``config_for`` gives the configuration of an input path (default: the checker's);
        its excludes and per-file ignores apply as in ``zhclean clean``."""
        out = CheckRun()
        runs = plan_runs(paths, config_for or (lambda _path: self.config))
        run_indexes = [self._config_index(r.config) for r in runs]
        raw = RawRecords()
        # Output records are validated in chunks, so memory does not grow with the corpus;
        # only ids and locations are kept to the end (ids must be unique in any JSONL corpus).
        chunk: list[tuple[int, dict[str, Any]]] = []
        ids: list[str] = []
        where: list[tuple[str, int, str]] = []
        failures: list[SchemaFailure] = []
        #: What each dispatched document's record adds to its report, in dispatch order.
        pending: deque[Mapping[str, Any] | None] = deque()

        def documents() -> Iterator[tuple[Document | InputError, int]]:
            seen: set[int] = set()
            for input_run, index in zip(runs, run_indexes):
                c = input_run.config
                options = ReadOptions(text_field=c.text_field, id_field=c.id_field, max_doc_bytes=c.max_doc_bytes)
                for item in read_entries(input_run.entries, options, seen):
                    yield item, index

        def dispatch() -> Iterator[tuple[Document, tuple[str, ...], int]]:
            nonlocal chunk, failures
            for item, index in documents():
                if isinstance(item, InputError):
                    out.input_errors.append(str(item))
                    continue
                path, jsonl_line = split_source(item)
                record = raw.get(path, jsonl_line) if jsonl_line is not None and _is_jsonl(path) else None
                if record is not None:
                    id_field = self.file_configs[index].id_field
                    ids.append("" if record.get(id_field) is None else str(record[id_field]))
                    where.append((path, jsonl_line or 1, item.id))
                    if is_output_record(record):
                        chunk.append((len(where) - 1, record))
                        if len(chunk) >= SCHEMA_CHUNK:
                            failures += _validate_chunk(chunk)
                            chunk = []
                pending.append(_record_part(record) if self.keep_documents else None)
                yield item, _ignored_codes(record), index

        try:
            for analysed in analysed_in_order(self, dispatch(), workers):
                record_part = pending.popleft()
                if on_document is not None:
                    on_document()
                if analysed.error is not None:
                    out.input_errors.append(analysed.error)
                    continue
                out.documents += 1
                out.ignored_by_record += analysed.ignored
                out.findings.extend(analysed.findings)
                out.measures.append(analysed.measure)
                if analysed.report is not None:
                    out.docs.append(_with_record(analysed.report, record_part))
        finally:
            raw.close()
        failures += _validate_chunk(chunk)
        failures += validate_unique_ids(ids)
        for failure in failures:
            path, line, doc_id = where[failure.row]
            out.findings.append(self._schema_finding(failure, path, line, doc_id))
        out.findings.sort(key=_reading_order)
        for failure in validate_corpus(out.measures, self.settings):
            out.findings.append(self._schema_finding(failure, str(paths[0]), 1, ""))
        out.findings = [f for f in out.findings if self._wanted(f)]
        out.all_counts.update(f.code for f in out.findings)
        out.schema_failures = [f for f in out.findings if f.code.startswith("S")]
        assign_fingerprints(out.findings)
        return out

    def _schema_finding(self, failure: SchemaFailure, path: str, line: int, doc_id: str) -> Finding:
        return Finding(path, line, 1, failure.code, failure.message, self.settings.severity_of(failure.code),
                       doc_id or failure.doc_id, failure.text, value=failure.value)

    def _wanted(self, f: Finding) -> bool:
        if f.severity == "off":
            return False
        if f.code.startswith("S"):
            if self.config.select and not self.s_select:
                return False  # --select C101 means C101 only, as in ruff
            return is_selected(f.code, self.s_select, self.s_ignore)
        return True

    def _doc_report(self, doc: Document, result: CleanResult, path: str) -> DocReport:
        script = result.meta.get("script") or estimate_script(doc.text, self.settings.min_han_ratio)
        report = DocReport(doc.id, path, len(doc.text), len(result.text), meta={
            "script": str(script), "encoding": str(result.meta.get("encoding", "")),
            "format": str(result.meta.get("format", ""))}, flags=[
            {"rule": fl["rule"], "text": fl["text"], "suggestion": fl.get("suggestion"),
             "message": fl.get("message", "")} for fl in result.flags[:50]])
        report.count_removed(_full_trail(result))
        return report


@dataclass
class Analysed:
    """What :meth:`Checker.analyse` learned of one document (or why it could not)."""

    findings: list[Finding] = field(default_factory=list)
    ignored: int = 0
    measure: DocMeasure | None = None
    report: DocReport | None = None
    error: str | None = None


def _record_part(record: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """What zhclean's own output record adds to a report: "before" is the page it was
    cleaned from, per its audit trail and stats."""
    if not is_output_record(record):
        return None
    stated = (record.get("stats") or {}).get("chars_in")
    return {"edits": [e for e in record.get("edits") or [] if isinstance(e, Mapping) and "removed" in e],
            "chars_in": stated if isinstance(stated, int) else None}


def _with_record(report: DocReport, part: Mapping[str, Any] | None) -> DocReport:
    if part is None:
        return report
    report.count_removed(part["edits"])
    if part["chars_in"] is not None:
        report.chars_in = part["chars_in"]
    return report


def _full_trail(result: CleanResult) -> list[dict[str, Any]]:
    """The result's edits as full entries (a pipeline given by hand may keep a compact trail)."""
    return result.edits if result.trail == "full" else expand_edits(result.text, result.edits)


def collapse_repeats(findings: Sequence[Finding], limit: int) -> list[Finding]:
    """At most ``limit`` findings of one code per document; past that, the first stands for all.

    A page in traditional script gives one script edit per character: hundreds of lines that
    say one thing. The summary finding keeps a fingerprint that does not depend on the count,
    so a baseline stays valid when the page grows.
    """
    by_code = Counter(f.code for f in findings)
    out: list[Finding] = []
    done: set[str] = set()
    for f in findings:
        n = by_code[f.code]
        if n <= limit:
            out.append(f)
        elif f.code not in done:
            done.add(f.code)
            f.message += f" (and {n - 1} more like it in this document)"
            f.text = "*"
            out.append(f)
    return out


def _validate_chunk(chunk: Sequence[tuple[int, dict[str, Any]]]) -> list[SchemaFailure]:
    """Record-schema failures of a chunk, their rows renumbered to the corpus's."""
    rows = [row for row, _rec in chunk]
    return [replace(f, row=rows[f.row]) for f in validate_record_rows([rec for _row, rec in chunk])]


def _reading_order(f: Finding) -> tuple:
    return (f.path, f.line, f.doc_line or 0, f.col, f.doc_col or 0, f.code)


def _ignored_codes(record: Mapping[str, Any] | None) -> tuple[str, ...]:
    if not record:
        return ()
    value = record.get(IGNORE_FIELD)
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip().upper() for v in value if str(v).strip())


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def _whitespace_only(edit: Mapping[str, Any]) -> bool:
    return edit["removed"].split() == edit["inserted"].split()


def _describe_edit(removed: str, inserted: str) -> str:
    if not inserted:
        return f"remove {snippet(removed)}"
    if not removed:
        return f"insert {snippet(inserted)}"
    return f"replace {snippet(removed)} with {snippet(inserted)}"


def iter_visible(findings: Iterable[Finding], show_info: bool) -> Iterator[Finding]:
    for f in findings:
        if f.severity != "info" or show_info:
            yield f
