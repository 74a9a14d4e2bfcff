"""Multi-post pages: forum threads, Q&A answers, short-review lists.

A thread's text is a run of sibling blocks of one kind (``div.post``, ``li.reply``,
``div.comment-item``), each a post. The best-scoring single block of such a page is one
post, and a block named ``reply``/``comment`` is pruned as secondary on a news page; on a
thread both would lose the posts. :func:`post_run` finds the run an element belongs to,
so the article chooser can widen to the whole thread and the pruner can spare it.
"""
from __future__ import annotations

import re
from typing import Any

from .cells import (CELL_TAGS, CELL_MAX_CHARS, CELL_SPLIT_DEPTH, action_rows, info_lines, reply_box, split_cell,
                    trailing_lines)
from .furniture_names import post_footer_named
from .gather import post_named
from .measure import Measure
from .post_kinds import MAX_POST_DEPTH, alike_apart, post_kind as _kind, post_layout as _layout

#: A run is this many sibling posts, the chosen one included.
MIN_POSTS = 3
#: ... of which this many hold prose (the others may be one-line replies).
MIN_PROSE_POSTS = 2
#: ... when looking for the run the best block is the text of: XenForo prints a post's text
#: seven levels down (``article.message > … > article.message-body > div.bbWrapper``).
POST_TEXT_DEPTH = 8
#: The posts together hold this share of their parent's prose: the run is the parent's content.
RUN_PROSE_SHARE = 0.6
#: A post's link characters under this share of its characters: a headline list is not a thread.
POST_LINK_SHARE = 0.35


#: Tags that are parts of one text, never a post: an article's own run of paragraphs is not a thread.
TEXT_PART_TAGS = frozenset("p br span font b strong em i u h1 h2 h3 h4 h5 h6 pre blockquote figure img a ol ul".split())


def _posts_under(parent: Any, kind: tuple[str, str], m: Measure) -> list[Any]:
    same = [c for c in parent if isinstance(c.tag, str) and _kind(c) == kind and m.chars.get(c, 0) > 0
            and not _link_heavy(c, m)]
    # a one-line reply ("顶一下") has no prose of its own; it is a post when it is built like
    # one that has (the thread's template), not any short sibling of an article's blocks
    templates = {_layout(c) for c in same if m.prose.get(c, 0) > 0}
    return [c for c in same if m.prose.get(c, 0) > 0 or (len(_layout(c)) >= 2 and _layout(c) in templates)]


def _link_heavy(post: Any, m: Measure) -> bool:
    """Most of ``post`` is links, its text cell included: a headline, not a post. A short reply
    beside a user card of links (Discuz!: name, 主题/帖子/积分 counts, 发消息, 只看该作者, 回复 引用
    举报) is link-heavy as a whole, not in the cell holding its prose."""
    if m.links.get(post, 0) < POST_LINK_SHARE * max(1, m.chars.get(post, 0)):
        return False
    cell = post
    for tag, _, index in _slot_path(post, m):
        cell = [c for c in cell if isinstance(c.tag, str)][index]
    if cell is not post and m.links.get(cell, 0) < POST_LINK_SHARE * max(1, m.chars.get(cell, 0)):
        return False
    if m.prose.get(post, 0) > 0:
        return True
    # a one-liner without prose (谢谢分享): the cell holding most of its text outside links
    cell = post
    for _ in range(MAX_SLOT_DEPTH):
        kids = [c for c in cell if isinstance(c.tag, str)]
        if not kids:
            break
        best = max(kids, key=lambda c: m.chars.get(c, 0) - m.links.get(c, 0))
        own = m.chars.get(best, 0) - m.links.get(best, 0)
        if best.tag in TEXT_PART_TAGS or own <= 0 or own < SLOT_PROSE_SHARE * (m.chars.get(cell, 0) - m.links.get(cell, 0)):
            break
        cell = best
    return cell is post or m.links.get(cell, 0) >= POST_LINK_SHARE * max(1, m.chars.get(cell, 0))


