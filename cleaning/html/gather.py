"""On a board's page, posts named as posts outside the chosen block join it.

The chooser finds a thread by its shape: a run of sibling posts built alike. Board templates
also name their posts' text (``postmessage_N``, ``j_d_post_content``, ``reply-content``,
``answer-text``, ``bbWrapper``), and magic-html's forum extractor gathers by such names
whatever the shape. Here names only widen what the shape found: when elements so named
stand outside the block, the block becomes the lowest element holding it, them and the
title heading, and everything in it on no path to one of them goes (H105).

>>> from lxml import html
>>> from zhclean.html.measure import Measure
>>> page = html.fromstring('<html><body><h1>地暖值得装吗</h1><div class="a"><div class="card">楼主</div>'
...     '<div class="post-content">今年想装地暖，大家有什么经验吗？</div></div><div class="ad">广告位招租</div>'
...     '<div class="b"><div class="card">老张</div><div class="reply-content">装了，冬天很暖和。</div></div></body></html>')
>>> top = page.find("body"); m = Measure(top)
>>> block = top.find(".//div[@class='post-content']")
>>> wider, doomed = named_posts(block, top.find("h1"), top, m)
>>> wider.tag, sorted(e.get("class") for e in doomed)
('body', ['ad', 'card', 'card'])
"""
from __future__ import annotations

import re
from typing import Any

from .measure import Measure

#: Class/id words naming a post's text in board and Q&A templates (not ``content`` alone: a
#: news page's article and a sidebar's excerpts are named so too).
_POST_TEXT = re.compile(
    r"post[-_]?(?:content|message|text|body)|postmessage|postbody|d_post_content|"
    r"reply[-_]?(?:content|text|detail)|comment[-_]?(?:content|text|body)|answer[-_]?(?:content|text|body)|"
    r"best[-_]?(?:text|content)|rich[-_]?content|bbs[-_]?content|bbwrapper|message[-_]?body|"
    r"topic[-_]?(?:content|body)|markdown[-_]?reply|lzl_content|(?:^|\s)(?:t_f|cooked|con-all)(?:\s|$)",
    re.I,
)
#: A named element whose link characters reach this share is a teaser, not a post.
MAX_LINK_SHARE = 0.5


def post_named(el: Any) -> bool:
    """The element's class/id names a post's text (see :data:`_POST_TEXT`)."""
    names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return bool(names) and bool(_POST_TEXT.search(names))


def named_posts(block: Any, heading: Any, top: Any, m: Measure) -> tuple[Any, list[Any]]:
    """The block widened to the posts named as posts outside it, and what goes in the wider
    block (the elements on no path to the block, the posts or the heading); ``(block, [])``
    when no such post stands outside it."""
    inside = set(block.iter())
    above = set(block.iterancestors())
    found: list[Any] = []
    taken: set[Any] = set()
    for el in top.iter():
        if not isinstance(el.tag, str) or el in inside or el in above:
            continue
        if not post_named(el):
            continue
        chars = m.chars.get(el, 0)
        if chars <= 0 or m.links.get(el, 0) >= MAX_LINK_SHARE * chars:
            continue
        if taken.intersection(el.iterancestors()):
            continue  # inside a post already taken
        found.append(el)
        taken.add(el)
    if not found:
        return block, []
    # the heading may have gone with furniture pruned before (a header box): then it is no keeper
    titled = heading is not None and heading not in inside and top in heading.iterancestors()
    keepers = [block, *found] + ([heading] if titled else [])
    paths = [set(k.iterancestors()) | {k} for k in keepers]
    common = set.intersection(*paths)
    lca = next((a for a in [block, *block.iterancestors()] if a in common), None)
    if lca is None:
        return block, []
    on_path = set().union(*paths)
    kept = set(keepers)
    doomed: list[Any] = []
    stack = [lca]
    while stack:
        node = stack.pop()
        for child in node:
            if not isinstance(child.tag, str) or child in kept:
                continue
            if child in on_path:
                stack.append(child)
            elif m.chars.get(child, 0) > 0:
                doomed.append(child)
    return lca, doomed
