"""Throughput of HTML extraction (zhclean.html) and of the whole pipeline, beside trafilatura.

    .venv/bin/python benchmarks/bench_html.py                            # generated pages and the dev pages
    .venv/bin/python benchmarks/bench_html.py --docs 300                 # generated government pages only
    .venv/bin/python benchmarks/bench_html.py --dir ../shared/dev/html   # a folder of real pages only
    .venv/bin/python benchmarks/bench_html.py --dir ../shared/dev/html-gold/pages --trail none  # without H entries
    .venv/bin/python benchmarks/bench_html.py --ignore H105              # one extraction step off
    .venv/bin/python benchmarks/bench_html.py --hostile                  # hostile pages against their time bounds
    .venv/bin/python benchmarks/bench_html.py --docs 200 --extracted /tmp/x.jsonl  # then profile_rules.py --corpus

Generated pages come from ``../shared/bench/make_corpus.py --html`` (JSONL, ``text`` is a
page). For each corpus it prints pages/s and MB/s on one core (best of ``--repeat`` runs of
``time.process_time``, so other jobs on the machine do not count) for

* ``extract``: ``html_to_document`` (decode, extract, metadata) with the chosen steps and trail;
* ``pipeline``: extraction, then every default rule, one page at a time
  (``runner.clean_item``, the record encoded as its output line: what an engine that hands
  zhclean one page at a time gets);
* ``zhclean clean``: the same, in batches of ``runner.BATCH_DOCS`` pages cleaned rule by
  rule with the collector's threshold of a stream (``runner.clean_items``), as ``zhclean
  clean`` does with a folder of pages;
* ``trafilatura``: ``trafilatura.extract(page)`` with its defaults, when it is importable.

trafilatura is not a dependency of zhclean: install it beside the venv
(``pip install trafilatura lxml_html_clean``) to compare. ``--hostile`` times the pages of
``tests/test_html_hostile.py`` at sizes well past theirs and says whether each stays within
its bound (the bounds are here, not in timed tests). Not a test.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from zhclean import Pipeline
from zhclean.html import STEP_CODES, extract, html_to_document
from zhclean.readers import PendingHtml
from zhclean.runner import BATCH_DOCS, STREAM_GC_THRESHOLD, clean_item, clean_items

#: The extraction steps that run and the trail level of their removals (set by main()).
SETTINGS: dict = {"rules": STEP_CODES, "trail": "compact"}

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
DEV_PAGES = SHARED / "dev" / "html"


def generated_pages(docs: int | None, mb: float | None, seed: int) -> list[bytes]:
    args = [sys.executable, str(MAKE_CORPUS), "--html", "--seed", str(seed), "-o", "-"]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 5)]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(line)["text"].encode("utf-8") for line in out.splitlines() if line.strip()]


def folder_pages(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("*.htm*"))]


def cpu_seconds(fn: Callable[[bytes], object], pages: list[bytes], repeat: int) -> float:
    """Best of ``repeat`` runs over all pages, in CPU seconds of this process."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for page in pages:
            fn(page)
        best = min(best, time.process_time() - t)
    return max(best, 1e-9)


def zhclean_extract(page: bytes) -> None:
    html_to_document(page, doc_id="b", source="bench", rules=SETTINGS["rules"], trail=SETTINGS["trail"])


def zhclean_pipeline() -> Callable[[bytes], object]:
    pipe = Pipeline(ignore=[c for c in STEP_CODES if c not in SETTINGS["rules"]] or None, trail=SETTINGS["trail"])
    return lambda page: clean_item(PendingHtml(id="b", source="bench.html", data=page, meta={}), pipe, encode=True)


