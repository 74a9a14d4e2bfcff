"""The extraction's audit trail: what each H rule removed, and where in the page.

Every removal is counted per H code (``meta["html"]["pruned"]``: elements and characters)
and recorded as one entry of ``meta["html"]["removed"]``::

    {"rule": "H104", "start": 1834, "end": 2410, "chars": 57}

``start``/``end`` are character offsets in the decoded page (the string the extractor was
given), chosen so that ``page[start:end]`` shows what went:

* an element (H101–H104, H106): from its start tag's ``<`` to the end of its matching
  close tag; when the page does not close it (a void tag, a ``<p>`` closed implicitly),
  just the start tag. The element is found again in the page by its start tag's line
  (libxml2's ``sourceline``), name and id/class; two identical start tags on one line
  are told apart by document order;
* the text outside the article block (H105): two regions, from the body's start tag to
  the block's, and from the end of the block to the end of the body;
* an edge line (H107): where the line's text is printed, from its first to its last
  character, markup and entities in between included.

``chars`` is the count the H code adds to ``pruned`` for it (visible characters for an
element, the line's length for an edge line), so the entries of a code sum to its count.
A removal that cannot be found in the page (an element the parser made up, a line whose
text the page spells with entities) has ``start`` and ``end`` ``None``. Entries carry the
removed ``text`` too at the ``full`` trail level (``--trail full``; the default ``compact``
keeps code, place and size); at ``none`` nothing is recorded but the counts.
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Any

from .measure import Measure, squash, visible_chars

# libxml2 reads these as raw text: their end is the first close tag.
_RAW_TEXT = frozenset(("script", "style"))
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: Same-name tags looked at to find an element's close tag; past that it has none.
MAX_CLOSE_SCAN = 2000
#: Lines before an element's line that its start tag may begin on (attributes on lines of their own).
START_TAG_LINES = 2


class SourceIndex:
    """Finds an element of the parsed tree in the page it came from.

    libxml2 gives each element the line its start tag ends on (``sourceline``); the start
    tags of that name ending on that line are found with one regex search over those few
    lines (cached per line and name, so a page printed on one line is searched once per
    tag name), and the element's id/class pick among them.
    """

    def __init__(self, page: str, line_shift: int = 0):
        self.page = page
        self.line_shift = line_shift
        self._line_ends: list[int] | None = None
        self._tags: dict[tuple[int, str], list[list[Any]]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def _line_range(self, line: int) -> tuple[int, int]:
        if self._line_ends is None:
            # cumulative lengths, all in C: the end of line n is ends[n] + n - 1
            self._line_ends = list(accumulate(map(len, self.page.split("\n")), initial=0))
        ends = self._line_ends
        line = min(max(1, line), len(ends) - 1)
        return ends[line - 1] + line - 1, ends[line] + line - 1

    def _pattern(self, spelling: str, closing: bool = False) -> re.Pattern[str]:
        # Case-sensitive: a literal prefix lets the regex engine skip ahead, where an
        # IGNORECASE pattern steps through a page printed on one line character by character.
        key = ("/" if closing else "") + spelling
        found = self._patterns.get(key)
        if found is None:
            tag = re.escape(spelling)
            found = self._patterns[key] = re.compile(
                rf"<(/?){tag}(?=[\s/>])[^>]*>" if closing else rf"<{tag}(?=[\s/>])[^>]*>")
        return found

    def _candidates(self, line: int, name: str) -> list[list[Any]]:
        """The start tags of ``name`` whose ``>`` is on ``line``: ``[start, end, claimed]``."""
        key = (line, name)
        found = self._tags.get(key)
        if found is None:
            first, hi = self._line_range(line)
            lo = self._line_range(line - START_TAG_LINES)[0] if line > 1 else first
            found = [[m.start(), m.end(), False] for m in self._pattern(name).finditer(self.page, lo, hi + 1)
                     if m.end() > first]
            if not found:  # <DIV>, as older pages write it
                found = [[m.start() + lo, m.end() + lo, False] for m in re.finditer(
                    rf"<{re.escape(name)}(?=[\s/>])[^>]*>", self.page[lo:hi + 1], re.I) if m.end() + lo > first]
            self._tags[key] = found
        return found

    def _close_end(self, name: str, start: int, tag_end: int) -> int:
        """The end of the close tag matching the start tag at ``start``, counting nested
        tags of the same name; the start tag's end when the page does not close it."""
        page = self.page
        if name in _VOID or page[tag_end - 2] == "/":
            return tag_end
        spelling = page[start + 1:start + 1 + len(name)]  # the close tag is written alike
        opening, closing = "<" + spelling, "</" + spelling
        depth, pos = 1, tag_end
        # str.find, not a regex: literal searches skip through the page at C speed
        for _ in range(MAX_CLOSE_SCAN):
            close = _find_tag(page, closing, pos, len(page))
            if close < 0:
                return tag_end
            nested = -1 if name in _RAW_TEXT else _find_tag(page, opening, pos, close)
            if nested >= 0:
                depth, pos = depth + 1, nested + len(opening)
                continue
            depth, pos = depth - 1, close + len(closing)
            if depth == 0:
                gt = page.find(">", pos)
                return gt + 1 if gt >= 0 else tag_end
        return tag_end

    def span(self, el: Any, claim: bool = True) -> tuple[int, int] | None:
        """``(start, end)`` of the element in the page, or ``None`` when it is not found.
        A claimed start tag is not given out again (for elements that are removed)."""
        line = el.sourceline
        if line is None or not isinstance(el.tag, str):
            return None
        ident, cls = el.get("id"), el.get("class")
        for entry in self._candidates(line + self.line_shift, el.tag):
            if entry[2]:
                continue
            markup = self.page[entry[0]:entry[1]] if ident or cls else ""
            if (not ident or ident in markup) and (not cls or cls in markup):
                entry[2] = claim
                return entry[0], self._close_end(el.tag, entry[0], entry[1])
        return None


