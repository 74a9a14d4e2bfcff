"""Throughput of HTML extraction (zhclean.html) against trafilatura on the same pages.

    .venv/bin/python benchmarks/bench_html.py --docs 300                 # generated government pages
    .venv/bin/python benchmarks/bench_html.py --dir ../shared/dev/html   # a folder of real pages
    .venv/bin/python benchmarks/bench_html.py --mb 5 --no-trafilatura
    .venv/bin/python benchmarks/bench_html.py --dir ../shared/dev/html-gold/pages --trail none  # without H entries
    .venv/bin/python benchmarks/bench_html.py --ignore H105                  # one extraction step off

Generated pages come from ``../shared/bench/make_corpus.py --html`` (JSONL, ``text`` is a
page). Prints pages/s and MB/s on one core and peak memory. The extraction steps are the
rules H101–H107 (``zhclean.rules.html_extract``); ``--ignore`` turns some off and ``--trail``
sets how their removals are recorded (``meta.html.removed``: ``none`` records none, the
default ``compact`` code, place and size, ``full`` the removed text too), so the cost of
either shows. trafilatura is optional (``pip install trafilatura``); it is not a dependency
of zhclean. Not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from zhclean.html import STEP_CODES, extract, html_to_document

#: The extraction steps that run and the trail level of their removals (set by main()).
SETTINGS: dict = {"rules": STEP_CODES, "trail": "compact"}

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"


def generated_pages(docs: int | None, mb: float | None, seed: int) -> list[bytes]:
    args = [sys.executable, str(MAKE_CORPUS), "--html", "--seed", str(seed), "-o", "-"]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 5)]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(line)["text"].encode("utf-8") for line in out.splitlines() if line.strip()]


def folder_pages(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("*.htm*"))]


def _time(fn, pages: list[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for page in pages:
            fn(page)
        best = min(best, time.perf_counter() - t)
    return best


def _zhclean(page: bytes) -> None:
    html_to_document(page, doc_id="b", source="bench", rules=SETTINGS["rules"], trail=SETTINGS["trail"])


# Furniture that should never survive extraction; counting it is a rough, gold-free proxy for
# "less chrome" (body recall needs gold, which this repository does not have).
CHROME_MARKERS = ("ICP", "版权所有", "责任编辑", "上一篇", "下一篇", "分享到", "扫一扫", "打印本页", "关闭窗口",
                  "当前位置", "您的位置", "相关文章", "相关新闻", "推荐阅读", "网友评论", "设为首页", "加入收藏")


def chrome_markers(text: str) -> int:
    return sum(text.count(m) for m in CHROME_MARKERS)


def compare(pages: list[bytes]) -> None:
    """Per page: characters kept and chrome markers left, zhclean vs trafilatura."""
    import trafilatura

    tot = [0, 0, 0, 0]
    for i, page in enumerate(pages):
        ours = html_to_document(page, doc_id="b", source="bench").text
        theirs = trafilatura.extract(page) or ""
        row = [len(ours), chrome_markers(ours), len(theirs), chrome_markers(theirs)]
        tot = [a + b for a, b in zip(tot, row)]
        print(f"  page {i:3d}: zhclean {row[0]:6d} chars {row[1]:2d} chrome | trafilatura {row[2]:6d} chars {row[3]:2d} chrome")
    print(f"  total   : zhclean {tot[0]:6d} chars {tot[1]:2d} chrome | trafilatura {tot[2]:6d} chars {tot[3]:2d} chrome")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, help="generated pages (default 300 unless --mb or --dir)")
    ap.add_argument("--mb", type=float, help="MB of generated pages")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dir", type=Path, help="a folder of .html pages instead of generated ones")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--compare", action="store_true", help="per page: chars kept and chrome markers left")
    ap.add_argument("--ignore", default="", help="extraction steps to turn off, e.g. H105,H107")
    ap.add_argument("--trail", choices=("none", "compact", "full"), default="compact",
                    help="how the steps' removals are recorded in meta.html.removed")
    args = ap.parse_args(argv)
    off = {c.strip().upper() for c in args.ignore.split(",") if c.strip()}
    SETTINGS.update(rules=tuple(c for c in STEP_CODES if c not in off), trail=args.trail)
    if args.dir:
        pages, label = folder_pages(args.dir), str(args.dir)
    else:
        docs = args.docs or (None if args.mb else 300)
        pages, label = generated_pages(docs, args.mb, args.seed), "generated government pages"
    size_mb = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {size_mb:.1f} MB ({label}); steps {','.join(SETTINGS['rules'])}, "
          f"trail {args.trail}")

    elapsed = _time(_zhclean, pages, args.repeat)
    tracemalloc.start()
    for page in pages[:50]:
        _zhclean(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"zhclean     {len(pages) / elapsed:8.1f} pages/s  {size_mb / elapsed:6.2f} MB/s  "
          f"(peak traced {peak / 2**20:.1f} MB over 50 pages)")
    chars = sum(len(extract(p.decode('utf-8', 'replace'), SETTINGS["rules"])[0]) for p in pages[:50])
    print(f"            {chars / min(50, len(pages)):8.0f} chars kept per page (first 50)")

    if not args.no_trafilatura:
        try:
            import trafilatura
        except ImportError:
            print("trafilatura not installed: pip install trafilatura to compare")
        else:
            elapsed_t = _time(lambda p: trafilatura.extract(p), pages, args.repeat)
            print(f"trafilatura {len(pages) / elapsed_t:8.1f} pages/s  {size_mb / elapsed_t:6.2f} MB/s  "
                  f"(zhclean is {elapsed_t / elapsed:.1f}x faster)")
    if args.compare:
        compare(pages)
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
