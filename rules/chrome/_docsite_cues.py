"""Data: the cue vocabularies of a document site's record, flags and notice headings, by
family, for the shape readers of :mod:`._docsite_shape`.

Each family is a list of words that name one thing a site prints about a copy, so a label
or a heading never written anywhere in this repository is still read by its family: a
record label by its *head* (Chinese compounds end in what they name: 下载所需积分 is a
count of points, 页面数 a number of pages), a flag by the marketing words it is made of
(会员特惠, 独家原创), a notice heading by its noun (…须知, …说明, …规则) under any frame.
Extend a family here and add a YAML case (tests/cases/C401–C403.yaml).
"""
from __future__ import annotations

# The head of a record label and the kinds of value it takes (a label ends in its head).
RECORD_HEADS = {
    "date": ["时间", "日期", "时刻", "上传于", "发布于", "更新于", "上载于", "收录于", "分享于", "提交于", "更新",
             "Upload", "Uploaded", "Updated", "Date",
             "上架", "创建于", "修改于"],
    "pages": ["页数", "页码数", "页面数", "页码", "总页", "篇幅", "页面", "页",
              # a slide deck counts its slides: 张数：24张, 幻灯片数：18
              "张数", "幻灯片数", "幻灯片",
              # (h21) the English labels of a site's record: Pages: 16, Format: docx, Size: 2MB
              "Pages", "pages", "PAGES", "Page", "page"],
    "format": ["格式", "扩展名", "后缀", "后缀名", "类型", "文件类型", "文档类型", "资料类型", "Format", "format", "Type", "type"],
    "size": ["大小", "体积", "容量", "Size", "size", "File size"],
    "count": ["次数", "人数", "数", "量", "积分", "金币", "下载券", "点数", "券", "下载", "收藏", "浏览", "热度", "人气",
              "点击", "阅读", "评论", "点赞", "人气值", "热度值", "所需",
              # the sites' own currencies: 财富值, 豆元, 学币, 点券, 下载币, 储值
              "财富值", "豆元", "淘豆", "学币", "储值", "点券", "文档币", "下载币",
              # (h21) English counters: Views: 120, Downloads 34, Likes
              "Views", "views", "Downloads", "downloads", "Likes", "likes", "Reads", "reads"],
    # how long the copy takes to read: 阅读时长：8分钟
    "duration": ["时长", "用时", "阅读时间"],
    "price": ["价", "价格", "售价", "费用", "金额", "收费", "需付", "应付",
              # (h21) what a download costs the reader: 下载花费, 下载开销
              "花费", "开销", "支出"],
    "user": ["上传者", "贡献者", "分享者", "提供者", "发布者", "上传人", "分享人", "提供人", "上传用户", "上传会员", "贡献会员",
             "分享用户", "上传方", "共享者", "整理者", "整理人", "共享人", "贡献", "作者", "发布人", "网友",
             "提供方", "用户名", "会员名", "投稿人", "发布用户",
             # (h21) a handle by what the site calls it, or calls its uploaders: 上传者昵称, 分享达人
             "昵称", "达人", "账号",
             # (h23) who sells the copy, on sites that are shops: 上传店铺, 卖家, 店主
             "店铺", "卖家", "店主"],
    "category": ["分类", "类别", "栏目", "类目", "类型", "专题", "学科", "年级", "科目", "专辑", "关键字", "关键词",
                 # a teaching copy's catalogue: 学段, 册别, 教材版本, 适用地区
                 "学段", "册别", "版本", "属地",
                 # (h23) the copy's tags as its record names them: 系统标签, 文档标签
                 "标签"],
    "rating": ["星级", "评分", "指数", "等级", "打分", "评级", "得分", "推荐度", "好评度", "难度", "评星", "点评"],
    "code": ["编号", "编码", "ID", "id", "序号", "文档号", "资料号", "资源号", "标识", "标识码", "识别码"],
}
# Words in a label that only a document site's record uses: with one of them the item is
# the site's (``trade``); without, any page may print it (``plain``: 活动时间, 报名费用).
RECORD_TRADE_WORDS = ["下载", "共享", "整理者", "积分", "金币", "下载券", "券", "上传", "上载", "文档", "资料", "资源", "课件", "范文",
                      "页数", "页码", "页面数", "格式", "扩展名", "文件大小", "收录", "入库", "贡献", "售价", "现价", "原价",
                      "优惠价", "会员", "VIP", "提供者", "分享者", "点数"]

