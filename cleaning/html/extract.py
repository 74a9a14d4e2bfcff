"""The extraction steps on the parsed tree: prune, choose the article block, prune inside it.

Each step that removes something is a rule with an H code (see
:mod:`zhclean.rules.html_extract` for their documentation); a step runs only when its code
is in ``enabled``, and records what it removes in the :class:`~zhclean.html.trail.Trail`.

1. **H101** drop non-text elements (script, style, forms' controls, iframes…) and
   **H102** hidden ones (``display:none``, ``hidden``);
2. **H103** drop page furniture by tag (nav, aside, footer, a header without the title) and
   **H104** by class/id naming chrome on Chinese sites (crumb, dqwz 当前位置, footer,
   bottom, copyright, share, print, xgwz 相关文章, pages, comment …). Neither removes an
   element that holds a large share of the page's prose, so a misnamed wrapper is safe;
3. score every block (:mod:`zhclean.html.measure`) and take the best-scoring one as the
   article (**H105** is everything outside it);
4. inside the article, **H106** drop link lists (related articles, tag clouds) and
   **H108** links back to the site's home page (返回腾讯网首页>>, 返回搜狐，查看更多).

Rendering and the edge lines (**H107**) follow in :mod:`zhclean.html.render` and
:mod:`zhclean.html.edges`.
"""
from __future__ import annotations

import re
from typing import AbstractSet, Any
from urllib.parse import urlsplit

from lxml import etree

from .measure import Measure, squash, visible_chars
from .post_kinds import signed_like_replies
from .parse import BLOCK_TAGS, CHOICES_MARK
from .comments import MIN_COMMENTS, reader_comments
from .furniture_names import (FOLD_TOKENS, FOOTER_NAME, SECONDARY_NAME, element_names, side_named, weak_words,
                              chrome_name, names_text, post_footer_named)
from .gather import post_named
from .posts import (_boxes, built_like_posts, is_post_run, post_chrome, post_run, question_and_answers, replies_beside,
                    reply_pair, thread_chain, with_question)
from .threads import (CONTAINER_TAGS, holds_title as _holds_title, article_beside_comments, from_heading, split_part, thread_beside_teasers, thread_under_the_title,
                      titled_container, with_first_post, without_teaser_lists)
from .trail import Trail

DROP_TAGS = frozenset(
    "script style noscript template iframe frame frameset svg canvas object embed applet map audio video source "
    "track input select textarea button option optgroup datalist link meta head title base param math".split()
)
FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "menu", "header"))

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)

#: Never prune (by tag or class) an element that holds more than this share of the page's prose.
MAX_PRUNED_PROSE_SHARE = 0.3
#: A block named like furniture by a weak word (``right``, ``bottom``) is kept from this much prose on.
WEAK_NAME_MAX_PROSE = 200
MAX_DEPTH = 200
#: A block named as the page footer is furniture even when the article is shorter than it,
#: up to this much prose.
MAX_FOOTER_PROSE = 600
#: In a thread, an element named as a post's footer holding this much prose is the post's text.
POST_FOOTER_MIN_PROSE = 20
#: A hidden element with more prose than this (and few links) is folded article text.
HIDDEN_MAX_PROSE = 150


# ---------------------------------------------------------------------------------------------
# Pruning


