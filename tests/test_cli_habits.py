"""Habits of ruff-like tools (issue 21): did-you-mean, the subcommand's own usage, stdin,
colour with NO_COLOR, clean --statistics, progress with a total, one primary rule per
edit, the auto-fix pre-commit hook."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhclean.cli import main
from zhclean.diff import unified_diff
from zhclean.progress import count_documents, open_progress
from zhclean.readers import iter_files
from zhclean.runner import Summary
from zhclean.trace import Trace, compact_trail, rebuild_input

SAMPLE = "001_92ceac7765279c8e.txt"
ZHCLEAN = [sys.executable, "-m", "zhclean"]


def test_explain_says_did_you_mean_for_a_mistyped_code(capsys):
    assert main(["explain", "C1O1"]) == 2
    assert "no rule 'C1O1' (did you mean C101?)" in capsys.readouterr().err


def test_explain_takes_a_rule_name_and_suggests_names(capsys):
    assert main(["explain", "normalise.script"]) == 0
    assert capsys.readouterr().out.startswith("N301 normalise.script")
    assert main(["explain", "normalise.scrpt"]) == 2
    assert "did you mean 'normalise.script'?" in capsys.readouterr().err


def test_a_mistyped_selector_says_did_you_mean(tmp_path, samples_dir, capsys):
    assert main(["clean", str(samples_dir / SAMPLE), "-o", str(tmp_path / "o.jsonl"), "--select", "C1O1"]) == 2
    assert "did you mean C101?" in capsys.readouterr().err


def test_an_unknown_flag_prints_the_subcommands_usage_with_did_you_mean(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["clean", "x", "-o", str(tmp_path / "o.jsonl"), "--slect", "C"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: zhclean clean ") and "--slect C (did you mean --select?)" in err


def test_an_unknown_command_says_did_you_mean(capsys):
    with pytest.raises(SystemExit):
        main(["claen", "x"])
    assert "no command 'claen' (did you mean 'clean'?)" in capsys.readouterr().err


def test_dash_reads_standard_input(tmp_path):
    page = "正文第一段。\n\n浙ICP备14041666号\n"
    out = tmp_path / "o.jsonl"
    subprocess.run([*ZHCLEAN, "clean", "-", "-o", str(out), "-q"], input=page.encode(), check=True, cwd=tmp_path)
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["source"] == "-" and rec["id"] == "stdin" and rec["text"] == "正文第一段。"
    assert rec["meta"]["icp"] == "浙ICP备14041666号"
    done = subprocess.run([*ZHCLEAN, "check", "-", "--stdin-filename", "page.txt", "--select", "C"],
                          input=page.encode(), capture_output=True, cwd=tmp_path)
    assert done.returncode == 1 and done.stdout.decode().startswith("page.txt:3:1: C101 ")


def test_colour_on_a_terminal_and_never_with_no_color(samples_dir):
    env = {**os.environ, "FORCE_COLOR": "1"}
    env.pop("NO_COLOR", None)
    args = [*ZHCLEAN, "check", str(samples_dir / SAMPLE), "--select", "C101", "-q"]
    coloured = subprocess.run(args, capture_output=True, env=env).stdout.decode()
    assert "\x1b[31mC101\x1b[0m" in coloured
    plain = subprocess.run(args, capture_output=True, env={**env, "NO_COLOR": "1"}).stdout.decode()
    assert "\x1b[" not in plain and " C101 " in plain
    piped = subprocess.run(args, capture_output=True, env={k: v for k, v in env.items() if k != "FORCE_COLOR"})
    assert b"\x1b[" not in piped.stdout


def test_diff_colours_removals_red_and_additions_green():
    record = {"source": "a.txt", "text": "甲\n", "edits": [{"rule": "C101", "start": 2, "end": 4, "removed": "乙\n",
                                                              "inserted": ""}]}
    assert "\x1b[31m-乙\x1b[0m\n" in unified_diff(record, colour=True)
    assert "\x1b[" not in unified_diff(record)


def test_clean_statistics_counts_per_rule_most_removed_first(tmp_path, samples_dir, capsys):
    assert main(["clean", str(samples_dir), "-o", str(tmp_path / "o.jsonl"), "-q", "--statistics"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["chars-removed", "edits", "flags", "rule"]
    removed = [int(line.split()[0].replace(",", "")) for line in lines[1:]]
    assert removed == sorted(removed, reverse=True) and removed[0] > 0
    assert any(" C101 chrome." in line for line in lines)


class _Terminal(io.StringIO):
    """A stream that says it is a terminal but reports no size (as some containers do)."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        raise OSError("no terminal size")


