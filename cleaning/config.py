"""Configuration: ``[tool.zhclean]`` in ``pyproject.toml``, or a ``zhclean.toml``.

Looked up from the current folder upwards, like ruff does; command-line flags win over
the file. Keys (all optional)::

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

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .selection import normalise_selectors


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
    workers: int = 1
    #: How much of the audit trail records carry: one of :data:`TRAIL_LEVELS`.
    trail: str = "compact"
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: ``[tool.zhclean.check]``: severities and corpus thresholds for ``zhclean check``,
    #: validated by :mod:`zhclean.validation.settings`, not here.
    check: Mapping[str, Any] = field(default_factory=dict)
    #: Where the settings came from, for messages; not a setting.
    path: str | None = None

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
        return replace(self, **clean)


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Config) if f.name != "path"}


def from_mapping(table: Mapping[str, Any], path: str | None = None) -> Config:
    kwargs: dict[str, Any] = {}
    where = path or "configuration"
    for key, value in table.items():
        name = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if name is None:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.zhclean] (known: {known})")
        kwargs[name] = _convert(name, key, value, where, Path(path).parent if path else Path.cwd())
    return Config(path=path, **kwargs)


def _convert(name: str, key: str, value: Any, where: str, base: Path) -> Any:
    """One setting in its Python type, or a ConfigError that says what was expected."""
    if name in ("select", "ignore", "extend_select", "fix"):
        if not (isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))):
            raise ConfigError(f"{where}: {key} must be a list of rule codes, like [\"C\", \"L3\"]")
        return normalise_selectors(value)
    if name == "options":
        if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
            raise ConfigError(f"{where}: options must hold one table per rule code, like [tool.zhclean.options.L301]")
        return expand_list_files({str(k).upper(): dict(v) for k, v in value.items()}, base, where)
    if name == "check":
        if not isinstance(value, Mapping):
            raise ConfigError(f"{where}: 'check' must be a table ([tool.zhclean.check])")
        return dict(value)
    if name in ("fix_threshold", "max_doc_mb", "workers"):
        kind = int if name == "workers" else float
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not float(value).is_integer()):
            raise ConfigError(f"{where}: {key} must be a number{' of processes' if kind is int else ''}, not {value!r}")
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
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{what}: no such file {path}") from None
    except OSError as exc:
        raise ConfigError(f"{what}: cannot read {path} ({exc.strerror or exc})") from None
    entries = []
    for number, line in enumerate(raw.splitlines(), 1):
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            raise ConfigError(f"{path}:{number}: not UTF-8 (save the list as UTF-8; {what})") from None
        if text and not text.startswith("#"):
            entries.append(text.split()[0])
    return entries


def load_file(path: str | Path) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("zhclean", {})
    elif "tool" in data and "zhclean" in data["tool"]:
        data = data["tool"]["zhclean"]
    return from_mapping(data, str(path))


def discover(start: str | Path = ".") -> Config:
    """The nearest ``zhclean.toml``, or ``pyproject.toml`` with a ``[tool.zhclean]`` table."""
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "zhclean.toml"
        if candidate.is_file():
            return load_file(candidate)
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "zhclean" in data.get("tool", {}):
                return from_mapping(data["tool"]["zhclean"], str(candidate))
    return Config()
