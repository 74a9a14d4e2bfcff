"""C001–C003: the page header: navigation menus, breadcrumbs, font-size and print controls."""
from __future__ import annotations

import re

from zhclean.rule import Context

from .._view import OnView, laid_out_line
from ._fold import fold
from ._kinds import is_bare_breadcrumb, is_breadcrumb_label_line, is_control_line, is_footer_marker, menu_like
from ._line_rule import LineRule
from ._memo import LineMemo
from ._page import Page

# Control words that cannot be anything else, so they go wherever they stand.
_UNAMBIGUOUS_CONTROL = re.compile(
    r"打印本页|打印本文|关闭窗口|分享到|扫一扫|字号|返回顶部|回到顶部|加入收藏|设为首页|无障碍|调整字体|扫码阅读|我要纠错|加载中|正在加载"
)
_ARROW_START = re.compile(r"^\s*(?:>>|>|»|＞|›|→)")
MAX_STRAY_SEGMENT = 24


def is_stray_trail_segment(s: str) -> bool:
    """``> 山西要闻``: a trail segment on its own, whose 首页 another rule already took (C002
    takes it in the head; C101 takes a licence line that leaves only this).

    >>> is_stray_trail_segment("> 山西要闻"), is_stray_trail_segment(">14041666号 е"), is_stray_trail_segment("> 0，则")
    (True, True, False)
    """
    s = laid_out_line(s)
    return bool(_ARROW_START.match(s)) and len(s) <= MAX_STRAY_SEGMENT and not re.search(r"[。，！？]", s)


class NavigationMenu(OnView, LineRule):
    """Remove the navigation menu above a page's title.

    **What it does.** When a page has structure to anchor on — a breadcrumb or a
    publication-info line (发布日期, 来源, …) — the title is found, and every short line
    above it (menu items one per line, or a row ``首页 | 机构概况 | 新闻动态``) is deleted.
    Breadcrumb lines themselves are left to C002. Sets ``meta.title`` while the header
    that marks where the title starts is still there.

    **Why.** Scraped pages begin with the site's menu: 嵊州市 / 产业工会 / 县(市、区).
    In a corpus it repeats on every page of the site and is not the document.

    **Leaves alone** pages with nothing to anchor on (a plain document, a poem), an info
    line that closes a page of short lines (来源：唐诗三百首 under a poem), long lines
    above the title, and a page whose title stands below its info block (a disclosure
    table: 索引号 / 发布机构 / 发布日期 over the title): the block is C102's, and that
    title may show only once a hard-wrapped title is joined, after this stage.

    **Anti-pattern**::

        嵊州市

        产业工会

        县(市、区)

        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质

        发布日期:2019-10-25 17:09:02    来源:

        按照市委主题教育办主题党课活动要求，就全市工会系统学习贯彻党的十九大精神，谈几点体会。

    **Best practice**::

        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质

        发布日期:2019-10-25 17:09:02    来源:

        按照市委主题教育办主题党课活动要求，就全市工会系统学习贯彻党的十九大精神，谈几点体会。
    """

    code = "C001"
    name = "chrome.navigation-menu"
    summary = "navigation menu items above the title of a page with a breadcrumb or info line"

    writes = frozenset({"title"})

    def page_meta(self, pg: Page, ctx: Context) -> dict[str, str]:
        title = self._title(pg)
        return {"title": pg.lines[title].text.strip()} if title is not None else {}

    def chrome_lines(self, pg: Page, ctx: Context):
        pub, crumb = pg.anchors()
        if pub is None and crumb is None:
            return
        title = self._title(pg)
        end = title if title is not None else crumb
        notices = {i for i, _ in pg.notices}
        # a title found below the info line (a disclosure table, gov.cn style) is found
        # only once a hard-wrapped title is joined (L101, after this stage) or a junk line
        # between is gone (C102): what C001 takes must not depend on it, so it takes
        # nothing from the info line up; the block itself is C102's
        if end is not None and pub is not None and end > pub:
            return
        for i in range(end if end is not None else 0):
            s = pg.lines[i].text
            if is_breadcrumb_label_line(s) or is_bare_breadcrumb(s) or _ARROW_START.match(s):
                continue  # C002's
            if i in notices:
                continue  # C401's: a notice's heading is short, but its block goes whole
            if menu_like(s):
                yield i, "a menu item above the title"

    @staticmethod
    def _title(pg: Page) -> int | None:
        """The title, on a page with a breadcrumb or an info line to anchor it on."""
        pub, crumb = pg.anchors()
        return None if pub is None and crumb is None else pg.title()


