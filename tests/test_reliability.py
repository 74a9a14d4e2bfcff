"""Hostile input (issue 18): each numbered case of the issue, and what zhclean does instead.

docs/reliability.md lists every case with the test here that shows it.
"""
from __future__ import annotations

import errno
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhclean.cli import main
from zhclean.limits import capped_workers
from zhclean.model import InputError
from zhclean.readers import ReadOptions, read_corpus

TEXT = "工会开展送温暖活动，走访困难职工三百二十户。\n活动持续到月底结束。\n"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _run(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhclean", *args], capture_output=True, text=True,
                          timeout=timeout)


# 2. --max-doc-mb -1 looped for ever; nan and inf gave tracebacks; same from a config file.
@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "-inf"])
def test_max_doc_mb_that_no_document_can_meet_is_a_usage_error(tmp_path, value):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    done = _run(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "o.jsonl"), "-q", "--max-doc-mb", value],
                timeout=30)
    assert done.returncode == 2, done.stderr[-500:]
    assert "max-doc-mb" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr) < 1000


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_max_doc_mb_from_a_config_file(tmp_path, value, capsys):
    (tmp_path / "zhclean.toml").write_text(f"max-doc-mb = {value}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path.parent / f"o{value}.jsonl"), "-q"]) == 2
    err = capsys.readouterr().err
    assert "zhclean.toml:1" in err and "max-doc-mb" in err


# 3. A file name that is not UTF-8 crashed clean and check.
def _gbk_named(folder: Path) -> Path:
    folder.mkdir()
    (folder / "ok.txt").write_text(TEXT, encoding="utf-8")
    raw = os.fsencode(folder) + b"/" + "测试".encode("gbk") + b".txt"
    with open(raw, "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    return folder


def test_file_name_that_is_not_utf8(tmp_path, capsys):
    folder = _gbk_named(tmp_path / "in")
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(folder), "-o", str(out), "-q"]) == 0
    ids = [r["id"] for r in _records(out)]
    assert ids == ["ok", "测试"]  # GBK bytes are read as GBK, not lost
    assert main(["check", str(folder)]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


# 4. A lone surrogate outside the text (a title, a meta field, an id with --errors) crashed the run.
def test_lone_surrogates_outside_the_text(tmp_path, capsys):
    src = tmp_path / "s.jsonl"
    src.write_text("\n".join([
        '{"id": "good", "text": "%s"}' % TEXT.strip().replace("\n", "\\n"),
        '{"id": "t", "text": "正文内容。", "title": "\\ud800标题"}',
        '{"id": "m", "text": "正文内容。", "meta": {"tags": ["ok", "\\udc00"]}}',
        '{"id": "i\\ud800d", "text": "正文内容。"}',
    ]) + "\n", encoding="utf-8")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q", "--errors", str(errors)]) == 1
    assert [r["id"] for r in _records(out)] == ["good"]
    reported = _records(errors)
    assert [e["line"] for e in reported] == [2, 3, 4]
    assert "title" in reported[0]["message"] and "meta.tags[1]" in reported[1]["message"]
    assert reported[2]["id"] == "i\\ud800d"  # escaped, so the errors file can hold it


# 5. One record that could not be written discarded the whole folder output.
@pytest.mark.parametrize("ids", [
    ["😀" * 100, "ok"],                      # a path part over 255 bytes
    ["/".join(["目录" * 40] * 40), "ok"],     # a path over PATH_MAX
    ["a", "a.txt/b"],                         # a file, then a folder of the same name
    ["news.txt/p2", "news"],                  # a folder, then a file of the same name
])
def test_folder_output_writes_every_record(tmp_path, ids):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": TEXT}, ensure_ascii=False) + "\n" for i in ids),
                   encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    records = _records(out / "_records.jsonl")
    assert [r["id"] for r in records] == ids
    files = [r["file"] for r in records]
    assert len(set(files)) == len(files)
    for r in records:
        assert (out / r["file"]).read_text(encoding="utf-8") == TEXT.strip() + "\n" or (out / r["file"]).is_file()
        assert all(len(part.encode("utf-8")) <= 255 for part in r["file"].split("/"))


# 6. Unreadable folders were skipped silently (exit 0, "0 failed").
def test_unreadable_folders_are_reported(tmp_path, monkeypatch, capsys):
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "a.txt").write_text(TEXT, encoding="utf-8")
    (top / "locked" / "b.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # chmod 000 as root still reads: refuse the way the kernel would
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(top), "-o", str(out), "-q"]) == 1
    assert [r["id"] for r in _records(out)] == ["a"]
    assert "locked" in capsys.readouterr().err
    items = list(read_corpus([top / "locked"]))
    assert len(items) == 1 and isinstance(items[0], InputError) and "Permission denied" in items[0].message


# 7. -j 100000 forked until the kernel killed the run.
def test_workers_are_capped_with_a_message(tmp_path, capsys, monkeypatch):
    import multiprocessing.pool

    real_init = multiprocessing.pool.Pool.__init__

    def guarded(self, processes=None, *a, **k):
        assert processes is None or processes <= 4 * (os.cpu_count() or 1), f"{processes} processes"
        real_init(self, processes, *a, **k)

    monkeypatch.setattr(multiprocessing.pool.Pool, "__init__", guarded)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "-q", "-j", "100000"]) == 0
    assert "-j 100000" in capsys.readouterr().err
    assert capped_workers(2, cpus=2) == (2, None)


