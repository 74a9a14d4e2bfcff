"""`zhclean check --format sarif` against the SARIF 2.1.0 schema (vendored, see tests/data)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhclean.cli import main

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency: pip install -e '.[dev]'")

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
FOOTER = "浙ICP备14041666号"
BODY = "市总工会召开全体干部会议，传达学习全会精神。\n"


def _validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture
def sarif(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "页面.txt").write_text(BODY + "\n版权所有  " + FOOTER + "\n", encoding="utf-8")
    (site / "b.jsonl").write_text(json.dumps({"id": "r1", "text": BODY + FOOTER}, ensure_ascii=False) + "\n"
                                  + json.dumps({"id": "r1", "text": BODY * 2, "flags": [], "edits": [],
                                                "stats": {"chars_in": 1, "chars_out": 2}}) + "\n",
                                  encoding="utf-8")
    out = tmp_path / "zhclean.sarif"
    code = main(["check", "site", "--select", "C101,L301,S", "--show-info", "--format", "sarif", "-o", str(out)])
    assert code == 1
    return json.loads(out.read_text(encoding="utf-8"))


def test_sarif_output_validates_against_the_2_1_0_schema(sarif):
    errors = sorted(_validator().iter_errors(sarif), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_the_schema_check_catches_a_broken_log(sarif):
    # Guard against a validator that accepts anything: break one required property.
    del sarif["runs"][0]["results"][0]["message"]
    assert list(_validator().iter_errors(sarif))


def test_sarif_results_carry_what_code_scanning_needs(sarif):
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    codes = {r["id"] for r in rules}
    results = run["results"]
    assert {"C101", "L301", "S102", "S106"} <= {r["ruleId"] for r in results} <= codes
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith("/")  # relative to the repository root
        assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
        assert r["partialFingerprints"]["zhcleanFinding/v1"]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["C101"] == "error" and levels["L301"] == "note"
    c101 = [r for r in results if r["ruleId"] == "C101" and "txt" in r["locations"][0]["physicalLocation"]
            ["artifactLocation"]["uri"]]
    assert c101[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert c101[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "site/%E9%A1%B5%E9%9D%A2.txt"
    jsonl = [r for r in results if r["ruleId"] == "C101" and "jsonl" in r["locations"][0]["physicalLocation"]
             ["artifactLocation"]["uri"]]
    assert jsonl[0]["properties"] == {"documentId": "r1", "documentLine": 2, "documentColumn": 1}
