"""Argument builders every ``zhclean`` subcommand shares, and the configuration they resolve to.

``clean`` (in :mod:`zhclean.cli`) and ``check``/``report`` (in :mod:`zhclean.validation.cli`)
take the same rule-selection and input options; they are declared once here, so a flag
means the same thing, with the same help, in every command. Command modules register
themselves through the ``zhclean.commands`` entry point group (see :mod:`zhclean.cli`).
"""
from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path
from typing import Callable

from .config import Config, ConfigError, find_config_file, load_file
from .paths import is_url


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Help laid out for a 100-column terminal, with examples kept as written."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=100)


def add_command(sub, name: str, *, help: str, description: str, epilog: str | None = None,
                paths_help: str) -> argparse.ArgumentParser:
    """A subcommand that works on ``PATH...`` (files or folders), laid out like the others."""
    p = sub.add_parser(name, help=help, description=description, epilog=epilog, formatter_class=Formatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help=paths_help)
    return p


def add_selection(p: argparse.ArgumentParser) -> None:
    """``--select``/``--ignore``/``--extend-select`` (ruff-style codes or prefixes) and ``--config``."""
    g = p.add_argument_group("rule selection")
    g.add_argument("--select", metavar="CODES", help="only these rules (codes or prefixes, comma-separated; ALL for all)")
    g.add_argument("--ignore", metavar="CODES", help="skip these rules")
    g.add_argument("--extend-select", metavar="CODES", help="add these rules to the selection (e.g. optional ones)")
    g.add_argument("--config", metavar="FILE", type=Path,
                   help="configuration file (default: for each PATH, the nearest zhclean.toml or pyproject.toml "
                        "with [tool.zhclean], from its folder upwards)")
    g.add_argument("--show-settings", action="store_true",
                   help="print the settings that apply to each PATH and where each came from, then exit")


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Which JSONL/Parquet fields hold the text and the id, and the per-document size limit."""
    g = p.add_argument_group("input")
    g.add_argument("--text-field", metavar="NAME", help="JSONL/Parquet field holding the text (default: text)")
    g.add_argument("--id-field", metavar="NAME", help="JSONL/Parquet field holding the id (default: id)")
    g.add_argument("--max-doc-mb", type=float, metavar="MB",
                   help="documents larger than this are reported, not cleaned (default: 64)")
    g.add_argument("--max-doc-seconds", type=float, metavar="S",
                   help="a document that takes longer than this to clean is reported, not written (default: 300; 0: no limit)")
    g.add_argument("--stdin-filename", metavar="NAME",
                   help="with PATH '-' (standard input): the name it is reported under, whose extension says "
                        "what it holds (.txt, .html, .jsonl); default: guessed from the first character")


#: Command-line flag of each setting, for --show-settings.
_FLAGS = {"select": "--select", "ignore": "--ignore", "extend_select": "--extend-select", "fix": "--fix",
          "fix_threshold": "--fix-threshold", "text_field": "--text-field", "id_field": "--id-field",
          "max_doc_mb": "--max-doc-mb", "max_doc_seconds": "--max-doc-seconds", "workers": "--workers", "trail": "--trail"}


def with_flags(config: Config, args: argparse.Namespace) -> Config:
    """``config`` with the command's flags merged over it (flags win)."""
    return config.merged(**{name: getattr(args, name, None) for name in _FLAGS})


def _start(path: str | Path) -> str | Path:
    """Where configuration discovery starts for an input path (the current folder for
    standard input and URLs)."""
    return "." if str(path) == "-" or is_url(path) else path


def config_resolver(args: argparse.Namespace) -> Callable[[str | Path], Config]:
    """A function giving the configuration, flags merged, that applies to an input path:
    ``--config`` for every path, else the file found from the path upwards (looked up
    once a folder, each file loaded once: a walked folder asks for every file in it)."""
    if getattr(args, "config", None):
        given = with_flags(load_file(args.config), args)
        return lambda path: given
    loaded: dict[Path | None, Config] = {}
    found_from: dict[Path, Path | None] = {}

    def resolve(path: str | Path) -> Config:
        start = Path(_start(path)).resolve()
        folder = start if start.is_dir() else start.parent
        if folder not in found_from:
            found_from[folder] = find_config_file(folder)
        found = found_from[folder]
        if found not in loaded:
            loaded[found] = with_flags(load_file(found) if found else Config(), args)
        return loaded[found]

    return resolve


def load_config(args: argparse.Namespace) -> Config:
    """The one configuration of a command over all its PATHs (``check``, ``report``): the
    given or discovered file with the flags merged over it. PATHs whose nearest
    configurations differ are an error, not a silent choice of one of them."""
    if getattr(args, "config", None):
        return with_flags(load_file(args.config), args)
    paths = getattr(args, "paths", None) or ["."]
    found = {find_config_file(_start(p)) for p in paths}
    if len(found) > 1:
        names = ", ".join(str(f) if f else "defaults (no file)" for f in sorted(found, key=str))
        raise ConfigError(f"the PATHs given use different configurations ({names}); run them separately "
                          "or name one with --config")
    only = found.pop()
    return with_flags(load_file(only) if only else Config(), args)


def show_settings(args: argparse.Namespace) -> str:
    """What ``--show-settings`` prints: for each PATH, every setting, its value, and
    whether it came from a flag, a configuration file (with the line) or the defaults."""
    defaults = Config()
    resolve = config_resolver(args)
    out: list[str] = []
    for path in getattr(args, "paths", None) or ["."]:
        config = resolve(path)
        from_file = load_file(config.path) if config.path else defaults
        out.append(f"# settings for {path}: {config.path or 'no configuration file (defaults)'}")
        for f in fields(Config):
            if f.name == "path":
                continue
            value, key = getattr(config, f.name), f.name.replace("_", "-")
            if f.name in _FLAGS and value != getattr(from_file, f.name):
                origin = f"flag {_FLAGS[f.name]}"
            elif value != getattr(defaults, f.name):
                origin = config.where(key)
            else:
                origin = "default"
            out.append(f"{key} = {_toml(value)}    # {origin}")
        out.append("")
    return "\n".join(out)


def _toml(value: object) -> str:
    """A setting written as TOML would write it (near enough to read at a glance)."""
    import json

    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, str, int, float)):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=list) if value else "{}"
