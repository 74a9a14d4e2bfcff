"""`zhclean check`: findings, locations, severities, exit codes, baselines.

The tests select C101 (licence numbers) and L301 (whitespace), the two rules whose
behaviour is fixed, so they do not move when other rules are added.
"""
from __future__ import annotations

import json
import shutil

import pytest

from zhclean.cli import main

FOOTER = "浙ICP备14041666号"
BODY = "市总工会召开全体干部会议，传达学习全会精神。\n会议要求各级工会把思想统一到会议精神上来。\n"
STABLE = ["--select", "C101,L301,S"]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    # No pyproject.toml above tmp_path: the configuration is the defaults or what a test writes.
    monkeypatch.chdir(tmp_path)


def _check(*argv):
    return main(["check", *argv])


def _write_page(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _position(text, needle):
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def test_text_file_findings_give_line_and_column_in_the_document(tmp_path, capsys):
    page = BODY + "\n版权所有：嵊州市总工会  " + FOOTER + "\n"
    path = _write_page(tmp_path / "site", "a.txt", page)
    assert _check(str(tmp_path / "site"), "--select", "C101,L301") == 1
    out = capsys.readouterr().out.splitlines()
    line, col = _position(page, "  " + FOOTER)  # the rule takes the separating spaces too
    c101 = [x for x in out if " C101 " in x]
    assert len(c101) == 1 and c101[0].startswith(f"{path}:{line}:{col}: C101 ")
    assert FOOTER in c101[0]
    assert not any(" L301 " in x for x in out)  # whitespace is info: counted, not listed


def test_show_info_lists_whitespace_findings_without_failing(tmp_path, capsys):
    page = BODY.replace("会议要求", "　　会议要求")
    _write_page(tmp_path / "site", "a.txt", page)
    assert _check(str(tmp_path / "site"), "--select", "C101,L301", "--show-info") == 0
    out = capsys.readouterr().out
    line, col = _position(page, "\n　　会议要求")  # the line break and the indent are one run
    assert f"a.txt:{line}:{col}: L301 " in out


def test_jsonl_findings_give_the_record_line_and_position_in_its_text(tmp_path, capsys):
    records = [{"id": "ok", "text": BODY}, {"id": "bad", "text": BODY + FOOTER}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert _check(str(corpus), "--select", "C101", "--format", "json") == 1
    findings = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["line"], f["doc_id"]) for f in findings] == [("C101", 2, "bad")]
    assert (findings[0]["doc_line"], findings[0]["doc_col"]) == _position(BODY + FOOTER, FOOTER)


