"""Prebuilt copies of the lexicon's slowest structures, kept in the user's cache folder.

Building the typo lexicon is most of a run's start-up: parsing the 308k words of
``words.tsv`` (0.17 s) and building the two-character reading table (0.23 s) come back
the same every time from the same files. The first run writes what they built to the
cache folder; later runs load it (0.10 s and 0.03 s) instead.

A copy is keyed by a hash of everything it was built from: the data files' bytes, the
source of every module whose code builds it (or whose classes it pickles), the values of
those modules' constants as they are at run time, the Python and numpy versions, and the
user's lists. When any of them changes, the key changes and the copy is built again. The
folder keeps the :data:`MAX_COPIES` copies used most recently (loading a copy marks it
used), whatever their names: two checkouts or versions sharing the folder each keep their
own copies instead of evicting each other's on every start. A copy that cannot be read
(truncated, corrupt) is built again too; a cache folder that cannot be written is skipped.
What the rules find is the same either way: only the time to get the structures differs.

The folder is ``$ZHCLEAN_CACHE_DIR`` if set (empty or ``off``: no cache), else
``$XDG_CACHE_HOME/zhclean``, else ``~/.cache/zhclean``. The copies are pickles (the
reading table) and marshal data (the word list): load only a folder you own.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable, TypeVar

# the folder every kept copy shares ($ZHCLEAN_CACHE_DIR; empty or ``off``: no cache)
from zhclean.pattern_cache import CACHE_ENV, cache_dir

#: Bumped when the layout of a cached copy changes without its builder's source changing.
FORMAT = 2
#: Copies kept in the folder at most, whatever their names (each reading table is ~6 MB,
#: the word list ~6 MB; one table per distinct pair of user lists and per version of the
#: code): the ones used longest ago go first.
MAX_COPIES = 8

T = TypeVar("T")


def digest(files: Iterable[Path], *values: Any) -> str:
    """A hash of the files' bytes and the values' ``repr``, with the Python version (to
    the patch release) and :data:`FORMAT`: the key of a copy built from them."""
    h = hashlib.blake2b(digest_size=12)
    h.update(repr((FORMAT, sys.version_info[:3], sys.implementation.cache_tag)).encode())
    for path in files:
        st = os.stat(path)
        h.update(_file_digest(str(path), st.st_size, st.st_mtime_ns))
    h.update(repr(values).encode("utf-8"))
    return h.hexdigest()


def code_inputs(modules: Iterable[ModuleType]) -> tuple[list[Path], dict[str, Any]]:
    """The source files of ``modules`` and their upper-case module constants (name ->
    value, as they are now): what :func:`digest` needs so that neither an edit of their
    code nor a constant changed at run time is ever served a copy built before it."""
    files, values = [], {}
    for module in modules:
        files.append(Path(module.__file__))
        for name, value in sorted(vars(module).items()):
            if name.isupper() and isinstance(value, (bool, int, float, str, bytes, tuple, frozenset)):
                values[f"{module.__name__}.{name}"] = sorted(map(repr, value)) if isinstance(value, frozenset) else value
    return files, values


@lru_cache(maxsize=64)
def _file_digest(path: str, size: int, mtime_ns: int) -> bytes:
    """The hash of one file's bytes; remembered while its size and time stay the same, so
    that two copies keyed by the same 5 MB word list hash it once."""
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=16).digest()


def load_or_build(name: str, key: str, build: Callable[[], T], dump: Callable[[T], bytes],
                  load: Callable[[bytes], T]) -> T:
    """The copy ``name`` built from inputs hashing to ``key``: read from the cache folder,
    or built by ``build()`` and written there for the next run."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.bin"
    try:
        data = path.read_bytes()
    except OSError:
        data = None
    if data is not None:
        try:
            value = load(data)
        except Exception:  # noqa: BLE001 - any unreadable copy (truncated, corrupt, other format) is rebuilt
            pass
        else:
            try:
                os.utime(path)  # used now: the last to be evicted
            except OSError:
                pass
            return value
    value = build()
    _store(folder, path, dump(value))
    return value


def _store(folder: Path, path: Path, data: bytes) -> None:
    """Write a copy atomically (a worker reading it meanwhile sees the old file or the
    new one, never half of one; two threads or processes writing it at once each use
    their own temporary file) and keep only the :data:`MAX_COPIES` copies used last."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:  # a read-only or full disk: run without the cache
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    others = []
    for old in folder.glob("*.bin"):
        if old != path:
            try:
                others.append((old.stat().st_mtime_ns, old))
            except OSError:  # another process removed it meanwhile
                pass
    others.sort()
    for _, old in others[:max(0, len(others) + 1 - MAX_COPIES)]:
        try:
            old.unlink()
        except OSError:
            pass
