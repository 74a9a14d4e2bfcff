"""Property tests (hypothesis) over every reader and the whole pipeline (issue 18).

Bounded to a few dozen examples each so the suite stays fast; `make fuzz` runs the
coverage-guided harnesses (tools/fuzz_*.py) for as long as asked.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhclean.config import Config
from zhclean.model import Document, InputError
from zhclean.pipeline import Pipeline
from zhclean.readers import ReadOptions, read_corpus
from zhclean.trace import rebuild_input

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PIPELINE = Pipeline(Config(trail="full"))

# Han, kana, Cyrillic look-alikes, Latin with combining marks, fullwidth forms, controls
PIECES = st.one_of(
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=20),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    st.sampled_from(["\u0301", "\u200b", "\ufeff", "\x00", "\x07", "\r\n", "\n\n", "　", "е", "ｅ", "&nbsp;",
                     "&ldq\r\nuo;", "<p>", "</span>", "<div><div><div>", "首页 > ", "责任编辑：", "浙ICP备14041666号"]),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["工", "。", " ", "<", "&", "\n", "-"]), st.integers(50, 3000)),
)
TEXTS = st.lists(PIECES, min_size=1, max_size=30).map("".join)


def _writable(doc: Document) -> None:
    json.dumps({"id": doc.id, "text": doc.text, "source": doc.source, "meta": doc.meta},
               ensure_ascii=False).encode("utf-8")


@FAST
@given(TEXTS)
def test_pipeline_never_crashes_and_the_full_trail_rebuilds_the_input(text):
    if not text.strip():
        return
    record = PIPELINE.clean(Document(id="p", text=text, source="p", meta={})).to_record()
    json.dumps(record, ensure_ascii=False).encode("utf-8")
    assert rebuild_input(record["text"], record["edits"]) == text


@FAST
@given(st.integers(1, 400))
def test_deep_html_is_read(depth):
    page = "<html><body>" + "<div>" * depth + "<p>工会开展送温暖活动，走访困难职工。</p>" + "</div>" * depth + "</body></html>"
    from zhclean.html import html_to_document

    doc = html_to_document(page.encode("utf-8"), doc_id="d", source="d")
    _writable(doc)


def _read_all(path: Path) -> list:
    items = list(read_corpus([path], ReadOptions(max_doc_bytes=1 << 20)))
    for item in items:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            _writable(item)
    return items


@FAST
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".html", ".jsonl"]))
def test_readers_take_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("r") / f"in{suffix}"
    path.write_bytes(data)
    _read_all(path)


@FAST
@given(st.lists(st.text(max_size=200), min_size=1, max_size=20), st.integers(0, 10**6), st.booleans())
def test_gzip_cut_or_damaged_anywhere(tmp_path_factory, texts, where, flip):
    lines = "".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    packed = gzip.compress(lines.encode("utf-8"), mtime=0)
    at = where % len(packed)
    packed = packed[:at] + bytes([packed[at] ^ 0x20]) + packed[at + 1:] if flip else packed[:at]
    path = tmp_path_factory.mktemp("g") / "in.jsonl.gz"
    path.write_bytes(packed)
    items = _read_all(path)
    good = {f"d{i}": t for i, t in enumerate(texts)}
    for item in items:  # a record read from a damaged file is one that was written, never garbage
        if isinstance(item, Document):
            assert good.get(item.id) == item.text


@FAST
@given(st.binary(min_size=1, max_size=2000))
def test_invalid_gb18030_never_crashes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("b") / "in.txt"
    path.write_bytes("工会开展活动。".encode("gb18030") + data)
    for item in _read_all(path):
        if isinstance(item, Document) and item.text.strip():
            record = PIPELINE.clean(item).to_record()
            assert rebuild_input(record["text"], record["edits"]) == item.text
