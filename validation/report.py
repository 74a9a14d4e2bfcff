"""``zhclean report``: one self-contained HTML page about a corpus, and a Markdown summary.

The page is plain HTML with inline CSS and inline SVG plots: no script, no font, no image
and no style sheet is fetched, so it opens the same from a CI artefact, an e-mail or a
laptop without network. Plots are drawn here, by hand, so the report needs no plotting
library; every bar carries its value as a tooltip (``<title>``) and in ``data-value``.
"""
from __future__ import annotations

import html
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Sequence

from zhclean._version import __version__

from .check import Checker, CheckRun
from .findings import Finding, snippet
from .formats import rule_catalogue

PALETTE = {"before": "#9db4d3", "after": "#2f5f98", "removed": "#c4572f", "flags": "#b8860b",
           "script": "#3c8d6e", "encoding": "#6d5a9c", "schema": "#b03a48"}
MAX_PAIRED_DOCS = 30
TOP = 15


@dataclass
class FlagGroup:
    code: str
    count: int
    examples: list[tuple[str, str | None, int]]  # text, suggestion, how often


@dataclass
class Report:
    title: str
    generated: str
    documents: int
    input_errors: list[str]
    chars_in: int
    chars_out: int
    lengths: list[tuple[str, int, int]]
    removed_by_rule: list[tuple[str, int]]
    flags: list[FlagGroup]
    scripts: list[tuple[str, int]]
    encodings: list[tuple[str, int]]
    formats: list[tuple[str, int]]
    schema_failures: list[Finding]
    severity_counts: Counter
    code_counts: list[tuple[str, int]]
    #: Documents with the most errors: id, errors, warnings, codes with counts.
    worst_documents: list[tuple[str, int, int, str]] = field(default_factory=list)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: C501's learned patterns, when the run had a patterns file: its path and content.
    boilerplate: tuple[str, dict] | None = None

    @property
    def removed_share(self) -> float:
        return (self.chars_in - self.chars_out) / self.chars_in if self.chars_in else 0.0


