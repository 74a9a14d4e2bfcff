"""Finding rules: zhclean's own, and third-party packs through entry points.

zhclean's own rules are known from :mod:`zhclean.rule_index` (code, module, class, stage,
on by default), so choosing rules imports only the modules of the rules chosen: a run with
``--ignore T`` never imports the typo rules. ``make docs`` rewrites the index
(:func:`write_index`); ``tests/test_pipeline_registry.py`` fails when it and the rule
classes disagree, and so does naming a rule the index does not list yet. A rule pack is
any installed distribution that declares::

    [project.entry-points."zhclean.rules"]
    mypack = "mypack.rules"            # a module: all its Rule subclasses
    mine = "mypack.rules:MyRule"       # or one class

Selection works by code prefix as in ruff: ``C`` selects every chrome rule, ``C1``
the C1xx rules, ``C101`` one rule, ``ALL`` everything.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Callable, Mapping, Sequence

from .pattern_cache import cached_patterns
from .rule import Rule
from .rule_index import RULES as BUILTIN_RULES
from .selection import is_selected, normalise_selectors  # noqa: F401 (normalise_selectors: public here too)

ENTRY_POINT_GROUP = "zhclean.rules"
STALE_HINT = "run `make docs` (docs/generate.py), which rewrites it from the rule classes"


class RegistryError(Exception):
    """Two rules claim one code, a rule pack cannot be loaded, or the rule index is stale."""


def _rules_in_module(module: ModuleType) -> list[type[Rule]]:
    found = []
    for obj in vars(module).values():
        if (
            inspect.isclass(obj)
            and issubclass(obj, Rule)
            and obj.__module__ == module.__name__
            and "code" in obj.__dict__
        ):
            found.append(obj)
    return found


def scan_builtin_rules() -> list[type[Rule]]:
    """Every rule class of :mod:`zhclean.rules`, found by importing every module: what
    the index must list (the index test and ``python -m zhclean.registry`` use it)."""
    from . import rules as package

    # Rule modules may sit in sub-packages (rules/chrome/, rules/typo/); a name starting
    # with "_" anywhere on the path marks a helper module that holds no rules.
    classes: list[type[Rule]] = []
    prefix = package.__name__ + "."
    for info in sorted(pkgutil.walk_packages(package.__path__, prefix), key=lambda i: i.name):
        if any(part.startswith("_") for part in info.name[len(prefix):].split(".")):
            continue
        module = importlib.import_module(info.name)
        classes.extend(_rules_in_module(module))
    return classes


def index_entry(cls: type[Rule]) -> tuple[str, str, int, bool]:
    """What the index says of a rule: ``(module, class, stage, default_enabled)``."""
    return cls.__module__, cls.__qualname__, int(cls.stage), bool(cls.default_enabled)


def may_declare_entry_points(group: str) -> bool:
    """False only when no installed distribution can declare entry points of ``group``.

    The search ``importlib.metadata`` makes, as text: every folder on ``sys.path``, its
    ``*.dist-info`` and ``*.egg-info`` (and an egg's ``EGG-INFO``) folders, their
    ``entry_points.txt`` holding the group's name. Unsure (a zip on the path, an import
    hook that finds distributions of its own): True. It spares a run with no rule packs
    importing ``importlib.metadata`` (15 ms, a tenth of a one-document run).
    """
    import os
    import sys
    from importlib.machinery import PathFinder

    if any(hasattr(finder, "find_distributions") and finder is not PathFinder for finder in sys.meta_path):
        return True
    for entry in sys.path:
        folder = entry or "."
        try:
            children = os.listdir(folder)
        except OSError:
            if os.path.exists(folder):  # a zip, say: importlib.metadata reads those too
                return True
            continue
        egg = os.path.basename(folder).lower().endswith(".egg")
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")) or (egg and low == "egg-info"):
                try:
                    with open(os.path.join(folder, child, "entry_points.txt"), encoding="utf-8",
                              errors="replace") as fh:
                        if group in fh.read():
                            return True
                except OSError:  # none, or not a folder
                    continue
    return False


def _plugin_rule_classes() -> list[type[Rule]]:
    classes: list[type[Rule]] = []
    if not may_declare_entry_points(ENTRY_POINT_GROUP):
        return classes
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken pack must say which one it is
            raise RegistryError(f"rule pack {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        if inspect.ismodule(obj):
            classes.extend(_rules_in_module(obj))
        elif inspect.isclass(obj) and issubclass(obj, Rule):
            classes.append(obj)
        else:
            raise RegistryError(f"rule pack {ep.name!r} ({ep.value}) is neither a module nor a Rule class")
    return classes


def _builtin_loader(code: str, module: str, name: str, stage: int, default: bool) -> Callable[[], type[Rule]]:
    def load() -> type[Rule]:
        cls = getattr(importlib.import_module(module), name, None)
        if cls is None or getattr(cls, "code", None) != code or index_entry(cls) != (module, name, stage, default):
            raise RegistryError(f"the rule index (zhclean/rule_index.py) is stale for {code}: {STALE_HINT}")
        return cls
    return load


@lru_cache(maxsize=1)
def _known() -> Mapping[str, tuple[int, bool, Callable[[], type[Rule]]]]:
    """Every rule code, in running order (stage, then code): its stage, whether it is on
    by default, and how to get its class (built-in rules are imported only then)."""
    known: dict[str, tuple[int, bool, Callable[[], type[Rule]]]] = {
        code: (stage, default, _builtin_loader(code, module, name, stage, default))
        for code, (module, name, stage, default) in BUILTIN_RULES.items()}
    plugins: dict[str, type[Rule]] = {}
    for cls in _plugin_rule_classes():
        other = plugins.get(cls.code)
        if cls.code in BUILTIN_RULES and (cls.__module__, cls.__qualname__) != BUILTIN_RULES[cls.code][:2]:
            module, name = BUILTIN_RULES[cls.code][:2]
            raise RegistryError(f"rule code {cls.code} is claimed by both {module}.{name} "
                                f"and {cls.__module__}.{cls.__qualname__}")
        if other is not None and other is not cls:
            raise RegistryError(
                f"rule code {cls.code} is claimed by both {other.__module__}.{other.__qualname__} "
                f"and {cls.__module__}.{cls.__qualname__}"
            )
        plugins[cls.code] = cls
        known[cls.code] = (int(cls.stage), bool(cls.default_enabled), (lambda c=cls: c))
    return MappingProxyType(dict(sorted(known.items(), key=lambda kv: (kv[1][0], kv[0]))))


def known_codes() -> tuple[str, ...]:
    """Every rule code, in running order, without importing a built-in rule module."""
    return tuple(_known())


@lru_cache(maxsize=None)
def _load(code: str) -> type[Rule]:
    return _known()[code][2]()


def all_rules() -> tuple[type[Rule], ...]:
    """Every rule class, in running order (stage, then code), found by importing every
    rule module (the index is for choosing rules: :func:`select_rules` and :func:`get_rule`
    import only what they return)."""
    classes = {cls.code: cls for cls in scan_builtin_rules()}
    classes.update((code, _load(code)) for code in _known() if code not in BUILTIN_RULES)  # the packs'
    return tuple(sorted(classes.values(), key=lambda c: (int(c.stage), c.code)))


def check_index() -> None:
    """Raise :class:`RegistryError` unless the index lists every built-in rule class as it
    is; imports every rule module (for error paths and the index test)."""
    found = {cls.code: index_entry(cls) for cls in scan_builtin_rules()}
    if found != BUILTIN_RULES:
        differ = [f"{label}: {', '.join(codes)}" for label, codes in (
            ("not listed", sorted(found.keys() - BUILTIN_RULES.keys())),
            ("no longer a rule", sorted(BUILTIN_RULES.keys() - found.keys())),
            ("changed", sorted(c for c in found.keys() & BUILTIN_RULES.keys() if found[c] != BUILTIN_RULES[c])))
            if codes]
        raise RegistryError(f"the rule index (zhclean/rule_index.py) is stale ({'; '.join(differ)}): {STALE_HINT}")


_CHECK_CODES: dict[str, tuple[str, str]] = {}


def register_check_codes(codes: Mapping[str, tuple[str, str]]) -> None:
    """Make codes that are checks, not rules, known to ``zhclean rules`` and ``explain``.

    ``codes`` maps a code to ``(name, summary)``; zhclean.validation registers its S codes
    when its commands are registered.
    """
    _CHECK_CODES.update(codes)


def check_codes() -> Mapping[str, tuple[str, str]]:
    """The registered check codes (see :func:`register_check_codes`)."""
    return MappingProxyType(_CHECK_CODES)


def get_rule(code: str) -> type[Rule]:
    code = code.strip().upper()
    if code not in _known():
        check_index()  # a rule added since the index was written must say so
        raise KeyError(code)
    with cached_patterns():
        return _load(code)


def unknown_selectors(selectors: Sequence[str]) -> list[str]:
    """Selectors that match no known rule (probably a typo in the configuration)."""
    codes = known_codes()
    unknown = [s for s in selectors if s != "ALL" and not any(c.startswith(s) for c in codes)]
    if unknown:
        check_index()  # a rule added since the index was written must say so
    return unknown


def select_rules(
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[type[Rule]]:
    """Rule classes chosen by ruff-style selectors (:mod:`zhclean.selection`), in running order.

    With no ``select`` the default set is used (rules with ``default_enabled``).
    """
    with cached_patterns():  # the rule modules' patterns, compiled at import
        return [_load(code) for code, (_stage, default, _) in _known().items()
                if is_selected(code, select or (), ignore, extend_select, default=default)]


def write_index(path: Path = Path(__file__).with_name("rule_index.py")) -> str:
    """(Re)write :mod:`zhclean.rule_index` from the rule classes; the text written."""
    rows = sorted((cls.code, index_entry(cls)) for cls in scan_builtin_rules())
    lines = [f"    {code!r}: ({module!r}, {name!r}, {stage}, {default})," for code, (module, name, stage, default) in rows]
    text = ('"""Every built-in rule: code -> (module, class, stage, on by default), so that choosing\n'
            "rules imports only the modules of the rules chosen. Generated from the rule classes by\n"
            '`make docs` (zhclean.registry.write_index); tests/test_pipeline_registry.py checks it."""\n\n'
            "RULES: dict[str, tuple[str, str, int, bool]] = {\n" + "\n".join(lines) + "\n}\n")
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return text
