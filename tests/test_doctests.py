"""Run the examples in every zhclean module's docstrings (they are the docs)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import zhclean


def _modules():
    names = ["zhclean"]
    for pkg in ("zhclean", "zhclean.html", "zhclean.rules", "zhclean.rules.chrome", "zhclean.validation"):
        mod = importlib.import_module(pkg)
        names += [f"{pkg}.{m.name}" for m in pkgutil.iter_modules(mod.__path__)
                  if f"{pkg}.{m.name}" not in ("zhclean.rules", "zhclean.validation", "zhclean.__main__")]
    return sorted(set(names))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
