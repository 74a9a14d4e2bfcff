"""Probe idempotence on pages glued at random from real chrome lines.

``make fuzz`` mutates bytes, so most of what it logs is noise around a few pieces. This
probe builds pages from whole lines a scraped page really has (menu items, breadcrumbs,
info lines, licence numbers, page controls, footer and pager lines, a body paragraph and
its halves) joined the ways scraped text joins them (line breaks, blank lines, nothing, a
space, runs of no-break or ideographic spaces, ``<p>``, ``\\r\\n``, `` > ``), cleans each
twice and logs those a second cleaning changes, in the format of fuzz-corpus/idempotence.log,
for ``tools/idem_triage.py``.

    python tools/chrome_glue_probe.py --pages 3000 --seed 1 --log /tmp/glue.log
"""
from __future__ import annotations

import argparse
import collections
import json
import random

from zhclean import Document, Pipeline

PARAGRAPH = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。"
LINES = ["首页", "机构概况", "产业工会", "首页 | 机构概况 | 新闻动态 | 政务公开", "当前位置：首页 > 新闻动态 > 正文",
         "首页 > 工会动态", "> 基层动态", ">>", "市总工会召开全委会议", "关于开展2019年度职工疗休养活动的通知",
         "发布日期：2019-10-25 17:09", "来源：市总工会", "责任编辑：", "编辑：李明", "字号：大 中 小", "【打印本页】【关闭窗口】",
         "浙ICP备14041666号", "京公网安备11010502035380号", "版权所有：嵊州市总工会", "上一篇：市总工会开展送温暖活动",
         PARAGRAPH, PARAGRAPH[:20], PARAGRAPH[20:], "2019-10-25"]
GLUE = ["\n", "\n", "\n\n", " ", "", "\u00a0\u00a0\u00a0\u00a0", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;", "<p>", "\r\n", " > "]
MAX_PARTS = 14


def page(rng: random.Random) -> str:
    return "".join(rng.choice(LINES) + rng.choice(GLUE) for _ in range(rng.randint(1, MAX_PARTS)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--log", default="glue-idempotence.log", help="where to write the pages that do not settle")
    args = ap.parse_args(argv)
    pipe, rng = Pipeline(trail="full"), random.Random(args.seed)
    by_rule: collections.Counter[str] = collections.Counter()
    with open(args.log, "w", encoding="utf-8") as fh:
        for _ in range(args.pages):
            text = page(rng)
            once = pipe.clean(Document(id="glue", text=text)).text
            again = pipe.clean(Document(id="glue", text=once)).to_record()
            if again["text"] != once:
                by_rule[again["edits"][0]["rule"]] += 1
                fh.write(json.dumps({"input": text, "once": once, "twice": again["text"]}, ensure_ascii=False) + "\n")
    print(f"{args.pages} pages, {sum(by_rule.values())} change on a second cleaning"
          + (": " + ", ".join(f"{code} {n}" for code, n in by_rule.most_common()) if by_rule else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