def _remove(el: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_RAW_TEXT_TAGS = frozenset("script style template iframe frame frameset svg math canvas map audio video head title "
                           "meta link base param source track".split())


def drop_non_text(root: Any, trail: Trail) -> None:
    """H101: elements that never hold article text.

    A form control or ``<noscript>``/``<object>`` that holds a lot of text is unwrapped
    rather than removed: a ``<button … />`` written as self-closing is not closed by HTML
    parsers and swallows the rest of the page (as on www.gov.cn's templates).
    """
    doomed = list(root.iter(*DROP_TAGS))  # the tag filter in C, document order as before
    # an element inside one removed already (a <meta> in <head>) is counted on its own but
    # shares that one's trail entry: the entries are the page's removed regions
    entry_of: dict[Any, dict[str, Any]] = {}
    for el in doomed:
        if el.tag in _RAW_TEXT_TAGS:
            chars = 0 if el.tag in ("head", "meta", "link", "title") else len((el.text or "").strip())
        elif len(el) and visible_chars(el.text_content()) > 100:
            el.drop_tag()
            continue
        else:
            chars = visible_chars(el.text_content())
        outer = entry_of.get(el.getparent())
        entry_of[el] = trail.inside("H101", outer, chars) if outer else trail.element("H101", el, chars)
        _remove(el)


def prune_furniture(top: Any, m: Measure, title: str | None, trail: Trail, enabled: AbstractSet[str],
                    forum: bool = False) -> int:
    """H102–H104 (those of them in ``enabled``); returns how many elements were removed.
    On a board's page (``forum``) side words name the posts' cells everywhere, as in a thread."""
    total_prose = max(1, m.prose.get(top, 0))
    doomed: list[tuple[Any, str]] = []
    skip_under: set[Any] = set()
    # the runs of posts holding most of the page's prose, and a question built like their posts
    threads: set[Any] = set()
    for el in m.order:
        if m.prose.get(el, 0) < RUN_MIN_PROSE_SHARE * total_prose:
            continue
        if is_post_run(el, m):
            questions = built_like_posts(el, m)
            # on a board any such run is a thread: its replies may hold less prose than the
            # first post, the notice and the hot threads together
            if forum or m.prose[el] + sum(m.prose.get(q, 0) for q in questions) >= THREAD_PROSE_SHARE * total_prose:
                threads.update(thread_chain(el, m))
                threads.update(questions)
        elif forum and len(el) >= 2 and reply_pair(el, m):
            threads.add(el)  # a board's few replies built alike, most of them one-liners (支持楼主)
    in_thread: set[Any] = set()
    for el in m.order:
        if el is top:
            continue
        parent = el.getparent()
        if parent in skip_under:
            skip_under.add(el)
            continue
        if parent in in_thread or el in threads:
            in_thread.add(el)
        code = _furniture_code(el, m, total_prose, title, enabled, el in in_thread, forum)
        if code:
            doomed.append((el, code))
            skip_under.add(el)
    for el, code in doomed:
        trail.element(code, el, m.chars.get(el, 0))
        m.forget(el, top)
        _remove(el)
    if doomed:
        m.order = [el for el in m.order if el not in skip_under]
    return len(doomed)


def _furniture_code(el: Any, m: Measure, total_prose: int, title: str | None,
                    enabled: AbstractSet[str], in_thread: bool = False, forum: bool = False) -> str | None:
    """The H code that removes ``el``: hidden (H102), furniture by tag (H103) or by name (H104).
    A check whose rule is off is skipped, and the next one still applies."""
    prose = m.prose.get(el, 0)
    if prose > MAX_PRUNED_PROSE_SHARE * total_prose and prose > 50 and not (
            prose < MAX_FOOTER_PROSE and FOOTER_NAME.search(element_names(el)) and not names_text(el)) and not _secondary(el, title):
        return None
    if "H102" in enabled and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "")):
        # popups, login boxes and share panels are hidden; so is the folded rest of a long
        # article ("展开全文"), which is prose with few links and stays
        if prose < HIDDEN_MAX_PROSE or m.links.get(el, 0) > 0.3 * m.chars.get(el, 0):
            return "H102"
    tag = el.tag
    if tag == "form" and el.get(CHOICES_MARK) and "H103" in enabled:
        return "H103"  # a poll or a survey beside the article (调查: 你如何看待…？ and its options)
    if tag in FURNITURE_TAGS and "H103" in enabled:
        if tag == "header" and _holds_title(el, title):
            return None
        return "H103"
    if "H104" not in enabled:
        return None
    # on a board a post's text named as such (``reply-content``) is no comment box to prune
    # the whole of a board's page reads as a thread: its replies are the page's text however
    # they are laid out (a comment list the run detection misses), named comment/reply
    kind = None if forum and post_named(el) else chrome_name(el, thread=in_thread or forum)
    if kind and names_text(el):  # the text itself, a furniture word qualifying its name
        return None
    # in a thread, side words (left/right) name the posts' cells, the text cell among them;
    # the others go with the post's chrome (see posts.post_chrome)
    if kind == "weak" and (in_thread or forum) and side_named(el):
        kind = None
    # on a board, ``more`` names the folded rest of a post or more replies (展开全部, 更多回答),
    # not a list of other articles' links, when the block holds prose
    if kind == "weak" and forum and prose > 0 and weak_words(el) <= FOLD_TOKENS:
        kind = None
    # on a board the question's text sits in the header holding the title (知乎
    # ``QuestionHeader-detail``): a header word names the question's box there
    if kind == "weak" and forum and prose > 0 and title and _beside_title(el, title):
        kind = None
    # in a thread a name of foot words only (``post-footer``, ``answer-bottom``) names a post's
    # footer cell: its buttons go with the post's chrome, but one holding a sentence's worth of
    # prose is the post's (an appended 补充 paragraph, a follow-up answer)
    if kind and in_thread and prose >= POST_FOOTER_MIN_PROSE and post_footer_named(el):
        kind = None
    if kind == "strong" or (kind == "weak" and prose < WEAK_NAME_MAX_PROSE):
        if title and _holds_title(el, title):
            return None
        return "H104"
    return None


