"""Q&A pages told by their markup's names, whatever the site calls itself.

A board is told by its site name (论坛, 社区, 贴吧 …) or its generator meta
(:func:`zhclean.html.posts.forum_site`). A Q&A site's name often says neither (有问必答网,
思否), but its templates name their parts: a box named as the question (``question``,
``ask``, ``wenti``) and two or more named as answers (``answer``, ``huida``). News pages
print neither pair: a survey names its questions, not answers; a comment box names
``comment``/``reply``, which a news page's readers' comments also carry, so those do not count.

>>> from lxml import html
>>> page = html.fromstring('<html><body><div class="b_askti"><h1>孩子发烧怎么办</h1></div>'
...     '<div class="b_answerbox"><p>多喝水。</p></div><div class="b_answerbox"><p>去医院。</p></div></body></html>')
>>> qa_page(page)
True
>>> qa_page(html.fromstring('<html><body><div id="question_1">您对本文满意吗？</div><p>正文。</p></body></html>'))
False
"""
from __future__ import annotations

import re
from typing import Any

from lxml import etree


_QUESTION = re.compile(r"question|wenti|tiwen|(?:^|[^a-z])ask(?!ed)", re.I)
_ANSWER = re.compile(r"answer|huida", re.I)
#: Answers named so, with text: at least this many.
MIN_ANSWERS = 2
# Walking every element's names costs ~8 % of extraction; most pages name no answer at all,
# which one search over all class and id values (collected in C) tells first.
_CLASS_AND_ID = etree.XPath("//@class | //@id")


def _names(el: Any) -> str:
    return " ".join(v for v in (el.get("class"), el.get("id")) if v)


def class_and_id(root: Any) -> list[Any]:
    """Every class and id value of the page (each knows its element: ``.getparent()``), for
    :func:`qa_page` and :func:`named_board` to share."""
    return _CLASS_AND_ID(root)


def qa_page(root: Any, values: list[Any] | None = None) -> bool:
    """The page has an element named as a question and :data:`MIN_ANSWERS` named as answers
    that hold text (each named element counts once, nested or not). ``values``:
    :func:`class_and_id` of the page, when taken already."""
    names = "\n".join(_CLASS_AND_ID(root) if values is None else values)
    if not (_ANSWER.search(names) and _QUESTION.search(names)):
        return False
    answers = 0
    for el in root.iter():
        if isinstance(el.tag, str) and _ANSWER.search(_names(el)) and (el.text_content() or "").strip():
            answers += 1
            if answers >= MIN_ANSWERS:
                return True
    return False


#: Class/id words naming a *reply's* text (or a board's post text) in board and Q&A
#: templates: :data:`zhclean.html.gather.POST_TEXT` without the ``post_body``/``post_text``/
#: ``topic-content``/``rich-content`` names that news and blog templates give an article too
#: (网易: ``div.post_content > div.post_body > div.post_text``).
REPLY_TEXT = re.compile(
    r"postmessage|d_post_content|reply[-_]?(?:content|text|detail)|comment[-_]?(?:content|text|body)|"
    r"answer[-_]?(?:content|text|body)|best[-_]?(?:text|content)|bbs[-_]?content|bbwrapper|markdown[-_]?reply|"
    r"lzl_content|(?:^|\s)(?:t_f|cooked|con-all)(?:\s|$)",
    re.I,
)
_REPLY_TEXT_LOWER = re.compile(REPLY_TEXT.pattern)
_REPLY_WORDS = ("postmessage", "d_post_content", "reply", "comment", "answer", "best", "bbs", "bbwrapper", "markdown",
                "lzl_content", "t_f", "cooked", "con-all")
#: Elements named as replies' text, with text: at least this many make the page a board ...
MIN_NAMED_REPLIES = 2
#: ... unless the page names an article's body (``itemprop="articleBody"``, WordPress's
#: ``entry-content``) or calls itself an article (``og:type``): a blog or news post whose
#: readers' comments are named so too.
#: Names of an article's body (``entry-content``, ``article-content``, ``articleBody``).
ARTICLE_BODY_NAME = re.compile(r"entry[-_]?content|article[-_]?(?:content|body)|articlebody", re.I)
_ARTICLE_BODY = ARTICLE_BODY_NAME
_ITEMPROP = etree.XPath("//@itemprop")


def named_board(root: Any, values: list[Any] | None = None) -> bool:
    """:data:`MIN_NAMED_REPLIES` elements hold text and are named as replies' text
    (``reply-content``, ``comment-content``, ``postmessage`` …: :data:`REPLY_TEXT`; one
    nested in another counts once): a board whatever its site calls itself. ``values`` as
    for :func:`qa_page`."""
    if values is None:
        values = _CLASS_AND_ID(root)
    # the pattern's alternation over all the page's names cost ~6 % of extraction: most pages
    # hold none of its literal words, which ``in`` tells in C; the pattern runs on lower case
    joined = "\n".join(values).lower()
    if not any(w in joined for w in _REPLY_WORDS) or not _REPLY_TEXT_LOWER.search(joined):
        return False
    # only the elements whose class or id matched: walking every element cost ~12 % of
    # extraction on news pages that name their readers' comments so
    found: set[Any] = set()
    for value in values:
        if not _REPLY_TEXT_LOWER.search(value.lower()):
            continue
        el = value.getparent()
        if el in found or not (el.text_content() or "").strip():
            continue
        if found.isdisjoint(el.iterancestors()) and not any(el in f.iterancestors() for f in found):
            found.add(el)
            if len(found) >= MIN_NAMED_REPLIES:
                return True
    return False


def article_page(root: Any, og_type: str | None) -> bool:
    """The page says it is one article: ``og:type`` article, an element named as an article's
    body (``entry-content``, ``article-content``), or schema.org ``itemprop="articleBody"``."""
    if (og_type or "").strip().lower() == "article":
        return True
    if any(v.lower() == "articlebody" for v in _ITEMPROP(root)):
        return True
    return bool(_ARTICLE_BODY.search("\n".join(_CLASS_AND_ID(root))))
