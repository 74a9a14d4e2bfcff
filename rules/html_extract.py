"""H101–H108: the steps of HTML extraction, as rules that can be selected and explained.

The steps themselves run in :mod:`zhclean.html` when a page is read, before any text rule:
they work on the page's tree, which the text rules never see. These classes are what the
registry, ``--select``/``--ignore``, ``zhclean rules`` and ``zhclean explain`` know of them;
the extractor is handed the pipeline's rules and runs the steps whose rule is selected.
What each step removed is in ``meta["html"]["pruned"]`` (counts) and
``meta["html"]["removed"]`` (one entry per removal, with its place in the page).

At the ``full`` trail level (``--trail full``) the entries hold the removed text as well;
at ``none`` there are none.
"""
from __future__ import annotations

from zhclean.model import RuleResult
from zhclean.rule import Context, Rule, Stage


#: The article of every step's example: the page holds it with the step's furniture around it.
EXAMPLE_ARTICLE = ("各基层工会：为做好今年职工疗休养工作，现将有关事项通知如下。", "请各单位认真组织，按时报送名单。")


def _example(outside: str = "", before: str = "", middle: str = "", after: str = "") -> str:
    """The **Anti-pattern** and **Best practice** blocks of a step's docstring: a page with
    furniture ``outside`` the article block (``div#zoom``) or ``before``, between
    (``middle``) or ``after`` its two paragraphs, and the article text the step leaves."""
    first, second = EXAMPLE_ARTICLE
    page = ["<html><body>", outside, '<div id="zoom">', before, f"<p>{first}</p>", middle, f"<p>{second}</p>", after,
            "</div></body></html>"]
    lines = [line for part in page if part for line in part.splitlines()]
    return ("\n    **Anti-pattern**::\n\n" + "".join(f"        {line}\n" for line in lines)
            + f"\n    **Best practice**::\n\n        {first}\n        {second}\n")


class _ExtractionStep(Rule):
    """An extraction step: configured here, run by the extractor when the page is read."""

    stage = Stage.EXTRACT

    def apply(self, text: str, ctx: Context) -> RuleResult:
        """Nothing: the step ran on the page's tree when the page was read."""
        # The page was extracted when it was read; the extracted text has nothing left for
        # this step (and a document that was not a page never had any).
        return RuleResult()


class NonTextElements(_ExtractionStep):
    """Drop elements that never hold article text: script, style, iframe, form controls, media.

    **What it does.** Removes ``<script>``, ``<style>``, ``<template>``, ``<iframe>``,
    ``<svg>``, ``<canvas>``, ``<audio>``/``<video>``, ``<input>``/``<select>``/``<textarea>``/
    ``<button>`` and the like with everything inside. A form control or ``<noscript>`` that
    holds more than 100 characters is unwrapped instead: a ``<button … />`` written as
    self-closing is not closed by HTML parsers and swallows the rest of the page.

    **Leaves alone** the text around them, and a large ``<noscript>`` that holds the article.
"""
    __doc__ += _example(after='<script>document.write("浏览次数：" + hits);</script>')

    code = "H101"
    name = "html.non-text-elements"
    summary = "non-text elements (script, style, form controls, iframes, media) are dropped"


class HiddenElements(_ExtractionStep):
    """Drop hidden elements: ``display:none`` styles and the ``hidden`` attribute.

    **What it does.** Removes an element hidden by its ``style`` or ``hidden`` attribute:
    login boxes, share panels, popups.

    **Leaves alone** a hidden element that is folded article text (展开全文): more than
    150 characters of prose with few links. Like H103/H104 it never removes an element
    that holds a large share of the page's prose.
"""
    __doc__ += _example(middle='<div style="display:none">登录后可以收藏本文并订阅工会动态</div>')

    code = "H102"
    name = "html.hidden-elements"
    summary = "hidden elements (display:none, the hidden attribute) are dropped"


class FurnitureByTag(_ExtractionStep):
    """Drop page furniture by its tag: ``<nav>``, ``<aside>``, ``<footer>``, ``<menu>``, ``<header>``.

    **What it does.** Removes those elements wherever they are, inside the article block
    too. A ``<header>`` that holds the article's title heading stays. A poll goes too: a
    ``<form>`` offering two or more radio buttons or checkboxes (a news site's 调查 box,
    ``你如何看待…？`` and its options), told before H101 drops the controls.

    **Leaves alone** such an element that holds a large share of the page's prose (a
    site that wraps its article in ``<aside>``), unless it is named as a footer and short.
"""
    __doc__ += _example(after='<footer>本页由办公室维护 电话 0571-12345678</footer>')

    code = "H103"
    name = "html.furniture-by-tag"
    summary = "page furniture by tag (nav, aside, footer, menu, a header without the title) and polls"


