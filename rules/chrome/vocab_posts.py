"""Vocabulary of a thread's furniture between its posts, as data (read by C309, :mod:`.posts`).

A forum thread, a Q&A page or a comment list prints the same few lines around every
post: who posted and when (``风吹麦浪 发表于 2024-5-6 04:46``, ``一只咸鱼 · 2024-12-11 20:11
提问``), the vote and button row under it (``赞 61 踩``, ``回复 引用 举报``), the poster's
card (``采纳率：75% 擅长：生活``, ``积分 120 帖子 34``) and the headings between the answers
(``最佳答案``, ``其他3条回答``). The words come by family; the shapes are in :mod:`.posts`.
Simplified spellings; their traditional pairs are in ``vocab_pairs._PAIRS``.
"""
from __future__ import annotations

# What a poster does, written next to the post's time: 发表于 2024-5-6, 2024-5-6 提问. Not
# 发布, 更新, 编辑: a site's list of its documents prints them beside each date (通知 2024-5-6 发布);
# a board that does (知乎: 发布于, 编辑于) adds the poster's IP属地, a cue of its own.
POSTING_VERBS = ["发表", "发帖", "回复", "回帖", "回答", "提问", "评论", "留言", "跟帖", "点评"]
# A post's place in the thread: 3楼, 第3楼, #3, 沙发, 楼主, 楼主 (the poster of the thread).
FLOOR_NAMES = ["沙发", "板凳", "地板", "地下室", "楼主", "层主"]
# Where a post came from, as boards print it under the post: 来自Android客户端, IP属地：广东.
POST_ORIGIN_LABELS = ["发自", "来自"]
POST_ORIGIN_DEVICES = ["客户端", "手机版", "网页版", "移动版", "App", "APP", "app", "iPhone", "iPad", "Android", "安卓",
                       "手机", "微博", "小程序"]
# ... or the phone it was written on: 来自华为Mate 60, 发自小米14 Pro.
POST_ORIGIN_BRANDS = ["华为", "荣耀", "小米", "红米", "Redmi", "OPPO", "vivo", "三星", "魅族", "一加", "努比亚", "真我",
                      "realme", "iPhone", "iPad", "Galaxy", "HUAWEI", "Xiaomi", "HONOR", "OnePlus", "苹果"]
# The buttons and counters of a post's row: 赞 61 踩, 回复 引用 举报, 有用(3) 没用(0).
POST_ACTIONS = ["赞", "踩", "赞同", "反对", "有用", "没用", "无用", "点赞", "回复", "举报", "引用", "分享", "收藏",
                "评论", "转发", "喜欢", "删除", "编辑", "只看该作者", "只看楼主", "只看他", "复制链接", "打赏", "感谢",
                "送花", "鲜花", "鸡蛋", "追问", "追答", "采纳", "投诉", "屏蔽", "私信", "关注", "加关注", "发消息",
                "加好友", "顶", "倒序看帖", "电梯直达", "回应", "已赞过", "已踩过", "收起"]
# A poster's card: labelled counts and standing (采纳率：75%, 擅长：生活, 积分 120, 注册时间 2019-3-1).
POSTER_STATS = ["采纳率", "擅长", "擅长领域", "回答数", "回答", "获赞", "获赞数", "被采纳", "粉丝", "关注者", "积分",
                "帖子", "主题", "精华", "威望", "金钱", "贡献", "注册时间", "最后登录", "在线时间", "阅读权限", "UID",
                "等级", "经验", "回帖", "发帖", "发帖数", "级别", "声望", "财富", "帖数", "专栏", "文章", "提问数"]
# Stats that name a card alone, with a value: no line of an article holds 采纳率 75%.
POSTER_CARD_MARKS = ["采纳率", "擅长领域", "被采纳", "阅读权限", "注册时间", "在线时间"]
# The headings between the answers of a Q&A page or above a comment list: 最佳答案,
# 其他3条回答, 全部回复(12). A qualifier or a count makes one; the bare noun does not.
ANSWER_HEADING_QUALIFIERS = ["最佳", "推荐", "满意", "精选", "优质", "热门", "精彩", "其他", "其它", "更多", "全部",
                             "网友", "专业", "最新", "最热", "热心网友", "提问者采纳", "为您推荐的"]
ANSWER_HEADING_NOUNS = ["答案", "回答", "回复", "评论", "答复", "解答", "点评", "跟帖", "回帖"]
# ... and the nouns a comment list heads with a bare count after a space (评论 12, 回复 3):
# a numbered 答案 1 or 回答 2 is an exercise's, not a count.
COUNTED_HEADING_NOUNS = ["评论", "回复", "跟帖", "回帖"]
# The verbs of a link to the rest of the answers (查看全部 27 个回答, 展开其余 3 条回复).
MORE_ANSWERS_VERBS = ["查看", "展开", "显示", "加载", "点击查看", "点击展开"]
# A poster's rank printed alone on a line of its card (Discuz!: 高级会员, 版主).
POSTER_LEVELS = ["注册会员", "中级会员", "高级会员", "金牌会员", "钻石会员", "荣誉会员", "VIP会员", "新手上路", "初级会员",
                 "版主", "超级版主", "实习版主", "管理员", "禁止发言", "论坛元老", "贵宾"]
# The buttons of a post's bar that no reply says alone on its line (Discuz!: 只看该作者).
# (strong: no article prints one alone on its line)
POST_BAR_BUTTONS = ["只看该作者", "只看楼主", "只看他", "倒序看帖", "电梯直达", "复制链接", "收起回复", "展开全部"]
# A poster's card labels printed alone when their values are pictures or links (Discuz!: UID).
POSTER_CARD_LABELS = ["UID", "注册时间", "最后登录", "在线时间", "阅读权限", "采纳率"]
# What a board prints in place of a post it hid (Discuz!: 提示: 作者被禁止或删除 内容自动屏蔽).
HIDDEN_POST_NOTICES = ["作者被禁止或删除", "内容自动屏蔽", "该帖被管理员或版主屏蔽", "该回复已被删除", "此回复已被删除",
                       "该帖已被删除", "此帖已被删除", "该评论已被删除", "该内容已被删除"]
# A signature's label (签名档：一切随缘); not 本人签名 or 签名 alone, which a form prints.
SIGNATURE_LABELS = ["签名档", "个性签名"]
# A board's own heading over its best replies (虎扑: 这些回帖亮了), beside its other headings.
ANSWER_SECTION_HEADINGS = ["这些回帖亮了", "亮了的回帖", "高赞回答", "神回复"]
# The label of an ad a board prints between its floors (【推广】夏季家电节…).
AD_LABELS = ["推广", "广告", "赞助", "商业推广"]
# A Q&A page's prompt under an answer (百度知道: 你对这个回答的评价是？), alone on its line.
ANSWER_FEEDBACK_PROMPTS = ["你对这个回答的评价是", "这个回答对你有帮助吗", "该回答对你有帮助吗", "这条回答有帮助吗"]