def is_post_run(parent: Any, m: Measure) -> bool:
    """``parent``'s prose is mostly a run of :data:`MIN_POSTS` or more sibling posts of one kind."""
    return run_kind(parent, m) is not None


def post_run(block: Any, top: Any, m: Measure) -> Any | None:
    """The parent of the run of posts ``block`` is (or lies in), or None on a one-article page."""
    el = block
    for _ in range(POST_TEXT_DEPTH):
        parent = el.getparent()
        if parent is None or el is top:
            return None
        kind = run_kind(parent, m)
        if kind is not None and (el in _posts_under(parent, _kind(el), m) or _built_like(el, parent, kind, m)):
            return parent
        el = parent
    return None


def _built_like(el: Any, parent: Any, kind: tuple[str, str], m: Measure) -> bool:
    """``el``, a sibling of the run of ``kind`` under ``parent`` with a class of its own, is
    built like its posts (the same two or more first cells): the thread's first post, which
    a board prints as ``div.main-floor`` above its ``div.floor-odd`` / ``div.floor-even``."""
    layout = _layout(el)
    return len(layout) >= 2 and any(_layout(p) == layout for p in _posts_under(parent, kind, m))


#: A post's text slot: the child holding at least this share of the post's prose (its content cell).
SLOT_PROSE_SHARE = 0.6
#: The slot is the one most posts of the run share, by at least this share of them.
SLOT_AGREEMENT = 0.6
#: A cell beside the slot is text (an addendum, an edit note) when it holds this share of the
#: slot's prose and either this many characters or a sentence end; else it is chrome (user
#: card, floor and date line, signature, buttons).
CELL_PROSE_SHARE = 0.3
_SENTENCE_END = re.compile("[。！？!?]")
#: ... or by this share of them when the others' paths stop above (none goes elsewhere).
SLOT_QUORUM = 0.5
#: Deepest slot path followed.
MAX_SLOT_DEPTH = 6


def _slot_path(post: Any, m: Measure) -> list[tuple[str, str, int]]:
    """Where a post's text is: the chain of children each holding most of its parent's prose.
    When that child is named as the post's footer (``item-footer``), a sibling named as the
    post's text (``answer-body``) holding any text is the slot instead: a one-line reply
    (前排围观, no prose) under a longer 补充 follow-up in its footer."""
    path: list[tuple[str, str, int]] = []
    node = post
    for _ in range(MAX_SLOT_DEPTH):
        kids = [c for c in node if isinstance(c.tag, str)]
        if not kids:
            break
        best = max(kids, key=lambda c: m.prose.get(c, 0))
        body = None
        if post_footer_named(best):
            body = next((c for c in kids if c is not best and m.chars.get(c, 0) > 0 and post_named(c)), None)
        if body is not None:
            best = body
        elif best.tag in TEXT_PART_TAGS or m.prose.get(best, 0) < SLOT_PROSE_SHARE * max(1, m.prose.get(node, 0)):
            break
        path.append((best.tag, _kind(best)[1], kids.index(best)))
        node = best
    return path


def run_kind(parent: Any, m: Measure) -> tuple[str, str] | None:
    """The kind of the posts when ``parent`` is a run of posts (see :func:`is_post_run`)."""
    prose = m.prose.get(parent, 0)
    if prose <= 0:
        return None
    seen: dict[tuple[str, str], int] = {}
    for c in parent:
        if isinstance(c.tag, str) and c.tag not in TEXT_PART_TAGS and m.chars.get(c, 0) > 0:
            k = _kind(c)
            seen[k] = seen.get(k, 0) + 1
    for kind, n in seen.items():
        if n >= MIN_SHORT_POSTS:
            posts = _posts_under(parent, kind, m)
            if len(posts) < MIN_SHORT_POSTS:
                continue
            # the thread's first post with a class of its own (div.main-floor), built like them
            posts += alike_apart(parent, posts, m)
            if sum(m.prose[p] for p in posts) < RUN_PROSE_SHARE * prose:
                continue
            with_prose = sum(m.prose[p] > 0 for p in posts)
            if len(posts) >= MIN_POSTS and with_prose >= MIN_PROSE_POSTS:
                return kind
            # a first post and casual replies without punctuation (哈哈哈 太真实了), all built alike
            if len(posts) > MIN_POSTS and with_prose >= 1 and _one_template(posts):
                return kind
            # fewer posts, or one-line replies: the question built like them completes the thread
            if with_prose >= 1 and _short_thread(parent, posts, m):
                return kind
    return None