class FurnitureByName(_ExtractionStep):
    """Drop page furniture named so by its class or id, as Chinese sites name it.

    **What it does.** Removes an element whose class/id holds a furniture word anywhere
    (``crumb``, ``dqwz`` 当前位置, ``copyright``, ``bdshare``, ``print``, ``xgwz`` 相关文章,
    ``pinglun``, ``footer`` …) or as a whole token (``foot``, ``bottom``, ``pages``, ``share``
    …; a weak token like ``right`` only on a block with little prose).

    **Leaves alone** a misnamed wrapper that holds a large share of the page's prose or the
    article's title heading; comment and related-article boxes go whatever their size.
    An element named as the text itself (``RichText``, ``ztext``, schema.org
    ``itemprop="text"``/``"articleBody"``) is never furniture by name: in 知乎's
    ``CopyrightRichText-richText`` the furniture word qualifies the text. On a board's page
    (told by its site name, its generator, or two replies' texts named as such,
    ``comment-content``/``reply-content``, on a page that names no article body) comment
    and reply names name the replies, as inside a thread; a reply count, form or button
    (``l_reply_num``, ``reply-form``) is still furniture, and a block named only by the weak
    ``more`` that holds prose is the folded rest of a post (展开全部), not a list of more links.
"""
    __doc__ += _example(middle='<div class="print-box">【打印本页】</div>')

    code = "H104"
    name = "html.furniture-by-name"
    summary = "page furniture by class/id (crumb, footer, share, print, related, comment …)"


class OutsideArticle(_ExtractionStep):
    """Keep only the article block: the text outside it goes.

    **What it does.** Scores every block (punctuated prose counts for it, link text and
    short unpunctuated lines against it), takes the best-scoring container and narrows it
    to its smallest descendant that still holds 93% of its prose. Everything else in the
    body is removed. Ignore it to keep the whole body (the other steps still run).
    On a thread (three or more sibling posts of one kind) the block is the run of posts,
    and in each post the cells beside the text cell most posts share (user card, floor
    and date line, signature, reply buttons) are outside the article too. Outside a
    thread, a second copy of the article printed in the block (a run of two or more
    paragraphs already printed above) goes as well.

    **Leaves alone** a page where nothing reads as prose: the whole body is kept; in a
    post, a cell beside the text with 80 characters or more and 30% of its prose; a
    paragraph printed again on its own (a pull quote); in a thread, quoted posts.
"""
    __doc__ += _example(outside='<div id="d1">主办：某某市总工会 承办：信息中心</div>')

    code = "H105"
    name = "html.outside-article"
    summary = "text outside the chosen article block"


class LinkLists(_ExtractionStep):
    """Drop lists of links inside the article block: related articles, tag clouds, pagers.

    **What it does.** Removes a block inside the article with at least two links whose
    link text is 60% or more of its text.

    **Leaves alone** a paragraph with a link or two in running text.
"""
    __doc__ += _example(after='<ul><li><a href="/1">去年疗休养工作总结</a></li><li><a href="/2">劳模疗休养名单公布</a></li></ul>')

    code = "H106"
    name = "html.link-lists"
    summary = "link lists inside the article block (related articles, tags, pagers)"


class HomeLinks(_ExtractionStep):
    """Drop links back to the site's home page inside the article (返回腾讯网首页>>).

    **What it does.** Removes a link whose address is the site's root (``/``,
    ``http://www.qq.com/?pref=article``, ``/index.html``) and whose text, of at most 16
    characters, says it goes back or on to the site (返回…, 回到…, 进入…, …首页, 查看更多).
    Portals print one at the end of every article's last paragraph, so it is glued to the
    article's last sentence once the page is text (…仍将持续。返回腾讯网首页>>).

    **Leaves alone** a link to the home page with other words (请登录<a href="/">工会网站</a>
    报名), and a back link to another page of the site (返回列表 to ``/news/``), which H107
    takes when it stands at the article's edge.
"""
    __doc__ += _example(middle='<p><a href="https://www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>')

    code = "H108"
    name = "html.home-links"
    summary = "links back to the site's home page inside the article (返回…首页, 查看更多)"


class EdgeLines(_ExtractionStep):
    """Cut furniture lines at the article's edges, after it is rendered.

    **What it does.** Before the title or the first paragraph: lines that are not prose,
    and the info line(s) under the title (发布时间 / 来源 / 浏览次数 …). After the last
    paragraph: 责任编辑, 【打印】【关闭】, 上一篇/下一篇, share and QR lines, disclaimers, and
    a related-content heading (相关文章, 推荐阅读 …) with everything after it. The info
    line's date, source and author are kept in ``meta``.

    **Leaves alone** prose at either edge, and a notice's signature date (2023年5月12日).
"""
    __doc__ += _example(before='<p>发布时间：2023-05-12 来源：市总工会</p>', after='<p>责任编辑：张三</p>')

    code = "H107"
    name = "html.edge-lines"
    summary = "furniture lines at the article's edges (info line, editor, print/close, prev/next)"
