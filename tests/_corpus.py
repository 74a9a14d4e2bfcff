"""A generated corpus for the engine and adapter tests: samples/ and the HTML fixtures, cut
and recombined with a fixed seed into JSONL, Parquet and text files of a chosen size.

It has what makes a distributed run go wrong if anything is off: many files, ids repeated
across files (the local run renames them ``a#2``), HTML pages inside JSONL, records that
cannot be read (bad JSON, no text), an empty file, and chrome on every page.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROME = ["浙ICP备14041666号", "沪公网安备 31010602000012号", "版权所有 © 2019 某某市总工会 保留所有权利",
          "首页 > 新闻中心 > 工会动态", "扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】"]


def _paragraphs() -> list[str]:
    paras = []
    for path in sorted((ROOT / "samples").iterdir()):
        paras += [line for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 8]
    return paras


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))]


def make_corpus(folder: Path, mb: float = 5.0, seed: int = 19, files: int = 6) -> Path:
    """Write about ``mb`` MB of documents into ``folder`` (JSONL files, one Parquet file when
    pyarrow is there, a few .txt files) and return ``folder``."""
    rng = random.Random(seed)
    paras, pages = _paragraphs(), _pages()
    folder.mkdir(parents=True, exist_ok=True)
    budget = int(mb * 1e6)
    per_file = budget // files
    for n in range(files):
        written, lines = 0, []
        while written < per_file:
            k = len(lines)
            if rng.random() < 0.05:
                text = rng.choice(pages)
            else:
                body = "\n\n".join(rng.sample(paras, rng.randint(3, 12)))
                text = f"{rng.choice(CHROME)}\n{body}\n\n\n\n{rng.choice(CHROME)}"
            doc_id = f"doc{rng.randint(0, 40)}" if rng.random() < 0.02 else f"f{n}-{k}"  # some repeat
            record = {"id": doc_id, "text": text, "url": f"http://example.cn/{n}/{k}.html"}
            roll = rng.random()
            if roll < 0.005:
                line = '{"id": "broken", "text": "未闭合'  # not JSON
            elif roll < 0.01:
                line = json.dumps({"id": f"notext-{n}-{k}", "body": text}, ensure_ascii=False)
            else:
                line = json.dumps(record, ensure_ascii=False)
            lines.append(line)
            written += len(line.encode("utf-8"))
        if n == 1:
            _write_parquet(folder / f"part{n}.parquet", lines) or _write_jsonl(folder / f"part{n}.jsonl", lines)
        else:
            _write_jsonl(folder / f"part{n}.jsonl", lines)
    texts = folder / "texts"
    texts.mkdir(exist_ok=True)
    for k in range(4):
        (texts / f"t{k}.txt").write_text("\n".join(rng.sample(paras, 6)) + f"\n{CHROME[k]}\n", encoding="utf-8")
    (texts / "empty.txt").write_bytes(b"")
    return folder


def _write_jsonl(path: Path, lines: list[str]) -> bool:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def _write_parquet(path: Path, lines: list[str]) -> bool:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return False
    records = []
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        records.append({"id": rec.get("id"), "text": rec.get("text"), "url": rec.get("url")})
    pq.write_table(pa.Table.from_pylist(records), path)
    return True


def shard_records(folder: Path) -> list[dict]:
    """The records of a folder of shards, in shard-name order (input order)."""
    out: list[dict] = []
    for shard in sorted(p for p in folder.iterdir() if p.name.startswith("part-")):
        out += read_records(shard)
    return out


def read_records(path: Path) -> list[dict]:
    """The records of one JSONL or Parquet output file."""
    if path.name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def adapter_corpus(folder: Path, mb: float = 0.4) -> tuple[Path, list[dict]]:
    """One JSONL file (samples/, the HTML fixtures and generated pages, every record readable)
    for the adapter tests, and its records."""
    rng = random.Random(7)
    paras, pages = _paragraphs(), _pages()
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((ROOT / "samples").iterdir())]
    records += [{"id": f"page{k}", "text": page} for k, page in enumerate(pages)]
    size = 0
    while size < mb * 1e6:
        body = "\n\n".join(rng.sample(paras, rng.randint(2, 8)))
        records.append({"id": f"gen{len(records)}", "text": f"{rng.choice(CHROME)}\n{body}\n\n\n\n{rng.choice(CHROME)}"})
        size += len(records[-1]["text"].encode("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    _write_jsonl(path, [json.dumps(r, ensure_ascii=False) for r in records])
    return path, records


def cli_texts(corpus: Path, out: Path) -> dict[str, str]:
    """``zhclean clean corpus -o out`` (in this process), as id -> cleaned text."""
    from zhclean.cli import main

    assert main(["clean", str(corpus), "-o", str(out), "-q"]) == 0
    return {r["id"]: r["text"] for r in read_records(out)}
