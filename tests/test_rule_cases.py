"""Per-rule cases from ``tests/cases/<CODE>.yaml``, run by one parametrised test.

Each file::

    rule: C101
    changes:          # text the rule must change, and what it must become
      - name: licence on its own footer line
        text: |
          ...
        want: |
          ...
        meta: {icp: 浙ICP备14041666号}   # optional: meta fields the rule must set
    keeps:            # text the rule must leave exactly as it is, with no flag
      - name: a sentence that mentions a licence
        text: ...
    flags:            # for flag rules: spans the rule must flag
      - name: ...
        text: ...
        want: [{text: 王会, suggestion: 工会}]
        options: {...}  # optional rule options for this case (also allowed on the other kinds)

Only the rule under test runs, so a case shows exactly what that rule does.

An extraction rule (H101–H108, stage ``extract``) works on pages: its ``text`` is an HTML
page and ``want`` the text extracted from it with every extraction step. The steps build on
each other, so the case runs them all and once more without the rule under test: a change
case must then come out different and record a removal under the rule's code
(``meta.html.removed``), a keep case the same and with none.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zhclean import Config, Document, Pipeline
from zhclean.html import STEP_CODES, extract
from zhclean.registry import all_rules, get_rule
from zhclean.rule import Stage

CASES = Path(__file__).parent / "cases"


def _load():
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        code = data["rule"]
        for kind in ("changes", "keeps", "flags"):
            for i, case in enumerate(data.get(kind) or []):
                out.append(pytest.param(code, kind, case, id=f"{code}-{kind}-{i}-{case.get('name', '')[:40]}"))
    return out


def _run(code, case):
    config = Config(options={code: case.get("options", {})}) if case.get("options") else Config()
    pipe = Pipeline(config, select=[code])
    return pipe.clean(Document(id="case", text=case["text"], meta=dict(case.get("doc_meta", {}))))


def _check_extraction(code, kind, case):
    text, meta = extract(case["text"])
    without, _ = extract(case["text"], [c for c in STEP_CODES if c != code])
    removals = [e for e in meta["html"]["removed"] if e["rule"] == code]
    assert text == case["want"], f"{case.get('name')}: extracted text differs"
    if kind == "changes":
        assert without != text, f"{case.get('name')}: the page comes out the same without {code}"
        assert removals, f"{case.get('name')}: no removal recorded under {code}"
    else:
        assert without == text and not removals, f"{case.get('name')}: {code} removed {removals}"


@pytest.mark.parametrize("code,kind,case", _load())
def test_rule_case(code, kind, case):
    if get_rule(code).stage == Stage.EXTRACT:
        return _check_extraction(code, kind, case)
    res = _run(code, case)
    if kind == "changes":
        assert res.text == case["want"], f"{case.get('name')}: rule output differs"
        assert res.edits, "a change case must produce an audited edit"
        assert all(code in e.get("rules", [e["rule"]]) for e in res.edits)
        for key, value in (case.get("meta") or {}).items():
            assert res.meta.get(key) == value, f"meta.{key}"
    elif kind == "keeps":
        assert res.text == case["text"], f"{case.get('name')}: rule changed text it must keep"
        own_flags = [f for f in res.flags if f["rule"] == code]
        assert not own_flags, f"{case.get('name')}: unexpected flags {own_flags}"
        for key in case.get("no_meta") or []:
            assert key not in res.meta
    else:
        got = [{"text": f["text"], **({"suggestion": f["suggestion"]} if "suggestion" in f else {})}
               for f in res.flags if f["rule"] == code]
        for want in case["want"]:
            assert any(g["text"] == want["text"] and g.get("suggestion") == want.get("suggestion", g.get("suggestion"))
                       for g in got), f"{case.get('name')}: missing flag {want}; got {got}"


def test_every_rule_has_enough_cases():
    """Each rule: at least three variants it must act on and two it must keep."""
    have = {}
    for path in CASES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        have[data["rule"]] = data
    missing = []
    for cls in all_rules():
        if cls.__module__.split(".")[0] != "zhclean":
            continue  # third-party packs test themselves
        data = have.get(cls.code, {})
        acts = len(data.get("changes") or []) + len(data.get("flags") or [])
        if acts < 3 or len(data.get("keeps") or []) < 2:
            missing.append(f"{cls.code} ({acts} acting, {len(data.get('keeps') or [])} keeping)")
    assert not missing, "rules without enough YAML cases: " + ", ".join(missing)
