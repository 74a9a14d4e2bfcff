"""Where a board's thread begins and ends: the first post beside its replies.

The chooser (:mod:`zhclean.html.extract`) finds the run of replies; on a board the first post
is often built unlike them and printed apart (a topic box above the replies, a question header
above a card of answers, a microblog post above its comments). These widen the run to it.
"""
from __future__ import annotations

import re
from typing import Any

from .boards import ARTICLE_BODY_NAME
from .cells import POST_TIME
from .furniture_names import element_names
from .edges import ASKING
from .measure import Measure, squash
from .posts import _boxes, is_post_run, reply_pair, with_question

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


#: How many levels a thread is narrowed away from the teaser lists beside it.
UNDATED_DEPTH = 3
#: A teaser list: this many items or more, each led by a link (another thread's title) ...
TEASER_ITEMS = 3
#: ... holding this share of the box's prose.
TEASER_PROSE_SHARE = 0.6


def without_teaser_lists(block: Any, heading: Any, m: Measure) -> Any:
    """On a board's page, the child of ``block`` holding the title heading when it holds the
    thread (prose and a post time) and every other child with prose is a list of teasers
    without a post time: a hot-thread list beside a thread too short to outweigh it (a
    one-post thread, terse replies). Replies print when they were posted; teasers of other
    threads print their title as a link and a reply count. Repeated down to
    :data:`UNDATED_DEPTH` levels."""
    if heading is None:
        return block
    for _ in range(UNDATED_DEPTH):
        if block not in heading.iterancestors():
            return block
        kids = [c for c in block if isinstance(c.tag, str)]
        branch = next((c for c in kids if c is heading or heading in c.iterdescendants()), None)
        if branch is None or branch is heading or m.prose.get(branch, 0) <= 0:
            return block
        others = [c for c in kids if c is not branch and m.prose.get(c, 0) > 0]
        if not others or not POST_TIME.search(branch.text_content()):
            return block
        if any(POST_TIME.search(c.text_content()) or not _teaser_list(c, m) for c in others):
            return block
        block = branch
    return block


def thread_beside_teasers(best: Any, heading: Any, top: Any, m: Measure) -> Any:
    """On a board's page, when the best block lies apart from the title heading (a hot-thread
    list outweighing a tiny thread): the heading's side of what holds both, if all beside it
    is teaser lists without a post time (see :func:`without_teaser_lists`); else None."""
    both = next((a for a in heading.iterancestors() if a is top or best in a.iterdescendants()), top)
    side = without_teaser_lists(both, heading, m)
    return side if side is not both else None


def _teaser_list(box: Any, m: Measure) -> bool:
    """Most of ``box``'s prose is in :data:`TEASER_ITEMS` or more sibling items each led by a
    link (``<li><a>标题</a><p>摘要…</p></li>``)."""
    prose = m.prose.get(box, 0)
    for parent in box.iter():
        if not isinstance(parent.tag, str) or len(parent) < TEASER_ITEMS:
            continue
        led = [c for c in parent if isinstance(c.tag, str) and m.prose.get(c, 0) > 0 and _led_by_link(c)]
        if len(led) >= TEASER_ITEMS and sum(m.prose[c] for c in led) >= TEASER_PROSE_SHARE * prose:
            return True
    return False


def _led_by_link(item: Any) -> bool:
    """The first text of ``item`` is a link's."""
    for el in item.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.text or "").strip():
            return el.tag == "a" or any(a.tag == "a" for a in el.iterancestors() if a is not item)
        if el is not item and (el.tail or "").strip():
            return False
    return False


def split_part(el: Any, m: Measure) -> bool:
    """``el`` is one part of an article the template printed in two: a sibling of the same tag
    and ``id`` holds prose too (163.com closes ``div#endText`` before a photo gallery and opens
    a second one after it). Narrowing into one part would lose the other."""
    own_id = el.get("id")
    parent = el.getparent()
    if not own_id or parent is None:
        return False
    return any(sib is not el and sib.tag == el.tag and sib.get("id") == own_id and m.prose.get(sib, 0) > 0
               for sib in parent)


