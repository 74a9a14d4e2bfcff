"""The command line, end to end."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from zhclean.cli import main
from zhclean.trace import expand_edits, rebuild_input

from conftest import tree_digest

RECORD_KEYS = {"id", "source", "text", "meta", "flags", "edits", "stats"}


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_samples_writes_schema_records_and_leaves_input_alone(tmp_path, samples_dir, capsys):
    before = tree_digest(samples_dir)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(samples_dir), "-o", str(out)]) == 0
    assert tree_digest(samples_dir) == before
    recs = _records(out)
    assert [r["id"] for r in recs] == sorted(p.stem for p in samples_dir.glob("*.txt"))
    for r in recs:
        assert set(r) == RECORD_KEYS
        raw = (samples_dir / f"{r['id']}.txt").read_text(encoding="utf-8")
        assert rebuild_input(r["text"], r["edits"]) == raw
        assert r["stats"] == {"chars_in": len(raw), "chars_out": len(r["text"])}
        for e in expand_edits(r["text"], r["edits"]):  # the default trail is compact
            assert raw[e["start"]:e["end"]] == e["removed"]
        for f in r["flags"]:
            assert r["text"][f["start"]:f["end"]] == f["text"]
    shengzhou = next(r for r in recs if r["id"] == "001_92ceac7765279c8e")
    assert shengzhou["meta"]["icp"] == "浙ICP备14041666号" and "ICP" not in shengzhou["text"]
    assert "5 documents cleaned, 0 failed" in capsys.readouterr().err


def test_results_do_not_depend_on_the_number_of_workers(tmp_path, samples_dir):
    corpus = tmp_path / "corpus"
    for i in range(4):
        shutil.copytree(samples_dir, corpus / f"site{i}")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["clean", str(corpus), "-o", str(one), "-q"]) == 0
    assert main(["clean", str(corpus), "-o", str(two), "-q", "--workers", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(_records(one)) == 20


def test_bad_inputs_are_reported_and_the_rest_is_written(tmp_path, samples_dir, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(samples_dir / "001_92ceac7765279c8e.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "docs.jsonl").write_text('{"id": "j1", "text": "正文。"}\n{broken\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    code = main(["clean", str(corpus), "-o", str(out), "--errors", str(errors)])
    err = capsys.readouterr().err
    assert code == 1
    assert "3 of 5 inputs failed" in err
    assert "empty.txt: empty file" in err and "bin.txt: looks like a binary file" in err
    assert "docs.jsonl:2: not valid JSON" in err
    assert [r["id"] for r in _records(out)] == ["docs:1", "good"] or [r["id"] for r in _records(out)] == ["j1", "good"]
    assert {e["line"] for e in _records(errors)} == {None, 2}


def test_refuses_to_overwrite_an_input(tmp_path, samples_dir, capsys):
    target = tmp_path / "in.jsonl"
    target.write_text('{"id": "a", "text": "正文。"}\n', encoding="utf-8")
    before = target.read_bytes()
    assert main(["clean", str(target), "-o", str(target)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_folder_output_mirrors_input_names(tmp_path, samples_dir):
    out = tmp_path / "cleaned"
    assert main(["clean", str(samples_dir), "-o", str(out), "-q"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([p.name for p in samples_dir.glob("*.txt")] + ["_records.jsonl"])
    rec = _records(out / "_records.jsonl")[1]
    assert "text" not in rec and rec["meta"]["icp"] == "浙ICP备14041666号"
    assert "ICP" not in (out / "001_92ceac7765279c8e.txt").read_text(encoding="utf-8")


def test_interrupted_write_leaves_no_file_that_looks_whole(tmp_path):
    from zhclean.writers import open_writer

    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with open_writer(target) as w:
            w.write({"id": "a", "text": "x"})
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_diff_is_a_unified_diff_that_patch_applies(tmp_path, samples_dir, capsys, monkeypatch):
    """--diff is `diff -u` output: hunks with context, rule codes after the @@, and `patch
    -p0` turns the input files into the cleaned texts."""
    corpus = tmp_path / "corpus"
    shutil.copytree(samples_dir, corpus)
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "corpus", "-o", "out.jsonl", "--diff", "-q"]) == 0
    diff = capsys.readouterr().out
    assert "--- corpus/001_92ceac7765279c8e.txt\n+++ corpus/001_92ceac7765279c8e.txt\n@@ -" in diff
    assert "\n-浙ICP备14041666号\n" in diff and " C101" in diff
    if shutil.which("patch") is None:
        pytest.skip("no `patch` program to apply the diff")
    subprocess.run(["patch", "-p0", "-s"], input=diff.encode("utf-8"), cwd=tmp_path, check=True)
    for rec in _records(tmp_path / "out.jsonl"):
        assert (tmp_path / rec["source"]).read_text(encoding="utf-8") == rec["text"], rec["id"]


def test_config_file_selection_and_cli_override(tmp_path, samples_dir):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('select = ["L"]\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    main(["clean", str(samples_dir / "001_92ceac7765279c8e.txt"), "-o", str(out), "-q", "--config", str(cfg)])
    assert "浙ICP备14041666号" in _records(out)[0]["text"]
    main(["clean", str(samples_dir / "001_92ceac7765279c8e.txt"), "-o", str(out), "-q", "--config", str(cfg),
          "--select", "C101"])
    assert "浙ICP备14041666号" not in _records(out)[0]["text"]


def test_bad_selection_is_a_usage_error(tmp_path, samples_dir, capsys):
    assert main(["clean", str(samples_dir), "-o", str(tmp_path / "o.jsonl"), "--select", "Z"]) == 2
    assert "no rule matches Z" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_rules_and_explain(capsys):
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"C101", "L301"} <= {r["code"] for r in listed}
    assert main(["explain", "c101"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("C101 ") and "Anti-pattern" in text and "浙ICP备14041666号" in text
    assert main(["explain", "Z999"]) == 2
    capsys.readouterr()
    assert main(["explain", "S121"]) == 0  # schema checks of `zhclean check` are explained too
    assert capsys.readouterr().out.startswith("S121 schema.corpus-chrome")


def test_module_entry_point_and_version():
    res = subprocess.run([sys.executable, "-m", "zhclean", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.startswith("zhclean ")


def test_folder_output_never_replaces_a_folder_zhclean_did_not_write(tmp_path, samples_dir, capsys):
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "important.doc").write_text("x", encoding="utf-8")
    assert main(["clean", str(samples_dir), "-o", str(keep), "-q"]) == 2
    assert "was not written by zhclean" in capsys.readouterr().err
    assert (keep / "important.doc").read_text(encoding="utf-8") == "x"
    out = tmp_path / "out"
    assert main(["clean", str(samples_dir), "-o", str(out), "-q"]) == 0
    assert main(["clean", str(samples_dir), "-o", str(out), "-q"]) == 0  # its own output may be replaced


@pytest.mark.parametrize("target", ["in/out.jsonl", "in/cleaned", "in/data.jsonl"])
def test_output_inside_an_input_folder_is_refused(tmp_path, target, capsys):
    (tmp_path / "in").mkdir()
    data = tmp_path / "in" / "data.jsonl"
    data.write_text('{"id": "a", "text": "正文。"}\n', encoding="utf-8")
    before = data.read_bytes()
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / target), "-q"]) == 2
    assert "input" in capsys.readouterr().err
    assert data.read_bytes() == before and sorted(p.name for p in (tmp_path / "in").iterdir()) == ["data.jsonl"]


def test_errors_file_is_checked_and_written_atomically(tmp_path, capsys):
    victim = tmp_path / "victim.jsonl"
    victim.write_text('{"id": "a", "text": "正文。"}\n{broken\n', encoding="utf-8")
    before = victim.read_bytes()
    assert main(["clean", str(victim), "-o", str(tmp_path / "o.jsonl"), "--errors", str(victim), "-q"]) == 2
    assert victim.read_bytes() == before
    assert main(["clean", str(victim), "-o", str(tmp_path / "o.jsonl"), "--errors",
                 str(tmp_path / "no" / "such" / "e.txt"), "-q"]) == 2
    assert not list(tmp_path.glob(".o.jsonl.partial-*"))


def test_folder_output_file_names_are_safe_and_unique(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = ["x", "../x", "/x", ".", "工" * 100, "X"]
    src.write_text("".join(json.dumps({"id": i, "text": f"正文{n}。"}, ensure_ascii=False) + "\n"
                           for n, i in enumerate(ids)), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    recs = _records(out / "_records.jsonl")
    files = [r["file"] for r in recs]
    assert len(set(f.lower() for f in files)) == len(ids)
    for rec, n in zip(recs, range(len(ids))):
        path = out / rec["file"]
        assert path.resolve().is_relative_to(out.resolve())
        assert path.read_text(encoding="utf-8") == f"正文{n}。"


def test_outputs_are_readable_by_others(tmp_path, samples_dir):
    import os
    import stat

    from zhclean.writers import open_writer

    old = os.umask(0o022)
    try:
        for out in (tmp_path / "o.jsonl", tmp_path / "folder"):
            with open_writer(out) as w:
                w.write({"id": "a", "text": "x"})
            assert stat.S_IMODE(out.stat().st_mode) == (0o755 if out.is_dir() else 0o644)
    finally:
        os.umask(old)


def test_html_pages_are_extracted_in_the_workers_with_the_same_result(tmp_path):
    fixtures = Path(__file__).parent / "fixtures" / "html"
    corpus = tmp_path / "pages"
    shutil.copytree(fixtures, corpus)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    code_one = main(["clean", str(corpus), "-o", str(one), "-q"])
    code_two = main(["clean", str(corpus), "-o", str(two), "-q", "-j", "2"])
    assert code_one == code_two
    recs = _records(one)
    assert recs and one.read_bytes() == two.read_bytes()
    assert all(r["meta"].get("format") == "html" for r in recs)


def test_diff_into_a_closed_pipe_still_writes_the_output(tmp_path, samples_dir):
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "zhclean", "clean", str(samples_dir), "-o", str(out), "--diff", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert len(_records(out)) == 5
