"""Configuration: ``[tool.zhclean]`` in ``pyproject.toml``, or a ``zhclean.toml``.

Looked up for each input path from its folder upwards, like ruff does (the nearest
``zhclean.toml``, or ``pyproject.toml`` with a ``[tool.zhclean]`` table); command-line flags
win over the file. A file that cannot be read, is not TOML or says something zhclean cannot
use is an error (exit 2) naming the file and line, never a silent fallback to defaults.
Keys (all optional)::

    [tool.zhclean]                # in zhclean.toml the table is the top level
    select = ["C", "L", "N"]      # rule codes or prefixes; default: every default rule
    ignore = ["C301"]
    extend-select = ["T"]
    fix = ["T101"]                # flag rules whose suggestions are applied as edits
    fix-threshold = 0.9           # ...when the flag's score is at least this
    text-field = "text"           # JSONL / Parquet field names
    id-field = "id"
    max-doc-mb = 64               # larger documents are reported, not cleaned
    workers = 1
    trail = "compact"             # audit trail: "full", "compact" (default) or "none"
    exclude = ["drafts/", "*.bak.txt"]   # input files to skip (globs, from this file's folder)

    [tool.zhclean.per-file-ignores]      # rules not run on some input files (globs as above)
    "legal/*.txt" = ["C4"]

    [tool.zhclean.options.N301]   # a rule's own options (`zhclean explain N301` lists them)
    target = "traditional"

    [tool.zhclean.options.T101]
    words = { file = "lexicon/our_words.txt" }   # any list option can be read from a file

    [tool.zhclean.check]          # zhclean check / report: severities, corpus thresholds

A list option given as ``{ file = "PATH" }`` is read from that file: UTF-8, one entry per
line, the first field of each (so a jieba user dictionary, ``word freq tag``, works as it
is); blank lines and lines starting with ``#`` are skipped. A relative path is taken from
the configuration file's folder (from the current folder for a ``Config`` built in code).
"""
from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .limits import DEFAULT_DOC_SECONDS, check_positive
from .selection import normalise_selectors
from .suggest import did_you_mean


class ConfigError(ValueError):
    """The configuration file or a flag says something zhclean cannot use."""


#: Audit trail levels. ``full``: every change as ``rule, start, end, removed, inserted``;
#: ``compact``: the same, with character-level normalisations (N rules, layout whitespace)
#: packed into one entry per rule and document (nothing of the input is lost, see
#: :func:`zhclean.trace.compact_trail`); ``none``: records carry no ``edits``.
TRAIL_LEVELS = ("full", "compact", "none")


