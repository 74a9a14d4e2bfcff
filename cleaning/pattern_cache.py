"""Compiled regular expressions kept between runs, as bytecode is kept in ``__pycache__``.

The rule modules compile some 300 patterns when they are imported, many of them long
alternations of Chinese words whose character sets ``re`` spends most of its time
optimising: on one document (``zhclean clean --ignore T``) compiling them was half of the
run's CPU, 0.13 of 0.27 s. ``re`` keeps no compiled program between processes, so while
:func:`cached_patterns` is active (the registry imports rule modules inside it; not a
rule's ``setup``, whose patterns come from options — a user's word lists, lines learned
from a corpus — that must not be written to disk) ``re``'s compiler looks each ``(pattern, flags)`` up in a table
read from the user cache folder, and hands the stored program to ``_sre.compile``: the
call ``re`` itself makes once it has parsed and compiled a pattern, so the pattern object
is the one ``re.compile`` gives (``==`` compares the programs; tests/test_pattern_cache.py).

* The table is keyed by the pattern's text and flags; its file is named after the Python
  build and ``_sre``'s version, so a new Python never reads another's programs.
* Outside the context, and for bytes patterns or ``re.DEBUG``, ``re`` is untouched.
* The folder is the typo lexicon's (``$ZHCLEAN_CACHE_DIR``, empty or ``off``: no cache;
  else ``$XDG_CACHE_HOME/zhclean``, else ``~/.cache/zhclean``). The file is rewritten,
  atomically, only when a run compiled a pattern it did not hold, and then drops the
  patterns no run has used in its last :data:`KEEP_WRITES` writes (a pattern built
  from text that changes between runs would otherwise pile up). A file that cannot be
  read is ignored, and nothing that goes wrong here stops a run.
"""
from __future__ import annotations

import marshal
import os
import sys
import threading
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

CACHE_ENV = "ZHCLEAN_CACHE_DIR"  # the same folder as rules/typo/prebuilt.py's copies
_OFF = {"", "0", "off", "none", "false"}
#: A pattern stays in the table while it was used in one of the last this many writes.
KEEP_WRITES = 8
FORMAT = 3  # 3: each entry carries a digest of its pattern and program
#: Programs are kept as bytes of 32-bit words: read back in C (a table of lists of ints
#: took marshal 35 ms to read, a quarter of what compiling saves).
_WORD = "I"

_Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def cache_dir() -> Path | None:
    """The folder of the table, or None when caching is off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zhclean"


#: Guards who holds the table (depth and owner); compiles never wait on it.
_LOCK = threading.Lock()


class _State:
    depth = 0
    owner: int | None = None  # the thread whose compiles go through the table
    path: Path | None = None
    table: dict[tuple[str, int], _Program] | None = None  # read by the outermost context
    last_write: dict[tuple[str, int], int] = {}  # per pattern: the last write that used it
    writes = 0  # the file's writes so far
    used: set[tuple[str, int]] = set()  # this process's
    missed = 0  # patterns compiled while active that the table did not hold, since the last write
    compiled = 0  # the same, in all of this process


def _table_path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import _sre

    build = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {sys.maxunicode}"
    return folder / f"patterns-{sys.implementation.cache_tag}-{zlib.crc32(build.encode()):08x}.marshal"


def _digest(key: tuple[str, int], program: _Program) -> bytes:
    """What an entry's pattern and program hash to (checked when the table is read)."""
    import hashlib

    # not marshal.dumps: its bytes depend on which objects are shared, not only on values
    pattern, flags = key
    final_flags, words, groups, groupindex, indexgroup = program
    h = hashlib.blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=8)
    h.update(repr((flags, final_flags, groups, sorted(groupindex.items()), indexgroup)).encode("utf-8", "surrogatepass"))
    h.update(words)
    return h.digest()


