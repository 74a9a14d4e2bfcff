"""``zhclean clean --engine ray``: the records equal the local run's, on samples/ and on a
generated 5 MB corpus with repeated ids, HTML, broken records and many files; fsspec URLs
for input and output; the summary and the errors are the local run's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from _corpus import make_corpus, read_records, shard_records
from _extras import need

ray = need("ray", "ray")
need("pyarrow", "ray")

from zhclean.cli import main  # noqa: E402
from zhclean.config import Config  # noqa: E402
from zhclean.engine_ray import clean_with_ray  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module", autouse=True)
def local_cluster():
    # tests/ on the workers' path too, for the test validator (_validators.py)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": str(ROOT / "tests")}})
    yield
    ray.shutdown()


def _summary(stderr: str) -> list[str]:
    """The summary without its timing line's figures (seconds differ between runs)."""
    lines = [line for line in stderr.splitlines()  # zhclean's lines, not Ray's log
             if line.startswith(("zhclean:", "  ")) and not line.startswith("  written to")]
    return [line.split(" in ")[0] if line.startswith("zhclean:") and "cleaned" in line else line for line in lines]


def test_samples_to_parquet_equal_the_local_run(tmp_path, capsys):
    assert main(["clean", str(SAMPLES), "-o", str(tmp_path / "local.parquet")]) == 0
    local_err = capsys.readouterr().err
    assert main(["clean", str(SAMPLES), "-o", str(tmp_path / "out.parquet"), "--engine", "ray", "-j", "2"]) == 0
    ray_err = capsys.readouterr().err
    assert shard_records(tmp_path / "out.parquet") == read_records(tmp_path / "local.parquet")
    assert _summary(ray_err) == _summary(local_err)
    manifest = json.loads((tmp_path / "out.parquet" / "_zhclean_shards.json").read_text())
    assert manifest["documents"] == 5 and manifest["schema_failures"] == 0


def test_generated_corpus_equals_the_local_run_byte_for_byte(tmp_path, capsys):
    corpus = make_corpus(tmp_path / "corpus", mb=5.0)
    assert main(["clean", str(corpus), "-o", str(tmp_path / "local.jsonl"), "-j", "2"]) == 1  # broken records
    local_err = capsys.readouterr().err
    assert main(["clean", str(corpus), "-o", str(tmp_path / "ray.jsonl"), "--engine", "ray", "-j", "2"]) == 1
    ray_err = capsys.readouterr().err
    local = (tmp_path / "local.jsonl").read_bytes()
    shards = sorted((tmp_path / "ray.jsonl").glob("part-*.jsonl"))
    assert len(shards) > 1
    assert b"".join(s.read_bytes() for s in shards) == local
    # the same errors, in the same order, and the same summary
    assert [line for line in ray_err.splitlines() if "error:" in line] == \
           [line for line in local_err.splitlines() if "error:" in line]
    assert _summary(ray_err) == _summary(local_err)
    records = [json.loads(line) for line in local.splitlines()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) and any("#2" in i for i in ids)  # repeated ids were renamed
    assert any(r["meta"].get("html") for r in records)  # HTML pages were extracted


def test_python_api_and_fsspec_urls(tmp_path):
    """Input and output as fsspec URLs: local:// goes through fsspec (memory:// cannot: each
    Ray worker is its own process), and every worker writes its shards through it."""
    need("fsspec", "ray")
    assert main(["clean", str(SAMPLES), "-o", str(tmp_path / "local.jsonl"), "-q"]) == 0
    run = clean_with_ray([f"local://{SAMPLES}"], f"local://{tmp_path}/remote/out.jsonl.gz", Config(), actors=2,
                         batch_size=2)
    assert run.summary.documents == 5 and not run.errors and not run.schema_failures
    assert len(run.shards) == 3  # 5 documents, 2 a batch
    got = shard_records(tmp_path / "remote" / "out.jsonl.gz")
    want = read_records(tmp_path / "local.jsonl")
    assert [{**r, "source": None} for r in got] == [{**r, "source": None} for r in want]
    assert got[0]["source"].startswith("local://")


def test_rerun_replaces_its_own_shards_and_refuses_other_folders(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(SAMPLES), "-o", str(out), "--engine", "ray", "-q"]) == 0
    assert main(["clean", str(SAMPLES), "-o", str(out), "--engine", "ray", "-q"]) == 0
    assert len(list(out.glob("part-*"))) == 1
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    assert main(["clean", str(SAMPLES), "-o", str(tmp_path / "mine"), "--engine", "ray", "-q"]) == 2
    assert main(["clean", str(SAMPLES), "-o", str(SAMPLES / "x.jsonl"), "--engine", "ray", "-q"]) == 2
    assert "outside the inputs" in capsys.readouterr().err


def test_actors_validate_their_batches(tmp_path):
    """Each actor runs a record validator on its batches; a failure comes back to the driver."""
    run = clean_with_ray([str(SAMPLES)], tmp_path / "out.jsonl", Config(), actors=1,
                         validate="_validators:reject_all")
    assert run.summary.documents == 5
    assert [f[0] for f in run.schema_failures] == ["S999"] * 5


def test_map_batches_with_the_batch_cleaner_gives_the_cli_texts(tmp_path):
    """The other Ray Data path: a user's own dataset through ``map_batches(batch_cleaner())``."""
    from _corpus import adapter_corpus, cli_texts

    from zhclean.integrations import batch_cleaner

    corpus, records = adapter_corpus(tmp_path / "in", mb=0.2)
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    ds = ray.data.read_json(str(corpus), lines=True)
    out = ds.map_batches(batch_cleaner(id_column="id", audit=False), batch_format="pandas", batch_size=16)
    assert {r["id"]: r["text"] for r in out.iter_rows()} == want
