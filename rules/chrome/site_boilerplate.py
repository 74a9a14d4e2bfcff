"""C501: lines a site prints on many of its pages, learned from the corpus itself.

The hand-written chrome rules know the furniture every site shares; this rule removes the
furniture only one site has (its slogan under the logo, its column names, its own 联系我们
block, a notice it ran for a month). It knows nothing by itself: ``zhclean clean
--learn-boilerplate`` (see :mod:`zhclean.boilerplate` and docs/boilerplate.md) counts, per
site, on how many pages each normalised line stands and where, and hands the counts to the
rule through its ``patterns`` option.

This module also holds what the learning pass and the rule must agree on, so the two can
never drift apart: the site key of a document, the line normalisation and its 64-bit hash,
and the reading of a patterns file.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from zhclean.model import RuleResult
from zhclean.rule import Context, Rule, Stage

from .._text import delete_line
from ._page import Page, make_page

#: The ``format`` and ``version`` a patterns file must carry.
PATTERNS_FORMAT = "zhclean-boilerplate"
PATTERNS_VERSION = 1

# Full-width forms and their ASCII twins fold together (NFKC), and so do the CJK marks the
# punctuation rules (N3xx) swap with ASCII ones, so a line learned from the raw page still
# matches after the earlier rules of the pipeline have touched it.
_FOLD_PUNCT = str.maketrans({"。": ".", "、": ",", "“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"',
                             "』": '"', "‘": "'", "’": "'", "【": "[", "】": "]", "《": "<", "》": ">", "〈": "<",
                             "〉": ">", "—": "-", "–": "-", "－": "-", "～": "~", "·": ".", "•": "."})
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
#: Normalised lines shorter than this are not counted (a lone ``|`` or ``>``).
MIN_LINE_CHARS = 2


def normalise_line(line: str) -> str:
    """A line as the learning pass counts it: full/half width folded, CJK punctuation
    folded to ASCII, lower case, digits folded to ``0``, no whitespace.

    >>> normalise_line("  联系电话：０５７５－83112057  ")
    '联系电话:0000-00000000'
    >>> normalise_line("Copyright © 2019 Example") == normalise_line("copyright ©2020 example")
    True
    """
    s = unicodedata.normalize("NFKC", line).translate(_FOLD_PUNCT).casefold()
    return _DIGIT.sub("0", _SPACE.sub("", s))


def hash64(s: str) -> int:
    """A stable 64-bit hash of ``s`` (blake2b): the same in every process and every run,
    unlike Python's ``hash()``, which is salted per process.

    >>> hash64("扫一扫") == hash64("扫一扫")
    True
    """
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def line_hash(line: str) -> int | None:
    """The hash of a line's normalised form, or ``None`` for a line too short to count."""
    norm = normalise_line(line)
    return hash64(norm) if len(norm) >= MIN_LINE_CHARS else None


def site_key(meta: Mapping[str, Any], doc_id: str = "") -> str:
    """Which site a document belongs to: ``meta["site"]`` when a reader or the record set
    it, else the host of ``meta["url"]`` (without ``www.``), else the top folder of the id
    (``site03/0012`` → ``site03``), else ``""``: one group of documents of unknown origin.

    >>> site_key({"url": "https://www.Example.com:8080/a/b.html"})
    'example.com'
    >>> site_key({}, "gov-zj/2019/0003")
    'gov-zj'
    """
    explicit = meta.get("site")
    if isinstance(explicit, str) and explicit:
        return explicit
    url = meta.get("url")
    if isinstance(url, str) and "//" in url:
        host = (urlsplit(url.strip()).hostname or "").lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    if "/" in doc_id:
        return doc_id.split("/", 1)[0]
    return ""


@dataclass(frozen=True, slots=True)
class SitePattern:
    """One learned line of one site: on how many of the site's pages it stood, and
    whether the evidence is strong enough to remove it inside the body too."""

    pages: int
    anywhere: bool


@dataclass(frozen=True)
class SiteTable:
    """The learned lines of one site, by hash, and how many pages of it were seen."""

    pages: int
    lines: Mapping[int, SitePattern]


def select_patterns(site_pages: int, entries: Iterable[Mapping[str, Any]], options: Mapping[str, Any]
                    ) -> dict[int, SitePattern]:
    """The entries of one site that the thresholds in ``options`` make removable.

    An entry is ``{"hash": HEX or "line": TEXT, "pages": n, "body_sites": k}``; it is
    removable when it stood on at least ``min_pages`` pages and ``min_share`` of the
    site's pages and did not stand in the body of ``cross_sites`` sites or more;
    removable anywhere when it also stood on ``anywhere_share`` of the pages.
    """
    floor = max(int(options["min_pages"]), float(options["min_share"]) * site_pages)
    anywhere_floor = max(2 * int(options["min_pages"]), float(options["anywhere_share"]) * site_pages)
    out: dict[int, SitePattern] = {}
    for e in entries:
        pages = int(e["pages"])
        if pages < floor or int(e.get("body_sites", 0)) >= int(options["cross_sites"]):
            continue
        h = int(e["hash"], 16) if "hash" in e else line_hash(str(e["line"]))
        if h is not None:
            out[h] = SitePattern(pages, pages >= anywhere_floor)
    return out


