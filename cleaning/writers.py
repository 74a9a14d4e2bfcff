"""Writing cleaned records: JSONL, gzipped JSONL, Parquet, or a folder of .txt files.

Every writer writes to a temporary name beside the target and renames it into place only
when the run finishes, so an interrupted run never leaves a half file that looks whole.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import tempfile
from bisect import bisect_right
from operator import eq
from pathlib import Path
from typing import Any, Iterable

from .paths import StagedUpload, is_url, local_or_url

# Parquet columns: id, source, text (string); meta (string: the JSON object, since its keys
# vary by document); flags (list<struct<rule, start, end, text, message, suggestion, score,
# text_truncated>>);
# edits (list<struct<rule, start, end, removed, inserted, rules, spans, old>>: spans and old hold a compact
# trail's packed entries); stats (struct<chars_in, chars_out>).

#: The marker of a folder written by zhclean, which a later run may replace.
RECORDS_NAME = "_records.jsonl"


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it
    os.umask(mask)
    return mask


class OutputError(ValueError):
    """The output cannot be written where asked."""


def output_kind(path: Path) -> str:
    if is_url(path) and not str(path).startswith("file://"):
        return _url_output_kind(str(path))
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


def _url_output_kind(url: str) -> str:
    name = url.rstrip("/").rsplit("/", 1)[-1].lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if "." not in name or url.endswith("/"):
        return "folder"
    raise OutputError(f"{url}: unknown output type; use .jsonl, .jsonl.gz, .parquet or a folder")


def check_not_input(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output that would overwrite or delete an input, or that a later run would read
    back as input; and a folder output that would replace a folder zhclean did not write."""
    if is_url(out) or any(is_url(i) for i in inputs):
        return _check_url_not_input(str(out), [str(i) for i in inputs])
    out = local_or_url(out)
    out_r = out.resolve()
    for given in inputs:
        inp = Path(given).resolve()
        if out_r == inp:
            raise OutputError(f"{out}: refusing to overwrite an input; choose another output path")
        if inp.is_dir() and inp in out_r.parents:
            raise OutputError(f"{out}: is inside the input folder {given}, so the next run would read it back; "
                              "write it somewhere else")
        if out_r in inp.parents:
            raise OutputError(f"{out}: holds the input {given}; choose an output path outside the inputs")
    if out.exists():
        if output_kind(out) == "folder":
            if not out.is_dir():
                raise OutputError(f"{out}: is a file, not a folder; name a .jsonl/.parquet file or a new folder")
            if any(out.iterdir()) and not (out / RECORDS_NAME).is_file():
                raise OutputError(f"{out}: the folder exists and was not written by zhclean (no {RECORDS_NAME}); "
                                  "zhclean only replaces its own output folders: choose a new or empty folder")
        elif out.is_dir():
            raise OutputError(f"{out}: is a folder; give a file name ending in .jsonl, .jsonl.gz or .parquet")


def _check_url_not_input(out: str, inputs: list[str]) -> None:
    """:func:`check_not_input` where a URL is involved: by name, as a URL cannot be resolved."""
    output_kind(out)  # type: ignore[arg-type]  # an unknown kind is an error here too
    out_s = out.rstrip("/")
    for given in inputs:
        inp = given.rstrip("/")
        if out_s == inp:
            raise OutputError(f"{out}: refusing to overwrite an input; choose another output path")
        if out_s.startswith(inp + "/") or inp.startswith(out_s + "/"):
            raise OutputError(f"{out}: is inside the input {given} or holds it; choose an output outside the inputs")


# One encoder for every record: json.dumps builds a new one per call, and records are
# trees, never cyclic. Same bytes as json.dumps(record, ensure_ascii=False,
# separators=(",", ":")), 10-50% less time (benchmarks/bench_pipeline.py --json).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def dumps(record: dict[str, Any]) -> str:
    """A record as one line of JSON (no newline): UTF-8 text as it is, no spaces."""
    return _ENCODER.encode(record)


try:  # optional (a dev and bench extra): the same bytes, a tenth of the time
    from orjson import OPT_APPEND_NEWLINE, OPT_PASSTHROUGH_SUBCLASS
    from orjson import dumps as _orjson_dumps
