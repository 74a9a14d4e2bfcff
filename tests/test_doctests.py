"""Run the examples in every zhclean module's docstrings (they are the docs)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import zhclean


# Modules that exist only to plug zhclean into an optional library: importing them without it
# is an ImportError by design (the message names the extra), so their examples run where
# the extra is installed.
_NEEDS_EXTRA = {"zhclean.datajuicer": "data_juicer"}


def _modules():
    names = ["zhclean"]
    for pkg in ("zhclean", "zhclean.html", "zhclean.rules", "zhclean.rules.chrome", "zhclean.validation"):
        mod = importlib.import_module(pkg)
        names += [f"{pkg}.{m.name}" for m in pkgutil.iter_modules(mod.__path__)
                  if f"{pkg}.{m.name}" not in ("zhclean.rules", "zhclean.validation", "zhclean.__main__")]
    return sorted(set(names))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    if name in _NEEDS_EXTRA:
        pytest.importorskip(_NEEDS_EXTRA[name], reason=f"{name} needs an extra; `make test-extras` runs its tests")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
