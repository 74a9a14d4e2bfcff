"""C301–C302: page furniture: 上一篇/下一篇, comment boxes, pagers, related-article lists."""
from __future__ import annotations

import re

from zhclean.rule import Context

from ._fold import MAX_CHROME_LINE, fold
from ._kinds import is_control_line, is_dateline, menu_like
from ._line_rule import LineRule
from ._memo import LineMemo
from ._page import Page, body_shares, list_run_end
from .vocab import NAV_WORDS, RELATED_HEADING_FAMILY_RE, _alternation

SHARE_PLATFORM = re.compile(r"(?:分享到)?(?:微信|朋友圈|微博|新浪微博|腾讯微博|网易微博|搜狐微博|QQ空间|QQ好友|QQ|Qzone|豆瓣|人人网|开心网|易信|百度空间)")

_PREV_NEXT = r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇|上一则|下一则)(?:文章|新闻|信息|稿件)?"
# ``上一篇：标题`` is unmistakable anywhere; a bare ``下一篇`` only in the head or tail.
PREV_NEXT_LABELLED = re.compile(rf"^\s*[【\[]?{_PREV_NEXT}[】\]]?\s*[:：].{{0,80}}$")
PREV_NEXT_BARE = re.compile(rf"^\s*(?:[【\[]?{_PREV_NEXT}[】\]]?\s*(?:[|｜丨]\s*)?)+$")
_COMMENT_ITEM = (
    r"发表评论|我要评论|网友评论|最新评论|热门评论|全部评论|查看评论|写评论|评论|我来说两句|跟帖|网友跟帖|"
    r"(?:已有|共有|共|正有|现有|目前有|已经有)\s*\d+\s*(?:条|人)(?:评论|参与|跟帖)|查看剩下\s*\d+\s*条评论|评论区|"
    # the comment list's "more" link: 查看更多评论, 展开全部12条回复, 更多跟帖
    r"(?:查看|展开|显示|加载|点击查看|点击加载|点击展开)?(?:更多|全部|剩余|其余|所有)\s*\d*\s*条?(?:评论|回复|跟帖)|"
    r"用户自律公约|跟帖用户自律公约|提\s*交|发\s*表|还可输入\s*\d+\s*字|登录后(?:才能)?发表评论|请先登录|"
    r"文明上网理性发言|网友评论仅供其表达个人看法|评论\s*[(（]\s*\d+\s*[)）]|\d+\s*条评论|加载更多|点赞|赞\s*\d*"
)
COMMENT_LINE = re.compile(rf"^(?:[\s|｜丨,，。]*(?:{_COMMENT_ITEM}))+[\s|｜丨,，。>»›]*$")
# 本文链接：http://…, 转载请注明出处: where the page lives, not what it says
LINK_LINE = re.compile(
    r"^\s*(?:本文链接|原文链接|文章链接|原文地址|本文地址|本文网址|页面地址)\s*[:：]\s*\S{0,120}$"
    r"|^\s*转载请注明(?:出处|来源|作者)?(?:\s*[:：].{0,60})?[。.]?\s*$"
)
PAGER_LINE = re.compile(
    r"^[\s【\[]*(?:(?>(?:首页|上一页|下一页|尾页|末页|\d{1,3}(?!\d))[\s】\]【\[]*)){2,}$|^\s*共\s*\d+\s*页\s*$|^\s*第\s*\d+\s*页\s*[/／]?\s*(?:共\s*\d+\s*页)?\s*$"
)