def _beside_title(el: Any, title: str) -> bool:
    """The element's parent or grandparent holds the title heading (and ``el`` does not)."""
    parent = el.getparent()
    for _ in range(2):
        if parent is None:
            return False
        if _holds_title(parent, title):
            return True
        parent = parent.getparent()
    return False


def _secondary(el: Any, title: str | None) -> bool:
    """Comments and related-article boxes hold prose too, often more than a short article;
    named so, and without the article's title heading, they go whatever their size."""
    return bool(title) and bool(SECONDARY_NAME.search(element_names(el))) and not _holds_title(el, title)


#: A run of posts holding this share of the page's prose is the thread: its comment/reply names
#: name the text, not furniture.
THREAD_PROSE_SHARE = 0.5
#: ... counting the question built like the posts; the replies alone may hold this little
#: (a long first post with short replies).
RUN_MIN_PROSE_SHARE = 0.1


#: A box named as comments holding this share of the page's prose and a run of replies is the
#: replies of a page that says it is neither a board nor an article.
REPLIES_BOX_SHARE = 0.2
#: ... answering a post of less prose than this (a news brief of three sentences has more).
SHORT_POST_MAX_PROSE = 100
# How a news site signs its readers' comments (网友0：…, 网友“老张”：…); a board's replies say
# their poster's name in a cell of its own
_READER_SIGNATURE = re.compile(r"\s*(?:网友|网名|用户)\S{0,12}?\s*[:：]")
_READER_NAME = re.compile(r"\s*(?:网友|网名|用户)")
#: How deep under such a box its replies may be (``div.comment-wrap > div > ul > li``).
REPLIES_BOX_DEPTH = 3


def answers_short_post(top: Any, m: Measure, title: str | None, site_name: str | None = None,
                       named_article: bool = False) -> bool:
    """The page is a short post and its replies, in a box named as comments (:func:`_replies_box`):
    a board's page on a site whose name says no board word. Asked of pages that do not say
    they are one article (:func:`zhclean.html.boards.article_page`); ``site_name`` is the
    page's (see :func:`.post_kinds.signed_like_replies`); on a page naming an article's body
    (``named_article``: a short question, :func:`.threads.short_question`) replies whose poster
    is a news site's anonymous reader (网友0, no colon) are its readers' comments too."""
    if not title:
        return False
    # only an element named so can be the box: its class and id values, taken in C, are
    # asked rather than every element's names (a name word never spans two values)
    named = {value.getparent() for value in _CLASS_AND_ID(top) if SECONDARY_NAME.search(value.lower())}
    if not named:
        return False
    total_prose = max(1, m.prose.get(top, 0))
    signature = _READER_NAME if named_article else _READER_SIGNATURE
    return any(_replies_box(el, m, total_prose, title, site_name, signature) for el in m.order if el in named)


_CLASS_AND_ID = etree.XPath("descendant-or-self::*/@class | descendant-or-self::*/@id")


def _replies_box(el: Any, m: Measure, total_prose: int, title: str, site_name: str | None = None,
                 signature: re.Pattern[str] = _READER_SIGNATURE) -> bool:
    """``el`` is named as comments and holds a run of replies (three or more built alike, or a
    pair) not signed as readers' comments; the post beside it under the title heading has a
    poster cell built like theirs (:func:`.post_kinds.signed_like_replies`), or else the box
    holds :data:`REPLIES_BOX_SHARE` of the page's prose beside less than
    :data:`SHORT_POST_MAX_PROSE`: a post's replies on a site whose name says no board word. A
    news brief's readers' comments still go (three sentences outweigh the limit, a byline
    says 来源)."""
    prose = m.prose.get(el, 0)
    if not SECONDARY_NAME.search(element_names(el)):
        return False
    runs = [b for b in _boxes(el, REPLIES_BOX_DEPTH) if is_post_run(b, m) or reply_pair(b, m)]
    # replies signed as a news site signs its readers (网友0：…, 网友“老张”：…) are its comments
    if not runs or sum(bool(signature.match(c.text_content())) for c in runs[0]
                       if isinstance(c.tag, str)) >= MIN_COMMENTS:
        return False
    # the post they answer is short (the text beside the box under the title heading), or
    # signed as its replies are: a poster cell built like theirs (then the replies may be
    # terse: 顶, 学习了)
    for above in el.iterancestors():
        if _holds_title(above, title):
            if signed_like_replies(above, el, runs[0], site_name):
                return True
            return prose >= REPLIES_BOX_SHARE * total_prose and m.prose.get(above, 0) - prose < SHORT_POST_MAX_PROSE
    return False



