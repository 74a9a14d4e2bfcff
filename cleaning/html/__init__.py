"""HTML input: decode a page, extract its article and its metadata.

``html_to_document`` is what the readers call for ``.html``/``.htm`` files (and for
JSONL/Parquet records whose text is a whole page). The text rules then run on the
extracted text as on any other document.

The package: :mod:`~zhclean.html.decode` (bytes to text), :mod:`~zhclean.html.parse`,
:mod:`~zhclean.html.measure`, :mod:`~zhclean.html.extract` (the pruning steps and the block
choice), :mod:`~zhclean.html.render`, :mod:`~zhclean.html.edges` (edge lines),
:mod:`~zhclean.html.title`, :mod:`~zhclean.html.metadata` and :mod:`~zhclean.html.trail`
(what was removed, and where). Each removing step is a rule, H101–H108
(:mod:`zhclean.rules.html_extract`): ``rules`` says which run, like ``--select`` and
``--ignore`` for the text rules.

>>> page = ('<html><head><title>通知_某某市总工会</title><meta name="PubDate" content="2023-05-12 09:30">'
...         '</head><body><div class="nav"><a href="/">首页</a> <a href="/a">工会动态</a></div>'
...         '<div class="crumb">当前位置：首页 &gt; 通知</div><h1>通知</h1>'
...         '<div id="zoom"><p>各基层工会：现将有关事项通知如下。</p><p>请认真组织，按时报送。</p></div>'
...         '<div class="footer">版权所有：某某市总工会</div></body></html>')
>>> doc = html_to_document(page.encode("gbk"), doc_id="p", source="p.html")
>>> print(doc.text)
通知
各基层工会：现将有关事项通知如下。
请认真组织，按时报送。
>>> doc.meta["published_at"], doc.meta["title"], doc.meta["encoding"]
('2023-05-12T09:30:00', '通知', 'gb18030')
"""
from __future__ import annotations

import gc
import re
from functools import lru_cache
from typing import Any, Iterable

from ..encoding import DecodeError
from ..model import Document
from ..registry import select_rules
from ..rule import Rule, Stage
from .decode import codec_for_label, decode_html as _decode_page, private_use_count
from .edges import join_split_title, trim_edges
from .extract import (answers_short_post, choose_block, drop_non_text, prune_furniture, prune_home_links,
                      prune_link_lists, prune_post_chrome, prune_reader_comments)
from .extract import _remove as remove_element
from .boards import article_page, class_and_id, named_board, qa_page
from .gather import named_posts
from .paged import unwrap_post_groups
from .posts import forum_site, thread_kind
from .measure import Measure, squash
from .metadata import date_from_text, from_head, from_info_line, head_meta, meta_near_title, site_suffix
from .parse import element_path, mark_choice_forms, parse
from .render import render, split_repeated_copy
from .title import choose_title, element_showing, is_title_line, printed_title, title_printed_near, title_tag_text
from .trail import Trail
from .threads import short_question

#: The extraction steps, by the code of the rule that documents and selects each.
STEP_CODES = ("H101", "H102", "H103", "H104", "H105", "H106", "H107", "H108")

_LOOKS_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I | re.S)