# A flag is an item made only of these words (会员特惠, 独家原创, 官方认证, 限免).
FLAG_WORDS = ["超级会员", "SVIP", "VIP", "vip", "会员", "新人", "新用户", "限时", "限免", "免费", "付费", "精品", "原创",
              "独家", "热门", "热销", "畅销", "高清", "优质", "官方", "认证", "编辑", "今日", "本周", "特价", "特惠",
              "专享", "尊享", "可下", "精选", "推荐", "力荐", "文档", "资料", "资源", "范文", "课件", "作者", "下载",
              "获取", "领取", "折扣", "优惠", "正版", "首发", "爆款", "优选", "好评", "必备", "可编辑", "完整版",
              "如潮", "无水印", "专属", "本月", "新品", "平台", "已认证", "可预览", "新上传", "可下载",
              # what a copy costs and where it is kept: 下载券文档, 积分资料, 文库精选
              "下载券", "积分", "金币", "文库",
              # more of the shop's words: sales, rank, grade, what the copy includes
              "热卖", "人气", "火爆", "最新", "限量", "秒杀", "半价", "全网", "口碑", "五星", "金牌", "银牌", "白金",
              "钻石", "皇冠", "铂金", "黄金", "置顶", "精华", "典藏", "珍藏", "干货", "实用", "高分", "满分", "名校",
              "名师", "权威", "专业", "授权", "正品", "电子版", "打印版", "可打印", "可复制", "含答案", "带答案",
              "附答案", "高清版", "word版", "Word版", "WORD版", "极速", "热搜", "HOT", "NEW", "TOP", "Hot", "New",
              # (h21) who may have it and when it sells: 仅限VIP, 年度热门, 季度精选
              "仅限", "年度", "季度", "月度", "预览",
              # (h21) what the copy needs or holds, and how it trends: 无需积分, 含配套课件, 热度飙升, 全文可读
              "无需", "免券", "免登录", "含配套", "配套", "可读", "全文", "飙升", "上升", "热度", "出品", "专区",
              # (h32) what the shop gives away: 超值福利, 新人福利
              "超值", "福利"]
# A flag sells the copy (and so is the site's wherever it stands) when it holds one of these.
FLAG_TRADE_WORDS = ["VIP", "vip", "会员", "下载", "付费", "免费", "特价", "特惠", "限免", "折扣", "文档", "资料", "范文",
                    "课件", "下载券"]

# A notice heading: any short modifier, then a notice noun, in any frame (下载规则,
# 侵权处理说明, 购买前请阅读); the modifier must hold a word of a site's notice (below) or
# the noun must be one only a notice uses.
NOTICE_NOUNS = ["须知", "须读", "说明", "声明", "申明", "提示", "提醒", "条款", "协议", "规则", "规定", "指南", "指引",
                "事项", "公告", "告知", "必读", "必看", "帮助", "问答", "常见问题", "请注意", "请阅读", "请仔细阅读",
                "注意", "贴士", "小贴士", "守则", "细则", "政策", "约定", "承诺", "告知书", "须知书"]
# Nouns that head a site's notice only after a word of its concerns (下载要求, 上传规范;
# 工作要求 heads a report's section).
NOTICE_NOUNS_AFTER_SITE_WORD = ["要求", "规范", "流程", "方法", "步骤", "免责", "归属",
                                # (h21) 版权信息, 下载信息: information on the site's concerns
                                "信息"]
