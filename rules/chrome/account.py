"""C202: the sign-off that ends a page: a WeChat-style account's prompts and menus, a site's thanks."""
from __future__ import annotations

import re

from zhclean.rule import Context

from .._view import OnView, laid_out_line
from ._fold import fold
from ._line_rule import LineRule
from ._page import Page

# Vocabulary, by family (simplified; lines are folded before matching).
#: What the reader is asked to do with the account or the page.
ACCOUNT_ACTIONS = ("关注", "长按", "识别", "扫码", "扫描", "扫一扫", "点击", "点亮", "点个", "点一下", "点下", "点",
                   "戳", "转发", "分享", "设为星标", "星标", "置顶", "订阅", "加入")
#: What it is asked to do it to: the account, the app's buttons, the reader's timeline.
ACCOUNT_TARGETS = ("公众号", "订阅号", "服务号", "视频号", "小程序", "菜单栏", "底部菜单", "在看", "阅读原文", "星标",
                   "置顶", "关注我们", "关注我", "朋友圈", "好看", "小心心", "点赞", "赞一下", "一键三连", "粉丝群",
                   "读者群", "交流群")
#: Verbs of the keyword menu (回复【社保】查询缴纳记录): send the account a word to get a page
#: (回覆 is the traditional spelling; 覆 folds to itself, as in 覆盖).
MENU_VERBS = ("后台回复", "后台回覆", "回复", "回覆", "发送", "输入", "私信")

_ACTION = re.compile("|".join(sorted(map(re.escape, ACCOUNT_ACTIONS), key=len, reverse=True)))
_TARGET = re.compile("|".join(sorted(map(re.escape, ACCOUNT_TARGETS), key=len, reverse=True)))
_MENU_ITEM = re.compile(
    r"^(?:[（(]?\d{1,2}[)）、.．]|[\u2460-\u2473]|[-•·▶►●◆▪])?\s*(?:" + "|".join(MENU_VERBS) + r")\s*"
    r"[【\[「“\"‘『〖]\s*[^】\]」”\"’』〗]{1,12}\s*[】\]」”\"’』〗]\s*\S{0,24}$")
# A line of arrows, dots or rules that points at the QR code or frames the sign-off, or the
# account's end mark (—— END ——, - THE END -).
_ORNAMENT = r"[\s↓↑▼▲⬇︾•·…—–\-=~～*＊★☆▽△◆◇♥❤👇👆🔽]*"
_DECORATION = re.compile(rf"^{_ORNAMENT}(?:(?:THE\s*)?END|End|end)?{_ORNAMENT}$")
# A numbered or bulleted step: outside a keyword menu, a list is the article's (how to sign up).
_LIST_ITEM = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
                        r"|[\u2460-\u2473]|第[一二三四五六七八九十\d]{1,3}步)")
_SENTENCE_INSIDE = re.compile(r"[。！？!?；;][^\s。！？!?；;”’）)]")

#: Longest account prompt: the sign-off is one short line an item.
MAX_PROMPT = 40
#: Longest prompt that ends in a full stop (长按二维码关注我们。); a longer line that does is a
#: sentence of the article that speaks of sharing or following.
MAX_CLOSED_PROMPT = 16


def is_account_prompt(s: str) -> bool:
    """A line that asks the reader to follow, star, share or tap something of the account,
    or thanks the reader for visiting the site.

    >>> is_account_prompt("看都看完了，点【在看】试试"), is_account_prompt("长按识别二维码，关注“XX工会”公众号")
    (True, True)
    >>> is_account_prompt("请扫描二维码报名参加比赛。"), is_account_prompt("欢迎广大职工积极参与，共同营造良好氛围。")
    (False, False)
    >>> is_account_prompt("分享到朋友圈的照片里，职工们手捧奖状，不少网友纷纷点赞。")
    False
    >>> is_account_prompt("感谢您访问京华网(www.jinghua.cn)"), is_account_prompt("感谢您对工会工作的支持！")
    (True, False)
    """
    t = fold(laid_out_line(s)).strip()
    if not t or len(t) > MAX_PROMPT or _SENTENCE_INSIDE.search(t):
        return False
    if t[-1] in "。." and len(t) > MAX_CLOSED_PROMPT:
        return False  # a sentence about sharing (不少网友纷纷点赞。) is the article's
    return _ACTION.search(t) is not None and _TARGET.search(t) is not None or _VISIT_THANKS.match(t) is not None


