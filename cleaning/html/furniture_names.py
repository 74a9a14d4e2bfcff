"""What a page's class and id names call an element: furniture (H104), the text itself, a
post's part.

The words are Chinese sites' (crumb, dqwz 当前位置, banquan 版权, xgwz 相关文章 …) and
templates' (share, pager, sidebar …); :func:`chrome_name` reads them, and the extractor
(:mod:`zhclean.html.extract`) weighs what it says against the element's prose.
"""
from __future__ import annotations

import re
from typing import Any

# Substrings of class/id that name furniture wherever they appear ("bdsharebuttonbox").
_CHROME_SUBSTRINGS = re.compile(
    "breadcrumb|crumb|dqwz|weizhi|mianbao|currentpos|curpos|copyright|banquan|bdshare|jiathis|share|fenxiang|"
    "comment|pinglun|reply|xgwz|xgxw|xglj|xiangguan|related|relate|recommend|tuijian|sidebar|pagination|paging|"
    "pager|fanye|qrcode|erweima|toolbar|print|dayin|gotop|backtop|totop|friendlink|yqlj|youqing|advert|guanggao|"
    "login|denglu|subscribe|footer|navbar|navigation|topbar|menu|dingbu|dibu|hotnews|paihang|prevnext|prenext|"
    "shangxia|disclaimer|searchbox|search-box|sousuo|wxfollow|gongzhonghao|weixin|wechat-code"
)
# Whole tokens of class/id that name furniture only as a word ("foot", not "football").
_CHROME_TOKENS = frozenset(
    "foot bottom top head header side left right pages page tool tools tag tags hot more link links pos position "
    "location nav ad ads banner search logo rank ewm sxp share wx follow".split()
)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Names that call an element the text itself: a furniture word beside them qualifies the text
# and names no box (知乎's answers are ``RichText ztext CopyrightRichText-richText``, which the
# ``copyright`` substring and the footer exemption took for a page footer); schema.org's
# ``itemprop="text"``/``"articleBody"`` says the same.
_TEXT_NAME = re.compile(r"rich[-_]?text|(?:^|\s)ztext(?:\s|$)", re.I)
_TEXT_ITEMPROPS = frozenset(("text", "articlebody"))
# ... but not a reply count, a reply form or button: furniture in a thread too (贴吧's
# ``l_reply_num`` "8回复贴，共3页", ``reply-form``, ``comment-btn``)
_REPLY_FURNITURE = re.compile(r"(?:comment|reply|pinglun)[-_]?(?:num|count|total|form|btn|button|box[-_]?form)")
SECONDARY_NAME = re.compile(r"comment|pinglun|reply|related|relate|recommend|tuijian|xgwz|xgxw|hotnews|paihang")
# The foot words of FOOTER_NAME, without the copyright notice's
_POST_FOOTER_NAME = re.compile(r"footer|(?:^|[^a-z])(?:foot|bottom)(?:$|[^a-z])")
FOOTER_NAME = re.compile(r"footer|copyright|banquan|dibu|(?:^|[^a-z])(?:foot|bottom)(?:$|[^a-z])")


def element_names(el: Any) -> str:
    return " ".join(v for v in (el.get("class"), el.get("id")) if v).lower()


def names_text(el: Any) -> bool:
    """The element's class names it as the text itself (``RichText``), or its schema.org
    ``itemprop`` does (``text``, ``articleBody``)."""
    return bool(_TEXT_NAME.search(el.get("class") or "")) or (el.get("itemprop") or "").lower() in _TEXT_ITEMPROPS


def chrome_name(el: Any, thread: bool = False) -> str | None:
    """``"strong"`` or ``"weak"`` when the element's class/id names page furniture.
    Inside a thread (``thread``) the posts are named ``comment``/``reply``: those words
    name the text there, not furniture."""
    names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    if not names:
        return None
    lowered = names.lower()
    if thread:
        if _REPLY_FURNITURE.search(lowered):
            return "strong"
        lowered = SECONDARY_NAME.sub(" ", lowered)
    if _CHROME_SUBSTRINGS.search(lowered):
        return "strong"
    tokens = set(_TOKEN_SPLIT.split(_CAMEL.sub("-", names).lower()))
    if tokens & _CHROME_TOKENS:
        return "weak"
    return None


_SIDE_TOKENS = frozenset(("left", "right", "side"))
_FOOT_TOKENS = frozenset(("foot", "bottom"))


def post_footer_named(el: Any) -> bool:
    """Every furniture word in the element's class/id is a foot word (``footer``, ``foot``,
    ``bottom``): a post's footer inside a thread, not the page's (``copyright`` is not one)."""
    names = element_names(el)
    if not _POST_FOOTER_NAME.search(names):
        return False
    lowered = _POST_FOOTER_NAME.sub(" ", names)
    if _CHROME_SUBSTRINGS.search(lowered):
        return False
    return not (set(_TOKEN_SPLIT.split(lowered)) & (_CHROME_TOKENS - _FOOT_TOKENS))


FOLD_TOKENS = frozenset(("more",))


def weak_words(el: Any) -> set[str]:
    """The furniture tokens of the element's class/id (``left``, ``more`` …)."""
    names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return set(_TOKEN_SPLIT.split(_CAMEL.sub("-", names).lower())) & _CHROME_TOKENS


def side_named(el: Any) -> bool:
    """Every furniture word in the element's class/id is a side word (``left``, ``right``)."""
    tokens = weak_words(el)
    return bool(tokens) and tokens <= _SIDE_TOKENS