except ImportError:  # pragma: no cover - environment
    _orjson_dumps = None
else:
    _ORJSON = OPT_APPEND_NEWLINE | OPT_PASSTHROUGH_SUBCLASS  # a subclass (an IntEnum) raises: json's way
_PLAIN = (str, int, bool, type(None))


def _json_alike(value: Any) -> bool:
    """Whether orjson writes ``value`` (a record's meta, its id) as :func:`dumps` does:
    plain JSON types only, and floats that both write alike: finite, and 0 or at least
    1e-4 in magnitude (json writes 1e-05 where orjson writes 0.00001; NaN is json's NaN
    and orjson's null). Any other type (a date from Parquet, say) is left to json."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind is float:
        return value == 0.0 or 1e-4 <= abs(value) < float("inf")
    if kind is dict:
        return all(map(_json_alike, value.values()))
    if kind is list or kind is tuple:
        return all(map(_json_alike, value))
    return False


def _scores_alike(flags: list[dict[str, Any]]) -> bool:
    """:func:`_json_alike` of every flag's score, a column at a time (16 flags a record)."""
    scores = [f["score"] for f in flags if "score" in f]
    if not scores:
        return True
    if not all(map(float.__instancecheck__, scores)) or not all(map(eq, scores, scores)):  # NaN != NaN
        return all(map(_json_alike, scores))  # an int, a NaN: judged one by one
    sizes = sorted(map(abs, scores))
    first = bisect_right(sizes, 0.0)
    return (first == len(sizes) or sizes[first] >= 1e-4) and sizes[-1] < float("inf")


def encode_record(record: dict[str, Any]) -> bytes:
    """A record as the bytes of its JSONL line, newline included.

    With orjson installed it writes the record when every value of it is one orjson and
    :func:`dumps` write alike (the pipeline's own fields are; its meta, id and flag scores
    are checked): 68 ms -> 7 ms for c5's 455 records, the same bytes
    (tests/test_writers_orjson.py compares the two on generated records). A value orjson
    refuses (an int past 64 bits, a key that is not a string) goes to json too."""
    if _orjson_dumps is not None and type(record.get("source", "")) is str and _json_alike(record.get("id")) \
            and _json_alike(record.get("meta")) and _scores_alike(record.get("flags", ())):
        try:
            return _orjson_dumps(record, option=_ORJSON)
        except TypeError:  # orjson.JSONEncodeError
            pass
    return (dumps(record) + "\n").encode("utf-8")


