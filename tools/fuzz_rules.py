"""Coverage-guided fuzzing of the rule engine (atheris): ``make fuzz`` runs it for a bounded time.

Each input is turned into text (mixed scripts, controls, surrogates-free Unicode, as
atheris' FuzzedDataProvider gives it, plus markup and entity fragments) and cleaned by
the default pipeline with the full trail. A crash, an input that the full trail does not
rebuild exactly, or a record UTF-8 cannot encode stops the run with the input saved by
libFuzzer (``crash-*``). Outputs that change when cleaned again are not stops: they are
appended to ``FUZZ_LOG`` (default fuzz-idempotence.log) for triage, as the issue lists
known ones.

    python tools/fuzz_rules.py -max_total_time=600 -rss_limit_mb=4096 fuzz-corpus/rules
"""
from __future__ import annotations

import json
import os
import sys

import atheris

with atheris.instrument_imports():
    from zhclean.config import Config
    from zhclean.model import Document
    from zhclean.pipeline import Pipeline
    from zhclean.trace import rebuild_input
    from zhclean.writers import encode_record

PIPELINE = Pipeline(Config(trail="full"))
LOG = os.environ.get("FUZZ_LOG", "fuzz-idempotence.log")
PIECES = ["<p>", "</span>", "&nbsp;", "&ldq\r\nuo;", "\r\n", "\n\n", "　", "首页 > 新闻", "责任编辑：", "。", "，",
          "浙ICP备14041666号", "2019-10-25 17:09", "\u0301", "\ufeff", "\x00", "е", "工会"]


def _text(data: bytes) -> str:
    fdp = atheris.FuzzedDataProvider(data)
    out = []
    while fdp.remaining_bytes():
        if fdp.ConsumeBool():
            out.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] * fdp.ConsumeIntInRange(1, 3))
        else:
            out.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(1, 64)))
    return "".join(out)


def test_one(data: bytes) -> None:
    text = _text(data)
    if not text.strip():
        return
    record = PIPELINE.clean(Document(id="fuzz", text=text, source="fuzz", meta={})).to_record()
    encode_record(record)  # must be writable
    rebuilt = rebuild_input(record["text"], record["edits"])
    if rebuilt != text:
        raise AssertionError(f"the full trail does not rebuild the input: {text!r}")
    again = PIPELINE.clean(Document(id="fuzz", text=record["text"], source="fuzz", meta={})).text
    if again != record["text"]:
        with open(LOG, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"input": text, "once": record["text"], "twice": again}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    # The rule modules (and zhclean.html) are imported lazily, after instrument_imports:
    # instrument everything loaded by now so coverage guides the search through them too.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
