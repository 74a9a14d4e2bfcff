"""Vocabulary of the furniture a text extractor leaves inline in web text, as data.

Reprint notices, form fields and buttons, counters, tag labels and pager links of
extracted web text (CommonCrawl style), read by C304–C307 (:mod:`.inline`) and the
counter grammar (:mod:`._docsite_record`). Split from :mod:`.vocab`, which re-exports
every name, so either import works; the same conventions hold (simplified spellings,
their traditional pairs in ``vocab_pairs._PAIRS``).
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- notices and furniture of extracted web text
# A reprint or rights notice mixes families: reprinting, rights, the notice's own words,
# and a stance disclaimer. Two of them, in a line that opens as a notice does, make one.
REPRINT_CUE_WORDS = {
    "reprint": ["转载", "转自", "摘编", "转发", "复制", "镜像", "摘自", "来源于网络", "来自网络", "网络整理", "转用", "引用",
                "网友自发贡献", "网友投稿", "网友上传", "用户投稿"],
    "rights": ["版权", "原创", "授权", "侵权", "原作者", "著作权", "知识产权", "许可", "独家"],
    "notice": ["请注明", "请保留", "注明出处", "保留出处", "谢绝", "不得", "禁止", "严禁", "联系删除", "请联系", "予以删除",
               "及时删除", "出处", "来源", "与本站联系", "与我们联系", "与本网联系"],
    "stance": ["仅代表", "不代表", "观点", "立场", "仅供参考", "仅供学习", "仅供交流", "不拥有", "无关"],
}
# How a notice opens: a notice label or a bracket (声明：, 【版权提示】, （本文转自…）), after
# which two families make a notice; or the page speaking of itself (本文…, 以上内容…,
# 未经…), after which one of the families must be the notice's asks or its stance.
# (a site's own label, 中证网声明：, 南方网版权相关声明：: a site name ending in 网, 站, 报, 社, 台)
SITE_NOTICE_LABEL = r"[\u4e00-\u9fffA-Za-z]{1,8}(?:网|站|报|社|台)(?:版权|免责|郑重|特别)?(?:相关)?(?:声明|提示|须知)\s*[:：]"
REPRINT_LABEL_OPENING_RE = re.compile(
    r"^\s*(?:[【\[（(]|(?:版权|免责|特别|郑重|转载|原创|重要)?(?:声明|提示|说明|须知)\s*[:：]|注\s*[:：]|" + SITE_NOTICE_LABEL + ")")
# The labels a site's whole rights paragraph stands under (版权声明：, 免责声明：, 中证网声明：):
# a bracket or 注： opens article text about rights too, so they do not count here.
LONG_NOTICE_LABEL_RE = re.compile(
    r"^[\s【\[]*(?:(?:版权|免责|特别|郑重|转载)?(?:声明|须知)\s*[】\]]?\s*[:：]|" + SITE_NOTICE_LABEL + ")")
REPRINT_OPENING_RE = re.compile(
    r"^[\s【\[（(]*(?:(?:版权|免责|特别|郑重|转载|原创|重要)?(?:声明|提示|说明|须知)|注|来源|" + SITE_NOTICE_LABEL + "|"
    r"本文|本站|本网|本稿|文章|原创文章|文中|以上内容|上述内容|图文|稿件|作者|部分图片|图片|配图|凡(?:本网|本站)?注明|未经|转载|如需转载|欢迎转载|欢迎分享|欢迎转发|谢绝转载|严禁转载|禁止转载|版权所有|[\u4e00-\u9fffA-Za-z]{1,8}网转载(?:此文|本文))")
# A line that says only that the text or its pictures come from the web (图片来源于网络,
# 部分内容源自互联网): a reprint credit without a source to name, the site's and not the article's.
CONTENT_FROM_THE_WEB_RE = re.compile(
    r"^[\s【\[（(]*(?:注\s*[:：]\s*)?(?:本文|文章|文中|图片|部分图片|配图|图文|信息|内容|部分内容|素材|资料|视频|文字|文图)?"
    r"\s*(?:均|皆|部分|大多|多)?(?:来自|来源于|来源|源于|源自|转自|取自|摘自|整理自|选自)\s*[:：]?\s*(?:网络|互联网|网上|网友)"
    r"\s*[。.！!]?[\s】\]）)]*$")
# Form fields a page prints with an empty box after them, and the buttons under them.
FORM_FIELDS = ["姓名", "名字", "昵称", "称呼", "所在城市", "用户名", "密码", "验证码", "邮箱", "电子邮箱", "邮件", "E-mail", "Email", "email",
               "电话", "手机", "手机号", "手机号码", "联系电话", "联系方式", "联系人", "地址", "通讯地址", "单位", "工作单位",
               "公司", "公司名称", "标题", "主题", "内容", "留言", "留言内容", "评论内容", "QQ", "微信", "备注", "职务", "性别",
               "年龄", "网址", "所在地区", "城市", "邮编", "传真", "类型", "类别", "部门", "职业", "学历", "账号", "帐号", "证件号码"]
FORM_FIELD_PREFIXES = ["您的", "你的", "请输入", "请填写", "请选择", "请上传",
                       "联系"]  # (issue 16, h20: 联系QQ, 联系微信)
FORM_BUTTONS = ["提交", "重置", "发送", "确定", "取消", "发表", "发表评论", "提交留言", "提交评论", "提交申请", "立即提交",
                "清除", "重填", "重新填写", "确认提交", "立即留言", "我要留言", "在线留言", "保存", "发布",
                "Submit", "SUBMIT", "submit", "Reset", "RESET", "Send", "Cancel", "提 交", "重 置", "提　交", "重　置"]
# Tag lines: the label, then a few short words. A label is a tag noun, or one after a
# qualifier that says whose or which tags (本文标签, 相关话题, 热门关键词, 新闻标签).
TAG_LABEL_NOUNS = ["标签", "关键词", "关键字", "主题词", "热词", "热搜词", "搜索词", "检索词", "索引词", "话题", "标签云",
                   "Tags", "Tag", "TAG", "TAGS", "Keywords", "KeyWords", "keywords", "Keyword", "Key words"]
TAG_LABEL_QUALIFIERS = ["本文", "文章", "本页", "本篇", "本帖", "本条", "相关", "热门", "热点", "文档", "新闻", "资讯", "内容",
                        "推荐", "全部", "更多", "本站", "网站", "常用", "延伸", "精选", "关联", "最新", "阅读", "文章的",
                        "本文的", "相关的", "延伸阅读", "相关阅读"]
TAG_LABELS = ([q + n for q in ("", *TAG_LABEL_QUALIFIERS) for n in TAG_LABEL_NOUNS]
              # bilingual labels: TAG标签, 标签Tags, Keywords关键词
              + [a + b for latin in ("Tag", "Tags", "TAG", "TAGS", "Keywords") for han in ("标签", "关键词")
                 for a, b in ((latin, han), (han, latin))])

# ---------------------------------------------------------------- issue 16, h20: web counters
# What a counter counts, by family, as news, forum, video and shopping pages print it: the
# readers' visits (阅读, 浏览, 点击, 访问, 播放, 观看, 在看), their votes (赞, 顶, 踩, 支持,
# 反对, 推荐, 有用), what they write and pass on (评论, 回复, 跟帖, 留言, 转发, 分享, 收藏),
# and the site's sum of them (人气, 热度). A verb may take 一下 (顶一下) or 过 (阅读过); a
# noun 数, 量, 次数, 值 (人气值, 点赞数). _docsite_record's counter grammar reads them.
COUNTER_WORDS = {
    "visit": ["阅读", "浏览", "点击", "访问", "播放", "观看", "在看", "看过", "读过", "已读", "围观", "曝光", "展现", "查看",
              "阅", "访客", "收听", "收看"],
    "vote": ["点赞", "赞", "顶", "踩", "支持", "反对", "推荐", "喜欢", "有用", "没用", "无用", "有帮助", "没帮助", "好评",
             "差评", "中评", "评分", "打分", "评价", "鲜花", "鸡蛋", "献花", "感动", "同情", "愤怒", "搞笑", "难过", "新奇",
             "投票", "票", "点评"],
    "write": ["评论", "回复", "跟帖", "留言", "回帖", "评", "弹幕", "讨论", "参与", "参与讨论", "参与评论", "参与互动", "热评"],
    "pass": ["转发", "分享", "收藏", "转载", "下载", "订阅", "关注", "粉丝", "转", "藏"],
    # a shop's: how many sold (已售, 月销, 销量, 付款)
    "sale": ["已售", "月销", "销量", "售出", "已拼", "付款", "成交", "已兑换"],
    # a forum's floor of a thread (楼层：12)
    "floor": ["楼层", "楼"],
    "sum": ["人气", "热度", "热议"],
}
# what a counted verb may take after it (顶一下, 阅读过) and a counted noun (人气值, 点赞数)
COUNTER_WORD_SUFFIXES = ["一下", "过", "数", "量", "次数", "数量", "值", "人数", "人次", "率"]
# what may stand before it: who counted or how (本文已被, 累计, 总)
COUNTER_WORD_PREFIXES = ["本文已被", "本文被", "该文已被", "已被", "被", "已", "共", "累计", "总", "全部", "网友", "已有"]

# ---------------------------------------------------------------- issue 16, h20: web forms
# A web form's parts by family, beyond FORM_FIELDS and FORM_BUTTONS: the fields a login,
# registration, search, subscription or complaint box adds; what a message box asks for
# (its family word, then what of it: 投诉对象, 反映问题, 举报内容); the comment box's own
# prompt (写下你的评论…); its character limit (限500字以内, 还可以输入140字); its options
# (□ 匿名发表, 记住我, 忘记密码？); the captcha's links; and the buttons' verbs and objects.
FORM_EXTRA_FIELDS = ["意见建议", "建议意见", "区县", "区域", "街道", "所在区域", "所属区域", "所在街道", "所属街道", "所在社区", "所属社区", "所在区县", "所属区县", "所在乡镇",
                     "E-mail地址", "Email地址", "邮箱地址", "电子邮件", "电子邮件地址", "网名", "笔名", "真实姓名", "登录名", "登录账号", "用户账号", "确认密码", "重复密码", "新密码", "原密码", "身份证号",
                     "身份证号码", "证件类型", "邮政编码", "固定电话", "办公电话", "移动电话", "电子信箱", "信箱", "关键词",
                     "关键字", "搜索关键词", "检索词", "订阅邮箱", "出生日期", "民族", "政治面貌", "附件", "上传附件", "图片",
                     "验证问题", "校验码", "动态码", "短信码"]
# the words of a message box: a field is one of them, maybe with what of it
FORM_MESSAGE_WORDS = ["留言", "评论", "咨询", "反馈", "投诉", "举报", "诉求", "反映", "提问", "回复", "信访", "建言", "来信",
                      "信件", "写信", "回帖", "发帖", "帖子", "评价", "晒单", "晒图", "发生", "问题"]
# what may stand before a message word: whose or what of (我的评价, 商品评价, 本次咨询)
FORM_MESSAGE_OWNERS = ["我的", "您的", "你的", "商品", "订单", "服务", "本次"]
FORM_MESSAGE_PARTS = ["主题", "内容", "标题", "对象", "类型", "类别", "问题", "描述", "事项", "事由", "人", "正文", "详情",
                      "部门", "地点", "时间"]
# a comment box's prompt, as it shows in the empty box
FORM_BOX_PROMPT_RE = (r"(?:(?:请先|需要|须|请)?登录(?:后)?(?:才能|方可|可以|再)?(?:发表)?(?:评论|留言|发言|回复|参与讨论|提问|投稿)"
                      r"|(?:评论|留言|回复)(?:需|须|将在)?(?:审核|审核通过)后(?:才能|方可)?(?:显示|发布|公开)|(?:来|快来)?说点什么吧?|(?:我也|我来|来)?说两句吧?|写(?:下|点)?(?:你|您)?的?(?:评论|看法|想法|留言|感想)吧?"
                      r"|(?:发表|说说|谈谈|写写|聊聊|分享)(?:一下)?(?:你|您)的?(?:评论|看法|观点|意见|感想|想法)吧?|(?:快来|来)?(?:抢沙发|发表评论吧)|写评论|写留言|评论一下"
                      r"|(?:请)?(?:文明|理性)(?:上网|发言|评论|留言)(?:\s*[，,、]?\s*(?:文明|理性)(?:上网|发言|评论|留言))?)[…\.。!！~～]*")
# how many characters the box takes: 限500字以内, 字数限制：200字, 还可以输入140字, 已输入0/500字
FORM_LIMIT_RE = (r"[(（]?\s*(?:(?:限|最多(?:可)?(?:输入|填写)?|不超过|不多于|请控制在|(?:评论|留言|回复|内容)?字数(?:限制)?(?:在|为)?\s*[:：]?)\s*\d+\s*个?(?:汉)?字(?:符)?(?:以内|以下|内)?"
                 r"|0\s*[/／]\s*\d{2,4}"
                 r"|(?:您|你)?还(?:可以|能|可)(?:输入|写)\s*\d+\s*个?字(?:符)?|已(?:输入|写)\s*\d+\s*[/／]\s*\d+\s*个?字?(?:符)?"
                 r"|\d+\s*[/／]\s*\d+\s*字)\s*[)）]?")
# a box's options: a ticked or empty box, anonymity, staying logged in, a forgotten password
FORM_OPTION_RE = (r"[□☐☑]\s*(?:同意|我已阅读|我已同意|已阅读|阅读并同意|公开|不公开|保密|接收|订阅)[^\s□☐☑]{0,12}"
                  r"|(?:[□☐☑]\s*)?(?:(?:匿名|实名)(?:发表|评论|留言|提交|发布|回复|反映|举报)?|记住(?:我|密码|账号|帐号|用户名|登录状态)"
                  r"|(?:下次|两周内|一周内|\d+天内)?自动登录|忘记(?:密码|账号|帐号|用户名)[？?]?)"
                  r"|(?:是否|要否)(?:同意)?(?:公开|匿名|回复|同意|保密)\s*[:：]?"
                  # the box's upload control: 上传图片, 添加附件, 附件上传：
                  r"|(?:点击|请)?(?:上传|添加|选择)(?:图片|附件|文件|照片|截图)|点击上传|(?:图片|附件|文件|照片)(?:上传|添加)\s*[:：]?")
# the captcha's links and buttons: 获取验证码, 看不清？换一张, 点击刷新
FORM_CAPTCHA_RE = (r"(?:输入|请输入)(?:右侧|下方|图中|图片中|上图)?的?(?:验证码|校验码|字符|数字|图中字符)|(?:(?:点击|免费|重新)?(?:获取|发送)(?:短信|手机|邮箱)?(?:验证码|校验码|动态码))"
                   r"|看不清(?:楚)?[？?，,]?\s*(?:换一张|换一个|点击刷新|刷新)|换一张|换一个|点击(?:刷新|更换|获取)|刷新验证码|刷新")
# a button: an optional adverb, a verb of the form's kind, an optional object
FORM_BUTTON_ADVERBS = ["立即", "马上", "我要", "在线", "确认", "一键", "免费", "快速", "点击", "现在", "确定", "重新", "我来"]
FORM_BUTTON_VERBS = ["提交", "发送", "发表", "发布", "递交", "上传", "登录", "登陆", "注册", "搜索", "查询", "检索", "订阅",
                     "报名", "咨询", "留言", "提问", "投诉", "评论", "申请", "反馈", "预约", "举报", "回复", "确定", "确认",
                     "取消", "重置", "重填", "清空", "清除", "返回", "退出", "保存", "登记", "回帖", "发帖", "写信", "搜一下",
                     "搜", "评价", "打分", "预览", "输入", "填写", "反映", "投稿"]
FORM_BUTTON_OBJECTS = ["意见", "留言", "评论", "咨询", "申请", "反馈", "信息", "问题", "表单", "内容", "验证码", "投诉",
                       "建议", "诉求", "回复", "资料", "账号", "帐号", "帖子", "信件", "本栏目", "栏目", "评价", "附件", "图片", "草稿", "并继续"]
FORM_LATIN_BUTTONS = ["OK", "Submit", "Reset", "Login", "Logon", "Signin", "Signup", "Register", "Search", "Send", "Cancel",
                      "Subscribe", "Go", "Post", "Clear", "Confirm", "Save"]

# ---------------------------------------------------------------- issue 16, h24: web forms by shape
# What an empty box shows once its markup is gone, by the kind of control: a select box
# (--请选择--, ==请选择==, 请选择 ▼, 请选择省 请选择市), radio options (○男 ○女, ◎是 ◎否), the
# browser's file box (选择文件 未选择任何文件, 浏览...), a placeholder in any wording (请在此输入
# 留言内容, 输入您想说的话, 请输入6-20位密码), and the form's note on its required fields
# (带*号为必填项, （*为必填项）).
FORM_SELECT_RE = r"(?:[-=—－─]{1,4}\s*请选择[\u4e00-\u9fff]{0,6}\s*[-=—－─]{1,4}|请选择[\u4e00-\u9fff]{0,6}\s*[▼▾∨])"
FORM_RADIO_RE = r"(?:[○◎◯⚪◉●]\s*[^\s○◎◯⚪◉●：:，。]{1,6}\s*){2,}"
FORM_FILE_BOX_RE = r"(?:选择文件|浏览(?:\.{3}|…))?\s*(?:未选择任何文件|未选择文件|没有选择文件)|(?:选择文件|浏览(?:\.{3}|…))(?=\s|$)"
FORM_PLACEHOLDER_RE = (r"(?:请在此处?|请在这里|在此处?|请)?(?:输入|填写)(?:您|你)?[^\s：:，。！？!?]{1,14}?[…\.。~～]*"
                       r"(?=\s|$)")
FORM_REQUIRED_NOTE_RE = (r"[(（]?\s*(?:注\s*[:：]\s*)?(?:带|标有|标|有)?\s*[*＊]\s*号?\s*(?:的|者)?(?:项目|内容)?\s*(?:为|是)\s*"
                         r"必填(?:项|内容|字段|信息|项目)?\s*[)）]?")
# A field by its shape alone: a short Han label and its colon, nothing after it (所在行业：,
# 文化程度：). Weak: it counts only in a run that has a field of the lists or a button.
FORM_WEAK_FIELD_RE = r"[\u4e00-\u9fff]{2,6}\s*[:：]"  # (then nothing, or what an empty box shows)
# What a report's section heading ends in (主要做法：, 存在问题：, 下一步打算：): such a label by
# shape opening a run of fields right under the body is the body's last heading, not a box.
REPORT_HEADING_WORDS = ["做法", "措施", "举措", "经验", "成效", "成绩", "成果", "体会", "收获", "启示", "问题", "不足",
                        "目标", "任务", "要求", "思路", "原则", "意义", "背景", "情况", "亮点", "特色", "打算", "安排",
                        "步骤", "方法", "办法", "对策"]
# buttons of other forms' steps: a survey's, a wizard's, a booking's
FORM_BUTTON_VERBS_H24 = ["投票", "交卷", "预约", "完成", "修改", "查看", "编辑", "删除", "同意", "购买", "结算", "支付"]
FORM_BUTTON_OBJECTS_H24 = ["答卷", "结果", "订单", "预约", "报名", "并继续", "并提交", "信息"]
FORM_STEP_BUTTONS = ["下一步", "上一步", "返回上一步", "完成"]

# ---------------------------------------------------------------- issue 16, h20: tag lines
# Tag nouns beyond TAG_LABEL_NOUNS that head a label only after a qualifier (相关搜索,
# 热门词条, 大家都在搜): a bare 搜索： is a search box's label.
TAG_LABEL_HEADED_NOUNS = ["词条", "热搜", "搜索", "都在搜", "搜索词", "标签词", "关注点", "专题"]

# ---------------------------------------------------------------- issue 16, h20: pager links
# A previous/next link by shape: which way, then what the site pages through, maybe with
# what it holds (上一篇文章, 前一条, 下一则新闻, 后一页), beyond PREV_NEXT_WORDS.
PREV_NEXT_WAYS = ["上", "下", "前", "后"]
PREV_NEXT_UNITS = ["篇", "条", "页", "则", "章", "节", "帖", "张", "组", "期", "个"]
PREV_NEXT_HELD = ["文章", "新闻", "信息", "稿件", "内容", "资讯", "图集", "主题"]
PREV_NEXT_LINK_RE = (rf"(?:{'|'.join(PREV_NEXT_WAYS)})一?(?:{'|'.join(PREV_NEXT_UNITS)})"
                     rf"(?:{'|'.join(PREV_NEXT_HELD)})?\s*[:：]?")

# ---------------------------------------------------------------- issue 16, h24: page controls
# Page controls beyond vocab._CONTROL_ITEMS, by family (each an item of a line made only of
# controls): a voice reader (语音播报, 朗读本文, 听全文), an error report (文章报错), a colour
# or eye-care switch with its choices (背景色：【默认】【绿色】), newer platforms and English
# share labels (小红书, B站, Share: Facebook), and the WeChat scan prompt with its verb
# (用微信“扫一扫”，将文章分享到朋友圈).
CONTROL_ITEMS_H24 = [
    r"(?:🔊\s*)?(?:(?:点击|一键)?(?:语音)?(?:朗读|播报|收听)(?:本文|全文|文章|此文|新闻)?|听(?:本文|全文|新闻))",
    r"(?:我要|文章|页面|点击)?报错",
    r"(?:背景色|背景颜色|颜色|视力保护色|护眼色)\s*[:：]?\s*(?:[\[【(（]?\s*(?:默认|绿色|护眼|黄色|蓝色|白色|夜间|[黑白灰绿])\s*[\]】)）|｜]?\s*)*",
    r"(?:小红书|B站|哔哩哔哩|知乎|视频号|百家号|Facebook|Twitter|LinkedIn|WhatsApp|Telegram|Weibo|WeChat)",
    r"Share\s*(?:on|to)?\s*[:：]?",
    r"(?:打开|用|使用)微信\s*[“\"「]?\s*扫一扫\s*[”\"」]?\s*[，,]?\s*(?:即可)?(?:将|把)?(?:本?文章|本文|本页|网页)?"
    r"(?:分享|转发)(?:到|至|给)?(?:朋友圈|好友|朋友)?",
]
