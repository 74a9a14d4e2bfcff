"""Reading and writing corpora, and bad input: every failure names its file and line."""
from __future__ import annotations

import gzip
import json

import pytest

from zhclean.encoding import DecodeError, decode
from zhclean.model import Document, InputError
from zhclean.readers import ReadOptions, read_corpus

BODY = "工会干部要提高政治站位，做思想坚定的明白人。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "utf-16"])
def test_simplified_text_in_every_common_encoding(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes((BODY * 20).encode(encoding))
    (doc,) = read_corpus([tmp_path])
    assert doc.text == BODY * 20
    assert doc.meta["encoding"].replace("_", "-").startswith(("utf-8", "gb18030", "utf-16"))


def test_big5_is_told_from_gbk():
    trad = "工會幹部要提高政治站位，做思想堅定的明白人。學習貫徹黨的十九大精神。" * 5
    text, enc = decode(trad.encode("big5"))
    assert (text, enc) == (trad, "big5")
    simp = "工会干部要提高政治站位，做思想坚定的明白人。学习贯彻党的十九大精神。" * 5
    assert decode(simp.encode("gbk")) == (simp, "gb18030")


def test_utf16_without_bom():
    doc = "第一段。\n" + BODY + "\n2019-10-25\n"
    text, enc = decode(doc.encode("utf-16-le"))
    assert text == doc and enc == "utf-16-le"


def test_latin1_is_refused_not_read_as_utf16():
    with pytest.raises(DecodeError, match="utf-8 fails at byte 6"):
        decode(b"Le caf\xe9 est ferm\xe9 le lundi. ")


def test_ascii_head_then_big5_is_judged_on_the_whole():
    trad = "工會幹部要提高政治站位，做思想堅定的明白人。學習貫徹黨的十九大精神。" * 5
    data = b"a" * 70_000 + b"\n" + trad.encode("big5")
    text, enc = decode(data)
    assert enc == "big5" and text.endswith(trad)


def test_binary_file_with_txt_name_is_refused(tmp_path):
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    err, doc = read_corpus([tmp_path])
    assert isinstance(err, InputError) and "binary" in err.message and err.source.endswith("img.txt")
    assert isinstance(doc, Document) and doc.id == "ok"


def test_undecodable_bytes_name_the_offset():
    with pytest.raises(DecodeError, match="offset"):
        decode(b"\xff\xfe\xfd" * 3 + b"\x80\x81\xfe\xff" * 50, encoding="utf-8")


def test_empty_and_whitespace_files_are_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(" \n\u3000\n", encoding="utf-8")
    items = list(read_corpus([tmp_path]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "empty" in items[0].message and "whitespace" in items[1].message


def test_huge_single_line_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # 200 MB, sparse: refused on its size alone
        f.truncate(200 * 1024 * 1024)
    (tmp_path / "small.txt").write_text(BODY, encoding="utf-8")
    err, doc = read_corpus([tmp_path])
    assert isinstance(err, InputError) and "200.0 MB" in err.message and "--max-doc-mb" in err.message
    assert doc.id == "small"


def test_jsonl_errors_name_the_line_and_the_rest_goes_through(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": BODY}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "content": BODY}, ensure_ascii=False),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": "c", "text": 5}),
        json.dumps({"text": BODY}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_corpus([path]))
    kinds = [(type(i).__name__, getattr(i, "line", None)) for i in items]
    assert kinds == [("Document", 1), ("InputError", 2), ("InputError", 3), ("InputError", 4),
                     ("InputError", 6), ("Document", 7)]
    assert "no 'text' field" in items[2].message and "--text-field" in items[2].message
    assert items[-1].id == "c:7"  # no id field: file stem and line


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "big", "text": "工" * 5000}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "ok", "text": BODY}, ensure_ascii=False) + "\n")
    err, doc = read_corpus([path], ReadOptions(max_doc_bytes=4096))
    assert isinstance(err, InputError) and err.line == 1
    assert doc.id == "ok" and doc.text == BODY