RuleChoice = Iterable["str | Rule"] | None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes; the text and the encoding used (see :mod:`zhclean.html.decode`)."""
    page = _decode_page(data)
    return page.text, page.encoding


def looks_like_html(text: str) -> bool:
    """Whether a string is a whole HTML page (doctype, ``<html>``, ``<head>`` or ``<body>`` first)."""
    return bool(_LOOKS_HTML.match(text[:4096]))


@lru_cache(maxsize=1)
def _default_steps() -> frozenset[str]:
    return frozenset(c.code for c in select_rules() if c.stage == Stage.EXTRACT)


def extraction_steps(rules: RuleChoice = None) -> frozenset[str]:
    """The H codes whose steps run.

    ``rules`` holds rule codes or rule objects (a pipeline's ``codes`` or ``rules``; codes
    of text rules are ignored); ``None`` means the extraction rules that are on by default.
    """
    if rules is None:
        return _default_steps()
    return frozenset(rule if isinstance(rule, str) else rule.code for rule in rules)


def extract(html: str, rules: RuleChoice = None, trail: str = "compact") -> tuple[str, dict[str, Any]]:
    """The article text of a page (one paragraph per line) and its metadata.

    ``meta["html"]`` explains the extraction: the chosen block's path, what was pruned per
    H code (elements and characters), each removal with its place in the page (``removed``,
    see :mod:`zhclean.html.trail`), the furniture lines cut at the article's edges, and
    the steps that were turned off (``skipped``). ``rules``: see :func:`extraction_steps`;
    ``trail``: the audit trail level, ``full`` adds the removed text to each entry and
    ``none`` leaves ``removed`` out.
    """
    if not html.strip():
        raise DecodeError("the page is empty")
    enabled = extraction_steps(rules)
    # The walks keep one proxy object per element alive (hundreds of thousands on a 20 MB
    # page); the cyclic collector would rescan them over and over for nothing, as nothing
    # here creates cycles, so it is paused for the call.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _extract(html, enabled, trail)
    finally:
        if paused:
            gc.enable()


def _extract(html: str, enabled: frozenset[str], level: str) -> tuple[str, dict[str, Any]]:
    try:
        root, flattened, line_shift, attributes_dropped = parse(html)
    except Exception as exc:  # lxml raises ParserError/ValueError subclasses for unusable input
        raise DecodeError(f"not a parsable HTML page: {exc}") from None
    tags = head_meta(root)
    meta: dict[str, Any] = from_head(tags)
    title_tag = title_tag_text(root)
    trail = Trail(html, line_shift, level)
    mark_choice_forms(root)
    if "H101" in enabled:
        drop_non_text(root, trail)
    top = root.find("body")
    if top is None:
        top = root
    title, heading, confirmed = choose_title(meta.get("title"), title_tag, top)
    if title:
        meta["title"] = title
    if heading is None and title:
        heading = element_showing(top, title)
        confirmed = confirmed or heading is not None  # the page prints it (div.title, span.Title)
    meta_near_title(meta, heading, top)
    if "site_name" not in meta and title_tag:
        suffix = site_suffix(title_tag)
        if suffix and suffix != title:
            meta["site_name"] = suffix

    unwrap_post_groups(top)
    m = Measure(top)
    try:
        chars_page = m.chars.get(top, 0)
        # a board whose site name says no board word (a Q&A or microblog site, a community on
        # its own domain) still names its replies' text as such, unlike an article's page
        forum = forum_site(meta.get("site_name"), tags.get("generator"))
        if not forum:
            names = class_and_id(top)
            forum = qa_page(top, names) or (named_board(top, names) and not article_page(top, tags.get("og:type")))
            # a short post whose replies sit in a box named as comments, on a page that names
            # no article body: the replies are the page's text, as on a board
            named_article = article_page(top, tags.get("og:type"))
            forum = forum or ((not named_article or short_question(top, m, title))
                              and answers_short_post(top, m, title, meta.get("site_name"), named_article))
        if enabled & {"H102", "H103", "H104"}:
            prune_furniture(top, m, title, trail, enabled, forum)
        block = choose_block(top, m, heading if confirmed else None, forum) if "H105" in enabled else top
        named: list = []
        if forum and "H105" in enabled:
            block, named = named_posts(block, heading if confirmed else None, top, m)
        trail.outside_block("H105", top, block, m)
        for el in named:  # inside the widened block, on no path to a post or the title
            trail.element("H105", el, m.chars.get(el, 0))
            m.forget(el, top)
            remove_element(el)
        # a thread's replies quote earlier posts: repeated paragraphs there are not a copy
        thread, is_thread = thread_kind(block, m)
        if "H105" in enabled:
            if not (is_thread or forum):
                prune_reader_comments(block, m, trail)
            prune_post_chrome(block, m, trail, forum)
        if "H106" in enabled:
            prune_link_lists(block, m, trail)
        if "H108" in enabled:
            prune_home_links(block, m, trail)
    finally:
        m.release()  # children first: see Measure.release
    lines = render(block)
    if "H105" in enabled and not thread:
        lines, copy = split_repeated_copy(lines)
        trail.edge_lines("H105", copy, block)
    if not confirmed:
        printed = (title_printed_near(block, lines, title) if title else None) or printed_title(block, lines)
        if printed:
            title = meta["title"] = printed
            confirmed = True
    edge: list[str] = []
    if "H107" in enabled:
        lines, edge = trim_edges(lines, title if confirmed else None, is_thread or forum)
    elif title and confirmed:
        lines = join_split_title(lines, squash(title))  # as trim_edges does, without cutting
    if title and confirmed and not any(is_title_line(line, title) for line in lines[:3]):
        lines.insert(0, title)
    if edge:
        trail.edge_lines("H107", edge, block)
        if "published_at" not in meta:
            for line in edge:
                found = from_info_line(line)
                for k, v in found.items():
                    meta.setdefault(k, v)
    if "published_at" not in meta:
        date_from_text(meta, top)
    skipped = [code for code in STEP_CODES if code not in enabled]
    # mojibake left by a wrong code page (or a site's icon-font glyphs): reported, not guessed at
    text = "\n".join(lines)
    private_use = private_use_count(text)  # one scan of the text, not one per line
    meta["html"] = {
        "block": element_path(block),
        "chars_page": chars_page,
        "chars_kept": sum(len(x) for x in lines),
        "pruned": dict(sorted(trail.pruned.items())),
        **({"edge_lines": edge[:10]} if edge else {}),
        **({"thread": True} if is_thread or forum else {}),  # C309 reads it: the page is a thread
        **({"flattened": True} if flattened else {}),
        **({"attributes_dropped": attributes_dropped} if attributes_dropped else {}),
        **({"private_use_chars": private_use} if private_use else {}),
        **({"skipped": skipped} if skipped else {}),
    }
    if trail.recording:
        meta["html"]["removed"] = trail.removed()
    return text, meta


#: How a text that may be a page is taken: ``auto`` extracts a whole page (:func:`looks_like_html`),
#: ``always`` extracts whatever the text is (a fragment, a page behind a preamble), ``never`` keeps it.
HTML_MODES = ("auto", "always", "never")


def page_document(doc: Document, rules: RuleChoice = None, trail: str = "compact", html: str = "auto") -> Document:
    """``doc`` with its article extracted when its text is a whole HTML page, exactly as
    ``zhclean clean`` extracts a JSONL record's page; ``doc`` itself otherwise.

    The one entry point for every caller that holds a text rather than a file: the adapters
    (pandas, datasets, datatrove, Data-Juicer) and ``Pipeline.clean``. ``rules`` and ``trail``
    as for :func:`html_to_document` (pass the pipeline's ``codes`` and ``config.trail``);
    ``html`` is one of :data:`HTML_MODES`. Cleaning the result again changes nothing: an
    extracted text is not a page. Raises :class:`~zhclean.encoding.DecodeError` for a page
    with no visible text.

    >>> doc = page_document(Document(id="p", text="<!DOCTYPE html><html><body><div class='nav'><a href='/'>首页</a>"
    ...     "</div><p>各基层工会：现将有关事项通知如下，请认真组织。</p></body></html>"))
    >>> doc.text, doc.meta["format"]
    ('各基层工会：现将有关事项通知如下，请认真组织。', 'html')
    >>> page_document(Document(id="t", text="正文。")).text
    '正文。'
    """
    if html not in HTML_MODES:
        raise ValueError(f"html must be one of {', '.join(HTML_MODES)}, not {html!r}")
    if html == "never" or (html == "auto" and ("<" not in doc.text[:1024] or not looks_like_html(doc.text))):
        return doc
    out = html_to_document(doc.text, doc_id=doc.id, source=doc.source, meta=doc.meta, rules=rules, trail=trail)
    out.line = doc.line
    return out


def html_to_document(data: bytes | str, doc_id: str, source: str, meta: dict[str, Any] | None = None,
                     rules: RuleChoice = None, trail: str = "compact") -> Document:
    """A :class:`Document` with the page's article text; raises
    :class:`~zhclean.encoding.DecodeError` for undecodable or textless pages.

    ``rules`` chooses the extraction steps (see :func:`extraction_steps`): pass the
    pipeline's ``codes`` so ``--ignore H103`` keeps what H103 would prune; ``trail`` is the
    audit trail level (see :func:`extract`).
    """
    page = _decode_page(data) if isinstance(data, (bytes, bytearray)) else None
    html = page.text if page else str(data)
    text, found = extract(html, rules, trail)
    if not text.strip():
        raise DecodeError("the page has no visible text")
    out: dict[str, Any] = dict(meta or {})
    if page:
        out["encoding"] = page.encoding
        if page.declared and codec_for_label(page.declared) != page.encoding.replace("-sig", ""):
            found["html"]["declared_charset"] = page.declared  # the page's label was overruled
        if page.replaced:
            found["html"]["replaced_bytes"] = page.replaced
    out.setdefault("format", "html")
    for key, value in found.items():
        out.setdefault(key, value)
    return Document(id=doc_id, text=text, source=source, meta=out)


__all__ = ["html_to_document", "page_document", "HTML_MODES", "extract", "decode_html", "looks_like_html", "extraction_steps", "STEP_CODES"]
