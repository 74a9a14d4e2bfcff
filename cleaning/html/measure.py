"""Measuring a page's elements: characters, link characters, prose and the block score.

Text with sentence punctuation (，。！？；、) counts for a block, link text and short
unpunctuated text (menus, labels) against it; a block's score is the sum over its
descendants.
"""
from __future__ import annotations

from typing import Any

from lxml import etree

from .parse import BLOCK_TAGS

PARAGRAPH_PUNCT = "，。！？；、,;!?"


def visible_chars(s: str) -> int:
    """Characters of ``s`` that show: whitespace and zero-width spaces do not count."""
    # str.split() drops every Unicode space (NBSP, U+3000 included) and is much faster
    # than translate() on the short strings of a page
    return len("".join(s.split())) - s.count("\u200b")


def _punct(s: str) -> int:
    # ". " ends English sentences; a bare "." is more often a number or a domain
    return sum(map(s.count, PARAGRAPH_PUNCT)) + s.count(". ") + s.endswith(".")


class Measure:
    """Per-element totals over its subtree: characters, link characters, prose characters
    and the block score, computed in two linear passes (pre-order, then reversed)."""

    __slots__ = ("order", "chars", "links", "prose", "score", "anchors")

    def __init__(self, top: Any):
        order = list(top.iter(etree.Element))  # elements only (no comments), filtered in C
        n = len(order)
        # one pass in document order: each element's parent, block and whether it is in a
        # link, by index: a list is indexed faster than a dict keyed by element proxies
        index: dict[Any, int] = {}
        parents = [-1] * n
        is_anchor = [False] * n
        # own[block index] = [chars, link chars, punctuation]
        own: dict[int, list[int]] = {}
        owner = [0] * n
        in_link = [False] * n
        for i, el in enumerate(order):
            index[el] = i
            parent = el.getparent()
            tag = el.tag
            p = index.get(parent, -1) if i else -1  # the top's parent is outside the walk
            parents[i] = p
            blk = i if (tag in BLOCK_TAGS or not i) else (owner[p] if p >= 0 else 0)
            anchor = tag == "a"
            is_anchor[i] = anchor
            link = anchor or (in_link[p] if p >= 0 else False)
            owner[i] = blk
            in_link[i] = link
            # half the text nodes of a page are the line breaks and indents between tags
            text = el.text
            if text and not text.isspace():
                _add(own, blk, text, link)
            tail = el.tail
            if tail and i and parent is not None and not tail.isspace():
                _add(own, owner[p] if p >= 0 else 0, tail, in_link[p] if p >= 0 else False)
        chars = [0] * n
        links = [0] * n
        prose = [0] * n
        score = [0.0] * n
        anchors = [1 if a else 0 for a in is_anchor]
        for i, o in own.items():
            c, l, p = o
            good = _prose_chars(c - l, p)
            chars[i], links[i], prose[i] = c, l, good
            # prose in a block that is largely links is a teaser (headline + summary)
            density = l / c if c else 0.0
            score[i] = good * (1.0 - density) ** 2 - l - (0.5 * (c - l) if not good else 0.0)
        for i in range(n - 1, 0, -1):
            p = parents[i]
            if p < 0:
                continue
            chars[p] += chars[i]
            links[p] += max(links[i], chars[i]) if is_anchor[i] else links[i]
            prose[p] += prose[i]
            score[p] += score[i]
            anchors[p] += anchors[i]
        # an <a>'s own link total is its whole text
        for i in range(n):
            if is_anchor[i]:
                links[i] = chars[i]
        self.order = order
        self.chars = dict(zip(order, chars))
        self.links = dict(zip(order, links))
        self.prose = dict(zip(order, prose))
        self.score = dict(zip(order, score))
        self.anchors = dict(zip(order, anchors))


    def release(self) -> None:
        """Drop the references to the elements, each one's descendants before it.

        A step's removed subtree is detached from the page; when lxml frees the proxy of one
        of its elements it walks the subtree looking for proxies still alive. Freed in
        document order (how the dicts would let them go), every walk passes all the proxies
        freed before it: quadratic, minutes for a removed list of 100,000 links. Freed
        children first, each walk stops at the element's parent, which is still held.
        """
        held = list(self.chars)  # every measured element, in document order
        for totals in (self.chars, self.links, self.prose, self.score, self.anchors):
            totals.clear()
        self.order = []
        while held:
            held.pop()

    def forget(self, el: Any, top: Any) -> None:
        """Take a subtree that is about to be removed out of its ancestors' totals
        (cheaper than measuring the page again)."""
        c, l, p, s, a = self.chars[el], self.links[el], self.prose[el], self.score[el], self.anchors[el]
        node = el.getparent()
        while node is not None:
            if node in self.chars:
                self.chars[node] -= c
                self.links[node] -= l
                self.prose[node] -= p
                self.score[node] -= s
                self.anchors[node] -= a
            if node is top:
                break
            node = node.getparent()


def _add(own: dict[Any, list[int]], blk: Any, text: str, link: bool) -> None:
    c = visible_chars(text)
    if not c:
        return
    o = own.get(blk)
    if o is None:
        o = own[blk] = [0, 0, 0]
    o[0] += c
    if link:
        o[1] += c
    else:
        o[2] += _punct(text)


#: Running text has at least one comma or full stop per this many characters; a longer
#: unpunctuated run is a keyword dump or a link strip, not prose.
MAX_CHARS_PER_PUNCT = 150


def _prose_chars(c: int, p: int) -> int:
    """Characters of a block that read as running text: punctuated, and not too sparsely."""
    if c >= 10 and p >= 1 and c <= MAX_CHARS_PER_PUNCT * p:
        return c
    return 0


def squash(s: str) -> str:
    """``s`` without any whitespace (titles and lines are compared so)."""
    # str.split() and re's \s agree on every code point (checked), and split is faster
    return "".join(s.split())