def read_patterns(source: str | Iterable[Mapping[str, Any]], options: Mapping[str, Any]) -> dict[str, SiteTable]:
    """The removable lines of every site, from a patterns file (a path) or from inline
    entries (``[{"site": S, "site_pages": n, "line": TEXT, "pages": k}, ...]``, for tests
    and hand-made lists)."""
    if isinstance(source, str):
        if not source:
            return {}
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        if data.get("format") != PATTERNS_FORMAT or data.get("version") != PATTERNS_VERSION:
            raise ValueError(f"{source}: not a zhclean boilerplate file of version {PATTERNS_VERSION}")
        return {site: SiteTable(int(s["pages"]), select_patterns(int(s["pages"]), s["patterns"], options))
                for site, s in data["sites"].items()}
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for e in source:
        grouped.setdefault(str(e.get("site", "")), []).append(e)
    return {site: SiteTable(int(es[0]["site_pages"]), select_patterns(int(es[0]["site_pages"]), es, options))
            for site, es in grouped.items()}


def content_bounds(pg: Page, furniture: Mapping[int, object]) -> tuple[int, int]:
    """``(first, last)`` body paragraphs of the page that are not learned furniture: the
    head is above ``first``, the tail below ``last``. A long notice a site prints under
    every article reads as prose, so it must not count as the body it closes. With no
    body paragraph at all (hard-wrapped text) the page model's zones are used."""
    content = [i for i, b in enumerate(pg.body) if b and i not in furniture]
    if content:
        return content[0], content[-1]
    if any(pg.body):
        return len(pg.lines), -1  # the page is furniture and nothing else
    return pg.zones.head_end, pg.zones.tail_start - 1


class SiteBoilerplate(Rule):
    """Remove lines that the page's own site prints on many of its pages (learned).

    **What it does.** With patterns learned from the corpus (``zhclean clean
    --learn-boilerplate``, or a saved file: ``--boilerplate FILE``), deletes every line
    of a page that stood, normalised (width, punctuation, digits and spaces folded), on
    at least ``min_pages`` pages and ``min_share`` of the pages of the same site. Only
    lines in the head or the tail go (above the first or below the last body paragraph
    that is not itself learned furniture), unless the line stood on ``anywhere_share``
    of the site's pages. A line that stood in the body of ``cross_sites`` different
    sites or more is never removed: a quotation, a slogan, a standard phrase.
    ``meta.boilerplate`` records the site and, for each deleted line, its line number,
    the pattern's hash and on how many pages it was seen.

    **Why.** Every site has chrome of its own that no hand-written rule can know: the
    same line on many pages of one site, in the same place, is furniture, not content.

    **Options.** ``patterns``: a patterns file, or inline entries; ``min_pages`` (5),
    ``min_share`` (0.05), ``anywhere_share`` (0.5), ``cross_sites`` (3). Without
    patterns the rule does nothing.

    **Anti-pattern**::

        嵊州工会网 · 职工之家
        市总工会召开全委会议
        会议传达学习了上级工会有关文件精神，研究部署了下一阶段的重点工作。
        本站稿件欢迎转发，转载请注明来自职工之家。

    **Best practice**::

        市总工会召开全委会议
        会议传达学习了上级工会有关文件精神，研究部署了下一阶段的重点工作。

    after learning that the site prints its slogan and its reprint notice on most pages.
    """

    code = "C501"
    name = "chrome.site-boilerplate"
    summary = "lines the page's own site prints on many pages (learned from the corpus)"
    stage = Stage.CHROME
    options = {"patterns": "", "min_pages": 5, "min_share": 0.05, "anywhere_share": 0.5, "cross_sites": 3}
    reads = frozenset({"site", "url"})
    writes = frozenset({"boilerplate"})
    #: Options that make the docstring's example true (the site the example page is from).
    example_options = {"patterns": [
        {"site": "", "site_pages": 40, "line": "嵊州工会网 · 职工之家", "pages": 40},
        {"site": "", "site_pages": 40, "line": "本站稿件欢迎转发，转载请注明来自职工之家。", "pages": 31},
    ]}

    def setup(self, options: Mapping[str, Any]) -> None:
        self._sites = read_patterns(options["patterns"], options)

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if not self._sites:
            return RuleResult()
        site = site_key(ctx.meta, ctx.doc_id)
        table = self._sites.get(site)
        if table is None or not table.lines:
            return RuleResult()
        pg = ctx.analysis(make_page, text)
        hits: dict[int, tuple[int, SitePattern]] = {}
        for i, line in enumerate(pg.lines):
            if line.text.strip():
                h = line_hash(line.text)
                if h is not None and h in table.lines:
                    hits[i] = (h, table.lines[h])
        if not hits:
            return RuleResult()
        first, last = content_bounds(pg, hits)
        edits, removed = [], []
        for i, (h, pattern) in hits.items():
            zone = "head" if i < first else "tail" if i > last else "body"
            if zone == "body" and not pattern.anywhere:
                continue
            edits.append(delete_line(pg.lines[i]))
            removed.append({"line": i + 1, "zone": zone, "pattern": f"{h:016x}", "pages": pattern.pages})
        if not removed:
            return RuleResult()
        return RuleResult(edits=edits, meta={"boilerplate": {"site": site, "site_pages": table.pages,
                                                             "lines": removed}})