#: Where a site keeps a page of its own on a social network (Hong Kong and Taiwan sites close
#: their articles with it: 歡迎讚好我們的Facebook專頁, 加入我們的LINE好友).
SOCIAL_PLATFORMS = ("facebook", "脸书", "面书", "twitter", "推特", "instagram", "youtube", "line", "telegram",
                    "whatsapp", "微博", "粉丝专页", "粉丝团", "专页")
#: The site speaking of itself: its page, its account, what it has opened there.
SOCIAL_SELF = ("我们的", "我们", "本网", "本站", "本台", "本报", "本刊", "小编", "现已开设", "已开设", "已开通", "官方")
#: What the reader is asked to do there.
SOCIAL_ACTIONS = ("关注", "追踪", "订阅", "like", "赞好", "按赞", "点赞", "加入", "follow", "快点到", "立即到")
_SOCIAL = [re.compile("|".join(map(re.escape, words))) for words in (SOCIAL_PLATFORMS, SOCIAL_SELF, SOCIAL_ACTIONS)]
#: Longest such promotion: a sentence or two of what the page offers.
MAX_SOCIAL_PROMO = 120


def is_social_page_promo(s: str) -> bool:
    """A site's invitation to its page on a social network: the network, the site speaking of
    itself and what the reader is asked to do, in a line of at most 120 characters.

    >>> is_social_page_promo("香港新浪新闻现已开设Facebook专页，让你即时掌握本地新闻，与朋友分享！快点到Facebook Like我们的专页")
    True
    >>> is_social_page_promo("歡迎讚好我們的Facebook專頁"), is_social_page_promo("该公司的Facebook专页昨日被黑客入侵，大量用户受到影响。")
    (True, False)
    """
    t = fold(laid_out_line(s)).strip().lower()
    return 0 < len(t) <= MAX_SOCIAL_PROMO and all(words.search(t) for words in _SOCIAL)


# A site's thanks for the visit (感谢您访问京华网, 谢谢您的光临): the site's, never the article's
# (a notice thanks its readers for their support or attention, not for visiting).
_VISIT_THANKS = re.compile(r"^(?:感谢|谢谢|多谢)(?:您|你|各位|大家)?(?:的)?(?:访问|浏览|光临|来访|惠顾)")


# A pointer at the account's QR code (扫描下方二维码解锁更多技能): the sign-off's, beside a
# prompt or a menu, but on its own it may be a notice's (扫码报名), so it does not start a run.
_QR_POINTER = re.compile(r"(?:扫|长按|识别)[^。！？!?]{0,12}(?:二维码|QR|码)")


def is_qr_pointer(s: str) -> bool:
    """A short line pointing at a QR code, with no sentence end.

    >>> is_qr_pointer("扫描下方二维码解锁更多技能"), is_qr_pointer("请扫描二维码报名参加比赛。")
    (True, False)
    """
    t = fold(laid_out_line(s)).strip()
    return (0 < len(t) <= MAX_PROMPT and _SENTENCE_INSIDE.search(t) is None and t[-1] not in "。！？!?；;"
            and _QR_POINTER.search(t) is not None)


def is_menu_item(s: str) -> bool:
    """An item of the account's keyword menu.

    >>> is_menu_item("2、回复【福利】查看各种政策福利"), is_menu_item("回复“入会”即可在线申请")
    (True, True)
    >>> is_menu_item("2、做好职工诉求回复工作，限时办结")
    False
    """
    return _MENU_ITEM.match(fold(laid_out_line(s)).strip()) is not None


