"""Every rule is documented the way docs/design.md asks, and its example is true."""
from __future__ import annotations

import re

import pytest

from zhclean import Config, Document, Pipeline
from zhclean.registry import all_rules
from zhclean.html import STEP_CODES, extract
from zhclean.rule import Stage

RULES = [cls for cls in all_rules() if cls.__module__.startswith("zhclean.")]
#: The extraction steps (H101–H108) run on pages: their examples are a page and its text.
TEXT_RULES = [cls for cls in RULES if cls.stage != Stage.EXTRACT]
BLOCK = re.compile(r"\*\*(Anti-pattern|Best practice)\*\*::\n\n((?:[ \t]+.*\n|\n)+)")


def _blocks(doc: str) -> dict[str, str]:
    out = {}
    for m in BLOCK.finditer(doc + "\n"):
        lines = m.group(2).rstrip("\n").splitlines()
        indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
        out[m.group(1)] = "\n".join(l[indent:] for l in lines).strip("\n")
    return out


@pytest.mark.parametrize("cls", RULES, ids=lambda c: c.code)
def test_rule_metadata(cls):
    assert re.fullmatch(r"[CLNTQHS]\d{3}", cls.code)
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9-]+)+", cls.name), cls.name
    assert cls.name.split(".")[0] in {"chrome", "layout", "normalise", "typo", "quality", "html", "schema"}
    assert 10 < len(cls.summary) < 90 and "\n" not in cls.summary


@pytest.mark.parametrize("cls", TEXT_RULES, ids=lambda c: c.code)
def test_docstring_example_is_what_the_rule_does(cls):
    blocks = _blocks(cls.doc())
    assert set(blocks) == {"Anti-pattern", "Best practice"}, f"{cls.code} docstring needs both example blocks"
    # a rule that acts only on what it is given (C501's learned lines) names it in example_options
    options = getattr(cls, "example_options", None)
    config = Config(options={cls.code: options}) if options else None
    res = Pipeline(config, select=[cls.code]).clean(Document(id="doc", text=blocks["Anti-pattern"]))
    if res.edits:
        assert res.text.strip() == blocks["Best practice"].strip()
    else:  # a flag rule: the anti-pattern must raise its flag
        assert any(f["rule"] == cls.code for f in res.flags), f"{cls.code}: anti-pattern raises nothing"


@pytest.mark.parametrize("cls", [c for c in RULES if c.stage == Stage.EXTRACT], ids=lambda c: c.code)
def test_extraction_example_is_what_the_step_does(cls):
    """The page extracts to the example's text, and to something else without the step."""
    blocks = _blocks(cls.doc())
    text = extract(blocks["Anti-pattern"])[0]
    assert text == blocks["Best practice"] != extract(blocks["Anti-pattern"], set(STEP_CODES) - {cls.code})[0]