def build_report(run: CheckRun, checker: Checker, title: str) -> Report:
    removed: Counter = Counter()
    flag_counts: Counter = Counter()
    flag_texts: dict[str, Counter] = {}
    for d in run.docs:
        removed.update(d.removed_by_rule)
        for fl in d.flags:
            flag_counts[fl["rule"]] += 1
            flag_texts.setdefault(fl["rule"], Counter())[(fl["text"], fl.get("suggestion"))] += 1
    flags = [FlagGroup(code, n, [(t, s, k) for (t, s), k in flag_texts[code].most_common(5)])
             for code, n in flag_counts.most_common(TOP)]
    catalogue = rule_catalogue()
    per_doc: dict[str, Counter] = {}
    for f in run.findings:
        if f.doc_id and f.severity in ("error", "warning"):
            per_doc.setdefault(f.doc_id, Counter())[(f.severity, f.code)] += 1
    worst = sorted(per_doc.items(), key=lambda kv: (-sum(n for (sev, _c), n in kv[1].items() if sev == "error"),
                                                    -sum(kv[1].values()), kv[0]))[:TOP]
    worst_documents = [
        (doc_id, sum(n for (sev, _c), n in c.items() if sev == "error"),
         sum(n for (sev, _c), n in c.items() if sev == "warning"),
         ", ".join(f"{code} ×{n}" for (_sev, code), n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0][1]))[:6]))
        for doc_id, c in worst]
    return Report(
        title=title,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        documents=run.documents,
        input_errors=list(run.input_errors),
        chars_in=sum(d.chars_in for d in run.docs),
        chars_out=sum(d.chars_out for d in run.docs),
        lengths=[(d.doc_id, d.chars_in, d.chars_out) for d in run.docs],
        removed_by_rule=[(c, n) for c, n in removed.most_common() if n > 0][:TOP],
        flags=flags,
        scripts=Counter(d.meta.get("script") or "unknown" for d in run.docs).most_common(),
        encodings=Counter(d.meta.get("encoding") or "n/a (JSON)" for d in run.docs).most_common(),
        formats=Counter(d.meta.get("format") or "unknown" for d in run.docs).most_common(),
        schema_failures=list(run.schema_failures),
        severity_counts=Counter(f.severity for f in run.findings),
        code_counts=sorted(run.all_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        worst_documents=worst_documents,
        names={code: (name, summary) for code, (name, summary, _doc) in catalogue.items()},
        boilerplate=_learned_boilerplate(checker),
    )


def _learned_boilerplate(checker: Checker) -> tuple[str, dict] | None:
    """The patterns file C501 cleaned with in this run (``report --boilerplate FILE``)."""
    from zhclean.boilerplate import load_patterns

    path = checker.config.options.get("C501", {}).get("patterns")
    return (path, load_patterns(path)) if isinstance(path, str) and path else None


def _verdict(e: dict) -> str:
    if e["anywhere"]:
        return "removed anywhere"
    if e["removable"]:
        return "removed in head or tail"
    return f"kept: in the body of {e['body_sites']} sites" if e["body_sites"] >= 2 else "kept: below the thresholds"


def boilerplate_section(learned: tuple[str, dict] | None, sites: int = 30, lines: int = 15) -> str:
    """The learned patterns per site, for a person to review before trusting them."""
    if learned is None:
        return ""
    path, data = learned
    ranked = sorted(data["sites"].items(), key=lambda kv: (-kv[1]["pages"], kv[0]))
    removable = sum(e["removable"] for _s, t in ranked for e in t["patterns"])
    out = [f'<h2 id="boilerplate">Learned boilerplate (C501)</h2><p class="sub">{removable:,} removable lines over '
           f'{len(ranked):,} sites, learned from {data["documents"]:,} documents ({_e(path)}; settings '
           f'{_e(", ".join(f"{k}={v}" for k, v in data["settings"].items()))}). Counts are pages of the site '
           "the line stood on, by zone; the example is one spelling of the normalised line.</p>"]
    for site, table in ranked[:sites]:
        rows = ((_e(snippet(e["example"], 60)), e["pages"], e["head"], e["body"], e["tail"], e["body_sites"],
                 _e(_verdict(e)), f'<code>{_e(e["hash"])}</code>') for e in table["patterns"][:lines])
        out.append(f"<h3>{_e(site or '(no site)')} · {table['pages']:,} pages</h3>")
        out.append(_or_empty(_table(["example", "pages", "head", "body", "tail", "body sites", "verdict", "pattern"],
                                    rows, numeric=(1, 2, 3, 4, 5)), "No line recurs on enough pages."))
    if len(ranked) > sites:
        out.append(f'<p class="sub">… and {len(ranked) - sites:,} more sites in {_e(path)}.</p>')
    return "".join(out)


# SVG -----------------------------------------------------------------------------------

def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _fmt(n: float) -> str:
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


def _svg(width: int, height: int, label: str, body: Iterable[str]) -> str:
    return (f'<svg class="plot" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-label="{_e(label)}"><title>{_e(label)}</title>'
            + "".join(body) + "</svg>")


def bar_chart(items: Sequence[tuple[str, float]], label: str, color: str, unit: str = "",
              width: int = 680) -> str:
    """Horizontal bars, one per item, longest first as given."""
    if not items:
        return ""
    left, right, row = 190, 70, 22
    height = row * len(items) + 28
    top = max(v for _k, v in items) or 1
    span = width - left - right
    body = []
    for i, (key, value) in enumerate(items):
        y = 8 + i * row
        w = max(1.0, span * value / top) if value else 0.0
        body.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" class="lbl">{_e(_clip(key, 26))}</text>')
        body.append(f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 7}" fill="{color}" '
                    f'data-value="{value}"><title>{_e(key)}: {_fmt(value)}{unit}</title></rect>')
        body.append(f'<text x="{left + w + 6:.1f}" y="{y + 14}" class="val">{_fmt(value)}{unit}</text>')
    body.append(f'<line x1="{left}" y1="4" x2="{left}" y2="{height - 20}" class="axis"/>')
    return _svg(width, height, label, body)


