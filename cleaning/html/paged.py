"""Posts paged into wrappers (``div.page-N``, a ``<tbody>`` per few rows, ``ul`` per batch):
unwrapped before measuring, so a thread's posts are one run of siblings. A post whose cells
share one class word (百度知道's ``div.line.content`` + ``div.line.info``) is no such wrapper.
"""
from __future__ import annotations

from typing import Any

from .posts import MIN_POSTS, _kind, _layout

#: A wrapper's tag → the tags of posts it may page: rows in bodies, items in lists, blocks in blocks.
_GROUP_TAGS = {"tbody": frozenset(("tr",)), "ul": frozenset(("li",)), "ol": frozenset(("li",)),
               "div": frozenset(("div", "table", "article", "section", "dl")),
               "section": frozenset(("div", "table", "article", "section", "dl"))}
#: Wrappers that page a thread (``div.page-1``, ``tbody``): at least this many, holding
#: together at least :data:`MIN_POSTS` posts.
MIN_GROUPS = 2


def _cells_of_posts(wrappers: list[Any]) -> bool:
    """The wrappers are posts and what they hold their cells: each holds the same sequence of
    classes (``div.line.content`` then ``div.line.info``, one first class word) and no two
    of its children are built alike. A page of posts holds posts built alike."""
    rows = [[c for c in w if isinstance(c.tag, str)] for w in wrappers]
    classes = {tuple(c.get("class") or "" for c in row) for row in rows}
    return (len(classes) == 1 and len(rows[0]) >= 2
            and all(len({_layout(c) for c in row}) == len(row) for row in rows))


def unwrap_post_groups(top: Any) -> int:
    """Unwrap the wrappers a thread's posts are paged into (posts loaded in batches, a
    ``<tbody>`` per few rows), so the posts are one run of siblings; returns how many went.

    Under one parent, two or more wrappers of one kind each holding only posts of one other
    kind (not paragraphs or inline parts of a text), three or more posts in all."""
    groups: dict[tuple[Any, tuple[str, str]], list[Any]] = {}
    for w in top.iter(*_GROUP_TAGS):  # one pass, the tag filter in C
        parent = w.getparent()
        if parent is not None and w is not top:
            groups.setdefault((parent, _kind(w)), []).append(w)
    unwrapped = 0
    for (_parent, kind), wrappers in groups.items():
        if len(wrappers) < MIN_GROUPS:
            continue
        inner = {_kind(g) for w in wrappers for g in w if isinstance(g.tag, str)}
        if len(inner) != 1:
            continue
        post_kind = next(iter(inner))
        if post_kind[0] not in _GROUP_TAGS[kind[0]] or post_kind == kind:
            continue
        if sum(1 for w in wrappers for g in w if isinstance(g.tag, str)) < MIN_POSTS:
            continue
        if any((w.text or "").strip() or not len(w) for w in wrappers) or _cells_of_posts(wrappers):
            continue
        for w in wrappers:
            w.drop_tag()
            unwrapped += 1
    return unwrapped
