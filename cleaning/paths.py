"""Paths that may be URLs: ``file://``, ``memory://``, ``s3://``, ``gs://``, ``hf://``...

Local paths stay :class:`pathlib.Path` (so local runs keep their atomic renames and their
speed); a ``file://`` URL becomes the local path it names. Any other ``scheme://`` URL is
opened through fsspec and the filesystem package the user installed for it (s3fs for
``s3://``, gcsfs for ``gs://``, huggingface_hub for ``hf://``); fsspec is imported only
when a URL is used (``pip install 'zhclean[fsspec]'``).

>>> is_url("s3://bucket/crawl/"), is_url("samples/"), is_url("C:/corpus")
(True, False, False)
>>> local_or_url("file:///tmp/corpus.jsonl")
PosixPath('/tmp/corpus.jsonl')
"""
from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

# Two letters at least, so that a Windows drive (C:/) is never taken for a scheme.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")


def is_url(path: object) -> bool:
    """Whether ``path`` is a ``scheme://`` URL rather than a local path."""
    return isinstance(path, (str, UrlPath)) and bool(_URL.match(str(path)))


def local_or_url(path: str | os.PathLike) -> "Path | UrlPath":
    """A local :class:`Path` for local paths and ``file://`` URLs, else a :class:`UrlPath`."""
    if isinstance(path, UrlPath):
        return path
    text = os.fspath(path)
    if text.startswith("file://"):
        return Path(text[len("file://"):])
    return UrlPath(text) if is_url(text) else Path(text)


def cli_path(text: str) -> "Path | str":
    """An ``argparse`` type: a local :class:`Path` (``file://`` URLs too), or the URL as given,
    opened later, so a missing filesystem package is an error message, not a traceback."""
    path = local_or_url(text) if text.startswith("file://") or not is_url(text) else text
    return path  # type: ignore[return-value]


def same_path(a: "str | os.PathLike", b: "str | os.PathLike") -> bool:
    """Whether two paths (or URLs) name the same file."""
    if is_url(a) or is_url(b):
        return str(a).rstrip("/") == str(b).rstrip("/")
    return Path(a).resolve() == Path(b).resolve()


def _filesystem(url: str):
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ImportError(f"{url}: reading and writing URLs needs fsspec: pip install 'zhclean[fsspec]' "
                          "(and the filesystem package for the scheme: s3fs, gcsfs, huggingface_hub...)") from None
    return url_to_fs(url)


class UrlPath:
    """The few things zhclean's readers ask of a path, for a file behind an fsspec URL.

    ``str()`` gives the URL back, so sources and error messages name what the user typed.
    """

    def __init__(self, url: str, fs: Any = None, fs_path: str | None = None):
        self.url = url.rstrip("/") if url.count("/") > 3 else url
        if fs is None:
            fs, fs_path = _filesystem(url)
        self.fs = fs
        self.fs_path = fs_path if fs_path is not None else fs._strip_protocol(url)

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"UrlPath({self.url!r})"

    def __fspath__(self) -> str:  # lets pyarrow and open() callers see a name, not a crash
        return self.url

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UrlPath) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    @property
    def name(self) -> str:
        """The last part of the path, as :attr:`pathlib.Path.name`."""
        return self.fs_path.rstrip("/").rsplit("/", 1)[-1]

    def child(self, fs_path: str) -> "UrlPath":
        """The URL of ``fs_path``, a path this URL's filesystem listed."""
        rel = fs_path[len(self.fs_path.rstrip("/")):].lstrip("/")
        return UrlPath(f"{self.url.rstrip('/')}/{rel}", self.fs, fs_path)

    def is_dir(self) -> bool:
        return self.fs.isdir(self.fs_path)

    def is_file(self) -> bool:
        return self.fs.isfile(self.fs_path)

    def exists(self) -> bool:
        return self.fs.exists(self.fs_path)

    def stat(self) -> os.stat_result:
        """Only ``st_size`` is meaningful."""
        size = self.fs.size(self.fs_path)
        return os.stat_result((0, 0, 0, 0, 0, 0, size or 0, 0, 0, 0))

    def read_bytes(self) -> bytes:
        return self.fs.cat_file(self.fs_path)

    def open(self, mode: str = "rb"):
        return self.fs.open(self.fs_path, mode)


def open_binary(path: "Path | UrlPath", gzipped: bool = False):
    """``path`` opened for reading bytes, local or remote; ``gzipped`` decompresses too
    (closing the result closes the file under it)."""
    if isinstance(path, UrlPath):
        return path.fs.open(path.fs_path, "rb", compression="gzip" if gzipped else None)
    return gzip.open(path, "rb") if gzipped else open(path, "rb")


def walk_url(folder: UrlPath) -> Iterator[tuple[UrlPath, str]]:
    """Every file under a folder URL with its path relative to it, in sorted order;
    hidden files and folders (a part starting with ``.``) are left out, as locally."""
    base = folder.fs_path.rstrip("/")
    found = []
    for fs_path in folder.fs.find(base):
        rel = fs_path[len(base):].lstrip("/")
        if rel and not any(part.startswith(".") for part in rel.split("/")):
            found.append((rel, fs_path))
    for rel, fs_path in sorted(found):
        yield folder.child(fs_path), rel


def upload_file(local: Path, target: UrlPath) -> None:
    """Put one local file at ``target``, making its parent folder where that means something."""
    parent = target.fs_path.rsplit("/", 1)[0]
    if parent and parent != target.fs_path:
        target.fs.makedirs(parent, exist_ok=True)
    target.fs.put_file(str(local), target.fs_path)


def upload_folder(local: Path, target: UrlPath) -> None:
    """Replace the folder at ``target`` with the files of a local folder (file by file:
    fsspec's recursive ``put`` nests or not depending on whether the target exists)."""
    if target.fs.exists(target.fs_path):
        target.fs.rm(target.fs_path, recursive=True)
    for path in sorted(p for p in local.rglob("*") if p.is_file()):
        upload_file(path, target.child(f"{target.fs_path.rstrip('/')}/{path.relative_to(local).as_posix()}"))


class StagedUpload:
    """A writer for a URL: it writes a local file (or folder) with the local writer, then
    uploads it when the run finishes, so an interrupted run leaves nothing at the URL.

    ``open_local(path)`` opens the local writer for the same kind of output.
    """

    def __init__(self, url: str, open_local: Callable[[Path], Any]):
        self.target = UrlPath(url)
        self._tmpdir = Path(tempfile.mkdtemp(prefix="zhclean-upload-"))
        self._local_path = self._tmpdir / self.target.name
        self._local = open_local(self._local_path)

    def __getattr__(self, name: str):  # write, write_encoded: the local writer's
        return getattr(self._local, name)

    def close(self) -> None:
        """Finish the local file and put it at the URL."""
        self._local.close()
        try:
            fs, dest = self.target.fs, self.target.fs_path
            if self._local_path.is_dir():
                upload_folder(self._local_path, self.target)
            else:
                upload_file(self._local_path, self.target)
        finally:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def abort(self) -> None:
        """Drop the local file; nothing reaches the URL."""
        try:
            self._local.abort()
        finally:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self.abort()
        return False


__all__ = ["StagedUpload", "UrlPath", "cli_path", "is_url", "local_or_url", "same_path", "open_binary", "upload_file", "upload_folder",
           "walk_url"]
