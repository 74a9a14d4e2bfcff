"""C308: a site's name and address scattered through the article as a watermark.

Some sites stamp their name and address between the paragraphs of every article (and at
the end of captions), so that a copy carries them: ``加拿大家园，www.iask.ca``, ``i Ask . ca``,
``家园新闻,news.iask.ca``, ``…（李敏摄） i Ask . ca``. They are not the article, and no line
rule sees them as chrome one at a time: a bare address or a site's name is also what a
notice's body may hold once. What gives them away is the **repetition**: the same address
standing on a line of its own, bare or beside a short name, three times or more in one
page. Only then is the page a stamped one, and only the stamps go: lines made of the
site's address (any sub-domain of it, spaced out or not) with at most a short name, lines
that are one of those names alone, and the same stamps glued to the end of a line.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from .._text import SENTENCE_END, Line, delete_line
from .._view import laid_out_line
from ._page import make_page

#: A page is stamped when its site's addresses stand on lines of their own (bare or beside
#: a short name) this many times, one of them at least twice: a notice that gives its
#: site's address does so once or twice, and a list of a city's departments repeats none.
MIN_STAMPS = 3
#: The longest stamp line, spaces removed, and the longest name beside the address.
MAX_STAMP_CHARS = 40
MAX_NAME_CHARS = 10
#: A name alone on its line is a stamp when it is one the address lines carry, or a
#: piece of one (at least this long) that the page repeats on lines of its own.
MIN_NAME_PIECE = 3

_SPACES = re.compile(r"\s+")
# A host name, as written once spaces are removed (``i a s k . c a`` is ``iask.ca``).
_HOST = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,6})/?", re.I)
# Any text that may hold a host at all: a letter, a dot, two letters, spaces allowed.
_HOST_HINT = re.compile(r"[A-Za-z0-9]\s*\.\s*[A-Za-z]\s*[A-Za-z]")
# What joins a site's name to its address: a comma, a colon-free separator or a space.
_NAME_SEPARATORS = " ,，、|｜丨·-—"
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,%d}" % MAX_NAME_CHARS)
# Registrable names under a second-level suffix (``xx.com.cn``, ``xx.gov.cn``, ``xx.co.uk``).
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "ac", "co", "or", "ne"})
_SUB_PREFIXES = ("www.", "m.", "wap.")


def site_of(host: str) -> str:
    """The registrable part of a host name, which its sub-domains share.

    >>> site_of("toronto.iask.ca"), site_of("www.hangzhou.gov.cn"), site_of("iask.ca")
    ('iask.ca', 'hangzhou.gov.cn', 'iask.ca')
    """
    labels = host.lower().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def _key(host: str) -> str:
    host = host.lower()
    for prefix in _SUB_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix):]
    return host


class _Stamp(NamedTuple):
    host: str  # the address as found, lower case, spaces removed
    name: str  # the short name beside it ('' when bare)


def address_line(s: str) -> _Stamp | None:
    """A line made of an address and at most a short name beside it (not a label with a
    colon: ``网址：www.x.cn`` is a notice's field), or ``None``.

    >>> address_line("加拿大家园，www.iask.ca"), address_line("i Ask . ca")
    (_Stamp(host='www.iask.ca', name='加拿大家园'), _Stamp(host='iask.ca', name=''))
    >>> address_line("网址：www.iask.ca"), address_line("详见www.iask.ca。")
    (None, None)
    """
    compact = _SPACES.sub("", laid_out_line(s))
    if not compact or len(compact) > MAX_STAMP_CHARS:
        return None
    m = _HOST.search(compact)
    if m is None or m.end() != len(compact):
        return None
    before = compact[:m.start()].rstrip(_NAME_SEPARATORS)
    if before and not _NAME.fullmatch(before):
        return None
    return _Stamp(m.group(1).lower(), before)


class _Stamps(NamedTuple):
    sites: frozenset[str]
    names: frozenset[str]  # the names beside the addresses, and each with 网 after it
    repeated: frozenset[str]  # short lines (spaces removed) that stand alone twice or more


def page_stamps(lines: list[Line]) -> _Stamps | None:
    """What a stamped page is stamped with, or ``None`` when it is not stamped."""
    found: dict[int, _Stamp] = {}
    for i, line in enumerate(lines):
        if _HOST_HINT.search(line.text):
            stamp = address_line(line.text)
            if stamp is not None:
                found[i] = stamp
    keys = Counter(_key(s.host) for s in found.values())
    per_site = Counter(site_of(s.host) for s in found.values())
    # one address repeated, not only sub-domains of one (a city's departments, listed)
    sites = frozenset(site for site, n in per_site.items()
                      if n >= MIN_STAMPS and any(k >= 2 for key, k in keys.items() if site_of(key) == site))
    if not sites:
        return None
    names = {s.name for s in found.values() if s.name and site_of(s.host) in sites}
    alone = Counter(_SPACES.sub("", ln.text) for ln in lines if 0 < len(ln.text.strip()) <= 2 * MAX_NAME_CHARS)
    return _Stamps(sites, frozenset(names | {n + "网" for n in names}),
                   frozenset(s for s, n in alone.items() if n >= 2))


def _is_name(compact: str, stamps: _Stamps) -> bool:
    """``compact`` (spaces removed) is one of the stamps' names, or a piece of one that the
    page repeats alone."""
    if compact in stamps.names:
        return True
    return (len(compact) >= MIN_NAME_PIECE and compact in stamps.repeated
            and bool(_NAME.fullmatch(compact)) and any(compact in n for n in stamps.names))


def _stamped_tail(line: Line, stamps: _Stamps) -> int | None:
    """Where a stamp glued to the end of ``line`` starts (after a space, or after the
    sentence or bracket that ends the text before it), or ``None``."""
    text = line.text.rstrip()
    best = None  # the longest stamp wins: ``…开卖。加拿大 家园网`` loses both words, not one
    for cut in range(len(text) - 1, 0, -1):
        before = text[cut - 1]
        if not (before.isspace() or before in SENTENCE_END or before in ")）】」"):
            continue
        tail = _SPACES.sub("", text[cut:])
        if not tail or len(tail) > MAX_STAMP_CHARS:
            break
        head = text[:cut].rstrip()
        if not head:
            break
        stamp = address_line(tail)
        if (stamp is not None and not stamp.name and site_of(stamp.host) in stamps.sites) or _is_name(tail, stamps):
            best = line.start + len(head) if before.isspace() else line.start + cut
    return best


class SiteWatermark(Rule):
    """Remove a site's name and address stamped through the article.

    **What it does.** On a page where one address stands on a line of its own (bare,
    spaced out as ``i a s k . c a``, or beside a short name: ``加拿大家园，www.iask.ca``) at
    least three times, deletes every such line of that site (any sub-domain:
    ``家园论坛,forum.iask.ca``), the lines that are one of the names those lines carry
    (``家园新闻``, ``加拿大家园网``) or a piece of one the page repeats alone (``家园网``), and the
    same stamps glued to the end of a line (``…（李敏摄） i Ask . ca``).

    **Why.** Sites stamp their copy so that it carries them when it is taken; in a corpus
    the stamps cut the article into pieces and repeat on every page of the site.

    **Leaves alone** an address given once or twice (a notice's 网址, a source line), a
    labelled field (``网址：www.x.gov.cn``), an address inside a sentence, and different
    addresses listed one to a line.

    **Anti-pattern**::

        加拿大邮局开卖龙年邮票
        加拿大家园，www.iask.ca
        士嘉堡一间邮务公司销售店女职员展示首天发行的部分龙年邮票产品。（李守铭摄） i Ask . ca
        家园新闻,news.iask.ca
        还有不足2个星期就到农历新年，加拿大邮务公司推出龙年邮票。
        加拿大家园，www.iask.ca

    **Best practice**::

        加拿大邮局开卖龙年邮票
        士嘉堡一间邮务公司销售店女职员展示首天发行的部分龙年邮票产品。（李守铭摄）
        还有不足2个星期就到农历新年，加拿大邮务公司推出龙年邮票。
    """

    code = "C308"
    name = "chrome.site-watermark"
    summary = "a site's name and address stamped through the article (加拿大家园，www.iask.ca)"
    stage = Stage.CHROME

    def apply(self, text: str, ctx: Context) -> RuleResult:
        return RuleResult(edits=[edit for edit, _ in self._stamps(text, ctx)])

    def _stamps(self, text: str, ctx: Context) -> list[tuple[Edit, str]]:
        if not _HOST_HINT.search(text):
            return []
        lines = ctx.analysis(make_page, text).lines
        stamps = page_stamps(lines)
        if stamps is None:
            return []
        why = f"the site's address, stamped through the page ({', '.join(sorted(stamps.sites))})"
        found = []
        for line in lines:
            if not line.text.strip():
                continue
            stamp = address_line(line.text) if _HOST_HINT.search(line.text) else None
            if stamp is not None and site_of(stamp.host) in stamps.sites:
                found.append((delete_line(line), why))
            elif len(line.text) <= 4 * MAX_NAME_CHARS and _is_name(_SPACES.sub("", line.text), stamps):
                found.append((delete_line(line), "a name the site's stamps carry, alone on its line"))
            elif (cut := _stamped_tail(line, stamps)) is not None:
                found.append((Edit(cut, line.end, ""), "the site's stamp glued to the end of a line"))
        return found

    def explain(self, text: str, ctx: Context | None = None) -> list[tuple[str, str]]:
        """What this rule takes from ``text``, each with the reason."""
        return [(text[e.start:e.end].rstrip("\n"), why) for e, why in self._stamps(text, ctx or Context())]