def paired_bars(items: Sequence[tuple[str, int, int]], label: str, width: int = 680) -> str:
    """Two bars per document: characters before and after cleaning."""
    left, right, row = 190, 120, 30
    height = row * len(items) + 40
    top = max(max(b, a) for _k, b, a in items) or 1
    span = width - left - right
    body = [_legend(left, height - 14, [("before", PALETTE["before"]), ("after", PALETTE["after"])])]
    for i, (key, before, after) in enumerate(items):
        y = 6 + i * row
        body.append(f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" class="lbl">{_e(_clip(key, 26))}</text>')
        for j, (name, value) in enumerate((("before", before), ("after", after))):
            w = max(1.0, span * value / top) if value else 0.0
            body.append(f'<rect class="bar" x="{left}" y="{y + 3 + j * 11}" width="{w:.1f}" height="10" '
                        f'fill="{PALETTE[name]}" data-value="{value}"><title>{_e(key)} {name}: {value:,} characters'
                        f'</title></rect>')
        pct = _change(before, after)
        body.append(f'<text x="{left + span * max(before, after) / top + 6:.1f}" y="{y + 16}" class="val">'
                    f'{after:,} ({pct})</text>')
    return _svg(width, height, label, body)


def histogram(before: Sequence[int], after: Sequence[int], label: str, width: int = 680) -> str:
    """Document lengths on a log scale, before and after, for corpora too big for one bar each."""
    values = [v for v in (*before, *after) if v > 0] or [1]
    lo, hi = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)) + 1e-9)
    edges = [10 ** (lo + k / 4) for k in range(int((hi - lo) * 4) + 1)]
    bins = len(edges) - 1 or 1

    def counts(series: Sequence[int]) -> list[int]:
        c = [0] * bins
        for v in series:
            k = 0 if v <= 0 else min(bins - 1, max(0, int((math.log10(v) - lo) * 4)))
            c[k] += 1
        return c

    cb, ca = counts(before), counts(after)
    left, bottom, height = 50, 50, 260
    span_w, span_h = width - left - 20, height - bottom - 30
    top = max(cb + ca) or 1
    bw = span_w / bins
    body = [_legend(width - 200, 14, [("before", PALETTE["before"]), ("after", PALETTE["after"])]),
            f'<line x1="{left}" y1="{height - bottom}" x2="{width - 20}" y2="{height - bottom}" class="axis"/>']
    for k in range(bins):
        x = left + k * bw
        for j, (name, c) in enumerate((("before", cb[k]), ("after", ca[k]))):
            h = span_h * c / top
            body.append(f'<rect class="bar" x="{x + 2 + j * (bw - 4) / 2:.1f}" y="{height - bottom - h:.1f}" '
                        f'width="{max(1.0, (bw - 4) / 2):.1f}" height="{h:.1f}" fill="{PALETTE[name]}" data-value="{c}">'
                        f'<title>{name}: {c} documents of {_fmt(edges[k])}–{_fmt(edges[k + 1])} characters</title></rect>')
        if k % 4 == 0:
            body.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" class="val">{_fmt(edges[k])}</text>')
    body.append(f'<text x="{left}" y="{height - bottom + 32}" class="lbl" text-anchor="start">characters per document '
                '(log scale)</text>')
    return _svg(width, height, label, body)


def _change(before: int, after: int) -> str:
    """``−4%``, ``+1%`` or ``±0%``: what cleaning did to a document's length."""
    if not before or round(100 * (after - before) / before) == 0:
        return "±0%"
    return f"{'+' if after > before else '−'}{abs(after - before) / before:.0%}"


