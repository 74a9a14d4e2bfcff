"""The auto-fix pre-commit hook: ``python -m zhclean.hooks fix FILE...``.

``zhclean clean`` never changes its inputs (docs/design.md); a pre-commit hook that fixes
what it finds has to, so it is this separate command, which only pre-commit's
``zhclean-fix`` hook runs. Each ``.txt`` file is cleaned with the configuration that
applies to it (found from its folder upwards, with its excludes and per-file ignores) and
written back as UTF-8 when the text changed. Exit 1 when a file was changed (pre-commit
then shows the diff and the commit is retried), 2 on a configuration error, else 0. HTML
and JSONL files are left alone: the text extracted from a page, or a record's field, is not
the file.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from .cli_args import config_resolver
from .config import ConfigError
from .inputs import plan_runs
from .model import Document
from .pipeline import Pipeline
from .readers import ReadOptions, read_entries


def fix_files(paths: Sequence[str], quiet: bool = False) -> int:
    """Clean the ``.txt`` files among ``paths`` in place; the hook's exit status."""
    texts = [p for p in paths if p.lower().endswith(".txt")]
    resolve = config_resolver(argparse.Namespace(config=None))
    try:
        runs = plan_runs(texts, resolve)
        pipelines = [Pipeline(r.config.merged(trail="none")) for r in runs]
    except ConfigError as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2
    changed = 0
    for run, pipeline in zip(runs, pipelines):
        for item in read_entries(run.entries, ReadOptions(), set()):
            if not isinstance(item, Document):
                print(f"zhclean: {item}", file=sys.stderr)
                continue
            text = pipeline.clean(item).text
            if text != item.text:
                _replace(Path(item.source), text)
                changed += 1
                if not quiet:
                    print(f"zhclean: fixed {item.source}", file=sys.stderr)
    return 1 if changed else 0


def _replace(path: Path, text: str) -> None:
    """Write ``text`` over ``path`` atomically (a temporary file beside it, then a rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.chmod(tmp, path.stat().st_mode & 0o7777)
    os.replace(tmp, path)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m zhclean.hooks fix FILE...``"""
    ap = argparse.ArgumentParser(prog="python -m zhclean.hooks", description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("fix",))
    ap.add_argument("files", nargs="*", metavar="FILE")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    return fix_files(args.files, args.quiet)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