class SignOff(OnView, LineRule):
    """Remove the sign-off that ends the page: an account's prompts and keyword menus, a site's thanks.

    **What it does.** Walking back from the end of the page, collects lines that ask the
    reader to act on the account (关注 / 长按识别 / 点【在看】 / 设为星标 / 转发朋友圈: an action
    word and the account's or the app's thing, in a line of at most 40 characters with no
    sentence inside) or thank the reader for visiting the site (感谢您访问…网), items of its
    keyword menu (``1、回复【社保】查询缴纳记录``), lines that point at its QR code
    (扫描下方二维码…), a site's invitation to its page on a social network (歡迎讚好我們的
    Facebook專頁: the network, the site speaking of itself and an action, in up to 120
    characters) and the arrows, rules and end marks (—— END ——) among and above them,
    and deletes them when there is an account prompt among them, or
    two menu items. The walk stops at the first body paragraph, long line or sentence;
    other short lines on the way (a counter, a footer item) are passed over and kept.

    **Why.** Articles copied from WeChat and other public accounts end with the same
    sign-off on every post; in a corpus it is a repeated block that is not the article.

    **Leaves alone** anything above the last body paragraph, long line, sentence or numbered
    step; a notice's own instructions (请扫描二维码报名参加比赛。; 1. 关注“XX工会”公众号 /
    2. 点击菜单栏“报名”); a QR pointer with no prompt or menu beside it; a body list whose
    items answer something (2、做好职工诉求回复工作); and a single menu item on its own.

    **Anti-pattern**::

        下一步，区总工会将继续深化服务职工工作，把更多实事办到职工心坎上。
        1、回复【公租房】查看最新消息
        2、回复【社保】查询社保缴纳记录
        点击菜单栏【便民服务】解锁更多服务！
        看都看完了，点【在看】试试

    **Best practice**::

        下一步，区总工会将继续深化服务职工工作，把更多实事办到职工心坎上。
    """

    code = "C202"
    name = "chrome.sign-off"
    summary = "the sign-off ending a page: an account's 关注 / 点【在看】 / 回复【关键词】, a site's 感谢您访问"

    # every line the rule deletes is a prompt or a menu item, or stands among them
    # (a social network's Han names only: a Latin trigger is searched case-blind, twenty times
    # slower, on every text; 专页 and 粉丝团 name a Facebook page in Chinese copy)
    triggers = (ACCOUNT_TARGETS + MENU_VERBS + ("访问", "浏览", "光临", "来访", "惠顾")
                + tuple(w for w in SOCIAL_PLATFORMS if not w.isascii()))

    def chrome_lines(self, pg: Page, ctx: Context):
        run, prompts, items = [], 0, 0
        for i in range(len(pg.lines) - 1, -1, -1):
            s = pg.lines[i].text.strip()
            if not s or _DECORATION.match(s):
                run.append((i, "blank or decoration"))
                continue
            if is_menu_item(s):
                items += 1
                run.append((i, "an item of the account's keyword menu"))
            elif is_social_page_promo(s):
                prompts += 1  # (a sentence or two, so before the walk stops at a paragraph)
                run.append((i, "invites the reader to the site's page on a social network"))
            elif _LIST_ITEM.match(s) or s[-1] in "：:":
                break  # a numbered step (1. 关注“XX工会”公众号) or its lead-in (报名方式：): the notice's
            elif is_account_prompt(s):
                prompts += 1
                run.append((i, "asks the reader to act on the account, or thanks them for the visit"))
            elif is_qr_pointer(s):
                run.append((i, "points at the account's QR code, beside its sign-off"))
            elif pg.body[i] or len(s) > MAX_PROMPT or s[-1] in "。！？!?":
                break
            # else a short line of other chrome (a counter, a footer item) is passed over and
            # kept: whether a later rule takes it must not decide this rule's run, or a second
            # cleaning would find the run the first did not
        if not (prompts or items >= 2):
            return []
        # blank lines are left to the whitespace rules
        return [(i, why) for i, why in run if pg.lines[i].text.strip()]
