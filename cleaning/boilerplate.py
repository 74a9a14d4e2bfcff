"""Learned per-site boilerplate: the pass that finds each site's own chrome in the corpus.

The same line on many pages of one site, in the same place, is furniture. The pass reads
a corpus twice, streaming:

1. it groups the documents by site (:func:`~zhclean.rules.chrome.site_boilerplate.site_key`)
   and counts per site, for every normalised line (64-bit blake2b hash), on how many pages
   it stood and in which zone of the page (head, body, tail, from the chrome page model);
2. for the *candidates* only (lines on ``min_pages`` pages of some site) it notes in the
   body of how many different sites they stood: a quotation or a standard phrase recurs
   in the body of many sites and must never go, even where one site uses it often.

The guard needs the second reading: a saying that stands once on each of five sites is a
line seen once per site, which no bounded one-pass table can be sure to remember, while
the candidates are few (tens per site) and known after the first reading.

Memory is bounded, not proportional to the corpus: each site keeps at most
``max_lines_per_site`` lines, plus a quarter while it fills up again (when the table
overflows it keeps the lines seen on the most pages: a line that stands on many pages is
never the one dropped), and the second reading at most :data:`MAX_SITES_PER_LINE` site ids
and one example per candidate. Tables from several workers or shards
merge (:meth:`BoilerplateLearner.merge`), so the pass runs in parallel and on a
distributed engine: aggregate per site, then clean.

The result is a patterns file (readable JSON, per site its pages and its lines with their
counts and an example) that rule C501 reads; ``zhclean clean --learn-boilerplate`` and
``--boilerplate FILE`` drive it from the command line (docs/boilerplate.md).
"""
from __future__ import annotations

import argparse
import atexit
import json
import multiprocessing as mp
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from ._version import __version__
from .config import Config, ConfigError
from .model import InputError
from .readers import Item, ReadOptions, materialise, read_corpus
from .rules.chrome._page import make_page
from .rules.chrome.site_boilerplate import (PATTERNS_FORMAT, PATTERNS_VERSION, SiteBoilerplate, hash64, line_hash,
                                            select_patterns, site_key)

RULE_CODE = SiteBoilerplate.code
HEAD, BODY, TAIL = 0, 1, 2
ZONE_NAMES = ("head", "body", "tail")
# Counts of one line of one site packed in one int: pages | head << 32 | tail << 64, so a
# page adds one constant and two tables merge by adding their ints.
_PAGE, _M32 = 1, (1 << 32) - 1
_ADD = {HEAD: _PAGE + (1 << 32), BODY: _PAGE, TAIL: _PAGE + (1 << 64)}
#: How many different sites the cross-site table remembers per line (enough for any
#: sensible ``cross_sites`` threshold).
MAX_SITES_PER_LINE = 8
EXAMPLE_CHARS = 120

#: One page as the learning pass sees it: its site and, once per distinct line, the line's
#: hash, zone and text (the text is kept only as an example for people to read).
Observation = tuple[str, list[tuple[int, int, str]]]


def page_lines(text: str) -> list[tuple[int, int, str]]:
    """``(hash, zone, text)`` for every distinct countable line of a page, at its first
    place on the page (a line that recurs on one page still counts once for it).

    >>> body = "会议传达学习了上级工会有关文件精神，研究部署了下一阶段的重点工作。"
    >>> [(ZONE_NAMES[z], t) for _h, z, t in page_lines(f"职工之家\\n{body}\\n{body}\\n欢迎投稿")]
    [('head', '职工之家'), ('body', '会议传达学习了上级工会有关文件精神，研究部署了下一阶段的重点工作。'), ('tail', '欢迎投稿')]
    """
    pg = make_page(text)
    head_end, tail_start = pg.zones
    out, seen = [], set()
    for i, line in enumerate(pg.lines):
        s = line.text.strip()
        if not s:
            continue
        h = line_hash(s)
        if h is None or h in seen:
            continue
        seen.add(h)
        zone = HEAD if i < head_end else TAIL if i >= tail_start else BODY
        out.append((h, zone, s[:EXAMPLE_CHARS]))
    return out


@dataclass
class SiteCounts:
    """One site's table: pages seen, packed counts per line hash, and (from the second
    reading, for candidates only) an example of each: its smallest spelling, so the
    example does not depend on the order of the pages or how they were sharded."""

    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    examples: dict[int, str] = field(default_factory=dict)
    #: The most pages a dropped line had stood on: a line's count may be short by this much.
    dropped: int = 0

    def prune(self, keep: int) -> None:
        """Keep the ``keep`` lines seen on the most pages; between lines seen as often, the
        ones seen first go (they had the longest chance to recur)."""
        if len(self.counts) <= keep:
            return
        ranked = sorted(enumerate(self.counts.items()), key=lambda x: (x[1][1] & _M32, x[0]), reverse=True)
        self.dropped = max(self.dropped, ranked[keep][1][1] & _M32)
        self.counts = {h: v for _i, (h, v) in sorted(ranked[:keep])}


