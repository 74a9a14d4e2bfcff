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
        owner: dict[Any, Any] = {}
        in_link: dict[Any, bool] = {}
        # own[block] = [chars, link chars, punctuation]
        own: dict[Any, list[int]] = {}
        for el in order:
            parent = el.getparent()
            tag = el.tag
            blk = el if (tag in BLOCK_TAGS or el is top) else owner.get(parent, top)
            link = tag == "a" or in_link.get(parent, False)
            owner[el] = blk
            in_link[el] = link
            # half the text nodes of a page are the line breaks and indents between tags
            text = el.text
            if text and not text.isspace():
                _add(own, blk, text, link)
            tail = el.tail
            if tail and el is not top and parent is not None and not tail.isspace():
                _add(own, owner.get(parent, top), tail, in_link.get(parent, False))
        chars: dict[Any, int] = {}
        links: dict[Any, int] = {}
        prose: dict[Any, int] = {}
        score: dict[Any, float] = {}
        anchors: dict[Any, int] = {}
        for el in order:
            o = own.get(el)
            if o is None:
                chars[el] = links[el] = prose[el] = anchors[el] = 0
                score[el] = 0.0
            else:
                c, l, p = o
                good = _prose_chars(c - l, p)
                chars[el], links[el], prose[el] = c, l, good
                # prose in a block that is largely links is a teaser (headline + summary)
                density = l / c if c else 0.0
                score[el] = good * (1.0 - density) ** 2 - l - (0.5 * (c - l) if not good else 0.0)
                anchors[el] = 0
            if el.tag == "a":
                anchors[el] = 1
        for el in reversed(order):
            if el is top:
                continue
            parent = el.getparent()
            if parent is None or parent not in chars:
                continue
            chars[parent] += chars[el]
            links[parent] += links[el] if el.tag != "a" else max(links[el], chars[el])
            prose[parent] += prose[el]
            score[parent] += score[el]
            anchors[parent] += anchors[el]
        # an <a>'s own link total is its whole text
        for el in order:
            if el.tag == "a":
                links[el] = chars[el]
        self.order, self.chars, self.links, self.prose, self.score, self.anchors = (
            order, chars, links, prose, score, anchors)


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