def check_trail(value: Any, where: str = "configuration") -> str:
    """``value`` if it names a trail level, else a ConfigError that lists them."""
    if value not in TRAIL_LEVELS:
        raise ConfigError(f"{where}: trail must be one of {', '.join(map(repr, TRAIL_LEVELS))}, not {value!r}")
    return value


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fix: tuple[str, ...] = ()
    fix_threshold: float = 0.9
    text_field: str = "text"
    id_field: str = "id"
    max_doc_mb: float = 64.0
    #: Per-document time budget in seconds (0: none); a document over it is reported, not written.
    max_doc_seconds: float = DEFAULT_DOC_SECONDS
    workers: int = 1
    #: How much of the audit trail records carry: one of :data:`TRAIL_LEVELS`.
    trail: str = "compact"
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: Globs of input files to skip, matched against the path from :attr:`root`.
    exclude: tuple[str, ...] = ()
    #: Glob -> codes not run on the input files it matches.
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: ``[tool.zhclean.check]``: severities and corpus thresholds for ``zhclean check``,
    #: validated by :mod:`zhclean.validation.settings`, not here.
    check: Mapping[str, Any] = field(default_factory=dict)
    #: Where the settings came from, for messages; not a setting.
    path: str | None = None

    @property
    def root(self) -> Path:
        """The folder ``exclude`` and ``per-file-ignores`` globs start from: the
        configuration file's, or the current folder for settings that are not from a file."""
        return Path(self.path).resolve().parent if self.path else Path.cwd()

    def where(self, key: str, code: str | None = None) -> str:
        """``file:line`` of a key (of ``[options.CODE]`` with ``code``) for messages, or
        the file, or "configuration" for settings made in code."""
        if not self.path:
            return "configuration"
        try:
            source = Path(self.path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return self.path
        return _where(self.path, source, key, code)

    def excludes(self, path: str | Path) -> bool:
        """Whether an input file is excluded by ``exclude``."""
        return any(_glob_matches(path, self.root, pattern) for pattern in self.exclude)

    def ignored_for(self, path: str | Path) -> tuple[str, ...]:
        """The codes ``per-file-ignores`` turns off for one input file."""
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if _glob_matches(path, self.root, pattern):
                out.extend(c for c in codes if c not in out)
        return tuple(out)

    @property
    def max_doc_bytes(self) -> int:
        return int(self.max_doc_mb * 1024 * 1024)

    def merged(self, **overrides: Any) -> "Config":
        """A copy with every override that is not ``None`` applied (CLI flags win)."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        for key in ("select", "ignore", "extend_select", "fix"):
            if key in clean:
                clean[key] = normalise_selectors(clean[key])
        if "trail" in clean:
            check_trail(clean["trail"], "trail")
        for name in _LIMITS:
            if name in clean:
                _check_limit(name, clean[name], "--" + name.replace("_", "-"))
        return replace(self, **clean)


def _glob_matches(path: str | Path, root: Path, pattern: str) -> bool:
    """``pattern`` (a glob; ``dir/`` for a folder) against ``path`` taken from ``root``,
    or against its name alone when the pattern has no ``/``, as ruff and .gitignore do."""
    p = Path(path).resolve()
    try:
        rel = p.relative_to(root).as_posix()
    except ValueError:
        rel = p.as_posix()
    pattern = pattern.strip()
    if pattern.endswith("/"):
        return rel.startswith(pattern) or f"/{pattern}" in f"/{rel}"
    if "/" not in pattern:
        return fnmatch.fnmatchcase(p.name, pattern) or any(fnmatch.fnmatchcase(part, pattern)
                                                          for part in Path(rel).parts[:-1])
    return fnmatch.fnmatchcase(rel, pattern.lstrip("/")) or fnmatch.fnmatchcase(rel, pattern.rstrip("/") + "/*")


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Config) if f.name != "path"}


def from_mapping(table: Mapping[str, Any], path: str | None = None, source: str | None = None) -> Config:
    """Settings from a ``[tool.zhclean]`` table; ``source`` (the file's text) lets an error
    name the line of the key it is about."""
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        where = _where(path, source, key)
        name = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if name is None:
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.zhclean]{did_you_mean(key, _KEYS)} "
                              f"(known: {', '.join(sorted(_KEYS))})")
        kwargs[name] = _convert(name, key, value, where, Path(path).parent if path else Path.cwd())
    return Config(path=path, **kwargs)


def _where(path: str | None, source: str | None, key: str, code: str | None = None) -> str:
    """``path:line`` of ``key`` (of the options table of ``code``) in ``source``, or ``path``."""
    line = locate(source, key, code) if source else None
    return f"{path or 'configuration'}:{line}" if line else (path or "configuration")


_HEADER_RE = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+")


def locate(source: str, key: str, code: str | None = None) -> int | None:
    """The line number of ``key`` in zhclean's table of ``source`` (a TOML file's text),
    or of the ``options.CODE`` table with ``code``; ``None`` when it cannot be told.

    >>> locate('[tool.black]\\nselect = 1\\n[tool.zhclean]\\nselect = ["C"]\\n', "select")
    4
    >>> locate('[tool.zhclean.options.N301]\\ntarget = "x"\\n', "target", "N301")
    2
    """
    table = ""
    wanted = f"options.{code}" if code else ""
    key_re = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
    for number, line in enumerate(source.splitlines(), 1):
        header = _HEADER_RE.match(line)
        if header:
            table = header.group(1).replace('"', "").replace("'", "")
            table = table[len("tool.zhclean"):].lstrip(".") if table.startswith("tool.zhclean") else table
            continue
        if code and not key and table == wanted:
            return number - 1  # the [options.CODE] header itself
        in_zhclean = table == wanted or (not wanted and table in ("", "check"))
        if code and table in ("", "options") and re.match(rf"""^\s*["']?{re.escape(code)}["']?\s*=""", line):
            return number  # options = { N301 = {...} } written inline
        if in_zhclean and key_re.match(line):
            return number
    return None


#: Settings that must be finite numbers above 0 (0 allowed: True), checked by zhclean.limits.
_LIMITS = {"max_doc_mb": False, "max_doc_seconds": True}


def _check_limit(name: str, value: Any, where: str) -> None:
    try:
        check_positive(name.replace("_", "-"), value, allow_zero=_LIMITS[name])
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _convert(name: str, key: str, value: Any, where: str, base: Path) -> Any:
    """One setting in its Python type, or a ConfigError that says what was expected."""
    if name in ("select", "ignore", "extend_select", "fix"):
        if not (isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))):
            raise ConfigError(f"{where}: {key} must be a list of rule codes, like [\"C\", \"L3\"]")
        return normalise_selectors(value)
    if name == "exclude":
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{where}: exclude must be a list of globs, like [\"drafts/\", \"*.bak.txt\"]")
        return tuple(value)
    if name == "per_file_ignores":
        if not isinstance(value, Mapping) or not all(
                isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()):
            raise ConfigError(f"{where}: per-file-ignores maps globs to lists of codes, like "
                              f"{{ \"legal/*.txt\" = [\"C4\"] }}")
        return {str(k): normalise_selectors(v) for k, v in value.items()}
    if name == "options":
        if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
            raise ConfigError(f"{where}: options must hold one table per rule code, like [tool.zhclean.options.L301]")
        return expand_list_files({str(k).upper(): dict(v) for k, v in value.items()}, base, where)
    if name == "check":
        if not isinstance(value, Mapping):
            raise ConfigError(f"{where}: 'check' must be a table ([tool.zhclean.check])")
        return dict(value)
    if name in ("fix_threshold", "max_doc_mb", "max_doc_seconds", "workers"):
        kind = int if name == "workers" else float
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not float(value).is_integer()):
            raise ConfigError(f"{where}: {key} must be a number{' of processes' if kind is int else ''}, not {value!r}")
        if name in _LIMITS:
            _check_limit(name, value, where)
        return kind(value)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string, not {value!r}")
    if name == "trail":
        return check_trail(value, where)
    return value