def _read(path: Path) -> None:
    _State.table, _State.last_write, _State.writes = {}, {}, 0
    try:
        with open(path, "rb") as fh:
            form, writes, entries = marshal.load(fh)
        if form != FORMAT:
            return
        # an entry whose digest does not match (a flipped bit in a literal still makes a
        # program _sre accepts, matching something else) is left out: compiled afresh
        sound = {key: (program, last) for key, (program, last, digest) in entries.items()
                 if digest == _digest(key, program)}
        _State.table = {key: program for key, (program, _last) in sound.items()}
        _State.last_write = {key: last for key, (_program, last) in sound.items()}
        _State.writes = int(writes)
    except (OSError, EOFError, ValueError, TypeError, AttributeError):
        _State.table, _State.last_write, _State.writes = {}, {}, 0


def _write(path: Path) -> None:
    import tempfile

    writes = _State.writes + 1
    last = _State.last_write
    for key in _State.used:
        last[key] = writes
    keep = writes - KEEP_WRITES
    entries = {key: (program, last.get(key, writes), _digest(key, program)) for key, program in _State.table.items()
               if last.get(key, writes) > keep}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((FORMAT, writes, entries), fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return
    _State.writes = writes


def _caching_compile(original):
    """``re._compiler.compile`` with the table in front: the same steps for a pattern it
    does not hold (parse, compile to a program, ``_sre.compile``), keeping the program."""
    import _sre
    from array import array
    from re import _compiler, _parser

    if array(_WORD).itemsize != _sre.CODESIZE:
        raise RuntimeError("re's program words are not 32-bit")
    debug = _compiler.SRE_FLAG_DEBUG
    make = _sre.compile

    def compile(p, flags=0):  # noqa: A001 - the name re calls it by
        # re's compiler is process-wide: another thread's patterns compile as usual, so the
        # table is only read and changed by the thread that opened the context
        if type(p) is not str or flags & debug or threading.get_ident() != _State.owner:
            return original(p, flags)
        key = (p, int(flags))
        program = _State.table.get(key)
        if program is not None:
            try:
                compiled = _made(p, program)
            except Exception:  # noqa: BLE001 - a damaged entry (_sre checks a program): compile afresh
                pass
            else:
                _State.used.add(key)
                return compiled
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), int(parsed.state.groups - 1),
                   {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))
        _State.table[key] = program
        _State.missed += 1
        _State.compiled += 1
        _State.used.add(key)
        return _made(p, program)

    def _made(p, program):
        final_flags, words, groups, groupindex, indexgroup = program
        code = array(_WORD)
        code.frombytes(words)
        return make(p, final_flags, code.tolist(), groups, groupindex, indexgroup)

    return compile


@contextmanager
def cached_patterns() -> Iterator[None]:
    """Patterns compiled inside come from the table when it holds them (see the module's
    docstring). Contexts nest; the outermost one restores ``re`` and writes the table.
    While one thread holds it, a context opened by another thread is a no-op: its
    patterns compile as usual."""
    me = threading.get_ident()
    with _LOCK:
        if _State.depth:
            if _State.owner != me:
                nested = None  # another thread's: leave the table to it
            else:
                _State.depth += 1
                nested = True
        else:
            _State.depth, _State.owner = 1, me  # claimed before the table is read
            nested = False
    if nested is None:
        yield
        return
    if nested:
        try:
            yield
        finally:
            with _LOCK:
                _State.depth -= 1
        return
    patched = original = None
    try:
        from re import _compiler

        original = _compiler.compile
        if _State.table is None:
            _State.path = _table_path()
            if _State.path is not None:
                _read(_State.path)
            else:
                _State.table = {}
        patched = _caching_compile(original) if _State.path is not None else None
    except Exception:  # noqa: BLE001 - a Python whose re differs: compile as usual
        patched = None
    if patched is None:
        try:
            yield
        finally:
            with _LOCK:
                _State.depth, _State.owner = 0, None
        return
    _compiler.compile = patched
    try:
        yield
    finally:
        _compiler.compile = original
        try:
            if _State.missed:
                _State.missed = 0
                _write(_State.path)
            # 2 MB of programs no pattern needs once compiled: read again by the next context
            _State.table, _State.last_write = None, {}
        finally:
            with _LOCK:
                _State.depth, _State.owner = 0, None
