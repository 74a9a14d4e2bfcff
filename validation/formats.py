"""Output formats of ``zhclean check``: text, JSON, SARIF 2.1.0 and GitHub annotations."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote

from zhclean._version import __version__
from zhclean.registry import all_rules

from .findings import Finding
from .codes import S_CODES

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
#: The tool's web page for SARIF viewers: none until zhclean is published (a link to the
#: PyPI page it does not have would be a dead end); SARIF 2.1.0 makes the field optional.
INFORMATION_URI: str | None = None


def rule_catalogue() -> dict[str, tuple[str, str, str]]:
    """code -> (name, summary, documentation) for rules and S checks."""
    out = {cls.code: (cls.name, cls.summary, cls.doc()) for cls in all_rules()}
    for code, (name, summary) in S_CODES.items():
        out[code] = (name, summary, summary)
    return out


def format_text(findings: Sequence[Finding]) -> str:
    return "".join(f.render() + "\n" for f in findings)


def format_json(findings: Sequence[Finding]) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1) + "\n"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: Sequence[Finding]) -> str:
    """GitHub Actions workflow commands: one annotation per finding on the file and line."""
    lines = []
    for f in findings:
        props = [f"file={_escape_property(f.path)}", f"line={f.line}", f"col={f.col}"]
        if f.end_line is not None:
            props += [f"endLine={f.end_line}", f"endColumn={f.end_col}"]
        props.append(f"title={_escape_property(f'zhclean {f.code}')}")
        message = f"{f.code} {f.message}"
        if f.doc_line is not None:
            message += f" [{f.doc_id} {f.doc_line}:{f.doc_col}]"
        lines.append(f"::{_GITHUB_COMMAND.get(f.severity, 'warning')} {','.join(props)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def _uri(path: str) -> str:
    """A relative URI for a path, as code scanning resolves it against the repository root."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return quote(PurePosixPath(p.as_posix()).as_posix(), safe="/")


def format_sarif(findings: Sequence[Finding], severity_of=None) -> str:
    """A SARIF 2.1.0 log with one run, as GitHub code scanning accepts it.

    Regions count columns in Unicode code points (``columnKind``), as the text output does;
    ``partialFingerprints`` carries the line-independent fingerprint, so code scanning tracks
    a finding across commits the way ``--baseline`` does.
    """
    catalogue = rule_catalogue()
    codes = sorted({f.code for f in findings})
    index = {code: i for i, code in enumerate(codes)}
    rules = []
    for code in codes:
        name, summary, doc = catalogue.get(code, (code, code, code))
        level = _SARIF_LEVEL.get(severity_of(code) if severity_of else "warning", "warning")
        rules.append({
            "id": code,
            "name": _pascal(name),
            "shortDescription": {"text": summary},
            "fullDescription": {"text": doc.split("\n\n")[0]},
            "help": {"text": doc, "markdown": doc},
            "defaultConfiguration": {"level": level},
            "properties": {"tags": [name.split(".")[0]]},
        })
    results = []
    for f in findings:
        region: dict[str, Any] = {"startLine": f.line, "startColumn": f.col}
        if f.end_line is not None:
            region.update(endLine=f.end_line, endColumn=max(f.end_col, 1))
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
            "partialFingerprints": {"zhcleanFinding/v1": f.fingerprint},
        }
        props = {"documentId": f.doc_id} if f.doc_id else {}
        if f.doc_line is not None:
            props.update(documentLine=f.doc_line, documentColumn=f.doc_col)
        if props:
            result["properties"] = props
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "zhclean", "version": __version__, "semanticVersion": __version__,
                                **({"informationUri": INFORMATION_URI} if INFORMATION_URI else {}), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def _pascal(dotted: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in dotted.replace("-", ".").split(".") if part)


def format_statistics(counts: Mapping[str, int], severity_of, names: Mapping[str, str] | None = None) -> str:
    """ruff-style table: count, code, severity, name; most frequent first."""
    names = names or {code: name for code, (name, _s, _d) in rule_catalogue().items()}
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(str(n)) for _c, n in rows), default=1)
    return "".join(f"{n:>{width}}  {code}  {severity_of(code):<7}  {names.get(code, '')}\n" for code, n in rows)


def summary_line(findings: Iterable[Finding], hidden_info: int, baselined: int, ignored: int, documents: int) -> str:
    by = Counter(f.severity for f in findings)
    parts = [f"{documents} documents checked", f"{by['error']} errors", f"{by['warning']} warnings"]
    if hidden_info:
        parts.append(f"{hidden_info} info not shown (--show-info)")
    if baselined:
        parts.append(f"{baselined} in the baseline")
    if ignored:
        parts.append(f"{ignored} ignored by {'zhclean_ignore'}")
    return "zhclean check: " + ", ".join(parts)