def test_ids_are_relative_paths_without_extension_and_unique(tmp_path):
    (tmp_path / "site01").mkdir()
    (tmp_path / "site01" / "003.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "site01" / "003.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    ids = [d.id for d in read_corpus([tmp_path])]
    assert ids == ["site01/003", "site01/003#2"]


def test_html_pages_become_text_with_blocks_on_lines(tmp_path):
    page = ("<html><head><meta charset='gb2312'><title>标题</title><script>var x='脚本';</script></head>"
            "<body><div>第一段。</div><p>第二段&nbsp;正文。</p></body></html>")
    (tmp_path / "p.html").write_bytes(page.encode("gb18030"))
    (doc,) = read_corpus([tmp_path])
    assert "脚本" not in doc.text
    assert "第一段。" in doc.text.splitlines() and doc.meta["encoding"] == "gb18030"


def test_parquet_round_trip(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a", "b"], "text": [BODY, BODY + "\n浙ICP备14041666号"]}), tmp_path / "in.parquet")
    docs = list(read_corpus([tmp_path / "in.parquet"]))
    assert [d.id for d in docs] == ["a", "b"]

    from zhclean.writers import open_writer
    from zhclean import Pipeline

    pipe = Pipeline()
    with open_writer(tmp_path / "out.parquet") as w:
        for d in docs:
            w.write(pipe.clean(d).to_record())
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["id"] for r in table] == ["a", "b"]
    assert json.loads(table[1]["meta"])["icp"] == "浙ICP备14041666号"
    assert "C101" in {e["rule"] for e in table[1]["edits"]}


def test_lone_surrogate_in_jsonl_is_an_input_error_naming_the_line(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "text": "正文\\ud800内容。"}\n{"id": "b", "text": "正文。"}\n', encoding="utf-8")
    err, doc = read_corpus([path])
    assert isinstance(err, InputError) and err.line == 1 and "lone surrogate" in err.message
    assert doc.id == "b"


def test_corrupt_parquet_row_group_is_reported_after_the_rows_before_it(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    texts = [f"{BODY}{i}" for i in range(600)]
    pq.write_table(pa.table({"id": [str(i) for i in range(600)], "text": texts}), path, row_group_size=300,
                   compression="none")
    data = bytearray(path.read_bytes())
    column = pq.ParquetFile(path).metadata.row_group(1).column(1)
    start = column.data_page_offset  # damage the second row group's text page header
    assert start + 16 < column.data_page_offset + column.total_compressed_size
    data[start:start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    items = list(read_corpus([path]))
    assert isinstance(items[-1], InputError) and items[-1].source == str(path)
    assert all(isinstance(i, Document) for i in items[:-1]) and len(items) >= 2


@pytest.mark.parametrize("trail", ["full", "compact", "none"])
@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_output_bytes_and_summary_do_not_depend_on_workers_at_any_trail(tmp_path, samples_dir, capsys, trail,
                                                                        suffix):
    # workers encode their own records and count them; the parent only writes bytes
    from zhclean.cli import main

    outputs, summaries = [], []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}{suffix}"
        assert main(["clean", str(samples_dir), "-o", str(out), "--trail", trail, "-j", workers]) == 0
        outputs.append(gzip.decompress(out.read_bytes()) if suffix.endswith(".gz") else out.read_bytes())
        summaries.append(capsys.readouterr().err.split("\n", 1)[1].rsplit("  written to", 1)[0])
    assert outputs[0] == outputs[1] and summaries[0] == summaries[1]
    records = [json.loads(line) for line in outputs[0].decode("utf-8").splitlines()]
    assert ("edits" in records[0]) == (trail != "none")
    if trail != "full":
        return
    # --diff shows records and so takes the other path: the same bytes
    diffed = tmp_path / f"diff{suffix}"
    assert main(["clean", str(samples_dir), "-o", str(diffed), "--trail", trail, "--diff", "-q"]) == 0
    assert (gzip.decompress(diffed.read_bytes()) if suffix.endswith(".gz") else diffed.read_bytes()) == outputs[0]


def test_parquet_keeps_a_compact_trail(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from zhclean import Pipeline, rebuild_input
    from zhclean.writers import open_writer

    text = "學習工會文件,加強學習。\n\n\n浙ICP备14041666号"
    with open_writer(tmp_path / "out.parquet") as w:
        w.write(Pipeline(trail="compact").clean(Document(id="a", text=text)).to_record())
    row = pq.read_table(tmp_path / "out.parquet").to_pylist()[0]
    edits = [{k: v for k, v in e.items() if v is not None} for e in row["edits"]]
    assert any("spans" in e for e in edits) and rebuild_input(row["text"], edits) == text