class Breadcrumb(OnView, LineRule):
    """Remove breadcrumb trails (当前位置：首页 > 栏目 > 正文) from the page head.

    **What it does.** Deletes a head line that starts with a location label (当前位置,
    您现在的位置, 所在位置, 位置 …, with a full- or half-width colon) or that is a short
    trail of segments joined by ``>``, ``>>``, ``»`` (``人民网>>文化``,
    ``首页 > 专题报道 > 新闻发布会``), and the continuation lines of a trail broken one
    segment per line (``当前位置：`` / ``首页`` / ``>发展改革工作``).

    **Why.** It is navigation, repeated on every page of the site.

    **Leaves alone** arrows in the body (``x > 0``, ``收入 > 支出``) and anything after the
    first body paragraph.

    **Anti-pattern**::

        当前位置: 首页> 信息公开> 领导讲话
        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质

    **Best practice**::

        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质
    """

    code = "C002"
    name = "chrome.breadcrumb"
    summary = "breadcrumb trails (当前位置：首页 > 栏目) at the head of a page"

    def chrome_lines(self, pg: Page, ctx: Context):
        lines, z = pg.lines, pg.zones
        notices = {k for k, _ in pg.notices} if pg.zones.head_end else set()
        i = 0
        while i < z.head_end:
            if i in notices:
                i += 1
                continue  # C401's: a notice's heading framed by an arrow (→温馨提示) goes with its block
            s = laid_out_line(lines[i].text)
            starts_split_trail = fold(s) in {"首页", "网站首页", "主页"} and i + 1 < z.head_end \
                and _ARROW_START.match(lines[i + 1].text)
            if is_breadcrumb_label_line(s) or is_bare_breadcrumb(s) or starts_split_trail or is_stray_trail_segment(s):
                yield i, "a breadcrumb trail"
                i += 1
                while i < z.head_end and self._continues(laid_out_line(lines[i - 1].text), laid_out_line(lines[i].text)):
                    yield i, "a breadcrumb trail broken onto the next line"
                    i += 1
                continue
            i += 1

    @staticmethod
    def _continues(prev: str, s: str) -> bool:
        if not s or len(s) > MAX_STRAY_SEGMENT:
            return False
        if _ARROW_START.match(s):
            return True
        opened = re.search(r"(?:[:：]|>>|>|»|＞|›|→)\s*$", prev)
        return bool(opened) and len(s) <= 12 and not re.search(r"[。，！？]", s)


class PageControls(OnView, LineRule):
    """Remove font-size, print, share and script-switch controls.

    **What it does.** Deletes lines made only of page controls: 字号：大 中 小,
    ``[大] [中] [小]``, 【打印本页】【关闭窗口】, 分享到, 扫一扫在手机打开当前页,
    简体 | 繁体 | 无障碍浏览, 返回顶部. Controls that are single common words (打印,
    关闭, 放大, 正常, 分享) go only in the head and tail of a page.

    **Why.** They are the labels of buttons, not text.

    **Leaves alone** sentences that use the words (请在手机上扫一扫二维码报名。).

    **Anti-pattern**::

        发布日期：2019-03-06
        字号：大 中 小
        【打印本页】【关闭窗口】
        扫一扫在手机打开当前页

    **Best practice**::

        发布日期：2019-03-06
    """

    code = "C003"
    name = "chrome.page-controls"
    summary = "font-size, print, share and script-switch controls (字号 大中小, 打印本页)"

    def why(self, pg: Page, i: int) -> str | None:
        s = pg.lines[i].text
        if not _control_line(s):
            return None
        folded = fold(s)
        if pg.zones.in_tail(i) and is_footer_marker(folded):
            return None  # C201 takes it with the footer it marks (see is_footer_marker)
        if pg.zones.in_zone(i):
            return "page controls in the head or tail"
        if _UNAMBIGUOUS_CONTROL.search(folded):
            return "a control that is nothing else"
        return None


# asked of every line of every version of a page: the verdict is the line's alone
_control_line = LineMemo(is_control_line)
