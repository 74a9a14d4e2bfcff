"""The progress bar of ``clean`` and ``check``: a count, and a total with an ETA when the
input size is known cheaply.

The bar goes to stderr only when it is a terminal. A terminal that reports no size (a
container's pseudo-terminal, ``script``, some CI runners say 0 columns) still gets a bar:
tqdm draws nothing at width 0, so the width falls back to 80 columns there.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import IO, Any, Iterable

#: Counting the lines of JSONL files larger than this (in total) would cost a noticeable
#: share of the run; past it the bar shows a count and a rate, without a total.
COUNT_LINES_UP_TO = 2 * 2**30


def count_documents(files: Iterable[Any]) -> int | None:
    """How many documents ``files`` hold, when that is cheap to know; else ``None``.

    ``files`` are the entries of :func:`zhclean.readers.iter_files`: ``(path, id_base)``
    or an input error (which counts as one outcome). A text or HTML file is one document,
    a plain JSONL file one per non-blank line, a Parquet file its row count (from the
    footer); a gzipped or remote file makes the total unknown.
    """
    from .readers import kind_of

    total, jsonl_bytes = 0, 0
    for entry in files:
        if not isinstance(entry, tuple):
            total += 1
            continue
        path = entry[0]
        if not isinstance(path, Path):
            return None  # a URL: listing its size is a request per file
        kind = kind_of(path)
        if kind in ("txt", "html"):
            total += 1
        elif kind == "jsonl":
            if path.name.lower().endswith(".gz"):
                return None
            jsonl_bytes += path.stat().st_size
            if jsonl_bytes > COUNT_LINES_UP_TO:
                return None
            total += _count_lines(path)
        elif kind == "parquet":
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            except Exception:  # noqa: BLE001 - no pyarrow, or a broken file the reader will report
                return None
        else:
            return None
    return total


_BLANK_LINE = re.compile(rb"\n(?=\n)")  # a newline followed by another: the line between is blank


def _count_lines(path: Path) -> int:
    """Non-blank lines of a file, read in 1 MiB blocks (a blank line is no record)."""
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n") - len(_BLANK_LINE.findall(block)) - (last == b"\n" and block[:1] == b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def terminal_columns(stream: IO[str]) -> int | None:
    """The width of the terminal ``stream`` writes to, or ``None`` when it reports none."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None
    return columns or None


def open_progress(desc: str, total: int | None, stream: IO[str], disabled: bool = False):
    """A tqdm bar on ``stream`` (documents done, of ``total`` with an ETA when known), or
    ``None`` when ``disabled`` or ``stream`` is not a terminal."""
    if disabled or not stream.isatty():
        return None
    from tqdm import tqdm

    sized = terminal_columns(stream) is not None
    return tqdm(total=total, unit=" doc", file=stream, desc=desc, dynamic_ncols=sized,
                ncols=None if sized else 80)
