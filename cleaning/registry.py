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
from types import ModuleType
from typing import Iterable, Sequence

from .rule import Rule

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


def get_rule(code: str) -> type[Rule]:
    code = code.strip().upper()
    for cls in all_rules():
        if cls.code == code:
            return cls
    raise KeyError(code)


def _matches(code: str, selectors: Iterable[str]) -> bool:
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def normalise_selectors(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """``"C, L3"`` or ``["C", "L3"]`` → ``("C", "L3")``, upper-cased."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values:
        out.extend(p.strip().upper() for p in str(v).split(",") if p.strip())
    return tuple(out)


def unknown_selectors(selectors: Sequence[str]) -> list[str]:
    """Selectors that match no known rule (probably a typo in the configuration)."""
    codes = [c.code for c in all_rules()]
    return [s for s in selectors if s != "ALL" and not any(c.startswith(s) for c in codes)]


def select_rules(
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[type[Rule]]:
    """Rule classes chosen by ruff-style selectors, in running order.

    With no ``select`` the default set is used (rules with ``default_enabled``);
    ``extend_select`` adds to whichever set is in force; ``ignore`` removes, and the most
    specific selector wins, so ``--select C --ignore C1`` keeps C2xx only and
    ``--ignore C --extend-select C101`` keeps C101.
    """
    chosen = []
    for cls in all_rules():
        selected_by = [s for s in (select or ()) if _matches(cls.code, [s])]
        extended_by = [s for s in extend_select if _matches(cls.code, [s])]
        ignored_by = [s for s in ignore if _matches(cls.code, [s])]
        if select:
            on = bool(selected_by)
        else:
            on = cls.default_enabled
        best_on = max((len(s) if s != "ALL" else 0 for s in [*selected_by, *extended_by]), default=-1)
        if extended_by:
            on = True
        best_off = max((len(s) if s != "ALL" else 0 for s in ignored_by), default=-1)
        if ignored_by and best_off >= best_on:
            on = False
        if on:
            chosen.append(cls)
    return chosen