def test_progress_has_a_total_and_draws_on_a_terminal_with_no_size(tmp_path, samples_dir):
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n', encoding="utf-8")
    total = count_documents(iter_files([samples_dir, tmp_path / "a.jsonl"]))
    assert total == len(list(samples_dir.glob("*.txt"))) + 2
    stream = _Terminal()
    bar = open_progress("cleaning", total, stream)
    bar.update(total)
    bar.close()
    shown = stream.getvalue()
    assert f"{total}/{total}" in shown and "100%" in shown
    assert open_progress("cleaning", total, io.StringIO()) is None  # not a terminal: no bar


@pytest.mark.parametrize("command", [["clean", "-o", "OUT"], ["check", "--exit-zero", "--select", "C101"]])
def test_clean_and_check_draw_a_bar_with_the_total_on_a_terminal(tmp_path, samples_dir, monkeypatch, command):
    stderr = _Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    main([command[0], str(samples_dir), *[str(tmp_path / "o.jsonl") if a == "OUT" else a for a in command[1:]]])
    total = len(list(samples_dir.glob("*.txt")))
    assert f"{total}/{total}" in stderr.getvalue() and "100%" in stderr.getvalue()


def test_gz_input_makes_the_total_unknown(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(b"")
    assert count_documents(iter_files([tmp_path])) is None


def test_a_chrome_edit_merged_with_script_edits_is_credited_to_the_chrome_rule():
    """Traditional-script pages: N301 converts a footer, C201 then removes it; the merged
    edit is C201's (with both in ``rules``), and the summary counts its characters for C201."""
    source = "正文。\n版權所有 總工會\n"
    t = Trace(source)
    t.apply([(5, 7, "权"), (10, 12, "总工")], "N301")
    t.apply([(3, len(t.text), "")], "C201")
    (edit,) = t.edits()
    assert edit["rule"] == "C201" and edit["rules"] == ["N301", "C201"]
    assert rebuild_input(t.text, t.edits()) == source
    (packed,) = compact_trail(t.changes(), lambda rule, removed, inserted: rule[0] == "N")
    assert packed["rule"] == "C201"
    summary = Summary()
    summary.add({"flags": [], "stats": {"chars_in": len(source), "chars_out": len(t.text)}, "meta": {},
                 "edits": t.edits()})
    assert summary.chars_removed_by_rule == {"C201": len(source) - 3}


def test_the_fix_hook_cleans_txt_files_in_place_and_fails_when_it_changed_one(tmp_path, samples_dir):
    from zhclean.hooks import fix_files

    doc = tmp_path / "doc.txt"
    doc.write_bytes((samples_dir / SAMPLE).read_bytes())
    assert fix_files([str(doc)], quiet=True) == 1
    assert "浙ICP备14041666号" not in doc.read_text(encoding="utf-8")
    assert fix_files([str(doc)], quiet=True) == 0  # cleaning is idempotent
    hooks = (Path(__file__).parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: zhclean-fix\n" in hooks and "entry: python -m zhclean.hooks fix" in hooks
    assert "rev: v0.1.0" not in hooks


def test_sarif_does_not_link_to_a_package_page_that_does_not_exist(samples_dir, capsys):
    main(["check", str(samples_dir / SAMPLE), "--format", "sarif", "-q", "--exit-zero"])
    driver = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]
    assert "pypi.org" not in json.dumps(driver)
