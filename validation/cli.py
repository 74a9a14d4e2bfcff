"""The ``check`` and ``report`` subcommands, registered into ``zhclean``'s parser."""
from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from zhclean.cli_args import add_command, add_input_options, add_selection, config_resolver, load_config
from zhclean.colour import paint, wants_colour
from zhclean.limits import capped_workers
from zhclean.registry import register_check_codes

from .codes import S_CODES

EXAMPLES_CHECK = """\
examples:
  zhclean check corpus/                           lint a folder; exit 1 if any error-level finding
  zhclean check clean.jsonl --select C,L,S        chrome, layout and schema findings only
  zhclean check corpus/ --statistics              counts per code instead of the list
  zhclean check corpus/ --format sarif -o zhclean.sarif     for GitHub code scanning
  zhclean check corpus/ --format github           annotations in a GitHub Actions log
  zhclean check corpus/ --write-baseline .zhclean-baseline.json   accept what is there today
  zhclean check corpus/ --baseline .zhclean-baseline.json         fail only on new findings

locations: text and HTML files give the line and column in the document; JSONL gives the
record's line in the file, with the document id and the position inside its text.
severity: chrome (C), broken lines (L1, L2), script (N3) and schema (S) findings are errors;
typo (T) and quality (Q) flags are warnings; whitespace (L3) and punctuation (N2) fixes are
info, counted but listed only with --show-info. Change any code under
[tool.zhclean.check.severity]; a record can list accepted codes in its "zhclean_ignore" field.
exit status: 0 no errors, 1 errors found, 2 usage or input error.
"""

EXAMPLES_REPORT = """\
examples:
  zhclean report samples/ -o report.html                    one self-contained HTML file
  zhclean report clean.jsonl -o report.html --markdown -    and a Markdown summary on stdout
  zhclean report crawl/ -o report.html --markdown summary.md
"""


def register(sub) -> None:
    """Add ``check`` and ``report`` to zhclean's subcommands (the ``zhclean.commands`` entry point)."""
    register_check_codes(S_CODES)

    p = add_command(sub, "check", help="lint a corpus without changing it (for CI)", description=(
        "Lint a corpus without changing it: report what the selected rules would remove or flag,\n"
        "and, for zhclean's own output records, what breaks the record schema. Fails (exit 1) on\n"
        "error-level findings, like ruff fails a pull request."),
        epilog=EXAMPLES_CHECK, paths_help="files or folders to check")
    add_selection(p)
    add_input_options(p)
    g = p.add_argument_group("output")
    g.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text",
                   help="how to print findings (default: text)")
    g.add_argument("-o", "--output", type=Path, metavar="FILE", help="write findings to FILE instead of stdout")
    g.add_argument("--statistics", action="store_true", help="print the number of findings per code instead")
    g.add_argument("--show-info", action="store_true", help="also list info-level findings (whitespace, punctuation)")
    g.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are error-level findings")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")
    g.add_argument("-j", "--workers", type=int, metavar="N",
                   help="processes to use (default 1); findings do not depend on N")
    g = p.add_argument_group("baseline")
    g.add_argument("--baseline", type=Path, metavar="FILE", help="leave out findings recorded in FILE")
    g.add_argument("--write-baseline", type=Path, metavar="FILE",
                   help="record every current finding in FILE and exit 0")
    p.set_defaults(func=cmd_check)

    p = add_command(sub, "report", help="write an HTML quality report of a corpus", description=(
        "Write one self-contained HTML file (no network needed to view it) with plots of document\n"
        "lengths before and after cleaning, characters removed by rule, the most frequent flags with\n"
        "examples, the script and encoding mix, and schema failures; optionally a Markdown summary."),
        epilog=EXAMPLES_REPORT, paths_help="files or folders to report on")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", default=Path("zhclean-report.html"),
                   help="HTML file to write (default: zhclean-report.html)")
    p.add_argument("--markdown", metavar="FILE", help="also write a short Markdown summary to FILE ('-' for stdout)")
    p.add_argument("--title", help="title of the report (default: the paths)")
    p.add_argument("--boilerplate", type=Path, metavar="FILE",
                   help="learned per-site patterns (zhclean clean --boilerplate FILE): clean with them and list them")
    add_selection(p)
    add_input_options(p)
    p.set_defaults(func=cmd_report)


def _prepare(args: argparse.Namespace, keep_documents: bool = True):
    """The checker of the PATHs' configuration, and the function giving each input file's
    own (the nearest configuration to it, with C501's patterns of ``report --boilerplate``)."""
    from zhclean.boilerplate import RULE_CODE, configure as configure_boilerplate

    from .check import Checker
    from .settings import settings_from_mapping

    config = configure_boilerplate(args, load_config(args))  # `report --boilerplate FILE`: C501's patterns
    settings = settings_from_mapping(config.check, config.path or "configuration")
    resolve = config_resolver(args)
    learned = config.options.get(RULE_CODE, {}).get("patterns")

    def config_for(path):
        found = resolve(path)
        if learned is None or found.options.get(RULE_CODE, {}).get("patterns") == learned:
            return found
        return found.merged(options={**found.options, RULE_CODE: {**found.options.get(RULE_CODE, {}),
                                                                  "patterns": learned}})

    return Checker(config, settings, keep_documents=keep_documents), config_for