#: A thread of a question and only this many replies is a run when the question is built like them.
MIN_SHORT_POSTS = 2
#: How many levels above the run the question may stand (``div.box > div.list > posts``).
QUESTION_DEPTH = 3


def _one_template(posts: list[Any]) -> bool:
    """Every post is built alike: the same two or more first cells."""
    layouts = {_layout(p) for p in posts}
    return len(layouts) == 1 and len(next(iter(layouts))) >= 2


def _short_thread(parent: Any, posts: list[Any], m: Measure) -> bool:
    """Two replies make a thread with the question beside them when all three are built alike
    (two or more first cells of the same kinds): two sections of an article are not."""
    return _one_template(posts) and bool(_questions_apart(parent, {_layout(p) for p in posts}, m))


def _questions_apart(run: Any, layouts: set[tuple[tuple[str, str], ...]], m: Measure) -> list[Any]:
    """Blocks with prose built like the posts (their first cells) beside ``run`` or beside one
    of its ancestors up to :data:`QUESTION_DEPTH` levels up (a question above a box of answers)."""
    el = run
    for _ in range(QUESTION_DEPTH):
        parent = el.getparent()
        if parent is None:
            return []
        found = [s for s in parent if s is not el and isinstance(s.tag, str) and m.prose.get(s, 0) > 0
                 and len(_layout(s)) >= 2 and _layout(s) in layouts]
        if found:
            return found
        el = parent
    return []


#: A post holding this share of the prose of a run's posts (more than all the others) may decide the
#: text slot alone.
LONE_VOTER_SHARE = 0.5


def post_chrome(block: Any, m: Measure, forum: bool = False) -> list[Any]:
    """The cells of each post in the runs of posts under ``block`` that are not its text: the
    siblings, along the path to the text slot most posts share, of small prose or size. On a
    board (``forum``) a few replies built alike, most of them one-liners, are such a run.

    A post with no common slot (its paragraphs right under it) loses nothing."""
    doomed: list[Any] = []
    for parent in block.iter():
        if not isinstance(parent.tag, str) or len(parent) < MIN_SHORT_POSTS:
            continue
        kind = run_kind(parent, m)
        if kind is None and forum and not any(isinstance(c.tag, str) and is_post_run(c, m) for c in parent):
            kind = pair_kind(parent, m)  # not a box of runs, whose "cells" would be their posts
        if kind is None:
            continue
        posts = _posts_under(parent, kind, m)
        # the posts with prose vote (a one-line reply without any has no path to its text);
        # a lone first post among casual replies decides alone
        voters = [p for p in posts if m.prose.get(p, 0) > 0]
        slot = _vote_slot([_slot_path(p, m) for p in voters])
        richest = max(voters, key=lambda p: m.prose[p], default=None)
        if (richest is not None and m.prose[richest] >= LONE_VOTER_SHARE * sum(m.prose[p] for p in voters)
                and m.prose.get(_slot_cell(richest, slot, whole=True), 0) < LONE_VOTER_SHARE * m.prose[richest]):
            # the slot most posts voted leaves out the text of a post holding most of the
            # thread's prose: the replies' signatures (我的小店开业啦，欢迎光临) outweigh their
            # texts (顶) and voted the signature row; that post decides alone
            # when every post has a cell where that post's path leaves the voted one (a row
            # of the same template), not when the first post is built otherwise
            alone = _vote_slot([_slot_path(richest, m)])
            fork = next((i for i, step in enumerate(alone) if i >= len(slot) or slot[i] != step), len(alone))
            if all(_slot_cell(p, alone[:fork + 1], whole=True) is not None for p in posts):
                slot = alone
        # a question standing apart, built like the posts, has their cells too
        everyone = posts + built_like_posts(parent, m)
        cells = _template_cells(everyone, m) if not slot else [c for p in everyone for c in _cells_beside(p, slot, m)]
        doomed.extend(cells)
        gone = set(cells)
        doomed.extend(e for e in info_lines(parent, posts, m) if e not in gone and not gone.intersection(e.iterancestors()))
        beside = parent.getparent()
        if forum and beside is not None and (beside is block or block in beside.iterancestors()):
            # on a board, the boxes beside the run (the best answer, the question) have the
            # posts' user-and-date lines too
            doomed.extend(e for e in info_lines(beside, [parent], m) if parent not in set(e.iterancestors()))
    if forum:
        gone = set(doomed)
        doomed.extend(e for e in action_rows(block, m) if e not in gone and not gone.intersection(e.iterancestors()))
    return doomed