class BoilerplateLearner:
    """Streaming, bounded, mergeable counts of lines per site (see the module docstring)."""

    def __init__(self, max_lines_per_site: int = 2048):
        self.max_lines_per_site = max_lines_per_site
        self.sites: dict[str, SiteCounts] = {}
        #: candidate line hash -> ids (hashes) of up to MAX_SITES_PER_LINE sites in whose
        #: body it stood (the second reading)
        self.body_sites: dict[int, tuple[int, ...]] = {}
        self.documents = 0

    def observe(self, site: str, lines: Iterable[tuple[int, int, str]]) -> None:
        """First reading: count one page of ``site`` (its :func:`page_lines`)."""
        table = self.sites.get(site)
        if table is None:
            table = self.sites[site] = SiteCounts()
        table.pages += 1
        self.documents += 1
        counts = table.counts
        for h, zone, _text in lines:
            counts[h] = counts.get(h, 0) + _ADD[zone]
        if len(counts) > self.max_lines_per_site + self.max_lines_per_site // 4:
            table.prune(self.max_lines_per_site)

    def candidates(self, min_pages: int) -> frozenset[int]:
        """The lines that stood on ``min_pages`` pages of some site, after the first reading."""
        return frozenset(h for t in self.sites.values() for h, v in t.counts.items() if v & _M32 >= min_pages)

    def observe_candidates(self, site: str, lines: Iterable[tuple[int, int, str]],
                           candidates: frozenset[int]) -> None:
        """Second reading: note ``site`` for every candidate that stands in this page's
        body, and keep an example of every candidate the page holds."""
        sid, examples = None, None
        for h, zone, text in lines:
            if h not in candidates:
                continue
            if examples is None:
                examples = self.sites.setdefault(site, SiteCounts()).examples
            if h not in examples or text < examples[h]:
                examples[h] = text
            if zone == BODY:
                sid = sid if sid is not None else hash64(site)
                self._add_body_site(h, (sid,))

    def _add_body_site(self, h: int, sids: tuple[int, ...]) -> None:
        have = self.body_sites.get(h)
        if have is None:
            self.body_sites[h] = sids[:MAX_SITES_PER_LINE]
        elif len(have) < MAX_SITES_PER_LINE and not set(sids) <= set(have):
            self.body_sites[h] = tuple(sorted(set(have) | set(sids)))[:MAX_SITES_PER_LINE]

    def merge(self, other: "BoilerplateLearner") -> "BoilerplateLearner":
        """Add ``other``'s counts to these (a worker's or a shard's table); returns self."""
        for site, theirs in other.sites.items():
            mine = self.sites.setdefault(site, SiteCounts())
            mine.pages += theirs.pages
            for h, v in theirs.counts.items():
                mine.counts[h] = mine.counts.get(h, 0) + v
            for h, text in theirs.examples.items():
                if h not in mine.examples or text < mine.examples[h]:
                    mine.examples[h] = text
            mine.dropped = max(mine.dropped, theirs.dropped)
            if len(mine.counts) > self.max_lines_per_site:
                mine.prune(self.max_lines_per_site)
        for h, sids in other.body_sites.items():
            self._add_body_site(h, sids)
        self.documents += other.documents
        return self

    def patterns(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """The patterns file's content: per site, every line seen on ``min_pages`` pages or
        more, with its counts, the number of sites it stood in the body of, an example,
        and whether the thresholds in ``options`` (C501's) make it removable."""
        options = {**SiteBoilerplate.options, **options}
        sites: dict[str, Any] = {}
        for site in sorted(self.sites):
            table = self.sites[site]
            entries = []
            for h, v in table.counts.items():
                pages = v & _M32
                if pages < int(options["min_pages"]):
                    continue
                head, tail = (v >> 32) & _M32, v >> 64
                entries.append({"hash": f"{h:016x}", "pages": pages, "head": head, "body": pages - head - tail,
                                "tail": tail, "body_sites": len(self.body_sites.get(h, ())),
                                "example": table.examples.get(h, "")})
            entries.sort(key=lambda e: (-e["pages"], e["hash"]))
            chosen = select_patterns(table.pages, entries, options)
            for e in entries:
                pattern = chosen.get(int(e["hash"], 16))
                e["removable"] = pattern is not None
                e["anywhere"] = bool(pattern and pattern.anywhere)
            sites[site] = {"pages": table.pages, "dropped": table.dropped, "patterns": entries}
        settings = {k: options[k] for k in ("min_pages", "min_share", "anywhere_share", "cross_sites")}
        settings.update(max_lines_per_site=self.max_lines_per_site)
        return {"format": PATTERNS_FORMAT, "version": PATTERNS_VERSION, "zhclean": __version__,
                "documents": self.documents, "settings": settings, "sites": sites}


def save_patterns(data: Mapping[str, Any], path: Path) -> None:
    """Write a patterns file: indented JSON with one line per learned line, so a person
    can read it (or ``grep`` it) as well as ``zhclean report`` does."""
    head = {k: v for k, v in data.items() if k != "sites"}
    out = [json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "sites": {']
    for n, (site, table) in enumerate(data["sites"].items()):
        meta = {k: v for k, v in table.items() if k != "patterns"}
        out.append(("," if n else "") + f"\n  {json.dumps(site, ensure_ascii=False)}: "
                   + json.dumps(meta, ensure_ascii=False)[:-1] + ', "patterns": [')
        out.append(",".join(f"\n   {json.dumps(e, ensure_ascii=False)}" for e in table["patterns"]) + "]}")
    out.append("\n }\n}\n")
    path.write_text("".join(out), encoding="utf-8")


def load_patterns(path: Path) -> dict[str, Any]:
    """A patterns file's content, checked for its format and version."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such boilerplate file (learn one with --learn-boilerplate)") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the boilerplate file: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != PATTERNS_FORMAT or data.get("version") != PATTERNS_VERSION:
        raise ConfigError(f"{path}: not a zhclean boilerplate file of version {PATTERNS_VERSION}")
    return data


# -- the pass over a corpus -----------------------------------------------------------------

def observe_item(item: Item) -> Observation | None:
    """The observation of one read item (an HTML page is extracted first), or ``None``
    for an input error (the cleaning pass reports those)."""
    doc = materialise(item)
    if isinstance(doc, InputError):
        return None
    return site_key(doc.meta, doc.id), page_lines(doc.text)


def observations(items: Iterable[Item], workers: int = 1, chunksize: int = 16) -> Iterator[Observation]:
    """:func:`observe_item` of every item, on ``workers`` processes (extraction, the page
    split and the hashing run there; only the counting is left to the caller)."""
    if workers <= 1:
        for item in items:
            obs = observe_item(item)
            if obs is not None:
                yield obs
        return
    ctx = mp.get_context("spawn") if mp.get_start_method(allow_none=True) == "spawn" else mp.get_context()
    with ctx.Pool(workers) as pool:
        for obs in pool.imap(observe_item, items, chunksize=chunksize):
            if obs is not None:
                yield obs


def learn(read: Callable[[], Iterable[Item]], min_pages: int, workers: int = 1,
          max_lines_per_site: int = 2048) -> BoilerplateLearner:
    """Both readings of the corpus ``read()`` yields (documents as :func:`read_corpus` gives
    them; it is called once per reading)."""
    learner = BoilerplateLearner(max_lines_per_site)
    for site, lines in observations(read(), workers):
        learner.observe(site, lines)
    candidates = learner.candidates(min_pages)
    if candidates:
        for site, lines in observations(read(), workers):
            learner.observe_candidates(site, lines, candidates)
    return learner


# -- the command line ------------------------------------------------------------------------

def configure(args: argparse.Namespace, config: Config) -> Config:
    """``config`` with C501 given its patterns: learned from ``args.paths`` now (saved to
    ``args.boilerplate`` when given) or read from ``args.boilerplate``. Unchanged when
    neither flag is given."""
    learn_now, path = getattr(args, "learn_boilerplate", False), getattr(args, "boilerplate", None)
    if not learn_now and path is None:
        return config
    options = {**SiteBoilerplate.options, **config.options.get(RULE_CODE, {})}
    if learn_now:
        read = ReadOptions(text_field=config.text_field, id_field=config.id_field,
                           max_doc_bytes=config.max_doc_bytes, defer_html=True)
        learner = learn(lambda: read_corpus(args.paths, read), int(options["min_pages"]),
                        workers=max(1, config.workers))
        data = learner.patterns(options)
        if path is None:
            fd, name = tempfile.mkstemp(prefix="zhclean-boilerplate-", suffix=".json")
            os.close(fd)
            atexit.register(lambda: os.path.exists(name) and os.remove(name))
            path = Path(name)
        save_patterns(data, path)
        if not getattr(args, "quiet", False):
            removable = sum(e["removable"] for s in data["sites"].values() for e in s["patterns"])
            print(f"zhclean: learned {removable} boilerplate lines over {len(data['sites'])} sites from "
                  f"{learner.documents} documents" + (f"; saved to {args.boilerplate}" if args.boilerplate else ""),
                  file=sys.stderr)
    else:
        load_patterns(path)  # fail now, with a clear message, not in every worker
    return config.merged(options={**config.options, RULE_CODE: {**config.options.get(RULE_CODE, {}),
                                                                 "patterns": str(path)}})
