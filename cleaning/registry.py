"""Finding rules: zhclean's own, and third-party packs through entry points.

Every module in :mod:`zhclean.rules` is imported and its :class:`~zhclean.rule.Rule`
subclasses collected. A rule pack is any installed distribution that declares::

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
from importlib.metadata import entry_points
from types import MappingProxyType, ModuleType
from typing import Mapping, Sequence

from .rule import Rule
from .selection import is_selected, normalise_selectors  # noqa: F401 (normalise_selectors: public here too)

ENTRY_POINT_GROUP = "zhclean.rules"


class RegistryError(Exception):
    """Two rules claim one code, or a rule pack cannot be loaded."""


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


def _builtin_rule_classes() -> list[type[Rule]]:
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


def _plugin_rule_classes() -> list[type[Rule]]:
    classes: list[type[Rule]] = []
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


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    """Every known rule class, in running order (stage, then code)."""
    by_code: dict[str, type[Rule]] = {}
    for cls in [*_builtin_rule_classes(), *_plugin_rule_classes()]:
        other = by_code.get(cls.code)
        if other is not None and other is not cls:
            raise RegistryError(
                f"rule code {cls.code} is claimed by both {other.__module__}.{other.__qualname__} "
                f"and {cls.__module__}.{cls.__qualname__}"
            )
        by_code[cls.code] = cls
    return tuple(sorted(by_code.values(), key=lambda c: (int(c.stage), c.code)))


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
    for cls in all_rules():
        if cls.code == code:
            return cls
    raise KeyError(code)


def unknown_selectors(selectors: Sequence[str]) -> list[str]:
    """Selectors that match no known rule (probably a typo in the configuration)."""
    codes = [c.code for c in all_rules()]
    return [s for s in selectors if s != "ALL" and not any(c.startswith(s) for c in codes)]


def select_rules(
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[type[Rule]]:
    """Rule classes chosen by ruff-style selectors (:mod:`zhclean.selection`), in running order.

    With no ``select`` the default set is used (rules with ``default_enabled``).
    """
    return [cls for cls in all_rules()
            if is_selected(cls.code, select or (), ignore, extend_select, default=cls.default_enabled)]
