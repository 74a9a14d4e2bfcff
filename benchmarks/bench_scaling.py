"""Linear time on pathological text: the time to clean a document of 4x the size, per rule family.

For each family (--select C, L, N, T, Q, H) and each pathological text (one character
repeated, one line with no break, many short lines, a run of tags, a run of entities,
breadcrumb separators, mixed scripts with combining marks), the text is cleaned at sizes
n, 4n and 16n; the ratio of the times is printed, and a ratio over 5 for 4x the size is
marked SLOW (the issue's bound). Best of --repeat runs.

    python benchmarks/bench_scaling.py [--base 20000] [--repeat 3] [--families C,L] [--texts thread]
"""
from __future__ import annotations

import argparse
import sys
import time

from zhclean.config import Config
from zhclean.model import Document
from zhclean.pipeline import Pipeline

UNIT = {
    "one-char": "工",
    "one-line": "工会开展送温暖活动走访困难职工",
    "short-lines": "工会\n",
    "tags": "<span><p>",
    "entities": "&nbsp;&ldq\r\nuo;",
    "breadcrumbs": "首页 > ",
    "mixed": "工會e\u0301Ж\u200b１",
    "punctuation": "，。！？",
    # C309 reads a page of post furniture (info lines, button rows, floor numbers).
    "thread": "风吹麦浪 发表于 2024-5-6 04:46\n回复 引用 举报\n3楼\n",
    # C401/C403 read a copy's record lines (uploader, size, downloads).
    "docsite": "上传者：张三  大小：2.3M  下载：12次\n",
}
FAMILIES = ("C", "L", "N", "T", "Q", "H")


def seconds(pipeline: Pipeline, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        pipeline.clean(Document(id="b", text=text, source="bench", meta={}))
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=20000, help="characters of the smallest text")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--families", default=",".join(FAMILIES),
                    help="comma-separated rule families to run (default: all)")
    ap.add_argument("--texts", default=",".join(UNIT),
                    help="comma-separated pathological texts to run (default: all)")
    args = ap.parse_args(argv)
    families = [f for f in args.families.split(",") if f]
    texts_wanted = [t for t in args.texts.split(",") if t]
    unknown = sorted(set(texts_wanted) - set(UNIT))
    if unknown:
        ap.error(f"unknown text(s) {', '.join(unknown)}; choose from {', '.join(UNIT)}")
    print(f"{'family':<6} {'text':<12} {'n s':>8} {'4n/n':>6} {'16n/4n':>7}")
    slow = 0
    curves = 0
    for family in families:
        pipeline = Pipeline(Config(select=(family,), max_doc_seconds=0))
        for name in texts_wanted:
            unit = UNIT[name]
            curves += 1
            texts = [unit * max(1, args.base * k // len(unit)) for k in (1, 4, 16)]
            t = [max(seconds(pipeline, text, args.repeat), 1e-4) for text in texts]
            r1, r2 = t[1] / t[0], t[2] / t[1]
            mark = "  SLOW" if max(r1, r2) > 5 else ""
            slow += bool(mark)
            print(f"{family:<6} {name:<12} {t[0]:>8.4f} {r1:>6.2f} {r2:>7.2f}{mark}", flush=True)
    print(f"{slow} of {curves} curves over 5x for 4x the size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