class _AtomicFile:
    def __init__(self, target: Path):
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.partial-", dir=target.parent)
        os.close(fd)
        self.tmp = Path(tmp)

    def commit(self) -> None:
        os.chmod(self.tmp, 0o666 & ~_umask())  # mkstemp makes files private; outputs are shared
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
    """One JSON record a line, UTF-8, optionally gzipped."""

    def __init__(self, target: Path, compress: bool = False):
        self._file = _AtomicFile(target)
        self._fh = gzip.open(self._file.tmp, "wb") if compress else open(self._file.tmp, "wb")

    def write(self, record: dict[str, Any]) -> None:
        self._fh.write(encode_record(record))

    def write_encoded(self, line: bytes) -> None:
        """Write a line :func:`encode_record` made (in a worker process, say)."""
        self._fh.write(line)

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
                          ("message", pa.string()), ("suggestion", pa.string()), ("score", pa.float64()),
                          ("text_truncated", pa.bool_())])
        # a compact trail's packed entries fill spans (a string: zhclean.trail.decode_spans) and old
        edit = pa.struct([("rule", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                          ("removed", pa.string()), ("inserted", pa.string()), ("rules", pa.list_(pa.string())),
                          ("spans", pa.string()), ("old", pa.string())])
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
        row["edits"] = [{k: e.get(k) for k in ("rule", "start", "end", "removed", "inserted", "rules", "spans", "old")}
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
    ``<out>/_records.jsonl`` with everything else (meta, flags, edits, stats, and the
    ``file`` each text went to), so that nothing the JSONL output would carry is lost.

    Ids become safe relative paths: ``.``/``..`` and empty parts are dropped, long parts
    are shortened with a digest, and names that would collide get ``~2``, ``~3``…
    """

    MAX_PART = 80  # characters; Han is 3 bytes in UTF-8 and most file systems allow 255 bytes
    MAX_PART_BYTES = 200  # 4-byte characters (emoji) too: room for "~NN.txt" under 255 bytes
    MAX_PATH_BYTES = 1024  # PATH_MAX is 4096 on Linux, with the output folder in front

    def __init__(self, target: Path):
        self.target = target.resolve()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.partial-", dir=self.target.parent))
        self._records = open(self.tmp / RECORDS_NAME, "w", encoding="utf-8", newline="\n")
        self._used: set[str] = {RECORDS_NAME.lower()}
        self._folders: set[str] = set()  # folders made, lower-cased: a file may not take their names

    def _file_for(self, doc_id: str) -> str:
        parts = [_safe_part(p, self.MAX_PART, self.MAX_PART_BYTES) for p in str(doc_id).replace("\\", "/").split("/")
                 if p not in ("", ".", "..")] or ["_"]
        stem = "/".join(parts)
        if len(stem.encode("utf-8", "surrogatepass")) > self.MAX_PATH_BYTES:  # too deep: one flat name
            stem = _safe_part(stem.replace("/", "_"), self.MAX_PART, self.MAX_PART_BYTES)
        name, n = f"{stem}.txt", 2
        while self._clashes(name):  # lower(): case-insensitive file systems
            flat = stem.replace("/", "_") if self._clashes(f"{stem}~{n}.txt") else stem
            name, n = f"{flat}~{n}.txt", n + 1
        self._used.add(name.lower())
        folders = name.lower().split("/")[:-1]
        self._folders.update("/".join(folders[:i + 1]) for i in range(len(folders)))
        return name

    def _clashes(self, name: str) -> bool:
        """Whether ``name`` was given, is a folder already, or needs a folder where a file is."""
        lower = name.lower()
        folders = lower.split("/")[:-1]
        return (lower in self._used or lower in self._folders
                or any("/".join(folders[:i + 1]) in self._used for i in range(len(folders))))

    def write(self, record: dict[str, Any]) -> None:
        name = self._file_for(record["id"])
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record["text"], encoding="utf-8", newline="\n")
        self._records.write(dumps({**{k: v for k, v in record.items() if k != "text"}, "file": name}) + "\n")

    def close(self) -> None:
        self._records.close()
        mask = _umask()
        for folder, _dirs, files in os.walk(self.tmp):
            os.chmod(folder, 0o777 & ~mask)
            for f in files:
                os.chmod(os.path.join(folder, f), 0o666 & ~mask)
        if self.target.exists():
            # check_not_input made sure it is an earlier zhclean output folder
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)

    def abort(self) -> None:
        self._records.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _safe_part(part: str, limit: int, limit_bytes: int = 200) -> str:
    part = "".join("_" if ch in '<>:"|?*\x00' or ord(ch) < 32 else ch for ch in part).strip(" .") or "_"
    if len(part) > limit or len(part.encode("utf-8", "surrogatepass")) > limit_bytes:
        digest = hashlib.blake2b(part.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
        head = part[: limit - 9]
        while len(head.encode("utf-8", "surrogatepass")) > limit_bytes - 9:
            head = head[:-1]
        part = f"{head}-{digest}"
    return part


def open_writer(path: str | Path) -> Writer:
    """The writer for ``path``'s kind of output; a URL is written locally, then uploaded."""
    if is_url(path) and not str(path).startswith("file://"):
        output_kind(path)  # type: ignore[arg-type]  # an unknown kind fails before anything is written
        return StagedUpload(str(path), open_writer)  # type: ignore[return-value]
    path = local_or_url(path)
    kind = output_kind(path)
    if kind == "jsonl":
        return JsonlWriter(path)
    if kind == "jsonl.gz":
        return JsonlWriter(path, compress=True)
    if kind == "parquet":
        return ParquetWriter(path)
    return FolderWriter(path)