RELATED_HEADINGS = [
    "友情链接", "相关链接", "网站链接", "链接",
    "相关文章", "相关新闻", "相关阅读", "相关推荐", "相关文档", "相关稿件", "相关链接", "相关报道", "相关资讯",
    "最新文档", "最新文章", "最新新闻", "最新资讯", "最新发布", "热点推荐", "热门推荐", "精彩推荐", "推荐阅读",
    "延伸阅读", "猜你喜欢", "你可能会喜欢", "您可能会喜欢", "你可能感兴趣", "您可能感兴趣的文章", "可能感兴趣",
    "为您推荐", "为你推荐", "更多推荐", "大家都在看", "热门文章", "热门阅读", "热门新闻", "热点新闻", "热文排行",
    "阅读排行", "点击排行", "新闻排行", "新闻排行榜", "排行榜", "今日推荐", "精彩图集", "图片新闻", "热点文章",
    "往期回顾", "往期推荐", "编辑推荐", "专题推荐", "同类文章", "其他文章", "更多文章", "更多新闻", "相关专题",
    "阅读了该文档的用户还阅读了这些文档", "该文档的用户还阅读了", "热门文档", "推荐文档", "相似文档", "精品文档",
    "文档评论",
]
RELATED_HEADING_RE = re.compile(
    rf"^[\s【\[■◆●▌|｜丨]*(?:{_alternation(RELATED_HEADINGS)})[】\]]?\s*[:：]?\s*(?:更多\s*(?:>>|>|\+|»)?|more\s*>*|MORE\s*>*)?\s*$"
)
_HEADING_FRAME = re.compile(r"[\s【】\[\]■◆●▌|:：>»+]+|更多\s*(?:>>|>|\+|»)$|more\s*>*$", re.I)


def is_related_heading(s: str) -> bool:
    """A related-list heading: one of ``RELATED_HEADINGS`` or one composed from the
    families in :mod:`.vocab` (更多相关文档, 本类热门, 其他人还看了).

    >>> is_related_heading("【相似范文】"), is_related_heading("更多相关文档"), is_related_heading("相关政策")
    (True, True, False)
    """
    t = fold(s.strip())
    if len(t) > 30:
        return False
    return bool(RELATED_HEADING_RE.match(t) or RELATED_HEADING_FAMILY_RE.match(_HEADING_FRAME.sub("", t)))


# Past this share of the body's text a related-list heading is not a section of the article.
MIN_BODY_SHARE = 0.6


class PageTurnAndComments(LineRule):
    """Remove 上一篇/下一篇 links, pagers and comment-box furniture.

    **What it does.** Deletes ``上一篇：标题`` / ``下一篇：标题`` lines anywhere, and in the
    head and tail of a page bare 上一篇 / 下一篇 links, pagers (``【1】【2】【3】``,
    ``上一页 1 2 3 下一页``), comment boxes (发表评论, 已有0条评论, 网友评论,
    用户自律公约, 还可输入500字, 提交) and link notes (本文链接：http://…, 转载请注明出处).

    **Why.** They are links and form labels, not text.

    **Leaves alone** sentences that use the words (在上一篇文章中我们介绍了…。), and
    section headings inside the body.

    **Anti-pattern**::

        同志们，我们要进一步振奋精神，切实改进作风，以主题教育的扎实成效推动各项工作高质量完成。
        上一篇：市总工会召开党组扩大会议
        下一篇：我市举行职工运动会
        发表评论
        已有0条评论

    **Best practice**::

        同志们，我们要进一步振奋精神，切实改进作风，以主题教育的扎实成效推动各项工作高质量完成。
    """

    code = "C301"
    name = "chrome.page-turn"
    summary = "上一篇/下一篇 links, pagers and comment boxes"

    def why(self, pg: Page, i: int) -> str | None:
        kind = _page_turn_line(pg.lines[i].text)
        if kind == "labelled":
            return "a 上一篇/下一篇 link"
        if kind == "edge" and pg.zones.in_zone(i):
            return "a page-turn link, pager, comment box or link note in the head or tail"
        return None


def _page_turn_kind(line: str) -> str | None:
    """``"labelled"`` for a 上一篇/下一篇 link (taken anywhere), ``"edge"`` for a line C301
    takes in the head or tail only, else ``None``: the line's alone, kept across versions."""
    s = fold(line)
    if PREV_NEXT_LABELLED.match(s) and "。" not in s:
        return "labelled"
    if len(s) <= MAX_CHROME_LINE and (
            PREV_NEXT_BARE.match(s) or COMMENT_LINE.match(s) or PAGER_LINE.match(s) or LINK_LINE.match(s)):
        return "edge"
    return None


# (a line with more than MAX_CHROME_LINE characters besides its spaces is neither, given
# without a call: a labelled link holds at most 88 of them, and the rest are for short lines)
_page_turn_line = LineMemo(_page_turn_kind, longest=MAX_CHROME_LINE, beyond=None)


