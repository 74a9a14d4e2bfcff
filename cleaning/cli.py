"""The ``zhclean`` command line.

Exit codes: 0 everything went through; 1 some documents could not be read or cleaned (the
rest were written); 2 a usage or configuration error (nothing was written).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from ._version import __version__
from .cli_args import Formatter, add_command, add_input_options, add_selection, config_resolver, show_settings
from .colour import wants_colour
from .diff import unified_diff
from .limits import capped_workers
from .paths import cli_path, is_url, same_path
from .suggest import did_you_mean

EXAMPLES_CLEAN = """\
examples:
  zhclean clean samples/ -o out/clean.jsonl            clean a folder into JSONL
  zhclean clean crawl.jsonl.gz -o clean.parquet --workers 2
  zhclean clean site/ -o out/ --select C,L --diff > c.diff    a unified diff; `patch -p0 < c.diff` applies it
  cat page.html | zhclean clean - --stdin-filename page.html -o page.jsonl
  zhclean clean proj/ -o out.jsonl --show-settings    what applies to proj/, and from where
  zhclean clean dump.jsonl --text-field content --id-field url -o clean.jsonl

input:  files or folders of .txt, .html/.htm, .jsonl/.jsonl.gz, .parquet (recursively, sorted)
output: .jsonl, .jsonl.gz, .parquet, or a folder (one .txt per document + _records.jsonl)
"""

EPILOG_MAIN = """\
commands:
  clean     clean documents and write records with the audit trail
  check     lint a corpus without changing it (for CI: text, json, sarif, github output)
  report    write a self-contained HTML report on a corpus, with a Markdown summary
  rules     list the rules, their codes and what they do
  explain   show a rule's documentation and examples

