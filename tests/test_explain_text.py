"""``zhclean explain CODE FILE``: a rule's verdicts on one page, as ``zhclean clean`` runs it."""
from __future__ import annotations

from pathlib import Path

from zhclean.cli import main
from zhclean.explain_text import explain_on_document
from zhclean.model import Document
from zhclean.pipeline import Pipeline

DOCSITE_PAGE = (
    "某市总工会召开全委会议，部署全年工作。会议强调，要抓好各项任务落实。\n\n"
    "温馨提示：本文档由用户上传，仅供学习交流，如有侵权请联系删除。\n"
    "全文阅读已结束，下载本文需要使用5积分\n"
)


def test_a_line_rule_names_each_line_it_takes_and_its_evidence(tmp_path: Path, capsys):
    page = tmp_path / "copy.txt"
    page.write_text(DOCSITE_PAGE, encoding="utf-8")
    assert main(["explain", "C401", str(page)]) == 0
    out = capsys.readouterr().out
    assert "C401" in out and "1 line" in out
    assert "温馨提示：本文档由用户上传" in out
    assert "upload" in out  # the cue families it scored, not only the rule's name
    assert "某市总工会" not in out  # the body line is not listed


def test_the_rule_sees_the_text_the_rules_before_it_leave():
    # N301 turns the traditional footer simplified before C101 runs: the verdict quotes that
    pipeline = Pipeline()
    doc = Document(id="t", text="本會召開會員大會，選舉新一屆委員會。\n\n版權所有：某某市總工會 浙ICP備14041666號\n")
    rule, verdicts = explain_on_document(pipeline, "C101", doc)
    assert rule.code == "C101"
    assert verdicts, "C101 takes the licence number"
    assert all("備" not in v.text for v in verdicts)
    assert any("备" in v.text for v in verdicts)


def test_a_rule_with_nothing_to_do_says_so(tmp_path: Path, capsys):
    page = tmp_path / "body.txt"
    page.write_text("会议强调，要抓好各项任务落实。\n", encoding="utf-8")
    assert main(["explain", "C401", str(page)]) == 0
    assert "0 lines" in capsys.readouterr().out


def test_a_missing_file_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["explain", "C101", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt" in err and "zhclean:" in err
