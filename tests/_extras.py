"""Optional libraries in tests: skip with the reason when one is absent, except in the job
that installed its extra (``make test-extras`` sets ZHCLEAN_REQUIRE_EXTRAS), where a missing
library is a failure: those tests must not pass by skipping."""
from __future__ import annotations

import importlib
import os

import pytest


def need(module: str, extra: str):
    """``module`` imported; a skip naming ``pip install 'zhclean[extra]'`` when it is absent."""
    required = {e.strip() for e in os.environ.get("ZHCLEAN_REQUIRE_EXTRAS", "").split(",") if e.strip()}
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if extra in required or "all" in required:
            raise AssertionError(f"the {extra!r} extras job must have {module} installed: {exc}") from exc
        pytest.skip(f"{module} is not installed (pip install 'zhclean[{extra}]'; `make test-extras` runs these)",
                    allow_module_level=True)
