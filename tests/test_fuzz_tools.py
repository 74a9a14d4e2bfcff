"""The triage tool for the inputs ``make fuzz`` logs as not idempotent (tools/idem_triage.py)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "idem_triage.py"


@pytest.fixture(scope="module")
def triage():
    spec = importlib.util.spec_from_file_location("idem_triage", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ddmin_keeps_only_what_the_property_needs(triage):
    assert triage.ddmin("xx首页yy > zz新闻ww", lambda t: "首页" in t and ">" in t) in {"首页>", ">首页"}
    assert triage.ddmin("abc", lambda t: True) in {"a", "b", "c"}


def test_an_input_that_settles_in_one_pass_has_no_shape(triage):
    page = "市总工会召开全委会议\n会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。\n"
    assert triage.minimise(page) == (page, "", [])


def test_the_main_groups_logged_inputs_by_rule(triage, tmp_path, capsys, monkeypatch):
    # a rule that acts on every pass stands in for a shape that does not settle
    calls = []

    def second_pass(text):
        calls.append(text)
        return text, text[:-1], ["C002"] if "首页" in text else []

    monkeypatch.setattr(triage, "second_pass", second_pass)
    log = tmp_path / "idempotence.log"
    log.write_text("".join(json.dumps({"input": t}, ensure_ascii=False) + "\n"
                           for t in ["xx首页yy", "首页zz", "不变"]), encoding="utf-8")
    out = tmp_path / "shapes.md"
    assert triage.main([str(log), "--markdown", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 inputs: 1 settle in one pass now; still changing: C002 2" in printed
    assert out.read_text(encoding="utf-8").count("- C002 (") == 1  # both minimise to 首页 (or a part of it)