def _legend(x: int, y: int, entries: Sequence[tuple[str, str]]) -> str:
    parts = []
    for i, (name, color) in enumerate(entries):
        parts.append(f'<rect x="{x + i * 90}" y="{y - 9}" width="10" height="10" fill="{color}"/>'
                     f'<text x="{x + i * 90 + 14}" y="{y}" class="lbl" text-anchor="start">{_e(name)}</text>')
    return "".join(parts)


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# HTML ----------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0 auto;max-width:980px;padding:24px;color:#222;background:#fff;line-height:1.45}
h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.sub{color:#666;font-size:.9em}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:1.4em}.card.bad b{color:#b03a48}.card.ok b{color:#2e7d4f}
table{border-collapse:collapse;font-size:.9em;margin:8px 0}td,th{border-bottom:1px solid #eee;padding:3px 10px;
text-align:left;vertical-align:top}th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
svg.plot{display:block;max-width:100%;height:auto;margin:6px 0}svg .lbl{font-size:12px;fill:#333}
svg .val{font-size:11px;fill:#555}svg .axis{stroke:#999;stroke-width:1}.empty{color:#777;font-style:italic}
code{background:#f4f4f4;padding:0 3px;border-radius:3px}.two{display:flex;flex-wrap:wrap;gap:24px}
.two>div{flex:1;min-width:300px}
"""


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(f'<td class="n">{_e(c)}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>" if body else ""


def _or_empty(content: str, what: str) -> str:
    return content or f'<p class="empty">{_e(what)}</p>'


def render_html(r: Report) -> str:
    name = lambda code: r.names.get(code, (code, ""))[0]  # noqa: E731
    errors, warnings = r.severity_counts["error"], r.severity_counts["warning"]
    cards = [
        ("documents", f"{r.documents:,}", ""),
        ("characters in", f"{r.chars_in:,}", ""),
        ("characters out", f"{r.chars_out:,}", ""),
        ("removed", f"{r.removed_share:.1%}", ""),
        ("errors", f"{errors:,}", "bad" if errors else "ok"),
        ("warnings", f"{warnings:,}", ""),
        ("schema failures", f"{len(r.schema_failures):,}", "bad" if r.schema_failures else "ok"),
        ("unreadable inputs", f"{len(r.input_errors):,}", "bad" if r.input_errors else "ok"),
    ]
    out = [f"<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
           f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           f"<title>zhclean report: {_e(r.title)}</title><style>{CSS}</style></head><body>",
           f"<h1>zhclean report</h1><div class=\"sub\">{_e(r.title)} · {_e(r.generated)} · zhclean {_e(__version__)}"
           "</div>",
           '<div class="cards">' + "".join(f'<div class="card {cls}"><b>{_e(v)}</b>{_e(k)}</div>'
                                           for k, v, cls in cards) + "</div>"]

    out.append('<h2 id="lengths">Document lengths before and after cleaning</h2>')
    if not r.lengths:
        out.append('<p class="empty">No documents.</p>')
    elif len(r.lengths) <= MAX_PAIRED_DOCS:
        out.append(paired_bars(r.lengths, "Characters per document, before and after cleaning"))
    else:
        out.append(histogram([b for _d, b, _a in r.lengths], [a for _d, _b, a in r.lengths],
                             "Distribution of document lengths, before and after cleaning"))

    out.append('<h2 id="removed">Characters removed by rule</h2>')
    out.append(_or_empty(bar_chart([(f"{c} {name(c)}", n) for c, n in r.removed_by_rule],
                                   "Characters removed by each rule", PALETTE["removed"]),
                         "No rule removed anything."))

    out.append('<h2 id="flags">Most frequent flags</h2>')
    out.append(_or_empty(bar_chart([(f"{g.code} {name(g.code)}", g.count) for g in r.flags],
                                   "Flags raised by each rule", PALETTE["flags"]), "No flags were raised."))
    if r.flags:
        rows = []
        for g in r.flags:
            ex = "<br>".join(f"{_e(snippet(t, 30))}" + (f" → {_e(snippet(s, 30))}" if s else "") + f" ×{k}"
                             for t, s, k in g.examples)
            rows.append((f"<code>{_e(g.code)}</code>", _e(name(g.code)), g.count, ex))
        out.append(_table(["code", "rule", "flags", "most frequent examples"], rows, numeric=(2,)))

    out.append('<h2 id="mix">Script and encoding mix</h2><div class="two"><div>')
    out.append(bar_chart(r.scripts, "Documents by script", PALETTE["script"], width=460))
    out.append('</div><div>')
    out.append(bar_chart(r.encodings, "Documents by source encoding", PALETTE["encoding"], width=460))
    out.append("</div></div>")
    out.append(f'<p class="sub">Formats: {_e(", ".join(f"{k} ({v})" for k, v in r.formats))}. Script is the '
               "script rule's verdict where one ran, otherwise an estimate from characters whose simplified and "
               "traditional forms differ.</p>")

    out.append('<h2 id="schema">Schema failures</h2>')
    s_counts = Counter(f.code for f in r.schema_failures)
    out.append(_or_empty(bar_chart([(f"{c} {name(c)}", n) for c, n in s_counts.most_common()],
                                   "Schema and corpus failures by code", PALETTE["schema"]),
                         "No schema or corpus check failed."))
    if r.schema_failures:
        out.append(_table(["where", "code", "message"], ((_e(f.location()), f"<code>{_e(f.code)}</code>",
                                                          _e(f.message)) for f in r.schema_failures[:200])))

    out.append('<h2 id="documents">Documents with the most findings</h2>')
    out.append(_or_empty(_table(["document", "errors", "warnings", "codes"],
                                ((f"<code>{_e(d)}</code>", e, w, _e(codes)) for d, e, w, codes in r.worst_documents),
                                numeric=(1, 2)), "No document has errors or warnings."))

    out.append('<h2 id="codes">All findings by code</h2>')
    out.append(_or_empty(_table(["code", "rule", "findings"], ((f"<code>{_e(c)}</code>", _e(name(c)), n)
                                                              for c, n in r.code_counts), numeric=(2,)),
                         "Nothing to report."))
    out.append(boilerplate_section(r.boilerplate))
    if r.input_errors:
        out.append('<h2 id="errors">Inputs that could not be read</h2><ul>'
                   + "".join(f"<li>{_e(e)}</li>" for e in r.input_errors[:200]) + "</ul>")
    out.append("</body></html>\n")
    return "".join(out)


def render_markdown(r: Report) -> str:
    """A short summary for CI logs and pull-request comments."""
    name = lambda code: r.names.get(code, (code, ""))[0]  # noqa: E731
    lines = [f"### zhclean report: {r.title}", "",
             "| documents | characters in | characters out | removed | errors | warnings | schema failures |",
             "|---:|---:|---:|---:|---:|---:|---:|",
             f"| {r.documents:,} | {r.chars_in:,} | {r.chars_out:,} | {r.removed_share:.1%} | "
             f"{r.severity_counts['error']:,} | {r.severity_counts['warning']:,} | {len(r.schema_failures):,} |", ""]
    if r.removed_by_rule:
        lines.append("Most characters removed: " + ", ".join(f"`{c}` {name(c)} {n:,}" for c, n in r.removed_by_rule[:5]))
    if r.flags:
        lines.append("Most frequent flags: " + ", ".join(f"`{g.code}` {name(g.code)} ×{g.count}" for g in r.flags[:5]))
    if r.boilerplate:
        sites = r.boilerplate[1]["sites"]
        lines.append(f"Learned boilerplate: {sum(e['removable'] for t in sites.values() for e in t['patterns']):,} "
                     f"removable lines over {len(sites):,} sites ({r.boilerplate[0]})")
    if r.scripts:
        lines.append("Scripts: " + ", ".join(f"{k} {v}" for k, v in r.scripts))
    if r.schema_failures:
        lines += ["", "Schema failures:"]
        lines += [f"- `{f.code}` {f.location()}: {f.message}" for f in r.schema_failures[:10]]
        if len(r.schema_failures) > 10:
            lines.append(f"- … and {len(r.schema_failures) - 10} more (see the HTML report)")
    if r.input_errors:
        lines.append(f"\n{len(r.input_errors)} inputs could not be read.")
    return "\n".join(lines) + "\n"
