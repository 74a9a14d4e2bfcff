"""The article's title: which of ``<title>``, the title meta tags and the headings it is,
and which printed line shows it.

``<title>`` usually carries a column or site name (``标题_栏目_站点``); a heading that
prints the same words confirms it, and the title line is kept at the top of the text.
"""
from __future__ import annotations

import re
from typing import Any

from .edges import is_head_chrome, join_split_title
from .measure import squash
from .metadata import strip_site_suffix, title_segments
from .render import render


def title_tag_text(root: Any) -> str | None:
    """The page's ``<title>`` with its whitespace collapsed, or ``None``."""
    el = root.find(".//title")
    if el is None:
        return None
    text = re.sub(r"\s+", " ", el.text_content()).strip()
    return text or None


def _heading_texts(top: Any) -> list[tuple[Any, str]]:
    out = []
    for h in top.iter("h1", "h2", "h3"):
        text = re.sub(r"\s+", " ", h.text_content()).strip()
        # "今日股市_明日大盘_股票行情" is a keyword banner, not a title
        if 2 <= len(text) <= 150 and len(re.findall(r"[_|｜]", text)) < 2:
            out.append((h, text))
        if len(out) >= 40:
            break
    return out


def choose_title(meta_title: str | None, title_tag: str | None, top: Any) -> tuple[str | None, Any, bool]:
    """Title, the heading element that shows it (``None`` when no heading does), and
    whether anything confirms it (a title meta tag or a heading) beyond ``<title>``."""
    headings = _heading_texts(top)
    if meta_title:
        key = squash(meta_title)
        stripped = squash(strip_site_suffix(meta_title))
        for h, text in headings:
            sq = squash(text)
            if len(sq) < 2:
                continue
            if sq in (key, stripped) or (
                    len(sq) >= 4 and len(sq) >= 0.5 * len(key) and (key.startswith(sq) or sq.startswith(key))
                    and len(sq) <= len(key) + 40):
                return text, h, True
        if title_tag:
            # no heading prints the meta title, but one prints the <title>'s article part:
            # the meta tag is the site's, the same on every page (中国日报网－中国人的国际视野平台…)
            article = squash(strip_site_suffix(title_tag))
            for h, text in headings:
                if len(article) >= 6 and squash(text) == article:
                    return text, h, True
        return strip_site_suffix(meta_title), None, True
    if title_tag:
        key = squash(title_tag)
        segments = {squash(x) for x in title_segments(title_tag)}
        for h, text in headings:
            if squash(text) in segments:
                return text, h, True
        matches = [(h, text) for h, text in headings if len(squash(text)) >= 4 and squash(text) in key]
        if matches:
            h, text = max(matches, key=lambda x: len(squash(x[1])))
            if len(squash(text)) >= 0.3 * len(squash(strip_site_suffix(title_tag))):
                return text, h, True
        stripped = strip_site_suffix(title_tag)
        site = title_segments(title_tag)[-1] if len(title_segments(title_tag)) > 1 else ""
        for h, text in headings:
            sq = squash(text)
            if h.tag == "h1" and len(sq) >= 6 and sq not in key and sq != squash(site) and not _is_logo(h):
                return text, h, True
        return stripped, None, False
    for h, text in headings:
        if h.tag == "h1" and len(text) >= 4:
            return text, h, True
    return None, None, False


def is_title_line(line: str, title: str) -> bool:
    """Whether a rendered line prints the title (maybe with a suffix, or cut short)."""
    key, sq = squash(title), squash(line)
    return sq == key or (sq.startswith(key) and len(sq) <= len(key) + 20) or (key.startswith(sq) and len(sq) >= 0.6 * len(key))


_LOGO_NAME = re.compile(r"logo|brand|site|header|banner|top", re.I)


def _is_logo(h: Any) -> bool:
    """An h1 that shows the site's name: inside a link or a logo/header box, or an image."""
    node, depth = h, 0
    while node is not None and depth < 3:
        if node.tag == "a" or _LOGO_NAME.search(" ".join(filter(None, (node.get("class"), node.get("id"))))):
            return True
        node, depth = node.getparent(), depth + 1
    return h.find(".//img") is not None or any(a.get("href") in ("/", "./", "index.html", "/index.html")
                                               for a in h.iter("a"))


def title_printed_near(block: Any, lines: list[str], title: str) -> str | None:
    """The page's own line that prints the ``<title>`` text, in the block or in one of its
    three nearest ancestors; ``<title>`` may carry a column or site name the line lacks."""
    node, wider = block, lines
    for _ in range(4):
        printed = _title_in_lines(wider, title)
        if printed:
            return printed
        node = node.getparent()
        if node is None:
            return None
        wider = render(node, first=12)
    return None


def _title_in_lines(lines: list[str], title: str) -> str | None:
    """The line among the first ones that prints ``title`` (perhaps without its suffix)."""
    joined = join_split_title(lines[:12], squash(title))
    for line in joined[:12]:
        if is_title_line(line, title):
            return line if len(squash(line)) <= len(squash(title)) else title
    return None


def printed_title(block: Any, lines: list[str]) -> str | None:
    """A title printed without a heading tag, in the block or just above it."""
    found = _title_line(lines)
    if found:
        return found
    node = block.getparent()
    for _ in range(2):
        if node is None:
            break
        wider = render(node, first=9)  # _title_line reads the first eight and the one after
        found = _title_line(wider)
        if found:
            return found
        node = node.getparent()
    return None


def _title_line(lines: list[str]) -> str | None:
    """A title printed without a heading tag: a short line right above the info line
    (发布时间 …) at the top of the article."""
    for i, line in enumerate(lines[:8]):
        if i + 1 < len(lines) and is_head_chrome(lines[i + 1]) and not is_head_chrome(line) \
                and 4 <= len(line) <= 80 and not re.search(r"[。；]", line):
            return line
    return None


def element_showing(top: Any, title: str) -> Any:
    """The element (a ``div.title``, a ``span``) whose whole text is the title, if any."""
    key = squash(title)
    probe = key[:4]
    if len(key) < 4:
        return None
    for el in top.iter("div", "span", "td", "p", "strong", "b", "font", "h4", "h5", "h6"):
        if el.text and probe in squash(el.text) and squash(el.text_content()) == key:
            return el
    return None