def _vote_slot(paths: list[list[tuple[str, str, int]]]) -> list[tuple[str, str, int]]:
    """The text slot the posts' paths agree on, step by step (see :data:`SLOT_AGREEMENT`)."""
    need = max(2, SLOT_AGREEMENT * len(paths)) if len(paths) >= 2 else 1
    slot: list[tuple[str, str, int]] = []
    for depth in range(MAX_SLOT_DEPTH):
        votes: dict[tuple[str, str, int], int] = {}
        for path in paths:
            if len(path) > depth and path[:depth] == slot:
                votes[path[depth]] = votes.get(path[depth], 0) + 1
        if not votes:
            break
        step, n = max(votes.items(), key=lambda kv: kv[1])
        # a post whose text cell shares its prose with a box beside it (楼中楼) stops above
        # the others' slot: it abstains, the posts going on decide
        if n < need and (n < SLOT_AGREEMENT * sum(votes.values()) or n < SLOT_QUORUM * len(paths) or n < 2):
            break
        slot.append(step)
    return slot


def _slot_cell(post: Any, slot: list[tuple[str, str, int]], whole: bool = False) -> Any:
    """The element of ``post`` at the end of ``slot`` (as far as ``post`` follows it; None
    when it does not follow it to the end and ``whole`` is asked)."""
    node = post
    for tag, cls, index in slot:
        kids = [c for c in node if isinstance(c.tag, str)]
        if index >= len(kids) or kids[index].tag != tag or _kind(kids[index])[1] != cls:
            return None if whole else node
        node = kids[index]
    return node


def _template_cells(posts: list[Any], m: Measure) -> list[Any]:
    """Without a text slot most posts share (the answer and a box of comments under it share
    the prose), a post's cells without prose whose kind most posts have (user card, date line,
    vote buttons) go; a short reply's text (``顶一下``) is in a cell of its own kind or holds prose."""
    cells = [_cells(p) for p in posts]
    counts: dict[tuple[str, str], int] = {}
    for row in cells:
        for k in {_kind(c) for c in row}:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, SLOT_AGREEMENT * len(posts))
    # where most posts keep their own text (the cell of most prose): a casual reply's text
    # there has no prose, and is still the text
    places: dict[tuple[int, tuple[str, str]], int] = {}
    for row in cells:
        if row and any(m.prose.get(c, 0) > 0 for c in row):
            i, best = max(enumerate(row), key=lambda ic: m.prose.get(ic[1], 0))
            places[(i, _kind(best))] = places.get((i, _kind(best)), 0) + 1
    place, votes = max(places.items(), key=lambda kv: kv[1]) if places else (None, 0)
    text_place = place if votes >= need else None
    return [c for row in cells if len(row) >= 2 for i, c in enumerate(row)
            if c.tag in CELL_TAGS and counts[_kind(c)] >= need and m.prose.get(c, 0) <= 0
            and m.chars.get(c, 0) <= CELL_MAX_CHARS and (i, _kind(c)) != text_place]


