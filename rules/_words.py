"""A vocabulary as a pattern the regex engine reads quickly: the words in a trie.

``"|".join(map(re.escape, sorted(words, key=len, reverse=True)))`` is how the rules write a
vocabulary, and ``re`` tries its alternatives one after the other at every candidate offset:
for a list of 350 words that is 350 comparisons of a first character before the offset is
given up. :func:`longest_first` writes the same words as a trie (one branch per first
character, then per second, ...), so at an offset only the branch of the character found
there is followed. The two patterns match alike, span for span (stop 42, docs/scale.md):

* at an offset, the words that match are prefixes of one another (each is the text there),
  and the trie tries them longest first, as the sorted alternation does: each node's longer
  branch is greedy, its end (a shorter word) the fallback. So the first match, and the order
  of the ones tried on backtracking inside a larger pattern, are the same;
* the children of a node hold distinct characters, so at most one of them can match the
  text at an offset, and their order does not matter. That is not so under ``re.IGNORECASE``
  (``a`` and ``A`` would both match): use it for case-sensitive patterns only.

>>> import re
>>> longest_first(["版权所有", "版权", "版权归", "声明"])
'(?:声明|版权(?:归|所有)?)'
>>> words = ["版权所有", "版权", "版权归", "声明"]
>>> text = "本站版权归作者所有，版权所有声明"
>>> alternation = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
>>> [m.span() for m in re.finditer(longest_first(words), text)] == [m.span() for m in alternation.finditer(text)]
True
"""
from __future__ import annotations

import re
from typing import Iterable


def longest_first(words: Iterable[str]) -> str:
    """The words as a trie-shaped pattern that matches as the longest-first alternation of
    them does; a group of its own, so it can stand anywhere in a larger pattern.

    >>> longest_first(["下载", "下一页", "上一页", "a.b"])
    '(?:a\\\\.b|上一页|下(?:一页|载))'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}
    if not trie.keys() - {""}:
        return "(?:)"
    body = _branches(trie)
    return f"(?:{body})?" if "" in trie else f"(?:{body})"


def _branches(node: dict[str, dict]) -> str:
    """The alternatives below ``node`` (without its own end), in one piece, in the order
    of their characters (so the pattern's text, the pattern cache's key, is the same in
    every process)."""
    parts = [re.escape(c) + _node(node[c]) for c in sorted(node) if c]
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        # single plain characters as one class (re.escape left them bare: no ] \ ^ -)
        return "[" + "".join(parts) + "]"
    return "|".join(parts)


def _node(node: dict[str, dict]) -> str:
    """What may follow the character that leads to ``node``: its branches, optional when a
    word ends here (greedy, so the longer words are tried first)."""
    children = node.keys() - {""}
    if not children:
        return ""
    body = _branches(node)
    if "" in node:
        return f"(?:{body})?"
    return body if len(children) == 1 else f"(?:{body})"
