"""Where a board's thread begins and ends: the first post beside its replies.

The chooser (:mod:`zhclean.html.extract`) finds the run of replies; on a board the first post
is often built unlike them and printed apart (a topic box above the replies, a question header
above a card of answers, a microblog post above its comments). These widen the run to it.
"""
from __future__ import annotations

from typing import Any

from .measure import Measure
from .posts import is_post_run, with_question

# Blocks that can be the article container.
CONTAINER_TAGS = frozenset("article body center div main section td table tbody blockquote form dd li font span".split())
#: The title heading's container holds at least this much prose of its own (not just the
#: headline's info line).
TITLED_MIN_PROSE = 60


#: On a board, the run of replies and the first post under the title heading (built unlike
#: them) are together at least this share of the prose of the element holding both.
THREAD_AND_FIRST_POST_SHARE = 0.8


def with_first_post(run: Any, heading: Any, top: Any, m: Measure) -> Any:
    """The run of posts with its question built like them, or else with the first post under
    the title heading when the two are most of what holds them (a topic box above a list of
    replies built otherwise); the run alone when neither stands beside it."""
    widened = with_question(run, m)
    first = titled_container(heading, top, m) if widened is run else None
    if first is None or run in first.iterdescendants():
        # a first post too short to hold the heading's container (one line above long
        # replies), or in the box holding the replies too: what stands between them
        return from_heading(run, heading, top, m) if widened is run else widened
    above = set(first.iterancestors())
    node = run
    while node is not None and node is not top and node not in above:
        node = node.getparent()
    if node is None or node is top or node is first:
        return widened
    if m.prose.get(run, 0) + m.prose.get(first, 0) >= THREAD_AND_FIRST_POST_SHARE * m.prose.get(node, 0):
        return node
    return widened


def from_heading(run: Any, heading: Any, top: Any, m: Measure) -> Any:
    """The lowest element holding the title heading and the run of replies, when what stands
    between the two (the first post) and the run are :data:`THREAD_AND_FIRST_POST_SHARE` of its
    prose (a sidebar beside them is not); the run otherwise."""
    if heading is None:
        heading = _prose_before(run, top, m)  # no title heading (a microblog): the post above
        if heading is None:
            return run
    above = set(heading.iterancestors())
    node, child = run, None
    while node is not None and node is not top and node not in above:
        node, child = node.getparent(), node
    if node is None or node is top or child is None:
        return run
    kids = [c for c in node if isinstance(c.tag, str)]
    start = next((i for i, c in enumerate(kids) if c is heading or c in above), None)
    end = kids.index(child)
    if start is None or start >= end:
        return run
    span = sum(m.prose.get(c, 0) for c in kids[start:end + 1])
    between = span - m.prose.get(run, 0)
    if between <= 0 or span < THREAD_AND_FIRST_POST_SHARE * m.prose.get(node, 0):
        return run
    return node


def _prose_before(el: Any, top: Any, m: Measure) -> Any:
    """The nearest element with prose before ``el`` (a preceding sibling of it or of one of its
    ancestors below ``top``), or None."""
    while el is not None and el is not top:
        for sib in el.itersiblings(preceding=True):
            if isinstance(sib.tag, str) and m.prose.get(sib, 0) > 0:
                return sib
        el = el.getparent()
    return None


#: On a board, a run of posts with the title heading is the thread when what holds both has
#: at least this share of the best block's prose (a terse thread beside a notice and teasers).
BOARD_THREAD_SHARE = 0.3


def thread_under_the_title(best: Any, heading: Any, m: Measure) -> Any:
    """On a board's page, the lowest element holding the title heading and the run of posts
    with the most prose inside the best block, when the best block holds more than that (the
    board's notice, hot-thread teasers); None without a heading or a run."""
    if heading is None or best not in heading.iterancestors():
        return None
    above = set(heading.iterancestors())
    found = []
    for el in best.iterdescendants():
        if isinstance(el.tag, str) and len(el) >= 2 and is_post_run(el, m):
            node = el
            while node is not None and node is not best and node not in above:
                node = node.getparent()
            if node is not None and node is not best:  # the hot-thread list beside shares only the page
                found.append((m.prose.get(el, 0), node))
    if not found:
        return None
    node = max(found, key=lambda pn: pn[0])[1]
    if m.prose.get(node, 0) < BOARD_THREAD_SHARE * m.prose.get(best, 0):
        return None
    return node


def titled_container(heading: Any, top: Any, m: Measure) -> Any:
    """The lowest container holding the title heading and some prose, or None."""
    if heading is None:
        return None
    node = heading.getparent()
    while node is not None and node is not top:
        if node.tag in CONTAINER_TAGS and m.prose.get(node, 0) >= TITLED_MIN_PROSE:
            return node
        node = node.getparent()
    return None
