"""Data: the headings of a related list after a page's body (C302): qualifiers, what is
listed, and the whole heading's shapes, composed from their families.

>>> bool(RELATED_HEADING_FAMILY_RE.search("更多相关文档")), bool(RELATED_HEADING_FAMILY_RE.search("看了本文档的人还看了"))
(True, True)
>>> bool(RELATED_HEADING_FAMILY_RE.search("相关部门要加强监管"))
False
"""
from __future__ import annotations

import re

# A related-list heading composed from its families: a qualifier or two and what is
# listed (更多相关文档, 相似范文, 热门下载, 本类热门, 精选资料), or what others did
# (其他人还看了, 网友都在看).
RELATED_QUALIFIERS = ["相关", "相似", "同类", "类似", "热门", "推荐", "精选", "精彩", "更多", "最新", "本类", "热点", "优质",
                      "猜你喜欢的", "你可能喜欢的", "为你推荐的", "其他", "近期", "今日", "本周", "大家喜欢的",
                      "精品", "人气", "热销", "经典", "优秀", "随机", "延伸", "扩展", "拓展", "本站", "站内", "编辑"]
# ---- docsite related lists (h21): the copy's series and set (同系列文档, 同套资料, 同作者文档)
RELATED_QUALIFIERS += ["同系列", "系列", "同套", "同册", "同分类", "同作者", "同专题"]
RELATED_LISTED = ["文档", "资料", "范文", "文章", "阅读", "推荐", "下载", "内容", "资源", "课件", "新闻", "资讯", "热门",
                  "排行", "专题", "帖子", "图文", "作品", "模板", "范例", "好文", "读物", "精选", "精品"]
# ---- docsite related lists (h21): what is listed, more of it (相关试卷, 相关合集)
RELATED_LISTED += ["试卷", "合集"]
# ---- (h28) the copy itself named first (本文相关文档, 本专题更多文档), and the site's shelves (相关文库)
RELATED_QUALIFIERS += ["本文", "本文档", "本专题", "本资料"]
RELATED_LISTED += ["文库"]
RELATED_HEADING_FAMILY_RE = re.compile(
    # (h21: a 的 may join them, 相似的文档, and a shuffle button follow, 相关文档 换一换)
    rf"^(?:(?:{'|'.join(RELATED_QUALIFIERS)}){{1,2}}的?(?:{'|'.join(RELATED_LISTED)}){{1,2}}"
    r"|(?:下载|阅读|浏览|点击|人气|热门)(?:排行榜?|排名|榜))\s*(?:换一换|换一批)?$"
    # (h21) who read or took this copy, and what else they did: 看了本文档的还看了, 下载本文档的人还下载了
    r"|^(?:看了|下载了|阅读了|浏览了|看过|下载过|阅读过|浏览过|下载|阅读|浏览)(?:本|此|该|这篇|这份)?(?:文档|资料|文章|范文)的?"
    r"(?:人|用户|网友|读者|同学)?(?:还|也|都)(?:看了|下载了|阅读了|在看|喜欢|浏览了)(?:这些)?(?:文档|资料)?$"
    r"|^(?:你|您)(?:还|也)(?:可能|或许|也许)(?:想看|喜欢|感兴趣|需要)(?:的)?(?:文档|文章|内容|资料|范文)?$"
    r"|^(?:其他人|别人|大家|网友|用户|读者)(?:还|都|也)(?:看了|在看|下载了|阅读了|喜欢)(?:这些)?(?:文档|文章|内容)?$"
    r"|^(?:猜你|猜您)(?:喜欢|想看|爱看|感兴趣)$"
    # what was added or seen lately: 最新上传, 最近更新, 看了又看, 看过的人还看了
    r"|^(?:最新|最近|近期|今日)(?:上传|更新|发布|收录)(?:的)?(?:文档|资料|范文)?$|^看了(?:又看|还看)$"
    r"|^(?:看过|下载过|浏览过)(?:的人|此文档的人|本文档的人)?(?:还|也)(?:看了|在看|下载了)$"
    r"|^(?:你|您)(?:可能|或许|也许)(?:还|也)?(?:喜欢|感兴趣|想看|需要)(?:的)?(?:文档|文章|内容|资料|范文)?$"
)