def _cells(post: Any) -> list[Any]:
    """A post's cells: its children under its one-child wrappers."""
    el = post
    for _ in range(MAX_POST_DEPTH):
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1:
            return kids
        el = kids[0]
    return []


def _cells_beside(post: Any, slot: list[tuple[str, str, int]], m: Measure) -> list[Any]:
    cells: list[Any] = []
    node = post
    for tag, cls, index in slot:
        kids = [c for c in node if isinstance(c.tag, str)]
        if index >= len(kids) or kids[index].tag != tag or _kind(kids[index])[1] != cls:
            break
        keep = kids[index]
        for c in kids:
            if c is keep:
                continue
            chrome, kept = split_cell(c, m, CELL_SPLIT_DEPTH)
            if chrome and any(_SENTENCE_END.search(k.text_content()) for k in kept):
                # a box of comments under the post (楼中楼) below a tail line: the tail and each
                # comment's button line go, the comments stay
                cells.extend(chrome)
                cells.extend(line for k in kept for line in trailing_lines(k, m))
            elif not _is_text(c, keep, m) and not reply_box(c, m):
                cells.append(c)
        node = keep
    return cells


def _is_text(cell: Any, slot: Any, m: Measure) -> bool:
    if m.prose.get(cell, 0) < CELL_PROSE_SHARE * m.prose.get(slot, 0) or m.prose.get(cell, 0) <= 0:
        return False
    return m.chars.get(cell, 0) >= CELL_MAX_CHARS or bool(_SENTENCE_END.search(cell.text_content()))


def question_and_answers(block: Any, top: Any, m: Measure) -> Any | None:
    """The parent of a question and the run of answers beside it, or None.

    On a Q&A page or a thread whose first post stands apart, the best block is the question
    (it has the most prose) and the replies are a run of posts next to it. The question
    joins them when it is built like them (its first cells, user card and info line, are
    the posts'): an article with a comment list beside it is built otherwise."""
    el = block
    for _ in range(MAX_POST_DEPTH + 1):
        parent = el.getparent()
        if parent is None or el is top:
            return None
        layout = _layout(el)
        if len(layout) >= 2:
            for sib in parent:
                if sib is el or not isinstance(sib.tag, str):
                    continue
                # the answers, or a box holding them two levels down (a heading, then the list)
                for box in _boxes(sib):
                    kind = run_kind(box, m)
                    if kind is not None and any(_layout(p) == layout for p in _posts_under(box, kind, m)):
                        return parent
        el = parent
    return None


def _boxes(el: Any, depth: int = 2) -> list[Any]:
    """``el`` and its descendants down to ``depth`` levels (elements only): by default its
    children and grandchildren."""
    out, level = [el], [el]
    for _ in range(depth):
        level = [c for e in level for c in e if isinstance(c.tag, str)]
        out += level
    return out


#: On a board, how deep under the first post's sibling the replies may be: Zhihu prints the
#: answers in ``div.Question-main > div.Question-mainColumn > div.Card > div.List``.
BOARD_REPLIES_DEPTH = 3


def built_like_posts(run: Any, m: Measure) -> list[Any]:
    """The blocks beside the run of posts ``run`` (or beside a box holding it) built like its
    posts: a question standing apart."""
    kind = run_kind(run, m)
    if kind is None:
        return []
    return _questions_apart(run, {_layout(p) for p in _posts_under(run, kind, m)}, m)


def with_question(run: Any, m: Measure) -> Any:
    """The lowest element holding the run of posts ``run`` and the question built like them."""
    questions = built_like_posts(run, m)
    if not questions:
        return run
    return questions[0].getparent()


