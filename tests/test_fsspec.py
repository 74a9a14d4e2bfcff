"""fsspec URLs for input and output, from the command line and the Python API: ``memory://``
(in one process), ``local://`` (fsspec's local filesystem, so the URL code path runs) and
``file://`` (taken as the local path it names)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from _corpus import read_records
from _extras import need

fsspec = need("fsspec", "fsspec")

from zhclean import ReadOptions, read_corpus  # noqa: E402
from zhclean.cli import main  # noqa: E402
from zhclean.model import Document, InputError  # noqa: E402
from zhclean.paths import UrlPath, is_url, local_or_url  # noqa: E402
from zhclean.writers import open_writer  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def memory():
    fs = fsspec.filesystem("memory")
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")
    yield fs
    fs.store.clear()


@pytest.fixture(scope="module")
def local_records(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local") / "clean.jsonl"
    assert main(["clean", str(SAMPLES), "-o", str(out), "-q"]) == 0
    return read_records(out)


def _without_source(records):
    return [{**r, "source": None} for r in records]


def _upload_samples(fs, folder="/corpus"):
    for p in sorted(SAMPLES.iterdir()):
        fs.pipe(f"{folder}/{p.name}", p.read_bytes())


def test_url_detection():
    assert is_url("memory://x") and is_url("s3://bucket/key") and is_url("hf://datasets/a/b")
    assert not is_url("samples") and not is_url("C:/corpus") and not is_url(Path("memory:/x"))
    assert local_or_url("file:///tmp/a.jsonl") == Path("/tmp/a.jsonl")
    assert isinstance(local_or_url("memory://a.jsonl"), UrlPath)


@pytest.mark.parametrize("name", ["clean.jsonl", "clean.jsonl.gz", "clean.parquet"])
def test_cli_memory_in_and_out_equal_the_local_run(memory, local_records, name):
    if name.endswith(".parquet"):
        need("pyarrow", "parquet")
    _upload_samples(memory)
    assert main(["clean", "memory://corpus", "-o", f"memory://out/{name}", "-q"]) == 0
    data = memory.cat(f"/out/{name}")
    if name.endswith(".parquet"):
        import io

        import pyarrow.parquet as pq

        records = pq.read_table(io.BytesIO(data)).to_pylist()
        got = [{**r, "meta": json.loads(r["meta"])} for r in records]
        assert [(r["id"], r["text"], r["meta"]) for r in got] == \
               [(r["id"], r["text"], r["meta"]) for r in local_records]
    else:
        text = gzip.decompress(data) if name.endswith(".gz") else data
        got = [json.loads(line) for line in text.decode("utf-8").splitlines()]
        assert _without_source(got) == _without_source(local_records)
        assert got[0]["source"] == "memory://corpus/000_6d43f7016b9ecaec.txt"


def test_cli_reads_its_own_remote_output_and_writes_a_remote_folder(memory, local_records):
    _upload_samples(memory)
    assert main(["clean", "memory://corpus", "-o", "memory://out/clean.jsonl.gz", "-q"]) == 0
    assert main(["clean", "memory://out/clean.jsonl.gz", "-o", "memory://again/", "-q", "--select", "L3"]) == 0
    files = sorted(memory.find("/again"))
    assert "/again/_records.jsonl" in files and len(files) == 6


def test_file_urls_are_local_paths(tmp_path, local_records):
    out = tmp_path / "clean.jsonl"
    assert main(["clean", f"file://{SAMPLES}", "-o", f"file://{out}", "-q"]) == 0
    assert read_records(out) == local_records


def test_local_urls_go_through_fsspec(tmp_path, local_records):
    out = tmp_path / "remote" / "clean.jsonl"
    assert main(["clean", f"local://{SAMPLES}", "-o", f"local://{out}", "-q"]) == 0
    got = read_records(out)
    assert _without_source(got) == _without_source(local_records)
    assert got[0]["source"].startswith("local://")


def test_python_api_reads_and_writes_urls(memory):
    memory.pipe("/in/a.jsonl", '{"id": "a", "text": "正文。"}\n{"id": "a", "text": "第二篇。"}\nnot json\n'.encode())
    memory.pipe("/in/b.jsonl.gz", gzip.compress('{"id": "b", "text": "正文三。"}\n'.encode()))
    items = list(read_corpus(["memory://in"], ReadOptions()))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["a", "a#2", "b"]  # unique ids, as for local files
    assert [i.line for i in items if isinstance(i, InputError)] == [3]
    with open_writer("memory://written/out.jsonl") as writer:
        writer.write({"id": "a", "text": "正文。"})
    assert memory.cat("/written/out.jsonl") == '{"id":"a","text":"正文。"}\n'.encode()


def test_missing_url_and_unknown_kind_are_reported(memory, capsys):
    assert main(["clean", "memory://nowhere", "-o", "memory://out.jsonl", "-q"]) == 1
    assert "memory://nowhere: no such file or folder" in capsys.readouterr().err
    _upload_samples(memory)
    assert main(["clean", "memory://corpus", "-o", "memory://out/clean.csv", "-q"]) == 2
    assert main(["clean", "memory://corpus", "-o", "memory://corpus/x.jsonl", "-q"]) == 2
    assert "inside the input" in capsys.readouterr().err


def test_an_interrupted_run_leaves_nothing_at_the_url(memory):
    with pytest.raises(RuntimeError):
        with open_writer("memory://half/out.jsonl") as writer:
            writer.write({"id": "a", "text": "x"})
            raise RuntimeError("interrupted")
    assert not memory.exists("/half/out.jsonl")
