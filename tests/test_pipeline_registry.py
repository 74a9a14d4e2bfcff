"""The rule index: selection imports only the chosen rules, and the index matches the rules."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from zhclean import registry
from zhclean.registry import (BUILTIN_RULES, RegistryError, _builtin_loader, all_rules, check_index, index_entry,
                              known_codes, scan_builtin_rules)


def test_rule_index_lists_every_rule_class_as_it_is():
    found = {cls.code: index_entry(cls) for cls in scan_builtin_rules()}
    assert found == BUILTIN_RULES, "zhclean/rule_index.py is stale: run `make docs`"
    check_index()
    assert list(known_codes()) == [c.code for c in all_rules()]


def test_a_rule_missing_from_the_index_is_an_error_that_says_so(monkeypatch):
    module, name, stage, default = BUILTIN_RULES["C101"]
    monkeypatch.setattr(registry, "BUILTIN_RULES", {k: v for k, v in BUILTIN_RULES.items() if k != "C101"})
    with pytest.raises(RegistryError, match=r"stale \(not listed: C101\): run `make docs`"):
        check_index()
    monkeypatch.setattr(registry, "BUILTIN_RULES", {**BUILTIN_RULES, "C101": (module, name, stage, not default)})
    with pytest.raises(RegistryError, match=r"stale \(changed: C101\)"):
        check_index()


def test_a_stale_index_entry_is_refused_when_its_rule_is_loaded():
    module, name, stage, default = BUILTIN_RULES["C101"]
    assert _builtin_loader("C101", module, name, stage, default)().code == "C101"
    with pytest.raises(RegistryError, match="stale for C101"):
        _builtin_loader("C101", module, name, stage, not default)()
    with pytest.raises(RegistryError, match="stale for C102"):
        _builtin_loader("C102", module, name, stage, default)()  # the class there is C101's


def test_choosing_rules_imports_only_their_modules_and_plain_text_no_html():
    program = ("import json, sys\nfrom zhclean import Document, Pipeline\n"
               "pipe = Pipeline(ignore=['T'])\nbefore = set(sys.modules)\n"
               "pipe.clean(Document(id='a', text='工会干部要提高政治站位。\\n浙ICP备14041666号'))\n"
               "print(json.dumps([sorted(before), sorted(set(sys.modules) - before)]))")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    loaded, during_clean = json.loads(out)
    typo_rules = {module for code, (module, *_rest) in BUILTIN_RULES.items() if code.startswith("T")}
    assert typo_rules and not typo_rules & set(loaded)
    assert {module for code, (module, *_rest) in BUILTIN_RULES.items() if code.startswith("C")} <= set(loaded)
    assert "zhclean.html" not in loaded + during_clean  # a text that is not a page is not parsed as one
