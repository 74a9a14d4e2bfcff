"""What makes sibling blocks posts of one kind, and a post's template.

A thread prints its posts as siblings of one kind (the tag and the class word, less what
numbers or marks one row) and builds each from the same first cells (a user card, then
the text). :mod:`.posts` finds runs of them; :mod:`.paged` groups a paged thread's
wrappers by them.
"""
from __future__ import annotations

import re
from typing import Any

from .measure import Measure, squash

#: A post's template is the kinds of its first cells (user card, info line): a signature
#: or an edit note further down does not make another template.
LAYOUT_CELLS = 2
#: How far above the best block the post (the repeated sibling) may be.
MAX_POST_DEPTH = 4
#: The last part of a class word that marks one row among alike ones (``floor-odd`` /
#: ``floor-even``, ``reply_alt``, ``post-op`` for the thread starter's own replies): the rows
#: are posts of one kind all the same.
_ROW_MARK = re.compile(r"[-_](?:odd|even|alt|alternate|first|last|owner|op|lz|author|self|hot|top|new|active|highlight)$")


def post_kind(el: Any) -> tuple[str, str]:
    """What makes siblings posts of one kind: the tag and the first class word, without the
    digits that number alternating rows (``row1``/``row2``, ``floor_3``) or the part that
    marks one row (``floor-odd``, ``floor-owner``)."""
    cls = (el.get("class") or "").split()
    if not cls:
        return el.tag, ""
    word = cls[0].rstrip("0123456789_-")
    return el.tag, _ROW_MARK.sub("", word) if "-" in word or "_" in word else word


def post_layout(el: Any) -> tuple[tuple[str, str], ...]:
    """The kinds of a post's first cells, under its one-child wrappers (``table > tr``)."""
    for _ in range(MAX_POST_DEPTH):
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1:
            return tuple(post_kind(c) for c in kids[:LAYOUT_CELLS])
        el = kids[0]
    return ()


def alike_apart(parent: Any, posts: list[Any], m: Measure) -> list[Any]:
    """The children of ``parent`` with prose outside ``posts`` built like them (the same two
    or more first cells)."""
    layouts = {lay for p in posts if len(lay := post_layout(p)) >= 2}
    if not layouts:
        return []
    taken = set(posts)
    return [c for c in parent if isinstance(c.tag, str) and c not in taken and m.prose.get(c, 0) > 0
            and post_layout(c) in layouts]


#: A poster cell's text is a name and a time: at most this many characters.
POSTER_CELL_MAX_CHARS = 40
# what a news article's byline says and a poster's cell does not
_BYLINE_WORDS = re.compile(r"来源|作者|记者|编辑|通讯员|責任|责任|來源")


def _poster_cell_shape(item: Any) -> tuple | None:
    """The child tags of a reply's first cell when it is a poster cell (a link and a short text)."""
    cell = next((c for c in item if isinstance(c.tag, str)), None)
    if cell is None or cell.find(".//a") is None or len(squash(cell.text_content())) > POSTER_CELL_MAX_CHARS:
        return None
    return tuple(c.tag for c in cell if isinstance(c.tag, str))


def signed_like_replies(above: Any, box: Any, run: Any, site_name: str | None = None) -> bool:
    """Beside ``box`` under the title heading, the post has a poster cell of the shape every
    reply of ``run`` opens with (``div > a + span``: a name and a time), with no byline word:
    a status and its replies, however long the status. A news brief under a 来源 line and
    readers' comments signed alike stays one article, and so does one whose cell's link says
    the site's name (``site_name``: a news brief's info line of the site and a time)."""
    items = [c for c in run if isinstance(c.tag, str)]
    shapes = {_poster_cell_shape(c) for c in items}
    if len(items) < 2 or len(shapes) != 1 or None in shapes or len(next(iter(shapes))) < 2:
        return False
    shape = next(iter(shapes))
    inside = set(box.iter())
    site = squash(site_name or "")
    for cell in above.iter():
        if cell in inside or not isinstance(cell.tag, str) or cell.find(".//a") is None:
            continue
        if tuple(c.tag for c in cell if isinstance(c.tag, str)) == shape:
            text = squash(cell.text_content())
            if (len(text) <= POSTER_CELL_MAX_CHARS and not _BYLINE_WORDS.search(text)
                    and not (site and any(squash(a.text_content()) == site for a in cell.iter("a")))):
                return True
    return False

