"""Coverage-guided fuzzing of the rule engine (atheris): ``make fuzz`` runs it for a bounded time.

Each input is turned into text (mixed scripts, controls, surrogates-free Unicode, as
atheris' FuzzedDataProvider gives it, plus markup and entity fragments) and cleaned by
the default pipeline with the full trail. A crash, an input that the full trail does not
rebuild exactly, or a record UTF-8 cannot encode stops the run with the input saved by
libFuzzer (``crash-*``). Outputs that change when cleaned again are not stops: they are
appended to ``FUZZ_LOG`` (default fuzz-idempotence.log) for triage, as the issue lists
known ones.

With ``FUZZ_PAGES=1`` each input builds a long page instead (``_page``): 20 to 160 lines
chosen from page-like pieces (hard-wrapped paragraph lines of one width, a running head
or footer printed on many pages, page numbers in their shapes, blank runs, chrome lines
of the head and tail, fuzzed text), the shapes that need 100 to 140 lines, which
byte-level inputs of a 10-minute run never reach (docs/reliability.md, stop 44).

    python tools/fuzz_rules.py -max_total_time=600 -rss_limit_mb=4096 fuzz-corpus/rules
    FUZZ_PAGES=1 python tools/fuzz_rules.py -max_total_time=600 -max_len=512 fuzz-corpus/pages
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
PAGES = os.environ.get("FUZZ_PAGES") == "1"
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


# Pieces of a long page: lines of a paragraph hard-wrapped at one width (32 characters),
# running heads and footers, page-number shapes, and the chrome of a page's head and tail.
WRAPPED = ["会议要求，各级工会要切实履行维权服务职责，把维护职工合法权益作为", "工作的出发点和落脚点，切实为职工办实事、解难事，做到思想上尊重、",
           "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工", "作取得了新进展，职工满意度明显提升。"]
RUNNING = ["内部资料 注意保存", "嵊州市总工会关于职工书屋提档升级的实施意见", "工会工作简报（第3期）", "机密★1年", "共12页",
           "新闻首新闻首页闻首页首页新闻首新闻首页闻首页新闻首页新闻首新闻首"]
NUMBERS = ["- {} -", "第{}页", "{}", "— {} —", "第 {} 页 共 12 页", "Page {}", "{}/12"]
CHROME = ["首页 > 新闻", "当前位置：首页 > 信息公开", "发布日期：2019-10-25 17:09  来源：嵊州市总工会", "责任编辑：张三",
          "浙ICP备14041666号", "【打印本页】【关闭窗口】", "签发人：张三　紧急程度：特急", "上一篇：关于开展职工书屋评选的通知", "&ldq\r\nuo;"]


def _page(data: bytes) -> str:
    """A long page: ``FUZZ_PAGES`` mode's input, chosen piece by piece by the fuzzer."""
    fdp = atheris.FuzzedDataProvider(data)
    lines: list[str] = []
    page_no = fdp.ConsumeIntInRange(1, 9)
    running = RUNNING[fdp.ConsumeIntInRange(0, len(RUNNING) - 1)]
    number = NUMBERS[fdp.ConsumeIntInRange(0, len(NUMBERS) - 1)]
    target = fdp.ConsumeIntInRange(20, 160)
    while len(lines) < target and fdp.remaining_bytes():
        kind = fdp.ConsumeIntInRange(0, 9)
        if kind <= 4:
            lines.extend(WRAPPED[fdp.ConsumeIntInRange(0, len(WRAPPED) - 1)] for _ in range(fdp.ConsumeIntInRange(1, 6)))
        elif kind == 5:  # a page break: the number, the running line, on either side
            block = [number.format(page_no), running]
            lines.extend(block if fdp.ConsumeBool() else block[::-1])
            page_no += 1
        elif kind == 6:
            lines.append(running)
        elif kind == 7:
            lines.append(CHROME[fdp.ConsumeIntInRange(0, len(CHROME) - 1)])
        elif kind == 8:
            lines.extend([""] * fdp.ConsumeIntInRange(1, 7))
        else:
            lines.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(1, 40)))
    return "\n".join(lines)


def test_one(data: bytes) -> None:
    text = _page(data) if PAGES else _text(data)
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
