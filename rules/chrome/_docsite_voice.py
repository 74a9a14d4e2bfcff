"""The site speaking of itself by its name, and its shop's counter (h28, issue 16).

A notice says 本站 or 本平台 — or names the site: ``淘豆网只提供文档存储和分享服务``,
``道客文库有权删除违规资料``, ``文库吧对作品内容不作任何保证``. The name is read by its
shape: a short name ending in a site's word (网, 文库, 资料库, 吧, 平台) opening a clause,
then what a site says of itself (只提供, 不对…负责, 对…不作保证, 有权, 所提供的, 仅作展示).
A sentence of a text names others (人民网报道, 某文库平台被判赔偿) and does not say so.

A shop's counter — 客服, 站长, 管理员, 售后 — beside the trade's words (充值, 扣费, 下载) and
a notice's (不予退还, 请谨慎) is the site selling its copies too: ``Q1：投诉请拨打客服热线`` /
``Q2：充值金额不予退还，请谨慎操作``. An event's list says 服务热线 or 咨询电话.

>>> names_itself("淘豆网只提供作品存储和分享服务"), names_itself("2.道客文库有权删除违规资料")
(True, True)
>>> names_itself("人民网报道了此事"), names_itself("本文档仅供参考"), names_itself("某文库平台被判赔偿")
(False, False, False)
>>> shop_counter("投诉请拨打客服热线：400-7646"), shop_counter("咨询电话：80643336")
(True, False)

A text's own report of what happened (文章发表后被多家媒体转载，阅读量超过30万次，引发了广泛
的讨论。) tells a past event with 了 and speaks to no reader, as the site or its users: no
notice item does both (如侵犯了您的权益，请…; 本站仅对文档进行了格式转换).

>>> narrates("文章发表后被多家媒体转载，阅读量超过30万次，引发了广泛的讨论。"), narrates("如文档侵犯了您的权益，请联系客服删除")
(True, False)

A text's own requirements (工作要求 / 1) 各单位…形成文档，按时上传至平台。 / 2) 下载报名表，填写
完整后报送市总工会。) tell its reader to hand something in: to a place (上传至, 报送), by a date
(于6月14日前, 逾期不予受理), as a form (下载报名表, 如实填写, 加盖公章), in a format (扫描成PDF,
以附件形式, 大小不超过5MB). A site's notice asks nothing handed in; it speaks of the copy.

>>> hands_in("2) 下载报名表，填写完整后报送市总工会。"), hands_in("于6月14日前将申报书上传至市总工会网站。")
(True, True)
>>> hands_in("①各单位评审表可在培训系统下载。"), hands_in("购买后可在个人中心下载"), hands_in("1. 下载即表示您已阅读并同意以上条款。")
(True, False, False)
>>> hands_in("下载后请于24小时内删除，仅供学习参考"), hands_in("2、文档一经下载，不支持退换。")
(False, False)
"""
from __future__ import annotations

import re

from ._fold import fold

# the words a site's name ends in, and what a site says of itself after its name
SITE_NAME_ENDINGS = ["网", "文库", "资料库", "文档库", "吧", "平台", "文档网", "资源网"]
SITE_SELF_CLAIMS = ["只提供", "仅提供", "不对", "有权", "所提供", "仅作", "不承担", "不保证", "保留", "不作任何", "概不",
                    "所有文档", "所有资料", "所有资源", "只负责", "仅负责", "郑重", "对用户",
                    "对作品", "对文档", "对资料", "对资源", "对课件", "对范文", "对文件", "均来自", "均由", "所收录"]
_SITE_BY_NAME = re.compile(
    r"(?:^|[，。；、:：)）】\]\s〕〗」>.．])(?![本该此其这某])[\u4e00-\u9fffA-Za-z]{1,6}?(?:"
    + "|".join(sorted(map(re.escape, SITE_NAME_ENDINGS), key=len, reverse=True)) + r")(?:"
    + "|".join(sorted(map(re.escape, SITE_SELF_CLAIMS), key=len, reverse=True)) + r")")
# (the lead of a numbered item, stripped first: 2. 第一条 Q1： ⑴ ❶ No.1)
_LEAD = re.compile(r"^\s*(?:[①-⑳⑴-⒇❶-❿➀-➓•·\-*#]|第[一二三四五六七八九十\d]{1,3}[条点]|[A-Za-z]{0,3}\.?\d{0,2}|[一二三四五六七八九十]{1,3})?\s*[、.．:：)）\]】〕〉>]?\s*")
SHOP_COUNTER_WORDS = ["客服", "站长", "管理员", "售后", "店主", "卖家"]
_SHOP = re.compile("|".join(SHOP_COUNTER_WORDS))


def names_itself(s: str) -> bool:
    """The site named by a short name of a site's shape, saying what a site says of itself."""
    t = fold(s.strip())
    return bool(_SITE_BY_NAME.search(_LEAD.sub("", t, count=1)) or _SITE_BY_NAME.search(t))


def shop_counter(s: str) -> bool:
    """A word of a shop's counter: 客服, 站长, 管理员, 售后."""
    return bool(_SHOP.search(fold(s)))


# a notice speaks to its reader or as the site and its users; a text's report does neither
_ADDRESSED = re.compile(r"您|你|请|勿|须|本站|本平台|本网|我们|用户|会员|上传|下载|网友|读者")
_PAST = re.compile(r"[\u4e00-\u9fff]了")


def narrates(s: str) -> bool:
    """A past event told with 了 (引发了广泛的讨论) that speaks to no reader and not as the
    site: a text's own sentence, never an item of a site's notice."""
    t = fold(s)
    return bool(_PAST.search(t)) and not _ADDRESSED.search(t) and not _SITE_BY_NAME.search(t)


# (lead, stop 45) what a text asks its reader to hand in, and where, when and how; a
# vocabulary of the requirements' words, kept as data
HAND_IN_WORDS = [
    # to a place or an office
    "上传至", "上传到", "提交至", "提交到", "报送", "上报", "报至", "交至", "发送至", "发送到", "递交", "寄送至", "寄至",
    # as a form, filled in and stamped
    "如实填写", "填写完整", "填写后", "填好后", "加盖公章", "盖章后",
    # in a format
    "扫描成", "以附件形式", "格式为", "大小不超过", "文件命名",
    # by a date
    "逾期不予", "逾期不再", "截止日期", "截止时间",
]
# a form by its noun (报名表, 申请表, 表格, 承诺书): not 表 alone, as in 下载即表示
_FORM = r"(?:[名请记审荐总计息况核批]表(?![示达明现])|表格|申报书|承诺书|推荐书|模板|样表)"
_HAND_IN = re.compile("|".join(map(re.escape, HAND_IN_WORDS))
                      + r"|于\d{1,2}月\d{1,2}日(?:前|之前)|下载[^，。；,;]{0,6}?" + _FORM
                      # a form to fetch somewhere: 评审表可在培训系统下载, 申请表从官网下载
                      + r"|" + _FORM + r"可?(?:在|从|到|登录)[^，。；,;]{1,16}下载")


def hands_in(s: str) -> bool:
    """``s`` tells its reader to hand something in: to a place, by a date, as a form, in a
    format (a text's own requirement, never a site's notice on its copies)."""
    return bool(_HAND_IN.search(fold(s)))