def zhclean_clean() -> Callable[[list[bytes]], object]:
    """Pages cleaned as ``zhclean clean`` cleans a folder of them: in batches, rule by rule."""
    pipe = Pipeline(ignore=[c for c in STEP_CODES if c not in SETTINGS["rules"]] or None, trail=SETTINGS["trail"])

    def run(pages: list[bytes]) -> None:
        previous = gc.get_threshold()
        gc.set_threshold(STREAM_GC_THRESHOLD, *previous[1:])
        try:
            for at in range(0, len(pages), BATCH_DOCS):
                clean_items([PendingHtml(id="b", source="bench.html", data=page, meta={})
                             for page in pages[at:at + BATCH_DOCS]], pipe, encode=True)
        finally:
            gc.set_threshold(*previous)
    return run


def trafilatura_extract() -> Callable[[bytes], object] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda page: trafilatura.extract(page)


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


def throughput(pages: list[bytes], label: str, repeat: int) -> None:
    """pages/s and MB/s of extraction, the pipeline and trafilatura on the same pages."""
    size_mb = sum(map(len, pages)) / 1e6
    print(f"\n{len(pages)} pages, {size_mb:.1f} MB ({label}); steps {','.join(SETTINGS['rules'])}, "
          f"trail {SETTINGS['trail']}; CPU seconds, best of {repeat}")
    runs = {"zhclean extract": zhclean_extract, "zhclean pipeline": zhclean_pipeline()}
    theirs = trafilatura_extract()
    if theirs:
        runs["trafilatura"] = theirs
    seconds = {name: cpu_seconds(fn, pages, repeat) for name, fn in runs.items()}
    seconds["zhclean clean"] = cpu_seconds(zhclean_clean(), [pages], repeat)
    if theirs:  # trafilatura's row last
        seconds["trafilatura"] = seconds.pop("trafilatura")
    for name, s in seconds.items():
        ratio = f"  ({seconds['trafilatura'] / s:.2f}x trafilatura's speed)" if theirs and name != "trafilatura" else ""
        print(f"  {name:17} {len(pages) / s:8.1f} pages/s  {size_mb / s:6.2f} MB/s{ratio}")
    if not theirs:
        print("  trafilatura is not importable here: pip install trafilatura lxml_html_clean beside the venv")
    chars = sum(len(extract(p.decode("utf-8", "replace"), SETTINGS["rules"])[0]) for p in pages[:50])
    print(f"  {chars / min(50, len(pages)):.0f} characters kept per page by extraction (first 50)")


# ---------------------------------------------------------------------------------------------
# Hostile pages: size → seconds, against a bound of seconds per MB (plus start-up)

BODY = "各基层工会：现将职工技能大赛的有关事项通知如下，请认真组织，按时报送。"


def _links(mb: float) -> str:
    n = int(mb * 1e6 / 60)
    return ("<html><body><div class='list'><ul>" + "".join(f"<li><a href='/a/{i}.html'>工会动态第{i}期</a></li>"
                                                           for i in range(n)) + f"</ul></div><p>{BODY}</p></body></html>")


def _sidebar(mb: float) -> str:
    n = int(mb * 1e6 / 60)
    return ("<html><body><div class='sidebar'><ul>" + "".join(f"<li><a href='/a/{i}.html'>工会动态第{i}期</a></li>"
                                                              for i in range(n)) + f"</ul></div><p>{BODY}</p></body></html>")


def _attributes(mb: float) -> str:
    n = int(mb * 1e6 / 16)
    return "<html><body><div " + " ".join(f"data-x{i}='{i}'" for i in range(n)) + f"><p>{BODY}</p></div></body></html>"


def _text_node(mb: float) -> str:
    return "<html><body><p>" + BODY * int(mb * 1e6 / len(BODY.encode())) + "</p></body></html>"


def _nested(mb: float) -> str:
    n = int(mb * 1e6 / 11)
    return "<html><body>" + "<div>" * n + f"<p>{BODY}</p>" + "</div>" * n + "</body></html>"


def _paragraphs(mb: float) -> str:
    para = f"<p>{BODY}</p>"
    return "<html><body><div id='zoom'>" + para * int(mb * 1e6 / len(para.encode())) + "</div></body></html>"