Rules are selected ruff-style by code or prefix: --select C,L  --ignore C3  --extend-select T.
Configuration: [tool.zhclean] in pyproject.toml or a zhclean.toml, nearest to each PATH; flags win
over it; --show-settings prints what applies. Set NO_COLOR to turn colour off.
Run `zhclean COMMAND --help` for a command's options.
"""


def build_parser(extra: bool = True) -> argparse.ArgumentParser:
    """The command line; ``extra``: with the commands other packages register."""
    parser = argparse.ArgumentParser(
        prog="zhclean",
        description="Clean and quality-check scraped Chinese web text.",
        epilog=EPILOG_MAIN,
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"zhclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = add_command(sub, "clean", help="clean documents and write records", description=(
        "Clean documents: strip site chrome, repair text, flag typos. Writes one record per document\n"
        "(id, source, text, meta, flags, edits, stats); every edit names its rule and the span it\n"
        "replaced in the input, so the input can be rebuilt from the output."),
        epilog=EXAMPLES_CLEAN, paths_help="files or folders to clean")
    p.add_argument("-o", "--output", required=True, type=cli_path, metavar="OUT",
                   help="where to write: .jsonl, .jsonl.gz, .parquet, or a folder")
    add_selection(p)
    p.add_argument("--fix", metavar="CODES", help="apply the suggestions of these flag rules (e.g. T) as edits")
    p.add_argument("--fix-threshold", type=float, metavar="SCORE", help="minimum flag score for --fix (default 0.9)")
    add_input_options(p)
    g = p.add_argument_group("running")
    g.add_argument("-j", "--workers", type=int, metavar="N", help="processes to use (default 1); results do not depend on N")
    g.add_argument("--diff", action="store_true",
                   help="print the changes as a unified diff on stdout (`patch -p0` applies it to the input files); "
                        "each hunk header names the rules")
    g.add_argument("--statistics", action="store_true",
                   help="print per rule its edits, characters removed and flags on stdout, most removed first")
    g.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local (default): this machine, -j processes; ray: Ray Data actors (-j of them), on the "
                        "cluster RAY_ADDRESS names or a local one; OUT becomes a folder of shards (docs/scale.md)")
    g.add_argument("--trail", choices=("full", "compact", "none"),
                   help="audit trail in each record: full (every change as rule, start, end, removed, inserted), "
                        "compact (default: character-level normalisations packed per rule; the input can still be "
                        "rebuilt) or none")
    g.add_argument("--errors", type=Path, metavar="FILE", help="also write input errors to FILE as JSONL")
    g.add_argument("--resume", action="store_true",
                   help="keep a journal beside a .jsonl OUT so that the same command, run again after a kill, "
                        "finishes the remaining inputs (docs/reliability.md)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    g = p.add_argument_group("learned boilerplate (rule C501, docs/boilerplate.md)")
    g.add_argument("--learn-boilerplate", action="store_true", help="first learn each site's own boilerplate lines")
    g.add_argument("--boilerplate", type=Path, metavar="FILE",
                   help="save the learned patterns to FILE (with --learn-boilerplate), or clean with those in FILE")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("rules", help="list the rules", description="List the rules with their codes, names and summaries.",
                       formatter_class=Formatter)
    add_selection(p)
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("explain", help="show a rule's documentation, or what it does to a page",
                       description="Show a rule's documentation: what it does, why, and an anti-pattern / best practice "
                       "pair from real pages. Given a FILE, show instead what the rule does to that page as `zhclean "
                       "clean` runs it (after the rules before it): each line it deletes with the evidence it scored, "
                       "or each change it makes.", formatter_class=Formatter,
                       epilog="examples:\n  zhclean explain C402\n  zhclean explain C402 page.txt\n"
                              "  zhclean explain C101 page.html --config zhclean.toml")
    p.add_argument("code", metavar="CODE", help="a rule code or name, e.g. C101 or chrome.icp")
    p.add_argument("file", metavar="FILE", nargs="?", type=Path,
                   help="a .txt or .html page (UTF-8, or as `zhclean clean` decodes it; - reads standard input)")
    p.add_argument("--config", metavar="FILE", type=Path, help="configuration file whose selection and options apply")
    p.set_defaults(func=cmd_explain)

    for register in _extra_commands() if extra else ():
        register(sub)
    return parser


COMMANDS_ENTRY_POINT = "zhclean.commands"
#: Commands whose command line is built without other packages' commands.
FOR_CORE_ONLY = frozenset({"clean"})


def _extra_commands():
    """Subcommands other packages register (``check`` and ``report`` from zhclean.validation).

    Each entry point of the ``zhclean.commands`` group names a ``register(subparsers)``
    function. The core package never imports the validation package: validation builds on
    the core, and the command line finds it the way it would find a third-party command.
    """
    from importlib.metadata import entry_points

    return [ep.load() for ep in sorted(entry_points(group=COMMANDS_ENTRY_POINT), key=lambda ep: ep.name)]


def _boilerplate_for_runs(args: argparse.Namespace, configs: list[Any]) -> list[Any]:
    """C501's patterns (``--learn-boilerplate`` / ``--boilerplate``) put into every run's
    configuration, learned once."""
    from .boilerplate import RULE_CODE, configure as configure_boilerplate

    first = configure_boilerplate(args, configs[0])
    patterns = first.options.get(RULE_CODE, {}).get("patterns")
    if patterns is None or patterns == configs[0].options.get(RULE_CODE, {}).get("patterns"):
        return [first, *configs[1:]]
    return [first, *(c.merged(options={**c.options, RULE_CODE: {**c.options.get(RULE_CODE, {}), "patterns": patterns}})
                     for c in configs[1:])]


def _open_output(args: argparse.Namespace, configs: list[Any]):
    """The writer of OUT: resumable with ``--resume`` (its fingerprint is what decides the output)."""
    from .writers import open_writer

    if not args.resume:
        return open_writer(args.output)
    from .resume import ResumableJsonl, fingerprint

    return ResumableJsonl(args.output, fingerprint(__version__, [str(p) for p in args.paths], configs))


def _interrupt(_signum, _frame) -> None:
    """SIGTERM handled as Ctrl-C: the writers remove their partial files on the way out."""
    raise KeyboardInterrupt


def cmd_clean(args: argparse.Namespace) -> int:
    from .config import ConfigError
    from .inputs import STDIN, StdinSpool, plan_runs, relabelled
    from .pipeline import Pipeline
    from .progress import count_documents, open_progress
    from .readers import ReadOptions, read_entries
    from .resume import remove_stale_partials, skipping
    from .runner import Summary, run
    from .writers import OutputError, check_not_input, open_writer, output_kind

    resolve = config_resolver(args)
    try:
        first = resolve(args.paths[0]).merged(trail=getattr(args, "trail", None))
        pipeline = Pipeline(first)  # fail fast on a bad selection or option
    except ConfigError as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2
    if args.engine == "ray":  # OUT is a folder of shards there, checked by the engine
        from .boilerplate import configure as configure_boilerplate
        from .engine_ray import clean_command

        return clean_command(args, configure_boilerplate(args, first), {r.code: r.name for r in pipeline.rules})
    inputs = [cli_path(p) for p in args.paths if str(p) != STDIN]
    try:
        if str(args.output) == STDIN:
            raise OutputError("-o -: writing records to standard output is not supported; name a .jsonl file")
        if output_kind(args.output) != "jsonl" and args.resume:  # also: an unknown kind (new.csv) is a usage error
            raise OutputError(f"{args.output}: --resume writes .jsonl outputs; name a .jsonl file")
        if args.resume:
            from .resume import checkpoint_seconds

            checkpoint_seconds()  # a bad ZHCLEAN_CHECKPOINT_SECONDS stops the run here, not mid-way
        check_not_input(args.output, inputs)
        if args.errors:
            if output_kind(args.errors) not in ("jsonl", "jsonl.gz"):
                raise OutputError(f"{args.errors}: the errors file is JSONL; name it .jsonl")
            check_not_input(args.errors, inputs)
            if same_path(args.errors, args.output):
                raise OutputError(f"{args.errors}: the errors file cannot be the output")
    except OutputError as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2
    spool = StdinSpool(args.stdin_filename) if any(str(p) == STDIN for p in args.paths) else None
    paths = [spool.path if spool and str(p) == STDIN else p for p in args.paths]
    try:
        runs = plan_runs(paths, lambda p: resolve(STDIN if spool and p == spool.path else p))
        configs = _boilerplate_for_runs(args, [r.config.merged(trail=getattr(args, "trail", None)) for r in runs]) \
            if runs else []
        pipelines = [Pipeline(c) for c in configs]  # every run's settings checked before anything is written
    except ConfigError as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2

    total = count_documents(e for r in runs for e in r.entries) if not args.quiet else None
    progress = open_progress("cleaning", total, sys.stderr, disabled=args.quiet)
    error_file = None
    colour = wants_colour(sys.stdout)

    def on_error(err) -> None:
        msg = f"zhclean: error: {err}"
        if progress is not None:
            progress.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr)
        if error_file is not None:
            error_file.write({"source": err.source, "line": err.line, "id": err.id, "message": err.message})

    def on_outcome(outcome) -> None:
        if resumable is not None:
            resumable.done(outcome)
        if progress is not None:
            progress.update(1)
        if args.diff and isinstance(outcome, dict):
            try:
                sys.stdout.write(unified_diff(outcome, colour=colour))
                sys.stdout.flush()
            except BrokenPipeError:
                # `--diff | head` closed the pipe: stop showing changes, keep cleaning
                args.diff = False
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    summary = Summary()
    seen: set[int] = set()
    warned = False
    resumable = None
    started = time.time()
    previous_sigterm = signal.signal(signal.SIGTERM, _interrupt)  # `kill` cleans up like Ctrl-C
    try:
        with _open_output(args, configs) as writer:
            resumable = writer if args.resume else None
            if args.errors:
                error_file = open_writer(args.errors)
            with error_file or contextlib.nullcontext():
                if resumable is not None and error_file is not None:  # the killed run's, in their place
                    for err in resumable.errors:
                        error_file.write(err)
                # --diff shows records; otherwise documents are encoded where they are cleaned
                encoded_sink = None if args.diff else getattr(writer, "write_encoded", None)
                for input_run, config in zip(runs, configs):
                    options = ReadOptions(text_field=config.text_field, id_field=config.id_field,
                                          max_doc_bytes=config.max_doc_bytes, defer_html=True)
                    items = read_entries(input_run.entries, options, seen)
                    if spool is not None:
                        items = relabelled(items, spool)
                    if resumable is not None:
                        items = skipping(items, resumable)
                    workers, capped = capped_workers(config.workers)
                    if capped and not warned:  # said even with -q: the run goes on with fewer
                        print(f"zhclean: {capped}", file=sys.stderr)
                        warned = True
                    summary.merge(run(items, config, writer.write, workers=workers,
                                      on_error=on_error, on_outcome=on_outcome, encoded_sink=encoded_sink))
    except KeyboardInterrupt:
        print("zhclean: interrupted; " + ("run the same command to finish (--resume)" if args.resume
                                            else "nothing was written"), file=sys.stderr)
        return 130
    except OSError as exc:  # a full disk names the output, whose partial file is removed
        print(f"zhclean: cannot write {exc.filename or args.output}: {exc.strerror or exc}; nothing was written",
              file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, previous_sigterm)
        if progress is not None:
            progress.close()
        if spool is not None:
            spool.close()
    if not is_url(args.output):
        remove_stale_partials(args.output, started)
    if resumable is not None:  # the counts of the whole run, the killed part included
        resumable.counts.seconds += summary.seconds
        summary = resumable.counts
    names = {r.code: r.name for p in [pipeline, *pipelines] for r in p.rules}
    if args.statistics:
        print(summary.statistics(names))
    if not args.quiet:
        print(summary.render(names), file=sys.stderr)
        print(f"  written to {args.output}", file=sys.stderr)
    if summary.errors:
        print(f"zhclean: {summary.errors} of {summary.errors + summary.documents} inputs failed (see the errors above)",
              file=sys.stderr)
        return 1
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    import json

    from .registry import check_codes, select_rules
    from .selection import is_selected, normalise_selectors

    select = normalise_selectors(args.select) or ("ALL",)
    ignore = normalise_selectors(args.ignore)
    rows = [{"code": r.code, "name": r.name, "summary": r.summary, "stage": r.stage.name.lower(),
             "default": r.default_enabled}
            for r in select_rules(select, ignore, normalise_selectors(args.extend_select))]
    for code, (name, summary) in sorted(check_codes().items()):
        if is_selected(code, select, ignore):
            rows.append({"code": code, "name": name, "summary": summary, "stage": "check", "default": True})
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif args.format == "markdown":
        print("| code | name | summary | default |\n|---|---|---|---|")
        for r in rows:
            print(f"| {r['code']} | `{r['name']}` | {r['summary']} | {'yes' if r['default'] else 'no'} |")
    else:
        for r in rows:
            mark = " " if r["default"] else "*"
            print(f"{r['code']}{mark} {r['name']:<32} {r['summary']}")
        if any(not r["default"] for r in rows):
            print("\n* not run by default; enable with --extend-select CODE")
        if any(r["stage"] == "check" for r in rows):
            print("\nS codes are checks of `zhclean check` on records and corpora, not cleaning rules.")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .registry import all_rules, check_codes, get_rule

    try:
        cls = get_rule(args.code)
    except KeyError:
        schema = check_codes().get(args.code.strip().upper())
        if schema:
            print(f"{args.code.strip().upper()} {schema[0]}: {schema[1]}\n")
            print("A check of `zhclean check` on zhclean's output records (S10x) or on the corpus as a whole\n"
                  "(S12x); thresholds and severities are set in [tool.zhclean.check] (see docs/ci.md).")
            return 0
        known = [c.code for c in all_rules()] + list(check_codes())
        by_name = {c.name: c.code for c in all_rules()}
        name = by_name.get(args.code.strip()) or by_name.get(args.code.strip().lower())
        if name:  # a rule's name works as well as its code
            return cmd_explain(argparse.Namespace(code=name))
        hint = did_you_mean(args.code, known) or did_you_mean(args.code, by_name)
        print(f"zhclean: no rule {args.code!r}{hint}; `zhclean rules` lists them", file=sys.stderr)
        return 2
    if getattr(args, "file", None) is not None:
        return _explain_on_file(cls.code, args)
    print(f"{cls.code} {cls.name}: {cls.summary}\n")
    print(f"runs in stage: {cls.stage.name.lower()}; default: {'on' if cls.default_enabled else 'off'}")
    if cls.options:
        opts = ", ".join(f"{k}={v!r}" for k, v in cls.options.items())
        print(f"options ([tool.zhclean.options.{cls.code}]): {opts}")
    print()
    print(cls.doc())
    return 0


def _explain_on_file(code: str, args: argparse.Namespace) -> int:
    """``zhclean explain CODE FILE``: the rule's verdicts on the first document FILE holds."""
    from .config import Config, ConfigError, load_file
    from .explain_text import explain_on_document
    from .model import Document, InputError
    from .pipeline import Pipeline
    from .readers import materialise, read_file

    try:
        config = load_file(args.config) if getattr(args, "config", None) else Config()
        pipeline = Pipeline(config.merged(extend_select=[code]))
        if str(args.file) == "-":
            doc: Any = Document(id="<stdin>", text=sys.stdin.read())
        else:
            first = next(iter(read_file(args.file, args.file.stem)), None)
            doc = materialise(first, pipeline.codes) if first is not None else InputError(str(args.file), "empty file")
        if isinstance(doc, InputError):
            print(f"zhclean: {doc}", file=sys.stderr)
            return 2
        rule, verdicts = explain_on_document(pipeline, code, doc)
    except (OSError, ConfigError) as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2
    unit = "line" if hasattr(rule, "explain") else "change"
    print(f"{rule.code} {rule.name} on {doc.source or doc.id}: {len(verdicts)} {unit}{'' if len(verdicts) == 1 else 's'}")
    for v in verdicts:
        quoted = v.text if len(v.text) <= 80 else v.text[:79] + "…"
        print(f"  {quoted!r}\n      {v.reason}")
    return 0