def expand_list_files(options: Mapping[str, Mapping[str, Any]], base: Path,
                      where: str = "configuration") -> dict[str, dict[str, Any]]:
    """``options`` with every ``{file = PATH}`` value replaced by the entries listed in
    that file (``PATH`` taken from ``base`` when relative); other values unchanged."""
    out: dict[str, dict[str, Any]] = {}
    for code, table in options.items():
        out[code] = dict(table)
        for key, value in table.items():
            if isinstance(value, Mapping):
                if set(value) != {"file"} or not isinstance(value["file"], str):
                    raise ConfigError(f"{where}: option {key} of {code} must be a value or "
                                      f"{{ file = \"PATH\" }}, not {dict(value)!r}")
                out[code][key] = read_list_file(base / value["file"], f"{where}: option {key} of {code}")
    return out


def read_list_file(path: Path, what: str = "list file") -> list[str]:
    """The entries of a list file: the first field of every line that is not blank or a
    ``#`` comment (``王会村 3 ns`` lists 王会村: a jieba user dictionary reads as it is).
    """
    raw = _read_bytes(path, f"{what}: no such file {path}", f"{what}: cannot read {path}")
    entries = []
    for number, line in enumerate(raw.splitlines(), 1):
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            raise ConfigError(f"{path}:{number}: not UTF-8 (save the list as UTF-8; {what})") from None
        if text and not text.startswith("#"):
            entries.append(text.split()[0])
    return entries


def _read_bytes(path: Path, missing: str, unreadable: str) -> bytes:
    """The bytes of ``path``; ConfigError ``missing`` when there is no such file, or
    ``unreadable`` with the reason when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(missing) from None
    except OSError as exc:
        raise ConfigError(f"{unreadable} ({exc.strerror or exc})") from None


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """A configuration file parsed, with its text; every way it can fail is a ConfigError
    that names the file, and the line where there is one."""
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder; name a zhclean.toml or pyproject.toml file")
    raw = _read_bytes(path, f"{path}: no such configuration file", f"{path}: cannot read the configuration")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 (TOML files are UTF-8; re-save it as UTF-8)") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        where = f"{path}:{found.group(1)}:{found.group(2)}" if found else str(path)
        raise ConfigError(f"{where}: not valid TOML: {message}") from None


def load_file(path: str | Path) -> Config:
    """The settings of one configuration file (``--config``): ``[tool.zhclean]`` of a
    ``pyproject.toml``, the top level (or ``[tool.zhclean]``) of any other TOML file."""
    path = Path(path)
    data, text = read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("zhclean", {})
    elif "tool" in data and "zhclean" in data["tool"]:
        data = data["tool"]["zhclean"]
    return from_mapping(data, str(path), text)


def find_config_file(start: str | Path = ".") -> Path | None:
    """The configuration that applies to ``start`` (a file or folder): the nearest
    ``zhclean.toml``, or ``pyproject.toml`` with a ``[tool.zhclean]`` table, from its folder
    upwards. A ``pyproject.toml`` on the way that is not valid TOML is an error: it may be
    the one meant, and ruff stops there too."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "zhclean.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            data, _text = read_toml(candidate)
            if "zhclean" in data.get("tool", {}):
                return candidate
    return None


def discover(start: str | Path = ".") -> Config:
    """The settings that apply to ``start`` (see :func:`find_config_file`); defaults when
    no file applies."""
    found = find_config_file(start)
    return load_file(found) if found else Config()
