"""Argument builders every ``zhclean`` subcommand shares, and the configuration they resolve to.

``clean`` (in :mod:`zhclean.cli`) and ``check``/``report`` (in :mod:`zhclean.validation.cli`)
take the same rule-selection and input options; they are declared once here, so a flag
means the same thing, with the same help, in every command. Command modules register
themselves through the ``zhclean.commands`` entry point group (see :mod:`zhclean.cli`).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .config import Config, discover, load_file


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
                   help="configuration file (default: nearest zhclean.toml or pyproject.toml [tool.zhclean])")


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Which JSONL/Parquet fields hold the text and the id, and the per-document size limit."""
    g = p.add_argument_group("input")
    g.add_argument("--text-field", metavar="NAME", help="JSONL/Parquet field holding the text (default: text)")
    g.add_argument("--id-field", metavar="NAME", help="JSONL/Parquet field holding the id (default: id)")
    g.add_argument("--max-doc-mb", type=float, metavar="MB",
                   help="documents larger than this are reported, not cleaned (default: 64)")


def load_config(args: argparse.Namespace) -> Config:
    """The configuration file (given or discovered) with the command's flags merged over it."""
    config = load_file(args.config) if getattr(args, "config", None) else discover()
    return config.merged(
        select=getattr(args, "select", None),
        ignore=getattr(args, "ignore", None),
        extend_select=getattr(args, "extend_select", None),
        fix=getattr(args, "fix", None),
        fix_threshold=getattr(args, "fix_threshold", None),
        text_field=getattr(args, "text_field", None),
        id_field=getattr(args, "id_field", None),
        max_doc_mb=getattr(args, "max_doc_mb", None),
        workers=getattr(args, "workers", None),
    )
