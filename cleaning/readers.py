"""Reading a corpus: files and folders of .txt, .html, .jsonl(.gz) and .parquet.

Readers stream: they yield one :class:`~zhclean.model.Document` (or one
:class:`~zhclean.model.InputError`) at a time, so memory does not grow with the corpus.
A file that cannot be read becomes an ``InputError`` naming the file, the line where it
applies, and what to do; the rest of the corpus goes on.

Ids (docs/design.md ⚑): the ``id`` field of JSONL/Parquet records; for files, the path
relative to the folder named on the command line, without its extension (``site01/003``),
or the stem for a file named directly.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .encoding import DecodeError, decode
from .gzip_lines import DamagedMember, VerifiedGzipLines
from .model import Document, InputError
from .paths import UrlPath, is_url, local_or_url, open_binary, walk_url
from .safe_text import escaped, lone_surrogate, lone_surrogate_at, readable_name

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + PARQUET_SUFFIXES



@dataclass
class PendingHtml:
    """A page read but not yet extracted.

    Extraction is the costly part of HTML input, so with ``defer_html`` the reader hands
    pages over as they are and :func:`materialise` runs where the document is cleaned — in
    a worker process when there are several.
    """

    id: str
    source: str
    data: bytes | str
    meta: dict
    line: int | None = None


Item = Document | InputError | PendingHtml


def materialise(item: Item, rules: Sequence[str] | None = None, trail: str = "compact") -> Document | InputError:
    """The document of a :class:`PendingHtml` (or an ``InputError`` saying why there is none).

    ``rules``: the pipeline's rule codes, which choose the extraction steps (H101–H108;
    ``None`` runs those on by default); ``trail``: the audit trail level of their removals.
    """
    if not isinstance(item, PendingHtml):
        return item
    from .html import html_to_document

    try:
        doc = html_to_document(item.data, doc_id=item.id, source=item.source, meta=item.meta, rules=rules,
                               trail=trail)
    except DecodeError as exc:
        where = f"record {item.id!r}: " if item.line is not None else ""
        return InputError(item.source, f"{where}{exc}", line=item.line, id=item.id)
    doc.line = item.line
    return doc


@dataclass(frozen=True)
class ReadOptions:
    text_field: str = "text"
    id_field: str = "id"
    max_doc_bytes: int = 64 * 1024 * 1024
    #: JSONL/Parquet records whose text is a whole HTML page: "auto" extracts the article
    #: (see zhclean.html), "never" keeps the markup as text.
    html: str = "auto"
    #: Hand pages over unextracted (:class:`PendingHtml`) for the cleaner to extract.
    defer_html: bool = False
    #: The rule codes that choose the extraction steps of pages extracted while reading
    #: (a pipeline's ``codes``); ``None`` runs the default ones.
    html_rules: tuple[str, ...] | None = None


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (
        ("jsonl", JSONL_SUFFIXES),
        ("parquet", PARQUET_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("txt", TEXT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def _strip_suffix(rel: str) -> str:
    lower = rel.lower()
    for suf in sorted(SUPPORTED, key=len, reverse=True):
        if lower.endswith(suf):
            return rel[: -len(suf)]
    return rel


def iter_files(paths: Sequence[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Input files with their id base, recursively and in a stable (sorted) order.

    Yields ``(path, id_base)``; a path that does not exist becomes an ``InputError``.
    Hidden files and folders (``.git``) are skipped.
    """
    for given in paths:
        if is_url(given) and not str(given).startswith("file://"):
            yield from _iter_url_files(str(given))
            continue
        p = local_or_url(given)
        if p.is_dir():
            found = []
            unreadable: list[OSError] = []  # a folder os.walk cannot list is an error, not skipped
            for root, dirs, files in os.walk(p, onerror=unreadable.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    fp = Path(root) / f
                    if not f.startswith(".") and kind_of(fp):
                        found.append(fp)
            for exc in unreadable:
                yield InputError(readable_name(str(exc.filename or p)),
                                 f"cannot read the folder: {exc.strerror or exc}; its files were not cleaned")
            # ids and sources are names UTF-8 can write (a GBK file name would crash the writer)
            for fp in sorted(found, key=lambda x: x.relative_to(p).as_posix()):
                yield fp, readable_name(_strip_suffix(fp.relative_to(p).as_posix()))
        elif p.is_file():
            if kind_of(p) is None:
                yield InputError(str(p), f"unsupported file type; zhclean reads {', '.join(SUPPORTED)}")
            else:
                yield p, readable_name(_strip_suffix(p.name))
        else:
            yield InputError(readable_name(str(p)), "no such file or folder")


def _iter_url_files(url: str) -> Iterator[tuple[UrlPath, str] | InputError]:
    """:func:`iter_files` for an fsspec URL (a file or a folder)."""
    try:
        p = UrlPath(url)
        if p.is_dir():
            for fp, rel in walk_url(p):
                if kind_of(fp):  # type: ignore[arg-type]
                    yield fp, _strip_suffix(rel)
        elif not p.is_file():
            yield InputError(url, "no such file or folder")
        elif kind_of(p) is None:  # type: ignore[arg-type]
            yield InputError(url, f"unsupported file type; zhclean reads {', '.join(SUPPORTED)}")
        else:
            yield p, _strip_suffix(p.name)
    except (ImportError, OSError) as exc:
        yield InputError(url, f"cannot read: {exc}")


def read_corpus(paths: Sequence[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Every document under ``paths``, with unique ids.

    Yields :class:`Document` and :class:`InputError` items; :class:`PendingHtml` too when
    ``options.defer_html`` is set.
    """
    yield from read_entries(iter_files(paths), options, set())


def read_entries(entries: Iterable[tuple[Path, str] | InputError], options: ReadOptions,
                 seen: set[int]) -> Iterator[Item]:
    """The documents of :func:`iter_files` entries; ``seen`` (hashes of the ids given so
    far) keeps ids unique across calls, for inputs read in several runs."""
    for entry in entries:
        if isinstance(entry, InputError):
            yield entry
            continue
        path, id_base = entry
        for item in read_file(path, id_base, options):
            if isinstance(item, (Document, PendingHtml)):
                item.id = _unique(item.id, seen)
            yield item


def _unique(doc_id: str, seen: set[int]) -> str:
    # Hashes, not the ids, so memory stays small on corpora of millions of URL ids; a hash
    # collision only renames an id that was unique already, it never lets a duplicate through.
    if hash(doc_id) not in seen:
        seen.add(hash(doc_id))
        return doc_id
    n = 2
    while hash(f"{doc_id}#{n}") in seen:
        n += 1
    doc_id = f"{doc_id}#{n}"
    seen.add(hash(doc_id))
    return doc_id


def read_file(path: Path, id_base: str, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    kind = kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path, options)
    elif kind == "parquet":
        yield from read_parquet(path, options)
    else:
        yield from _read_whole_file(path, id_base, kind or "txt", options)


def _read_whole_file(path: Path, doc_id: str, kind: str, options: ReadOptions) -> Iterator[Item]:
    src = readable_name(str(path))
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(src, "empty file: nothing to clean", id=doc_id)
            return
        if size > options.max_doc_bytes:
            yield InputError(
                src,
                f"file is {size / 2**20:.1f} MB, over the {options.max_doc_bytes / 2**20:.0f} MB limit for one "
                "document; split it, or raise --max-doc-mb",
                id=doc_id,
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(src, f"cannot read: {exc.strerror or exc}", id=doc_id)
        return
    if kind == "txt" and options.html != "never" and _holds_a_page(data):
        kind = "html"  # a .txt file that holds a whole page is read as the page it is
    if kind == "html":
        page = PendingHtml(id=doc_id, source=src, data=data, meta={})
        yield page if options.defer_html else materialise(page, options.html_rules)
        return
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield InputError(src, f"{exc}; convert it to UTF-8 or check that it is a text file", id=doc_id)
        return
    if not text.strip():
        yield InputError(src, "file holds only whitespace: nothing to clean", id=doc_id)
        return
    yield Document(id=doc_id, text=text, source=src, meta={"encoding": encoding, "format": "txt"})


def _holds_a_page(data: bytes) -> bool:
    from .html import looks_like_html

    return looks_like_html(data[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1"))


def _open_lines(path: Path):
    if isinstance(path, UrlPath):
        return open_binary(path, gzipped=path.name.lower().endswith(".gz"))
    if path.name.lower().endswith(".gz"):
        return VerifiedGzipLines(path)  # damaged members set aside, not read as garbage
    return open(path, "rb")


def _scan_line(fh, limit: int) -> tuple[bytes, bool]:
    """One line; ``(b"", True)`` for a line longer than ``limit``, skipped without keeping it."""
    line = fh.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while line and not line.endswith(b"\n"):
        line = fh.readline(1 << 20)
    return b"", True


def read_jsonl(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    src = readable_name(str(path))
    tf, idf = options.text_field, options.id_field
    try:
        fh = _open_lines(path)
    except OSError as exc:
        yield InputError(src, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        lineno = 0
        any_line = False
        while True:
            try:
                raw, too_long = _scan_line(fh, options.max_doc_bytes)
            except DamagedMember as exc:
                yield InputError(src, f"{exc}: the records of that part of the file were not read (the later "
                                 f"parts were); `gzip -dc` shows what it holds", line=lineno + 1)
                continue
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                yield InputError(src, f"stopped reading at line {lineno + 1}: {exc}", line=lineno + 1)
                return
            lineno += 1
            if too_long:
                yield InputError(src, f"line is over the {options.max_doc_bytes / 2**20:.0f} MB limit for one "
                                 "document; raise --max-doc-mb", line=lineno)
                continue
            if not raw:
                break
            if not raw.strip():
                continue
            any_line = True
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(src, f"not UTF-8 (byte offset {exc.start} in the line); JSONL must be UTF-8",
                                 line=lineno)
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(src, f"not valid JSON: {exc.msg.rstrip(' at')} at column {exc.colno}", line=lineno)
                continue
            if not isinstance(rec, dict):
                yield InputError(src, f"expected a JSON object, found {type(rec).__name__}", line=lineno)
                continue
            doc = _record_to_document(rec, src, lineno, tf, idf, path.name, "jsonl")
            yield _extract_if_html(doc, options)
        if not any_line:
            yield InputError(src, "empty file: no JSON records")


def _record_to_document(rec: dict, src: str, lineno: int, tf: str, idf: str, fname: str, fmt: str) -> Item:
    raw_id = rec.get(idf)
    doc_id = str(raw_id) if raw_id not in (None, "") else f"{_strip_suffix(fname)}:{lineno}"
    text = rec.get(tf)
    if tf not in rec:
        fields_ = ", ".join(sorted(map(str, rec))[:8]) or "none"
        return InputError(src, f"record {escaped(doc_id)!r} has no {tf!r} field (fields: {fields_}); "
                          "choose the field with --text-field", line=lineno, id=escaped(doc_id))
    if text is None:
        return InputError(src, f"record {escaped(doc_id)!r}: field {tf!r} is null", line=lineno, id=escaped(doc_id))
    if not isinstance(text, str):
        return InputError(src, f"record {escaped(doc_id)!r}: field {tf!r} is {type(text).__name__}, not a string",
                          line=lineno, id=escaped(doc_id))
    meta = {k: v for k, v in rec.items() if k not in (tf, idf) and k in ("url", "title", "meta")}
    for what, value in (("text", text), ("id", doc_id), *meta.items()):
        bad = lone_surrogate_at(value, what)  # UTF-8 cannot write them: the record is set aside
        if bad is not None:
            field_, at = bad
            return InputError(src, f"record {escaped(doc_id)!r}: the {field_} holds a lone surrogate at character "
                              f"{at}; JSON \\u escapes must come in valid pairs", line=lineno, id=escaped(doc_id))
    extra = meta.pop("meta", None)
    if isinstance(extra, dict):
        meta = {**extra, **meta}
    meta["format"] = fmt
    return Document(id=doc_id, text=text, source=f"{src}:{lineno}", meta=meta, line=lineno)


def read_parquet(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    src = readable_name(str(path))
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield InputError(src, "reading Parquet needs pyarrow: pip install 'zhclean[parquet]'")
        return
    try:
        pf = pq.ParquetFile(open_binary(path) if isinstance(path, UrlPath) else path)
    except Exception as exc:  # pyarrow raises several types for a broken file
        yield InputError(src, f"not a readable Parquet file: {exc}")
        return
    names = pf.schema_arrow.names
    if options.text_field not in names:
        yield InputError(src, f"no {options.text_field!r} column (columns: {', '.join(names)}); "
                         "choose one with --text-field")
        return
    cols = [c for c in (options.id_field, options.text_field, "url", "title") if c in names]
    row = 0
    # Row group by row group: one corrupt group is reported and the later ones still read.
    for group in range(pf.num_row_groups):
        first_row, rows_in_group = row, pf.metadata.row_group(group).num_rows
        batches = pf.iter_batches(batch_size=256, columns=cols, row_groups=[group])
        while True:
            try:
                batch = next(batches, None)
            except Exception as exc:  # pyarrow raises several types for a broken page
                yield InputError(src, f"row group {group + 1} (rows {first_row + 1}-{first_row + rows_in_group}) is "
                                 f"unreadable after row {row}: {exc}; the other row groups were read", line=row + 1)
                break
            if batch is None:
                break
            for rec in batch.to_pylist():
                row += 1
                yield _extract_if_html(
                    _record_to_document(rec, src, row, options.text_field, options.id_field, path.name, "parquet"),
                    options)
        row = first_row + rows_in_group  # rows keep their numbers after a broken group


def _extract_if_html(item: Item, options: ReadOptions) -> Item:
    if options.html == "never" or not isinstance(item, Document) or "<" not in item.text[:1024]:
        return item
    from .html import looks_like_html

    if not looks_like_html(item.text):
        return item
    page = PendingHtml(id=item.id, source=item.source, data=item.text, meta=item.meta, line=item.line)
    return page if options.defer_html else materialise(page, options.html_rules)


def extract_if_html(item: Item, options: ReadOptions = ReadOptions()) -> Item:
    """A record's document with its article extracted when its text is a whole HTML page, as
    the JSONL and Parquet readers do it: adapters (pandas, datasets, datatrove) call this, so
    a page cleans the same through every one of them as through ``zhclean clean``."""
    return _extract_if_html(item, options)


__all__ = ["ReadOptions", "PendingHtml", "extract_if_html", "materialise", "read_corpus", "read_file", "read_jsonl", "read_parquet",
           "iter_files", "kind_of"]
