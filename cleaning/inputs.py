"""Input paths planned into runs: the configuration of each path, excludes, per-file
ignores, and ``-`` for standard input.

Configuration is found per input path, as ruff does: from the path's own folder upwards
(:func:`zhclean.config.find_config_file`), so ``zhclean clean proj/`` run from the parent
folder uses ``proj/pyproject.toml``, and so does ``zhclean clean parent/`` for the files
under ``parent/proj/``. Files excluded by the configuration of the folder given, or by
their own, are skipped when a folder is walked (a file named on the command line is
always read). Consecutive files
with the same settings form one :class:`InputRun`, cleaned by one pipeline; a file with
per-file ignores gets its own run with those rules left out.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from .config import Config
from .readers import iter_files

#: The command-line name of standard input.
STDIN = "-"


@dataclass
class InputRun:
    """Input files that share one configuration, in input order."""

    config: Config
    #: Entries of :func:`zhclean.readers.iter_files`: ``(path, id_base)`` or an InputError.
    entries: list[Any] = field(default_factory=list)


def plan_runs(paths: Sequence[str | Path], config_for: Callable[[str | Path], Config]) -> list[InputRun]:
    """``paths`` as runs of files with one configuration each (see the module docstring)."""
    runs: list[InputRun] = []
    for given in paths:
        base = config_for(given)
        walked = Path(str(given)).is_dir()
        for entry in iter_files([given]):
            config = base
            if isinstance(entry, tuple):
                if walked:  # a folder may hold configurations of its own, nearer to its files
                    config = config_for(entry[0])
                    if base.excludes(entry[0]) or config.excludes(entry[0]):
                        continue
                ignored = config.ignored_for(entry[0])
                if ignored:
                    config = config.merged(ignore=(*config.ignore, *ignored))
            if runs and runs[-1].config == config:
                runs[-1].entries.append(entry)
            else:
                runs.append(InputRun(config, [entry]))
    return runs


class StdinSpool:
    """Standard input saved to a temporary file, so every reader can read it.

    The file is named ``name`` (``--stdin-filename``), or ``stdin.jsonl`` / ``stdin.html``
    / ``stdin.txt`` by what the input starts with; the documents read from it name ``name``
    (or ``-``) as their source, not the temporary path.
    """

    def __init__(self, name: str | None = None) -> None:
        data = sys.stdin.buffer.read()
        self.label = name or STDIN
        if name is None:
            head = data.lstrip()[:1]
            name = "stdin.jsonl" if head == b"{" else "stdin.html" if head == b"<" else "stdin.txt"
        self._folder = Path(tempfile.mkdtemp(prefix="zhclean-stdin-"))
        self.path = self._folder / Path(name).name
        self.path.write_bytes(data)

    def relabel(self, text: str) -> str:
        """``text`` with the temporary path replaced by the name of standard input."""
        return text.replace(str(self.path), self.label)

    def close(self) -> None:
        """Remove the temporary file."""
        shutil.rmtree(self._folder, ignore_errors=True)


def relabelled(items: Iterator[Any], spool: StdinSpool) -> Iterator[Any]:
    """Items read from the spool, with their source naming standard input."""
    for item in items:
        item.source = spool.relabel(item.source)
        yield item