# ---------------------------------------------------------------------------------------------
# Choosing the article block


#: A descendant of the best-scoring block that keeps this share of its prose is preferred:
#: the extra text of the wider block is a teaser, a caption strip or an info line.
FOCUS_PROSE_SHARE = 0.93
TEASER_FOCUS_SHARE = 0.67
TEASER_LINK_SHARE = 0.2


def choose_block(top: Any, m: Measure, heading: Any = None, forum: bool = False) -> Any:
    """See :func:`_choose_block`; on a board's page the thread chosen apart from the title
    heading takes what stands between them (the question above a box of answers) when the
    two are most of what holds both (see :func:`zhclean.html.threads.from_heading`)."""
    block = _choose_block(top, m, heading, forum)
    if forum and heading is not None and block is not top and block not in heading.iterancestors():
        side = thread_beside_teasers(block, heading, top, m)
        return side if side is not None else from_heading(block, heading, top, m)
    return without_teaser_lists(block, heading, m) if forum else block


def _choose_block(top: Any, m: Measure, heading: Any = None, forum: bool = False) -> Any:
    """The container with the highest score, narrowed to its smallest descendant that
    still holds :data:`FOCUS_PROSE_SHARE` of its prose; the page body when nothing scores.
    With the page's title ``heading``, the block under it wins over a best-scoring block
    elsewhere that holds not much more prose (see :func:`_under_the_title`). On a board's
    page (``forum``) the first post joins its replies however each is built."""
    best, best_score = top, max(0.0, m.score.get(top, 0.0))
    for el in m.order:
        if el.tag in CONTAINER_TAGS:
            s = m.score[el]
            if s > best_score:
                best, best_score = el, s
    if best is not top and split_part(best, m):
        best = best.getparent()
    titled = _under_the_title(heading, best, top, m)
    if titled is not None:
        return titled
    article = None if forum else article_beside_comments(best, heading, m)
    if article is not None:
        best = article
    # nothing reads as prose (a page of short lines): keep the whole page rather than
    # an empty block that happens to score zero
    total = m.prose.get(best, 0)
    if total <= 0:
        return best
    run = best if is_post_run(best, m) else post_run(best, top, m)
    if run is not None:
        return with_first_post(run, heading, top, m) if forum else with_question(run, m)
    thread = question_and_answers(best, top, m)
    if thread is None and forum:
        thread = replies_beside(best, top, m)
        if thread is None:
            thread = thread_under_the_title(best, heading, m)
    if thread is not None:
        return thread
    focused = best
    for el in best.iter(*CONTAINER_TAGS):
        if el is best:
            continue
        if m.chars[el] <= m.chars[focused] and _keeps_the_article(el, best, m, total) and not split_part(el, m):
            focused = el
    if focused is not best:
        # the narrowing went into one post of a run holding most of the block (the replies'
        # user names read as a teaser); not a run of comments under one answer
        run = post_run(focused, best, m)
        if run is not None and run is not focused and m.prose.get(run, 0) >= RUN_OF_BLOCK_SHARE * total:
            return with_first_post(run, heading, top, m) if forum else with_question(run, m)
        if is_post_run(focused, m):
            # the replies outweigh a short first post (Zhihu: the question header beside the answers)
            return with_first_post(focused, heading, top, m) if forum else with_question(focused, m)
        # a long question whose answers carry vote links looks like an article and a teaser
        thread = question_and_answers(focused, best, m)
        if thread is None and forum:
            thread = replies_beside(focused, best, m)
        if thread is not None:
            return thread
    return focused


#: A run of posts the block was narrowed into one post of is the text when it holds this share
#: of the block's prose.
RUN_OF_BLOCK_SHARE = 0.6


#: The block under the title heading is the article when it holds at least this share of the
#: prose of the best-scoring block elsewhere (a promo box or a disclaimer outscoring a short
#: article whose list lines count against it).
TITLED_PROSE_SHARE = 0.5