#: A body named as an article's holding less prose than this may be a help site's question
#: (:func:`short_question`), whose answers are the page's text; a longer one is an article's.
ARTICLE_MIN_PROSE = 100
# Names of a box of readers' comments (not ``reply``: boards name their replies so).
_COMMENTS_NAME = re.compile(r"comment|pinglun")
#: How deep under the block's child the comments box and, under it, the replies may be.
COMMENTS_BOX_DEPTH = 1
COMMENTS_RUN_DEPTH = 3


def article_beside_comments(block: Any, heading: Any, m: Measure) -> Any | None:
    """The part of ``block`` holding the title ``heading`` when it holds a body named as an
    article's (``entry-content``, ``article-body``) with prose and a sibling of it is a box
    named as comments holding a run of replies: a blog's or a news site's article and its
    readers' comments in one container (WordPress: ``main > article.post + div#comments >
    ol.commentlist``), where the comments may outweigh the article. Asked of pages that are no
    board's: a short post that asks (:func:`short_question`) has made the page one, so a body
    of a sentence here is a news brief's. The lowest such part; None when there is none."""
    if heading is None:
        return None
    # the article bodies and what holds them, found once (most pages name none)
    holding = {a for e in m.order if ARTICLE_BODY_NAME.search(element_names(e)) and m.prose.get(e, 0) > 0
               for a in (e, *e.iterancestors())}
    if not holding:
        return None
    part = heading
    for holder in heading.iterancestors():
        if part in holding and any(_comments_box(c, m) for c in holder if c is not part and isinstance(c.tag, str)):
            return part
        if holder is block:
            return None
        part = holder
    return None


def holds_title(el: Any, title: str | None) -> bool:
    """A heading (h1–h3) under ``el`` prints the title's start."""
    if not title:
        return False
    for h in el.iter("h1", "h2", "h3"):
        if title[:12] in squash(h.text_content()):
            return True
    return False


# A help post asks for advice without a question mark (求大家支招, 过来人说说); a news headline rarely does.
_REQUEST = re.compile(r"求助|求解|求教|求推荐|求大[家神]|求各位|请教|请问|支招|说说|聊聊")
# A news brief's byline (a help post's says 作者 and a date, as a blog's does)
_NEWS_BYLINE = re.compile(r"来源|來源|记者|記者|编辑|編輯|通讯员|通訊員|责任|責任")


def asks(text: str) -> bool:
    """``text`` asks: a question mark, a question word (怎么, 如何, 吗) or a request for advice (求大家支招)."""
    return bool(ASKING.search(text) or _REQUEST.search(text))


def short_question(top: Any, m: Measure, title: str | None) -> bool:
    """The page's article body is a question: every element under ``top`` named as an article's
    body holds less than :data:`ARTICLE_MIN_PROSE`, the title or a body asks (:func:`asks`),
    and no news byline word (来源, 记者, 编辑) is printed beside the body under the title: a
    help site's post of a sentence, its answers in the box named as comments (WordPress:
    ``div.entry-content`` and ``ol.commentlist``). A news brief says no question, or is
    longer, or is signed by its source, and its readers' comments still go."""
    if not title:
        return False
    bodies = [e for e in m.order if ARTICLE_BODY_NAME.search(element_names(e))]
    if not bodies or any(m.prose.get(e, 0) >= ARTICLE_MIN_PROSE for e in bodies):
        return False
    if not (asks(title) or any(asks(e.text_content()) for e in bodies)):
        return False
    for body in bodies:
        part = next((a for a in body.iterancestors() if holds_title(a, title)), None)
        if part is not None and _NEWS_BYLINE.search(part.text_content()):
            return False
    return True


def _comments_box(el: Any, m: Measure) -> bool:
    return any(_COMMENTS_NAME.search(element_names(box)) and any(is_post_run(b, m) or reply_pair(b, m)
                                                                for b in _boxes(box, COMMENTS_RUN_DEPTH))
               for box in _boxes(el, COMMENTS_BOX_DEPTH))