class RelatedList(LineRule):
    """Remove related-article lists (相关文章, 相关文档, 猜你喜欢 …) after the body.

    **What it does.** When a heading such as 相关新闻 / 相关文档 / 最新文档 / 热点推荐 /
    猜你喜欢 / 推荐阅读 stands on its own line after most of the body text, deletes it and
    the list of short lines that follows, up to the next body paragraph. Under the title and
    above most of the body, a heading that says it opens a list (``■相关链接：``, ``相关新闻：``)
    goes with the headlines under it (at most eight short lines with no clause, a caption
    ending them), and so does a related label glued to its one headline (``相关新闻<<<…``).

    **Why.** The list is the site's links to other pages; it changes from crawl to crawl.

    **Leaves alone** a heading early in the body (a section called 相关新闻 in an essay)
    unless it opens a list of headlines, anything above the title (a document site's 精品文档
    badge), and teaser paragraphs long enough to read as body text.

    **Anti-pattern**::

        督促12家企业成立劳动人事争议基层调解委员会，创立和谐劳动关系，为基层服务，为职工服务。
        相关文档
        工会工作总结范文
        最新文档
        工会干部培训心得体会

    **Best practice**::

        督促12家企业成立劳动人事争议基层调解委员会，创立和谐劳动关系，为基层服务，为职工服务。
    """

    code = "C302"
    name = "chrome.related-list"
    summary = "related-article lists at the end (相关文章, 相关文档, 猜你喜欢)"

    def chrome_lines(self, pg: Page, ctx: Context):
        lines = pg.lines
        shares = None  # computed at the first heading, in one pass
        wrapped = not any(pg.body)
        i = 1
        while i < len(lines):
            s = lines[i].text
            if _related_cue_line(s):
                shares = shares or body_shares(pg)
                if shares[i] <= MAX_HEAD_SHARE and not wrapped:
                    taken = list(self._above_the_article(pg, i))
                    yield from taken
                    i += max(1, len(taken))
                    continue
                if shares[i] < MIN_BODY_SHARE or i < pg.zones.head_end or not is_related_heading(s):
                    i += 1
                    continue
                end = list_run_end(pg, i + 1, wrapped)
                items = [ln for ln in lines[i + 1:end] if ln.text.strip()]
                if items or end == len(lines):
                    yield i, "a related-list heading after most of the body"
                    for k in range(i + 1, end):
                        yield k, "an item of a related list"
                    i = end
                    continue
                # a heading with prose right under it is a section of the text
            i += 1

    @staticmethod
    def _above_the_article(pg: Page, i: int):
        """Above the article, a related heading and the headlines under it (``■相关链接：`` /
        ``・未卖先火…``), or a related label glued to its one headline (``相关新闻<<<…``): each
        item a short line with no clause in it, a caption (…摄）) ending the list."""
        lines = pg.lines
        s = fold(lines[i].text.strip())
        title = pg.title()
        if title is None or i <= title:
            return  # above the title it is a document site's badge (精品文档) or the site's menu
        if not is_related_heading(s):
            if not any(c in s for c in "。，；"):
                yield i, "a related headline above the article"
            return
        if not _LIST_HEADING_MARK.search(s):
            return  # a bare 本周热门 may be a section; a list heading says so (■相关链接：, 相关新闻：)
        items: list[int] = []
        bullet = None
        for k in range(i + 1, len(lines)):
            t = lines[k].text.strip()
            if not t:
                continue
            if pg.body[k] or not _head_item(t) or (bullet is not None and bullet != bool(_HEAD_BULLET.match(t))):
                break
            bullet = bool(_HEAD_BULLET.match(t)) if bullet is None else bullet
            items.append(k)
        if 0 < len(items) <= MAX_HEAD_ITEMS:
            yield i, "a related-list heading above the article"
            for k in items:
                yield k, "an item of a related list above the article"