def _subcommand_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parsed arguments; an unknown flag or command is reported by the subcommand's own
    parser (its usage, not the top-level one), with the closest spelling."""
    commands = _subcommand_parsers(parser)
    args, extra = parser.parse_known_args(argv)
    command = getattr(args, "command", None)
    if not extra:
        return args
    sub = commands.get(command) if command else None
    if sub is None:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    options = [o for a in sub._actions for o in a.option_strings]
    flag = extra[0].split("=", 1)[0]
    hint = did_you_mean(flag, options, quote=False) if flag.startswith("-") else ""
    sub.error(f"unrecognized arguments: {' '.join(extra)}{hint}")
    raise AssertionError("unreachable")  # pragma: no cover - error() exits


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    # `clean` needs no other package's commands: finding them (importlib.metadata and its
    # scan of every installed distribution) was 20 ms of a one-document run. Every other
    # command line gets them all (`rules` and `explain` list the check codes they register).
    parser = build_parser(extra=not (argv and argv[0] in FOR_CORE_ONLY))
    commands = _subcommand_parsers(parser)
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is not None and first not in commands and argv and argv[0] == first:
        parser.error(f"no command {first!r}{did_you_mean(first, commands)}; commands: {', '.join(commands)}")
    args = _parse(parser, argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        if getattr(args, "show_settings", False):
            print(show_settings(args))
            return 0
        return args.func(args)
    except BrokenPipeError:  # `zhclean clean ... --diff | head`
        return 0
    except Exception as exc:
        from .config import ConfigError

        if isinstance(exc, ConfigError):
            print(f"zhclean: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
