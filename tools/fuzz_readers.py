"""Coverage-guided fuzzing of the readers (atheris): ``make fuzz`` runs it for a bounded time.

Each input's first byte chooses the format (.txt, .html, .jsonl, .jsonl.gz, or a gzip
stream cut or damaged), the rest is the file. Reading must never raise: every item is a
Document whose text, id, source and meta UTF-8 can encode, or an InputError. HTML pages
are extracted too (the defer_html path off), so the extractor is fuzzed with them.

    python tools/fuzz_readers.py -max_total_time=600 -rss_limit_mb=4096 fuzz-corpus/readers
"""
from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from zhclean.model import Document, InputError
    from zhclean.readers import ReadOptions, read_corpus

SUFFIXES = [".txt", ".html", ".jsonl", ".jsonl.gz", ".jsonl.gz"]
import zhclean.html  # noqa: E402,F401  loaded before instrument_all

FOLDER = Path(tempfile.mkdtemp(prefix="zhclean-fuzz-"))


def test_one(data: bytes) -> None:
    if not data:
        return
    kind, body = data[0] % len(SUFFIXES), data[1:]
    suffix = SUFFIXES[kind]
    if suffix == ".jsonl.gz":
        packed = gzip.compress(body, mtime=0)
        if kind == 4 and body:  # damaged or cut short at a place the input chooses
            at = body[0] * len(packed) // 256
            packed = packed[:at] + bytes([packed[at] ^ 0x10]) + packed[at + 1:] if body[0] % 2 else packed[:at]
        body = packed
    path = FOLDER / f"in{suffix}"
    path.write_bytes(body)
    for item in read_corpus([path], ReadOptions(max_doc_bytes=1 << 20)):
        if isinstance(item, Document):
            json.dumps({"id": item.id, "text": item.text, "source": item.source, "meta": item.meta},
                       ensure_ascii=False).encode("utf-8")
        else:
            assert isinstance(item, InputError), item
            item.message.encode("utf-8", "backslashreplace")


if __name__ == "__main__":
    # The rule modules (and zhclean.html) are imported lazily, after instrument_imports:
    # instrument everything loaded by now so coverage guides the search through them too.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