#: Above the article (before a fifth of its body text) a related heading opens a short list
#: of headlines: at most this many items of at most this many characters, none of them with
#: a clause or a photo credit (the caption under the list is the article's).
MAX_HEAD_SHARE = 0.2
MAX_HEAD_ITEMS = 8
MAX_HEAD_ITEM = 40
_LIST_HEADING_MARK = re.compile(r"[:：]\s*$|^[\s【\[■◆●▌]")
_HEAD_BULLET = re.compile(r"^\s*[・·•■□▪◆◇●○▶►]")
_CAPTION_CREDIT = re.compile(r"(?:摄|供图|资料图|资料照片?|图片来源\S*)\s*[)）]?\s*$")
# A related label glued to its one headline: 相关新闻<<<苍井空助阵…, 相关阅读：某地出台新规.
_LABEL_AND_HEADLINE = re.compile(
    rf"^[\s【\[■◆●▌|｜丨]*(?:{_alternation(RELATED_HEADINGS)})[】\]]?\s*(?:[:：]|<<+|>>+|«|»)\s*[^\s:：<>«»]")


def _is_related_cue(s: str) -> bool:
    """A related heading, or a related label glued to its headline: where C302 looks."""
    return is_related_heading(s) or len(s) <= MAX_CHROME_LINE and _LABEL_AND_HEADLINE.match(fold(s)) is not None


# asked of every line of every version of a page: the line's alone. A line with more than
# MAX_CHROME_LINE characters besides its spaces is neither (a heading has at most 30).
_related_cue_line = LineMemo(_is_related_cue, longest=MAX_CHROME_LINE, beyond=False)


def _head_item(t: str) -> bool:
    """A headline in a related list above the article: short, no clause, not a caption."""
    return (len(t) <= MAX_HEAD_ITEM and not any(c in t for c in "。，；,;")
            and _CAPTION_CREDIT.search(t) is None)


# A run of fewer short lines at the end may be a signature, a poem's close or a list.
MIN_TRAILING_MENU = 6
_NUMBERED_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[）)]|第.{1,4}[章节条]|附件)")


# Share of a run that must be known menu words or link rows: a list of names has none.
MIN_MENU_EVIDENCE = 0.2


def _looks_like_menu(items: list[str]) -> bool:
    evidence = sum(
        1 for s in items
        if s in NAV_WORDS or re.search(r"[|｜丨]", s) or is_control_line(s) or SHARE_PLATFORM.fullmatch(s)
    )
    return evidence >= 2 and evidence >= MIN_MENU_EVIDENCE * len(items)


class TrailingMenu(LineRule):
    """Remove the run of site links that ends a page (menus repeated at the foot).

    **What it does.** Walking back from the end of the page, collects short link-like
    lines (up to 16 characters, no sentence punctuation, or rows ``关于我们 | 网站地图``)
    and deletes them when there are at least six and at least a fifth of them (and two)
    are known menu words (首页, 要闻, 联系我们, 视频 …), link rows or share buttons. The walk stops at a date (a
    signature's 2019年10月25日), a numbered item (一、 1. 第三条 附件), or any longer line.

    **Why.** Many sites repeat their channel menu and link lists under the article;
    extractors keep them as one short line each. It runs after the footer rules, so
    the links that stood above a footer are at the end by then.

    **Leaves alone** a signature (嵊州市总工会 / 2019年10月25日), a list of names or units
    closing a notice, a short list or a poem at the end of the body, and anything before
    the last long line.

    **Anti-pattern**::

        全省各地要结合实际，认真抓好贯彻落实，确保各项工作取得实效，推动全省经济社会高质量发展。
        省政府
        领导动态
        省政府常务会议
        政府工作报告
        政府机构
        要闻
        山西要闻

    **Best practice**::

        全省各地要结合实际，认真抓好贯彻落实，确保各项工作取得实效，推动全省经济社会高质量发展。
    """

    code = "C303"
    name = "chrome.trailing-links"
    summary = "runs of six or more short link lines at the end of a page"

    def chrome_lines(self, pg: Page, ctx: Context):
        run = []
        for i in range(len(pg.lines) - 1, -1, -1):
            s = pg.lines[i].text.strip()
            if not s:
                run.append(i)
                continue
            if s.endswith(("：", ":")):
                return []  # 具体包括： introduces the list: it is the text's
            if not menu_like(s) or is_dateline(s) or _NUMBERED_ITEM.match(s) or s.endswith("日"):
                break
            run.append(i)
        items = [pg.lines[i].text.strip() for i in run if pg.lines[i].text.strip()]
        if len(items) < MIN_TRAILING_MENU or not _looks_like_menu(items):
            return []
        return [(i, "a run of site links ending the page") for i in run]