def test_cleaned_output_of_the_same_pages_passes(tmp_path, samples_dir, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(samples_dir, raw)
    assert _check(str(raw), *STABLE) == 1
    assert "C101" in capsys.readouterr().out
    out = tmp_path / "clean.jsonl"
    assert main(["clean", str(raw), "-o", str(out), "-q", "--select", "C101,L301"]) == 0
    assert _check(str(out), *STABLE) == 0
    assert capsys.readouterr().out == ""


def test_record_field_zhclean_ignore_accepts_a_finding(tmp_path, capsys):
    records = [{"id": "kept", "text": BODY + FOOTER, "zhclean_ignore": ["C101"]},
               {"id": "other", "text": BODY + FOOTER, "zhclean_ignore": ["T"]}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert _check(str(corpus), "--select", "C101") == 1
    captured = capsys.readouterr()
    assert "[other " in captured.out and "[kept " not in captured.out
    assert "1 ignored by zhclean_ignore" in captured.err


def test_config_promotes_and_demotes_codes(tmp_path, capsys):
    _write_page(tmp_path / "site", "a.txt", BODY.replace("会议要求", "会议要求  各级") + FOOTER)
    (tmp_path / "zhclean.toml").write_text('[check.severity]\nC101 = "warning"\nL3 = "error"\n', encoding="utf-8")
    assert _check("site", "--select", "C101,L301") == 1
    out = capsys.readouterr().out
    assert " L301 " in out and " C101 " in out
    (tmp_path / "zhclean.toml").write_text('[check.severity]\nC101 = "warning"\n', encoding="utf-8")
    assert _check("site", "--select", "C101,L301") == 0
    assert " C101 " in capsys.readouterr().out
    (tmp_path / "zhclean.toml").write_text('[check.severity]\nC101 = "off"\n', encoding="utf-8")
    assert _check("site", "--select", "C101,L301") == 0
    assert capsys.readouterr().out == ""


def test_bad_severity_in_config_is_a_usage_error(tmp_path, capsys):
    _write_page(tmp_path / "site", "a.txt", BODY)
    (tmp_path / "zhclean.toml").write_text('[check.severity]\nC101 = "fatal"\n', encoding="utf-8")
    assert _check("site") == 2
    assert "fatal" in capsys.readouterr().err


def test_exit_zero_statistics_and_input_errors(tmp_path, capsys):
    _write_page(tmp_path / "site", "a.txt", BODY + FOOTER)
    _write_page(tmp_path / "site", "b.txt", BODY + "\n" + FOOTER + "\n")
    assert _check("site", "--select", "C101,L301", "--exit-zero") == 0
    assert _check("site", "--select", "C101,L301", "--statistics") == 1
    stats = capsys.readouterr().out
    assert any(line.split()[:3] == ["2", "C101", "error"] for line in stats.splitlines())
    (tmp_path / "site" / "empty.txt").write_bytes(b"")
    assert _check("site", "--select", "C101") == 2
    assert "empty.txt" in capsys.readouterr().err
    assert _check("site", "--select", "X9") == 2
    assert _check("nowhere") == 2


def test_github_annotations_escape_messages(tmp_path, capsys):
    _write_page(tmp_path / "site", "a,b.txt", BODY + "\n" + FOOTER + "\n")
    assert _check("site", "--select", "C101", "--format", "github") == 1
    line = capsys.readouterr().out.strip()
    line_no, col = _position(BODY + "\n" + FOOTER + "\n", FOOTER)
    assert line.startswith(f"::error file=site/a%2Cb.txt,line={line_no},col={col},")
    assert FOOTER in line and "\n" not in line


def test_a_baseline_written_today_passes_tomorrow_until_a_new_finding_appears(tmp_path, capsys):
    site = tmp_path / "site"
    _write_page(site, "a.txt", BODY + "\n" + FOOTER + "\n")
    _write_page(site, "b.txt", BODY + "\n京ICP证030173号\n")
    baseline = tmp_path / ".zhclean-baseline.json"
    assert _check("site", "--select", "C101", "--write-baseline", str(baseline)) == 0
    assert {e["code"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]} == {"C101"}

    # Tomorrow: the pages gained paragraphs above the footers, so every line moved.
    _write_page(site, "a.txt", BODY * 3 + "\n" + FOOTER + "\n")
    _write_page(site, "b.txt", "新增导语。\n" + BODY + "\n京ICP证030173号\n")
    capsys.readouterr()
    assert _check("site", "--select", "C101", "--baseline", str(baseline)) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "2 in the baseline" in captured.err

    # A new page with a footer is a new finding; the old ones stay accepted.
    _write_page(site, "c.txt", BODY + "\n粤ICP备2021012345号-1\n")
    assert _check("site", "--select", "C101", "--baseline", str(baseline)) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("site/c.txt:") and "粤ICP备2021012345号-1" in out[0]

    # A second copy of an accepted footer in the same document is new too.
    _write_page(site, "a.txt", BODY + "\n" + FOOTER + "\n" + BODY + "\n" + FOOTER + "\n")
    (site / "c.txt").unlink()
    assert _check("site", "--select", "C101", "--baseline", str(baseline)) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("site/a.txt:")


def test_unreadable_baseline_is_a_usage_error(tmp_path, capsys):
    _write_page(tmp_path / "site", "a.txt", BODY)
    (tmp_path / "b.json").write_text("[1, 2]", encoding="utf-8")
    assert _check("site", "--baseline", "b.json") == 2
    assert _check("site", "--baseline", "missing.json") == 2
    assert "not a zhclean baseline" in capsys.readouterr().err


def test_check_validates_zhclean_output_records(tmp_path, capsys):
    out = tmp_path / "clean.jsonl"
    _write_page(tmp_path / "site", "a.txt", BODY + "\n" + FOOTER + "\n")
    _write_page(tmp_path / "site", "b.txt", BODY + "第三段。\n")
    assert main(["clean", "site", "-o", str(out), "-q", "--select", "C101,L301"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    records[1]["stats"]["chars_out"] += 5
    records[1]["meta"]["published_at"] = "2019年10月25日"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert _check(str(out), *STABLE) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [x.split(": ", 1)[0] + " " + x.split()[1] for x in lines] == [
        f"{out}:2:1 S105", f"{out}:2:1 S106"]
    assert "2019年10月25日" in lines[0]


def test_selecting_only_schema_checks_runs_no_rules(tmp_path, capsys):
    _write_page(tmp_path / "site", "a.txt", BODY + "\n" + FOOTER + "\n")
    assert _check("site", "--select", "S") == 0
    assert capsys.readouterr().out == ""


def _checker(**check_table):
    from zhclean.config import Config
    from zhclean.validation.check import Checker
    from zhclean.validation.settings import settings_from_mapping

    return Checker(Config(select=("C101",)), settings_from_mapping(check_table))


def _result(text, edits):
    from zhclean.pipeline import CleanResult

    return CleanResult(id="d", source="d.txt", text=text, meta={}, flags=[], edits=edits, stats={})


def test_whitespace_only_edits_of_a_chrome_rule_are_info_unless_configured():
    from zhclean import Document

    text = "正文。\n\n\n版权所有\n"
    edits = [{"rule": "C201", "start": 3, "end": 6, "removed": "\n\n\n", "inserted": "\n"},
             {"rule": "C201", "start": 6, "end": 11, "removed": "版权所有\n", "inserted": ""},
             {"rule": "L101", "start": 0, "end": 0, "removed": "", "inserted": "\n"}]
    doc = Document(id="d", text=text, source="d.txt")
    found = _checker().document_findings(doc, _result("正文。\n", edits), "d.txt", None)
    assert [(f.code, f.severity, f.line) for f in found] == [("C201", "info", 1), ("C201", "error", 4),
                                                             ("L101", "error", 1)]
    found = _checker(severity={"C2": "error"}).document_findings(doc, _result("正文。\n", edits), "d.txt", None)
    assert [f.severity for f in found] == ["error", "error", "error"]


def test_many_findings_of_one_code_in_one_document_collapse_into_one():
    from zhclean import Document

    text = "這個會議們" * 10
    edits = [{"rule": "N301", "start": i, "end": i + 1, "removed": text[i], "inserted": "x"} for i in range(0, 50, 2)]
    doc = Document(id="d", text=text, source="d.txt")
    found = _checker(**{"max-findings-per-document": 10}).document_findings(doc, _result(text, edits), "d.txt", None)
    assert len(found) == 1 and "24 more like it" in found[0].message and found[0].col == 1
    found = _checker().document_findings(doc, _result(text, edits), "d.txt", None)
    assert len(found) == 25


def test_flags_are_located_in_the_input_through_the_edits_before_them():
    from zhclean import Document

    text = "导航　首页\n正文说王会干部。\n"
    # The pipeline removed the first line; the flag indexes the output text.
    edits = [{"rule": "C001", "start": 0, "end": 6, "removed": "导航　首页\n", "inserted": ""}]
    out = text[6:]
    flags = [{"rule": "T101", "start": out.index("王会"), "end": out.index("王会") + 2, "text": "王会",
              "suggestion": "工会", "message": "王会 is probably a slip for 工会"}]
    result = _result(out, edits)
    result.flags = flags
    found = _checker().document_findings(Document(id="d", text=text, source="d.txt"), result, "d.txt", None)
    t101 = next(f for f in found if f.code == "T101")
    assert (t101.line, t101.col, t101.severity) == (*_position(text, "王会"), "warning")
    assert "«工会»" in t101.message


def test_the_shipped_pre_commit_hooks_run(tmp_path, capsys):
    import shlex
    from pathlib import Path

    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    page = _write_page(tmp_path / "site", "a.txt", BODY + "\n" + FOOTER + "\n")
    records = tmp_path / "out.jsonl"
    assert main(["clean", str(page), "-o", str(records), "-q", "--select", "C101,L301"]) == 0
    for hook in hooks:
        argv = shlex.split(hook["entry"])
        if hook["id"] == "zhclean-fix":  # the fixer is tested in test_cli_habits
            assert argv == ["python", "-m", "zhclean.hooks", "fix"]
            continue
        assert argv[:2] == ["zhclean", "check"]
        if hook["id"] == "zhclean-check-records":
            assert main([*argv[1:], str(records)]) == 0
        else:  # the stable rules only, to keep the test fast; the hook's own flags still parse
            assert main([*argv[1:], "--select", "C101,L301,S", str(page)]) == 1


def test_gzipped_jsonl_with_blank_and_broken_lines_keeps_records_aligned(tmp_path, capsys):
    import gzip

    lines = [json.dumps({"id": "a", "text": BODY + FOOTER, "zhclean_ignore": ["C1"]}, ensure_ascii=False), "",
             "{not json", json.dumps({"id": "b", "text": BODY + FOOTER}, ensure_ascii=False)]
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    assert _check(str(corpus), "--select", "C101", "--format", "json") == 2  # the broken line
    captured = capsys.readouterr()
    assert [(f["doc_id"], f["line"]) for f in json.loads(captured.out)] == [("b", 4)]
    assert "c.jsonl.gz:3" in captured.err


def test_a_corpus_share_that_rises_after_the_baseline_fails_again(tmp_path, capsys):
    """S121 is one finding per corpus: the baseline accepts its share, not the code for good."""
    site = tmp_path / "site"
    for name in "abcde":
        _write_page(site, f"{name}.txt", BODY + "\n")
    _write_page(site, "a.txt", BODY + "\n" + FOOTER + "\n")
    baseline = tmp_path / ".zhclean-baseline.json"
    assert _check("site", "--write-baseline", str(baseline)) == 0
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [e["value"] for e in entries if e["code"] == "S121"] == [0.2]
    capsys.readouterr()
    assert _check("site", "--select", "C101,S121", "--baseline", str(baseline)) == 0

    # chrome spreads to every page: the same code, a higher share -> reported again
    for name in "bcde":
        _write_page(site, f"{name}.txt", BODY + "\n" + FOOTER + "\n")
    assert _check("site", "--select", "C101,S121", "--baseline", str(baseline)) == 1
    out = capsys.readouterr().out
    assert "S121" in out and "5 of 5" in out

    # back to where it was accepted (or lower): quiet again
    for name in "bcde":
        _write_page(site, f"{name}.txt", BODY + "\n")
    assert _check("site", "--select", "C101,S121", "--baseline", str(baseline)) == 0


def test_a_version_1_baseline_no_longer_hides_corpus_findings(tmp_path, capsys):
    site = tmp_path / "site"
    for name in "ab":
        _write_page(site, f"{name}.txt", BODY + "\n" + FOOTER + "\n")
    baseline = tmp_path / "old.json"
    assert _check("site", "--write-baseline", str(baseline)) == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["version"] = 1
    for e in data["findings"]:
        e.pop("value", None)  # what version 1 wrote: an empty id and text, no value
    baseline.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert _check("site", "--select", "C101,S121", "--baseline", str(baseline)) == 1


def test_check_with_two_workers_finds_the_same_as_one(tmp_path, capsys):
    site = tmp_path / "site"
    for i in range(12):
        extra = FOOTER if i % 3 == 0 else "作者：张三　来源：市总工会"
        _write_page(site, f"p{i:02}.txt", f"当前位置：首页 > 工会动态\n{BODY * (1 + i % 4)}\n{extra}\n")
    outputs = []
    for workers in ("1", "2"):
        capsys.readouterr()
        assert _check("site", "-j", workers, "--format", "json", "--exit-zero", "-q") == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] and outputs[0] == outputs[1]
    assert {f["code"][0] for f in outputs[0]} >= {"C"}


def test_check_with_two_workers_analyses_documents_in_other_processes(tmp_path, monkeypatch):
    """-j 2 is not -j 1 in disguise: every document is analysed outside this process."""
    import multiprocessing
    import os

    from zhclean.validation.check import Checker

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the probe reaches the workers by fork")
    original = Checker.analyse

    def analyse_and_name_the_process(self, *args):
        analysed = original(self, *args)
        analysed.error = str(os.getpid())
        return analysed

    monkeypatch.setattr(Checker, "analyse", analyse_and_name_the_process)
    for i in range(12):
        _write_page(tmp_path / "site", f"p{i:02}.txt", f"{BODY}\n{FOOTER}\n")
    run = _checker().run([tmp_path / "site"], workers=2)
    assert len(run.input_errors) == 12 and str(os.getpid()) not in run.input_errors
    assert _checker().run([tmp_path / "site"], workers=1).input_errors == [str(os.getpid())] * 12