def _find_tag(page: str, prefix: str, start: int, end: int) -> int:
    """Where ``prefix`` (``<div``, ``</div``) next starts a tag of that name, or -1."""
    at = page.find(prefix, start, end)
    while at >= 0:
        after = page[at + len(prefix):at + len(prefix) + 1]
        if not after or after in " \t\r\n\f/>":
            return at
        at = page.find(prefix, at + 1, end)
    return -1


class Trail:
    """Counts and entries of what the extraction removed (see the module docstring)."""

    def __init__(self, page: str, line_shift: int = 0, level: str = "compact"):
        self.source = SourceIndex(page, line_shift)
        #: ``full`` keeps the removed text, ``none`` records no entries (the counts stay)
        self.keep_text = level == "full"
        self.recording = level != "none"
        self.pruned: dict[str, dict[str, int]] = {}
        self._entries: list[dict[str, Any]] = []

    def _count(self, code: str, elements: int, chars: int) -> None:
        entry = self.pruned.setdefault(code, {"elements": 0, "chars": 0})
        entry["elements"] += elements
        entry["chars"] += chars

    def _record(self, code: str, span: tuple[int, int] | None, chars: int, text: str | None) -> dict[str, Any]:
        entry: dict[str, Any] = {"rule": code, "start": span[0] if span else None,
                                 "end": span[1] if span else None, "chars": chars}
        if self.keep_text:
            entry["text"] = text or ""
        self._entries.append(entry)
        return entry

    def element(self, code: str, el: Any, chars: int) -> dict[str, Any]:
        """An element about to be removed by rule ``code``, ``chars`` of its text counted;
        returns its entry."""
        self._count(code, 1, chars)
        if not self.recording:
            return {"chars": 0}
        text = " ".join(el.text_content().split()) if self.keep_text else None
        return self._record(code, self.source.span(el), chars, text)

    def inside(self, code: str, entry: dict[str, Any], chars: int) -> dict[str, Any]:
        """An element removed inside one that has ``entry``: counted, and added to that entry."""
        self._count(code, 1, chars)
        entry["chars"] += chars
        return entry

    def outside_block(self, code: str, top: Any, block: Any, m: Measure) -> None:
        """Everything in ``top`` outside ``block`` (the article block was chosen)."""
        outside = m.chars.get(top, 0) - m.chars.get(block, 0)
        if not outside:
            return
        self._count(code, 1, outside)
        if not self.recording:
            return
        before, before_text, after_text = _text_before(top, block, m), [], []
        if self.keep_text:
            before_text, after_text = _texts_around(top, block)
        top_span = self.source.span(top, claim=False) or (0, len(self.source.page))
        block_span = self.source.span(block, claim=False)
        spans = [(top_span[0], block_span[0]), (block_span[1], top_span[1])] if block_span else [None, None]
        for span, chars, text in ((spans[0], before, before_text), (spans[1], outside - before, after_text)):
            if chars:
                self._record(code, span, chars, " ".join(" ".join(text).split()))

    def edge_lines(self, code: str, lines: list[str], block: Any) -> None:
        """Lines cut at the article's edges, looked up in the page from the block on."""
        if not lines:
            return
        self._count(code, len(lines), sum(len(x) for x in lines))
        if not self.recording:
            return
        block_span = self.source.span(block, claim=False)
        origin = block_span[0] if block_span else 0
        for line in lines:
            self._record(code, _printed_at(self.source.page, line, origin), len(line), line)

    def removed(self) -> list[dict[str, Any]]:
        """The entries in page order (those not found in the page last)."""
        return sorted(self._entries, key=lambda e: (e["start"] is None, e["start"] or 0, e["rule"]))