def _under_the_title(heading: Any, best: Any, top: Any, m: Measure) -> Any:
    """The lowest container holding the title heading and some prose, when the best-scoring
    block lies apart from it (neither holds the other) and is not much richer in prose."""
    if heading is None or best is top:
        return None
    node = titled_container(heading, top, m)
    if node is None or node in best.iterancestors() or node is best:
        return None
    if best in node.iterancestors():
        return None
    if m.prose[node] < TITLED_PROSE_SHARE * m.prose.get(best, 0):
        return None
    return node


def _keeps_the_article(el: Any, best: Any, m: Measure, total: int) -> bool:
    prose = m.prose.get(el, 0)
    if prose >= FOCUS_PROSE_SHARE * total:
        return True
    # leaving out up to a third of the prose is right when what is left out is link-heavy:
    # a "next article" teaser, a list of headlines with summaries
    outside_chars = m.chars[best] - m.chars[el]
    outside_links = m.links[best] - m.links[el]
    return prose >= TEASER_FOCUS_SHARE * total and outside_links >= TEASER_LINK_SHARE * outside_chars


def prune_link_lists(block: Any, m: Measure, trail: Trail) -> None:
    """H106: lists of links inside the article (related articles, tags, pagers)."""
    doomed = []
    skip: set[Any] = set()
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block:
            continue
        if el.getparent() in skip:
            skip.add(el)
            continue
        if el.tag not in BLOCK_TAGS:
            continue
        c = m.chars.get(el, 0)
        if c >= 4 and m.anchors.get(el, 0) >= 2 and m.links.get(el, 0) >= 0.6 * c:
            doomed.append(el)
            skip.add(el)
    for el in doomed:
        trail.element("H106", el, m.chars.get(el, 0))
        _remove(el)


# A link back to the site's home page, as portals print it at the end of every article's last
# paragraph (腾讯's 返回腾讯网首页>>, 搜狐's 返回搜狐，查看更多): its text is a back or go verb with
# where it goes, or a "see more"; its href the site's root. Both must hold: 登录<a href="/">工会
# 网站</a> in running text is the article's, and so is 返回 in a link to a page of the site.
_HOME_LINK_TEXT = re.compile(
    r"^(?:点击)?(?:返回|回到|进入|前往|访问)\S{0,12}$|^\S{0,12}(?:首页|主页|查看更多|看更多|阅读更多)\S{0,3}$")
_HOME_PATHS = frozenset(("", "/", "/index.html", "/index.htm", "/index.shtml", "/index.php", "/default.html",
                         "/default.htm", "/default.aspx", "/index.jsp", "/index.asp"))
#: A home link's text is short: a sentence with a link to the home page is the article's.
HOME_LINK_MAX_CHARS = 16


def is_home_link(el: Any) -> bool:
    """``<a href="http://www.qq.com/?pref=article">返回腾讯网首页&gt;&gt;</a>``: a link to the
    site's root whose text says it goes back there or to more of the site.

    >>> from lxml import html
    >>> is_home_link(html.fragment_fromstring('<a href="https://www.sohu.com/?spm=1">返回搜狐，查看更多</a>'))
    True
    >>> is_home_link(html.fragment_fromstring('<a href="/">工会网站</a>'))
    False
    >>> is_home_link(html.fragment_fromstring('<a href="/news/1.html">返回列表</a>'))
    False
    """
    href = (el.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if parts.path.lower() not in _HOME_PATHS or parts.fragment:
        return False
    text = "".join(el.text_content().split()).rstrip(">»›＞》")
    return 0 < len(text) <= HOME_LINK_MAX_CHARS and _HOME_LINK_TEXT.match(text) is not None


def prune_home_links(block: Any, m: Measure, trail: Trail) -> None:
    """H108: links back to the site's home page inside the article (see :func:`is_home_link`)."""
    doomed = [el for el in block.iter("a") if el is not block and is_home_link(el)]
    for el in doomed:
        trail.element("H108", el, m.chars.get(el, 0))
        _remove(el)


def prune_post_chrome(block: Any, m: Measure, trail: Trail, forum: bool = False) -> None:
    """H105 inside a thread: each post's cells beside its text (user card, floor and date line,
    signature, reply buttons) are outside the article as much as the page's sidebar is."""
    for el in post_chrome(block, m, forum):
        trail.element("H105", el, m.chars.get(el, 0))
        _remove(el)


def prune_reader_comments(block: Any, m: Measure, trail: Trail) -> None:
    """H105 on a one-article page: readers' comments printed under the article in its own
    container (see :mod:`zhclean.html.comments`)."""
    for el in reader_comments(block, m):
        trail.element("H105", el, m.chars.get(el, 0))
        _remove(el)
