"""Multi-post pages: forum threads, Q&A answers, short-review lists.

A thread's text is a run of sibling blocks of one kind (``div.post``, ``li.reply``,
``div.comment-item``), each a post. The best-scoring single block of such a page is one
post, and a block named ``reply``/``comment`` is pruned as secondary on a news page; on a
thread both would lose the posts. :func:`post_run` finds the run an element belongs to,
so the article chooser can widen to the whole thread and the pruner can spare it.
"""
from __future__ import annotations

from typing import Any

from .measure import Measure

#: A run is this many sibling posts, the chosen one included.
MIN_POSTS = 3
#: How far above the best block the post (the repeated sibling) may be.
MAX_POST_DEPTH = 4
#: The posts together hold this share of their parent's prose: the run is the parent's content.
RUN_PROSE_SHARE = 0.6
#: A post's link characters under this share of its characters: a headline list is not a thread.
POST_LINK_SHARE = 0.35


#: Tags that are parts of one text, never a post: an article's own run of paragraphs is not a thread.
TEXT_PART_TAGS = frozenset("p br span font b strong em i u h1 h2 h3 h4 h5 h6 pre blockquote figure img a ol ul".split())


def _kind(el: Any) -> tuple[str, str]:
    """What makes siblings posts of one kind: the tag and the first class word."""
    cls = (el.get("class") or "").split()
    return el.tag, cls[0] if cls else ""


def _posts_under(parent: Any, kind: tuple[str, str], m: Measure) -> list[Any]:
    return [c for c in parent if isinstance(c.tag, str) and _kind(c) == kind and m.prose.get(c, 0) > 0
            and m.links.get(c, 0) < POST_LINK_SHARE * max(1, m.chars.get(c, 0))]


def is_post_run(parent: Any, m: Measure) -> bool:
    """``parent``'s prose is mostly a run of :data:`MIN_POSTS` or more sibling posts of one kind."""
    prose = m.prose.get(parent, 0)
    if prose <= 0:
        return False
    seen: dict[tuple[str, str], int] = {}
    for c in parent:
        if isinstance(c.tag, str) and c.tag not in TEXT_PART_TAGS and m.prose.get(c, 0) > 0:
            k = _kind(c)
            seen[k] = seen.get(k, 0) + 1
    for kind, n in seen.items():
        if n >= MIN_POSTS:
            posts = _posts_under(parent, kind, m)
            if len(posts) >= MIN_POSTS and sum(m.prose[p] for p in posts) >= RUN_PROSE_SHARE * prose:
                return True
    return False


def post_run(block: Any, top: Any, m: Measure) -> Any | None:
    """The parent of the run of posts ``block`` is (or lies in), or None on a one-article page."""
    el = block
    for _ in range(MAX_POST_DEPTH):
        parent = el.getparent()
        if parent is None or el is top:
            return None
        if is_post_run(parent, m) and el in _posts_under(parent, _kind(el), m):
            return parent
        el = parent
    return None