def _path_to(top: Any, block: Any) -> list[Any]:
    path = [block]
    while path[-1] is not top and path[-1].getparent() is not None:
        path.append(path[-1].getparent())
    return path


def _text_before(top: Any, block: Any, m: Measure) -> int:
    """Visible characters of ``top`` that come before ``block``'s text."""
    total = 0
    path = _path_to(top, block)
    for child, parent in zip(path, path[1:]):
        total += visible_chars(parent.text or "")
        for sibling in parent:
            if sibling is child:
                break
            if isinstance(sibling.tag, str):
                total += m.chars.get(sibling, 0)
            total += visible_chars(sibling.tail or "")
    return total


def _texts_around(top: Any, block: Any) -> tuple[list[str], list[str]]:
    """The text of ``top`` before and after ``block`` (for ``keep_text``)."""
    levels: list[tuple[list[str], list[str]]] = []
    path = _path_to(top, block)
    for child, parent in zip(path, path[1:]):
        before, after = [parent.text or ""], []
        seen = False
        for sibling in parent:
            if sibling is child:
                seen = True
                after.append(sibling.tail or "")
                continue
            text = (sibling.text_content() if isinstance(sibling.tag, str) else "") + (sibling.tail or "")
            (after if seen else before).append(text)
        levels.append((before, after))
    # the outer levels' text comes before (and after) the inner ones'
    return ([t for before, _ in reversed(levels) for t in before], [t for _, after in levels for t in after])


# the first few characters of a line, unbroken by markup or entities: found in the page,
# they anchor the character-by-character match of the rest
_PLAIN = re.compile(r"[^\s&<>]{2,4}")


def _printed_at(page: str, line: str, origin: int) -> tuple[int, int] | None:
    """Where ``line`` is printed in the page, searching from ``origin``: its first plain run
    of characters is found, then the rest of the line is matched character by character
    across tags, entities and whitespace."""
    key = _PLAIN.search(line)
    if key is None:
        return None
    start = page.find(key.group(0), origin)
    if start < 0:
        start = page.find(key.group(0))
    if start < 0:
        return None
    wanted = squash(line[key.start():])
    i, pos = 0, start
    while i < len(wanted) and pos < len(page):
        ch = page[pos]
        if ch == wanted[i]:
            i, pos = i + 1, pos + 1
        elif ch == "<":
            close = page.find(">", pos)
            pos = close + 1 if close >= 0 else len(page)
        elif ch == "&":
            semi = page.find(";", pos, pos + 10)
            pos, i = (semi + 1, i + 1) if semi > 0 else (pos + 1, i)
        elif ch.isspace():
            pos += 1
        else:
            break  # the page goes on differently: the line ends here
    return start, pos