def thread_chain(run: Any, m: Measure) -> list[Any]:
    """The run and the boxes holding it below its question's parent: on a Q&A page the answers
    may sit in a box named as comments, which is the text there, not furniture."""
    top = with_question(run, m)
    if top is run:
        return [run]
    chain, el = [], run
    while el is not None and el is not top:
        chain.append(el)
        el = el.getparent()
    return chain if el is top else [run]


#: A run of posts under the chosen block holding this share of its prose makes the block a thread.
BLOCK_RUN_SHARE = 0.6


def thread_kind(block: Any, m: Measure) -> tuple[bool, bool]:
    """Whether the chosen block is or holds a run of posts, and whether it is a thread: a run
    of posts, or holding one that is most of its prose or has a question built like its posts.
    A news article with a few comments under it holds a run but is no thread."""
    if is_post_run(block, m):
        return True, True
    prose = m.prose.get(block, 0)
    runs = [c for c in block if isinstance(c.tag, str) and is_post_run(c, m)]
    return bool(runs), any(m.prose.get(c, 0) >= BLOCK_RUN_SHARE * prose or built_like_posts(c, m) for c in runs)


#: A site name saying the page is a board (论坛, 社区, 贴吧, 问答 …): its replies are text, even
#: built unlike the first post and printed like the comments under a news article.
_FORUM_SITE = re.compile(r"论坛|社区|贴吧|问答|知道|知乎|豆瓣|微博|bbs|discuz|club|forum|weibo", re.I)


#: ``<meta name="generator">`` of board software (Discuz! X3.4, phpwind 8.7, vBulletin 4).
_BOARD_SOFTWARE = re.compile(r"discuz|phpwind|vbulletin|phpbb|dvbbs|mybb|xenforo|discourse", re.I)


def forum_site(site_name: str | None, generator: str | None = None) -> bool:
    """The page's site name (``og:site_name``, the ``<title>`` suffix) names a board, or its
    generator is board software."""
    return bool(_FORUM_SITE.search(site_name or "") or _BOARD_SOFTWARE.search(generator or ""))


def replies_beside(block: Any, top: Any, m: Measure) -> Any | None:
    """On a board's page: the parent of ``block`` (the first post) and a run of replies beside
    it or in a box beside it, whatever the replies are built like; None without such a run."""
    el = block
    for _ in range(MAX_POST_DEPTH + 1):
        parent = el.getparent()
        if parent is None or el is top:
            return None
        for sib in parent:
            if sib is not el and isinstance(sib.tag, str) and any(run_kind(b, m) or reply_pair(b, m)
                                                                  for b in _boxes(sib, BOARD_REPLIES_DEPTH)):
                return parent
        el = parent
    return None


def reply_pair(box: Any, m: Measure) -> bool:
    """``box``'s prose is mostly two or more replies built alike, one with prose at least (the
    others may be one-liners, 谢谢分享): on a board, beside the first post, a question with
    two or three short answers is a thread."""
    return pair_kind(box, m) is not None


def pair_kind(box: Any, m: Measure) -> tuple[str, str] | None:
    """The kind of the replies when ``box`` is a :func:`reply_pair`, else None."""
    prose = m.prose.get(box, 0)
    kinds: dict[tuple[str, str], int] = {}
    for c in box:
        if isinstance(c.tag, str) and c.tag not in TEXT_PART_TAGS and m.chars.get(c, 0) > 0:
            kinds[_kind(c)] = kinds.get(_kind(c), 0) + 1
    for kind, n in kinds.items():
        if n >= MIN_SHORT_POSTS:
            posts = _posts_under(box, kind, m)
            if (len(posts) >= MIN_SHORT_POSTS and _one_template(posts)
                    and sum(m.prose[p] for p in posts) >= RUN_PROSE_SHARE * prose):
                return kind
    return None