# The modifier's words that make a heading the site's (下载规则, 版权提示, 会员说明);
# 相关说明 or 补充说明 head a notice only over items that speak as the site does.
NOTICE_MODIFIER_WORDS = ["下载", "购买", "购前", "付费", "支付", "充值", "退款", "售后", "会员", "用户", "读者", "版权",
                         "侵权", "免责", "权利", "隐私", "上传", "文档", "资料", "资源", "本站", "网站", "平台", "站点",
                         "使用", "阅读", "交易", "服务", "重要", "郑重", "温馨", "友情", "特别"]

# The viewer's furniture at a copy's tail, in words no list above holds (觉得有用就点个赞,
# 立即抢购 ¥4.00, 客服在线 9:00-22:00): the words of the trade and of the viewer, by
# family. A short line at the tail of a marked copy that mixes them with a count, a price,
# a time or a handle is the viewer's (C402; the trail names the families).
FURNITURE_WORDS = {
    "trade": ["下载", "购买", "抢购", "付费", "已购", "已售", "销量", "付款", "会员", "VIP", "vip", "积分", "金币", "下载券",
              "优惠", "免费", "特价", "领券", "充值", "售价",
              # (h21) trading points for the copy, and its offers: 16积分 立即兑换, 限时5折, 优惠券 满10减2
              "兑换", "豆元", "财富值", "点券", "限时", "满减"],
    "viewer": ["收藏", "分享", "点赞", "赞", "评论", "评分", "评价", "好评", "举报", "投诉", "纠错", "反馈", "打印", "客服",
               "二维码", "手机", "APP", "App", "上传", "整理", "贡献", "关注", "浏览", "阅读", "字数", "人评", "翻页",
               # (h21) sharing, claiming, the uploader's other copies, counters in English
               "共享", "认领", "更多文档", "更多资料", "Views", "Likes", "Downloads", "Reads", "Comments", "Share"],
}
# The words that are buttons: one of them makes a short line the viewer's alone (上传我的文档).
FURNITURE_ACTIONS = ["下载", "购买", "抢购", "付费", "收藏", "分享", "点赞", "赞", "评论", "评分", "举报", "投诉", "纠错",
                     "反馈", "打印", "上传", "整理", "关注", "充值", "领券", "认领", "兑换", "打开"]
# (h21) this many different trade words in a short line sell the copy by themselves: VIP用户可免费下载本文
MIN_TRADE_WORDS_ALONE = 3

# A related list's heading on a copy, composed from its families: what qualifies the list
# (相关, 热门, 更多, 精彩 …) and what it lists (文档, 范文, 推荐, 下载 …), two or three words
# with one qualifier (更多相关, 精彩推荐, 本周热门文档); or who else read it (大家还在看,
# 网友还下载了, 猜您喜欢) or whose other copies follow (该作者的其他文档, TA的文档(12)).
RELATED_QUALIFIER_WORDS = ["相关", "相似", "同类", "类似", "热门", "推荐", "精选", "精彩", "更多", "最新", "最近", "本类",
                           "热点", "人气", "本周", "本月", "今日", "优质", "编辑", "其他", "其它", "热搜", "随机", "同款",
                           # (h21) the copy's series and set: 同系列文档, 同套资料, 配套课件
                           "同系列", "系列", "同套", "同册", "同分类", "同作者", "同专题",
                           # (h32) the site's own pick and a plain good word: 本站热门, 更多好文档
                           "本站", "好"]
RELATED_LISTED_WORDS = ["文档", "资料", "范文", "文章", "阅读", "推荐", "下载", "内容", "资源", "课件", "搜索", "排行",
                        "专题", "作品", "更新", "上传", "好文", "模板", "榜"]
# who else read the copy, and what they did
RELATED_READERS = ["大家", "网友", "用户", "读者", "其他人", "别人", "同学", "老师", "他们"]
RELATED_READ_VERBS = ["在看", "看了", "下载了", "阅读了", "喜欢", "在下载", "在用", "收藏了", "浏览了", "搜索了", "买了"]