#: name → (page of about N MB, the sizes timed, the bound in seconds per MB of page)
HOSTILE = {
    "links (one <li><a> per 60 bytes)": (_links, (1, 4, 8), 3.0),
    "links in a box named sidebar": (_sidebar, (1, 8), 3.0),
    "attributes on one tag": (_attributes, (1, 4, 16), 1.0),
    "one text node": (_text_node, (4, 12, 40), 1.0),
    "nested divs": (_nested, (0.1, 1), 5.0),
    "sibling paragraphs": (_paragraphs, (4, 16), 3.0),
}


def hostile(repeat: int) -> None:
    print(f"\nhostile pages: wall seconds (best of {repeat}) against a bound of s/MB x size + 1 s")
    over = 0
    for name, (make, sizes, per_mb) in HOSTILE.items():
        for mb in sizes:
            page = make(mb).encode("utf-8")
            best = float("inf")
            for _ in range(repeat):
                t = time.perf_counter()
                html_to_document(page, doc_id="h", source="hostile.html")
                best = min(best, time.perf_counter() - t)
            bound = per_mb * len(page) / 1e6 + 1
            over += best > bound
            print(f"  {name:34} {len(page) / 1e6:6.1f} MB {best:7.2f} s  bound {bound:6.1f} s  "
                  f"{'ok' if best <= bound else 'OVER'}")
    print(f"  {'all within their bounds' if not over else f'{over} over their bound'}")


#: The command line: option → argparse settings.
OPTIONS: dict[str, dict] = {
    "--docs": {"type": int, "help": "generated pages (default 300 unless --mb or --dir)"},
    "--mb": {"type": float, "help": "MB of generated pages"},
    "--seed": {"type": int, "default": 0, "help": "make_corpus.py's seed"},
    "--dir": {"type": Path, "help": "a folder of .html pages instead of generated ones"},
    "--repeat": {"type": int, "default": 3, "help": "best of this many runs"},
    "--compare": {"action": "store_true", "help": "per page: chars kept and chrome markers left"},
    "--ignore": {"default": "", "help": "extraction steps to turn off, e.g. H105,H107"},
    "--trail": {"choices": ("none", "compact", "full"), "default": "compact",
                "help": "how the steps' removals are recorded in meta.html.removed"},
    "--hostile": {"action": "store_true", "help": "only the hostile pages against their time bounds"},
    "--extracted": {"type": Path, "help": "also write the extracted texts here as JSONL, for "
                    "benchmarks/profile_rules.py --corpus (where the text rules' time goes on them)"},
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for option, settings in OPTIONS.items():
        ap.add_argument(option, **settings)
    args = ap.parse_args(argv)
    off = {c.strip().upper() for c in args.ignore.split(",") if c.strip()}
    SETTINGS.update(rules=tuple(c for c in STEP_CODES if c not in off), trail=args.trail)
    if args.hostile:
        hostile(args.repeat)
        return
    corpora = []
    if args.dir:
        corpora.append((folder_pages(args.dir), str(args.dir)))
    if args.docs or args.mb or not args.dir:
        corpora.append((generated_pages(args.docs or (None if args.mb else 300), args.mb, args.seed),
                        "generated government pages, make_corpus.py --html"))
    if not (args.dir or args.docs or args.mb) and DEV_PAGES.is_dir():
        corpora.append((folder_pages(DEV_PAGES), str(DEV_PAGES)))
    for pages, label in corpora:
        throughput(pages, label, args.repeat)
        if args.compare:
            compare(pages)
    if args.extracted:
        with args.extracted.open("w", encoding="utf-8") as out:
            for k, page in enumerate(p for pages, _ in corpora for p in pages):
                doc = html_to_document(page, doc_id=f"p{k}", source="bench.html", rules=SETTINGS["rules"])
                out.write(json.dumps({"id": doc.id, "text": doc.text}, ensure_ascii=False) + "\n")
        print(f"extracted texts in {args.extracted}: benchmarks/profile_rules.py --corpus {args.extracted}")
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
