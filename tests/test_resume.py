"""``clean --resume``: a run killed part-way, then resumed, writes what an uninterrupted run writes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zhclean.cli import main

BODY = "工会开展送温暖活动，走访困难职工三百二十户。\n活动持续到月底结束。\n首页 > 新闻中心\n"


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        sub = folder / f"site{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:04}.txt").write_text(f"第{i}篇。\n{BODY * (1 + i % 7)}", encoding="utf-8")
    (folder / "site0" / "empty.txt").write_bytes(b"")  # an input error, reported once in the end
    with open(folder / "site1" / "batch.jsonl", "w", encoding="utf-8") as fh:
        for i in range(200):
            fh.write(json.dumps({"id": f"j{i}", "text": f"记录{i}。{BODY}"}, ensure_ascii=False) + "\n")
    return folder


def _journal(out: Path) -> Path:
    return out.with_name(f".{out.name}.partial.resume.json")


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_resumes_to_the_uninterrupted_output(tmp_path, kill):
    corpus = _corpus(tmp_path / "in", 600)
    whole, errors_whole = tmp_path / "whole.jsonl", tmp_path / "whole.errors.jsonl"
    assert main(["clean", str(corpus), "-o", str(whole), "-q", "--errors", str(errors_whole)]) == 1

    out, errors = tmp_path / "out" / "o.jsonl", tmp_path / "o.errors.jsonl"
    command = [sys.executable, "-m", "zhclean", "clean", str(corpus), "-o", str(out), "-q", "--resume",
               "--errors", str(errors)]
    # a journal after every item: on a fast machine the whole run takes less than the default
    # half second between checkpoints, and would end before it left one to kill it by
    env = {**os.environ, "ZHCLEAN_CHECKPOINT_SECONDS": "0"}
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            state = json.loads(_journal(out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state = {}
        if state.get("items", 0) > 50:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(kill)
    proc.communicate(timeout=60)
    assert not out.exists()
    done = json.loads(_journal(out).read_text(encoding="utf-8"))["items"]
    assert 0 < done < 600 + 200

    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr  # the empty file, reported
    assert out.read_bytes() == whole.read_bytes()
    assert errors.read_bytes() == errors_whole.read_bytes()
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 600 + 200
    assert sorted(p.name for p in out.parent.iterdir()) == ["o.jsonl"]  # no .partial, no journal


def test_resume_with_other_settings_starts_again(tmp_path):
    corpus = _corpus(tmp_path / "in", 20)
    out = tmp_path / "o.jsonl"
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(b"garbage\n")
    _journal(out).write_text(json.dumps({"fingerprint": "other", "items": 1, "bytes": 8, "errors": [],
                                         "summary": {}}), encoding="utf-8")
    assert main(["clean", str(corpus), "-o", str(out), "-q", "--resume"]) == 1
    whole = tmp_path / "whole.jsonl"
    main(["clean", str(corpus), "-o", str(whole), "-q"])
    assert out.read_bytes() == whole.read_bytes()
    assert not partial.exists() and not _journal(out).exists()


def test_resume_needs_a_jsonl_output(tmp_path, capsys):
    corpus = _corpus(tmp_path / "in", 2)
    assert main(["clean", str(corpus), "-o", str(tmp_path / "o.parquet"), "--resume"]) == 2
    assert "--resume writes .jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("given", ["-1", "soon", "inf", "nan"])
def test_a_checkpoint_interval_that_is_no_number_of_seconds_stops_the_run(tmp_path, monkeypatch, capsys, given):
    corpus = _corpus(tmp_path / "in", 3)
    monkeypatch.setenv("ZHCLEAN_CHECKPOINT_SECONDS", given)
    assert main(["clean", str(corpus), "-o", str(tmp_path / "o.jsonl"), "-q", "--resume"]) == 2
    assert "ZHCLEAN_CHECKPOINT_SECONDS" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