@contextlib.contextmanager
def _progress(desc: str, disabled: bool, paths=()):
    """A documents-done bar on stderr when it is a terminal, with a total and an ETA when
    the input size is known (:mod:`zhclean.progress`); yields the tick function."""
    from zhclean.progress import count_documents, open_progress
    from zhclean.readers import iter_files

    if disabled or not sys.stderr.isatty():
        yield None
        return
    bar = open_progress(desc, count_documents(iter_files(paths)), sys.stderr)
    try:
        yield lambda: bar.update(1)
    finally:
        bar.close()


@contextlib.contextmanager
def _stdin_paths(args: argparse.Namespace):
    """``args.paths`` with ``-`` replaced by standard input saved to a file; yields the
    function that puts the name of standard input back into what is printed."""
    from zhclean.inputs import STDIN, StdinSpool

    if not any(str(p) == STDIN for p in args.paths):
        yield lambda text: text
        return
    spool = StdinSpool(getattr(args, "stdin_filename", None))
    args.paths = [spool.path if str(p) == STDIN else p for p in args.paths]
    try:
        yield spool.relabel
    finally:
        spool.close()


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")


_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "dim"}


def paint_finding(finding, severity: str) -> str:
    """One finding as ``format_text`` writes it, its location bold and its code coloured
    by severity (a terminal, no NO_COLOR)."""
    line = finding.render()
    where = finding.location()
    rest = line[len(where):] if line.startswith(where) else line
    code = finding.code
    rest = rest.replace(code, paint(code, _SEVERITY_STYLE.get(severity, "bold"), True), 1)
    return (paint(where, "bold", True) if line.startswith(where) else "") + rest


def cmd_check(args: argparse.Namespace) -> int:
    from .check import iter_visible
    from .findings import BaselineError, read_baseline, write_baseline
    from .formats import format_github, format_json, format_sarif, format_statistics, format_text, summary_line

    checker, config_for = _prepare(args, keep_documents=False)
    known = None
    if args.baseline:
        try:
            known = read_baseline(args.baseline)
        except BaselineError as exc:
            print(f"zhclean: {exc}", file=sys.stderr)
            return 2
    workers, capped = capped_workers(checker.config.workers)
    if capped:
        print(f"zhclean: {capped}", file=sys.stderr)
    with _stdin_paths(args) as relabel:
        with _progress("checking", disabled=args.quiet, paths=args.paths) as tick:
            run = checker.run(args.paths, workers=workers, on_document=tick, config_for=config_for)
        for f in run.findings:
            f.path = relabel(f.path)
    for err in run.input_errors:
        print(f"zhclean: error: {err}", file=sys.stderr)
    if args.write_baseline:
        write_baseline(args.write_baseline, run.findings)
        print(f"zhclean: wrote {len(run.findings)} findings to the baseline {args.write_baseline}", file=sys.stderr)
        return 2 if run.input_errors else 0
    if known is not None:
        kept = [f for f in run.findings if not known.covers(f)]
        run.baselined = len(run.findings) - len(kept)
        run.findings = kept
    visible = list(iter_visible(run.findings, args.show_info))
    severity_of = checker.settings.severity_of
    if args.statistics:
        from collections import Counter

        _write(format_statistics(Counter(f.code for f in run.findings), severity_of), args.output)
    elif args.format == "json":
        _write(format_json(visible), args.output)
    elif args.format == "sarif":
        _write(format_sarif(visible, severity_of), args.output)
    elif args.format == "github":
        _write(format_github(visible), args.output)
    elif args.output is None and wants_colour(sys.stdout):
        _write("".join(paint_finding(f, severity_of(f.code)) + "\n" for f in visible), None)
    else:
        _write(format_text(visible), args.output)
    if not args.quiet:
        hidden = len(run.findings) - len(visible)
        print(summary_line(run.findings, hidden, run.baselined, run.ignored_by_record, run.documents),
              file=sys.stderr)
    if run.input_errors:
        return 2
    if run.by_severity("error") and not args.exit_zero:
        return 1
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report, render_html, render_markdown

    checker, config_for = _prepare(args)
    run = checker.run(args.paths, config_for=config_for)
    for err in run.input_errors:
        print(f"zhclean: error: {err}", file=sys.stderr)
    report = build_report(run, checker, title=args.title or " ".join(map(str, args.paths)))
    _write(render_html(report), args.output)
    print(f"zhclean: report on {run.documents} documents written to {args.output}", file=sys.stderr)
    if args.markdown:
        _write(render_markdown(report), None if args.markdown == "-" else Path(args.markdown))
    return 2 if run.input_errors else 0