# 8. One corrupt Parquet row group lost the rest of the file.
def test_corrupt_parquet_row_group_keeps_the_later_ones(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "in.parquet"
    rows = [{"id": f"d{i}", "text": f"第{i}篇。{TEXT}"} for i in range(30)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=10, compression="none")
    meta = pq.ParquetFile(path).metadata
    column = meta.row_group(1).column(1)
    data = bytearray(path.read_bytes())
    start = column.dictionary_page_offset or column.data_page_offset  # the group's own pages only
    data[start:start + column.total_compressed_size] = b"\xff" * column.total_compressed_size
    path.write_bytes(bytes(data))
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(path), "-o", str(out), "-q"]) == 1
    assert [r["id"] for r in _records(out)] == [f"d{i}" for i in (*range(10), *range(20, 30))]
    assert "row group 2" in capsys.readouterr().err


# 10. A corrupt .jsonl.gz mid-stream wrote records spliced from garbage.
def test_corrupt_gzip_member_is_set_aside(tmp_path, capsys):
    records = [json.dumps({"id": f"d{i}", "text": f"第{i}段文字。" * 30}, ensure_ascii=False) for i in range(400)]
    whole = gzip.compress(("\n".join(records) + "\n").encode("utf-8"))
    damaged = bytearray(whole)
    damaged[len(whole) // 3] ^= 1
    def member(doc_id: str) -> bytes:
        return gzip.compress(json.dumps({"id": doc_id, "text": "后面的记录。"}).encode("utf-8") + b"\n")

    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(member("first") + bytes(damaged) + member("after"))
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(path), "-o", str(out), "-q"]) == 1
    assert [r["id"] for r in _records(out)] == ["first", "after"]  # nothing from the damaged member
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "gzip" in err


def test_truncated_gzip_keeps_its_complete_lines(tmp_path):
    records = [json.dumps({"id": f"d{i}", "text": f"第{i}段文字。" * 30}, ensure_ascii=False) for i in range(100)]
    whole = gzip.compress(("\n".join(records) + "\n").encode("utf-8"))
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(whole[: len(whole) - 60])
    items = list(read_corpus([path], ReadOptions()))
    assert isinstance(items[-1], InputError) and "cut short" in items[-1].message
    ids = [i.id for i in items[:-1]]
    assert ids == [f"d{i}" for i in range(len(ids))] and len(ids) > 50


# 12. Unclear errors.
def test_unsupported_output_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "new.csv")]) == 2
    assert "unknown output type" in capsys.readouterr().err


def test_output_dash_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", "a.txt", "-o", "-"]) == 2
    assert "standard output" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()


def test_full_disk_names_the_file_and_leaves_no_partial(tmp_path, capsys, monkeypatch):
    from zhclean import writers

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"

    def full(self, line):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writers.JsonlWriter, "write_encoded", full)
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "No space left" in err
    assert list(out.parent.iterdir()) == []


def test_sigterm_leaves_no_partial(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(f"第{i}篇。\n{TEXT * 20}", encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "zhclean", "clean", str(folder), "-o", str(out), "-q"],
                            stderr=subprocess.PIPE, text=True)
    import time

    deadline = time.time() + 60
    while time.time() < deadline and not any(out.parent.iterdir()):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.terminate()
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert list(out.parent.iterdir()) == [], err


# Limits: a document over the time budget is reported and not written; the rest is.
def test_document_over_the_time_budget_is_reported(tmp_path, capsys, monkeypatch):
    import time as time_module

    from zhclean.rules.whitespace import Whitespace

    real_apply = Whitespace.apply

    def slow_on_one(self, text, ctx):  # one rule, on one document of the batch
        if ctx.doc_id == "slow":
            time_module.sleep(5)
        return real_apply(self, text, ctx)

    monkeypatch.setattr(Whitespace, "apply", slow_on_one)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ("a", "slow", "b")), encoding="utf-8")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    started = time_module.perf_counter()
    assert main(["clean", str(src), "-o", str(out), "-q", "--max-doc-seconds", "0.5", "--errors", str(errors)]) == 1
    assert time_module.perf_counter() - started < 4
    assert [r["id"] for r in _records(out)] == ["a", "b"]
    assert [e["id"] for e in _records(errors)] == ["slow"] and "0.5 s budget" in _records(errors)[0]["message"]


@pytest.mark.parametrize("value", ["-1", "nan"])
def test_max_doc_seconds_must_be_a_number_of_seconds(tmp_path, value, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "--max-doc-seconds", value]) == 2
    assert "max-doc-seconds" in capsys.readouterr().err


def test_a_finished_run_removes_partials_a_sigkill_left(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    stale = out.parent / ".o.jsonl.partial-abc123"
    stale.write_bytes(b'{"id": "half')
    os.utime(stale, (1, 1))
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["o.jsonl"]
