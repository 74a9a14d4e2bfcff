"""Writing cleaned records: JSONL, gzipped JSONL, Parquet, or a folder of .txt files.

Every writer writes to a temporary name beside the target and renames it into place only
when the run finishes, so an interrupted run never leaves a half file that looks whole.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable

PARQUET_SCHEMA_DOC = """\
Parquet columns: id, source, text (string); meta (string: the JSON object, since its keys
vary by document); flags (list<struct<rule, start, end, text, message, suggestion, score>>);
edits (list<struct<rule, start, end, removed, inserted>>); stats (struct<chars_in, chars_out>).
"""


class OutputError(ValueError):
    """The output cannot be written where asked."""


def output_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if path.suffix == "" or path.is_dir():
        return "folder"
    raise OutputError(f"{path}: unknown output type; use .jsonl, .jsonl.gz, .parquet or a folder")


def check_not_input(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output that is, or would overwrite, one of the inputs."""
    out_r = out.resolve()
    for given in inputs:
        inp = Path(given).resolve()
        if out_r == inp:
            raise OutputError(f"{out}: refusing to overwrite an input; choose another output path")
        if inp.is_dir() and out_r.is_dir() and (out_r == inp or inp in out_r.parents or out_r in inp.parents):
            raise OutputError(f"{out}: output folder overlaps input folder {given}; choose another output path")


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class _AtomicFile:
    def __init__(self, target: Path):
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.partial-", dir=target.parent)
        os.close(fd)
        self.tmp = Path(tmp)

    def commit(self) -> None:
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


class Writer:
    """Base writer: ``write(record)`` for each record, then ``close()`` (or ``abort()``)."""

    def write(self, record: dict[str, Any]) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def abort(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self.abort()
        return False


class JsonlWriter(Writer):
    def __init__(self, target: Path, compress: bool = False):
        self._file = _AtomicFile(target)
        self._fh = gzip.open(self._file.tmp, "wt", encoding="utf-8") if compress else open(
            self._file.tmp, "w", encoding="utf-8", newline="\n")

    def write(self, record: dict[str, Any]) -> None:
        self._fh.write(dumps(record))
        self._fh.write("\n")

    def close(self) -> None:
        self._fh.close()
        self._file.commit()

    def abort(self) -> None:
        self._fh.close()
        self._file.discard()


class ParquetWriter(Writer):
    BATCH = 512

    def __init__(self, target: Path):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise OutputError("writing Parquet needs pyarrow: pip install 'zhclean[parquet]'") from None
        self._pa = pa
        self._file = _AtomicFile(target)
        flag = pa.struct([("rule", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                          ("message", pa.string()), ("suggestion", pa.string()), ("score", pa.float64())])
        edit = pa.struct([("rule", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                          ("removed", pa.string()), ("inserted", pa.string())])
        self._schema = pa.schema([
            ("id", pa.string()), ("source", pa.string()), ("text", pa.string()), ("meta", pa.string()),
            ("flags", pa.list_(flag)), ("edits", pa.list_(edit)),
            ("stats", pa.struct([("chars_in", pa.int64()), ("chars_out", pa.int64())])),
        ])
        self._writer = pq.ParquetWriter(self._file.tmp, self._schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        row = dict(record)
        row["meta"] = json.dumps(record.get("meta", {}), ensure_ascii=False, sort_keys=True)
        row["edits"] = [{k: e.get(k) for k in ("rule", "start", "end", "removed", "inserted")}
                        for e in record.get("edits", [])]
        row["stats"] = {k: record.get("stats", {}).get(k) for k in ("chars_in", "chars_out")}
        self._rows.append(row)
        if len(self._rows) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        self._file.commit()

    def abort(self) -> None:
        self._writer.close()
        self._file.discard()


class FolderWriter(Writer):
    """``<out>/<id>.txt`` for each document, mirroring the input names, and
    ``<out>/_records.jsonl`` with everything else (meta, flags, edits, stats), so that
    nothing the JSONL output would carry is lost."""

    def __init__(self, target: Path):
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
        self._records = open(self.tmp / "_records.jsonl", "w", encoding="utf-8", newline="\n")

    def write(self, record: dict[str, Any]) -> None:
        rel = Path(*[part for part in str(record["id"]).split("/") if part not in ("", ".", "..")])
        path = self.tmp / rel.with_name(rel.name + ".txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record["text"], encoding="utf-8", newline="\n")
        self._records.write(dumps({k: v for k, v in record.items() if k != "text"}) + "\n")

    def close(self) -> None:
        self._records.close()
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)

    def abort(self) -> None:
        self._records.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def open_writer(path: str | Path) -> Writer:
    path = Path(path)
    kind = output_kind(path)
    if kind == "jsonl":
        return JsonlWriter(path)
    if kind == "jsonl.gz":
        return JsonlWriter(path, compress=True)
    if kind == "parquet":
        return ParquetWriter(path)
    return FolderWriter(path)
