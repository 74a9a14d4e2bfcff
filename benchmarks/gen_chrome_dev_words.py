"""Wording of benchmarks/gen_chrome.py that only the dev split (and the probe) sees.

``DEV_ONLY`` widens a list of :mod:`gen_chrome_words` for tuning, by the list's name;
``PROBE_ONLY`` is written after the rules and never tuned on (``--split probe``). The
held-out split never sees either, so its pages stay what they were before they were
written; tests/test_chrome_generated.py checks that no item here equals (folded: width,
script, case) a held-out item of ANY list, nor holds a held-out label or heading.
"""

# ---------------------------------------------------------------- dev-only wording (stop 29)
# Phrasings added to the dev split ONLY (``gen_chrome.split_of`` appends them to a list's
# dev items), so the held-out split's words and pages stay exactly as they were: synonyms,
# other orders, other numbering, frames and punctuation, for tuning by family and shape.
# None of them is a held-out item of any list (tests/test_chrome_generated.py checks).
DEV_ONLY = {
    "DISCLAIMER_HEADINGS": [
        "使用须知", "下载须读", "版权提示", "免责申明", "重要声明", "郑重声明", "购前须知", "退款说明", "会员说明", "使用协议", "下载规则", "交易须知",
        "资料使用说明", "读者须知", "购买指南", "下载指南", "平台规则", "上传规则", "侵权处理说明", "相关说明", "补充说明", "本站提示", "网站公告", "文档使用须知",
        "免责说明", "版权及免责声明", "下载前请注意"],
    "HEADING_FRAMES": [
        "▍{h}", "『{h}』", "《{h}》", "〈{h}〉", "{h}！", "*** {h} ***", "=== {h} ===", "{h} >>", ">> {h}", "{h}(重要)",
        "◇{h}◇", "▼ {h}", "# {h}", "〘{h}〙", "【{h}】(必看)", "{h}（务必阅读）：", "●{h}●"],
    "NUMBERINGS": [
        "{p}", "{r}、", "{r}.", "{d}", "{a}.", "{A}、", "〔{n}〕", "<{n}>", "{n}】", "{z}．", "({n}).", "#{n} ",
        "{n}>", "第{n}条：", "({A})", "◆ ", "▪ ", "√ ", "{n}、、", "{n} 、"],
    "DISCLAIMER_PHRASES": [
        "{s}文件均为网友共享，仅作交流学习之用，切勿商用", "如您认为{d}侵害了您的著作权，请提交权属证明，我们将依法处理", "已购买的{d}可在“我的订单”中重复下载，无需再次付费",
        "由于{d}属于虚拟物品，售出后概不退换", "本页展示内容仅为{d}的部分截图，完整内容以下载文件为准", "转载或引用{d}内容须注明出处，否则追究法律责任",
        "若{d}涉嫌抄袭或侵犯隐私，请拨打投诉电话，工作人员将及时核查", "{s}不保证{d}的准确性和完整性，使用前请自行甄别", "下载券余额不足时，可通过签到或充值获取",
        "积分一经兑换不予退还，请确认后再操作", "手机端下载的{d}可在“已下载”中找到", "为保护知识产权，{d}禁止复制、镜像或批量抓取",
        "上传者对其分享的{d}享有著作权，{s}仅承担信息存储职责", "对于用户上传的{d}，{s}未做人工编辑处理，也不承担相关法律责任", "若需开具发票，请于付款后30日内联系人工客服",
        "会员权益以开通时的页面说明为准，最终解释权归{s}所有", "{s}所载{d}观点仅代表作者本人，与{s}无关", "盗用、抄袭{d}者，{s}保留追究其法律责任的权利",
        "购买成功后，{d}将自动保存至个人中心", "遇到乱码、缺页等情况，可凭订单号申请售后", "使用{d}过程中发现问题，欢迎留言反馈", "{s}{d}只代表上传者的个人观点，不构成任何投资建议",
        "禁止将{d}上传至其他平台牟利，一经发现将封禁账号", "{d}中的水印为{s}所加，下载后不影响正常使用", "本{d}的著作权由上传人享有，如有异议请联系我们",
        "未经{s}书面许可，任何单位和个人不得擅自使用{d}", "文中引用的图片及文字如涉及版权，请告知后删除", "资料下载后如有缺页少图，可向客服申请更换",
        "付款成功但未能下载的，系统将在48小时内自动退回", "{s}对用户分享的{d}不做任何形式的担保"],
    "META_LABELS": [
        ("上载时间", "date"), ("入库时间", "date"), ("资料格式", "format"), ("扩展名", "format"), ("大小", "size"),
        ("页码数", "pages"), ("页面数", "pages"), ("消耗积分", "count"), ("需要金币", "count"), ("下载费用", "price"),
        ("现价", "price"), ("优惠价", "price"), ("点击量", "count"), ("下载人数", "count"), ("收藏数", "count"),
        ("上传会员", "user"), ("所属栏目", "category"), ("文档评分", "stars"), ("资料编号", "code"), ("文档ID", "code"),
        ("发布于", "reldate"), ("更新于", "reldate"), ("下载所需积分", "count")],
    "META_SEPARATORS": [
        " ｜ ", " ∣ ", " ／ ", " ▏", " ◆ ", "   ", " ▪ ", " ◇ ", "  ·  "],
    "META_COLONS": [
        "[]", "〔〕", "〖〗"],
    "META_PAGE_VALUES": [
        "约{p}页", "全{p}页", "{p}pages", "{p} P", "合计{p}页", "{p}页(全)"],
    "FLAGS": [
        "VIP尊享", "会员可下", "免费资料", "官方认证", "认证作者", "限免", "SVIP免费", "超级会员免费", "编辑精选", "精品资料", "今日特价", "独家原创",
        "认证文档", "会员特惠"],
    "PRICE_LINES": [
        "免费获取完整版", "点击下载", "下载本资料", "¥{price} 立即购买", "付费 ¥{price} 下载全文", "用{k}积分下载", "需要{k}金币下载",
        "限时特惠 ¥{price}", "开通VIP 全站免费下载", "下载完整文档", "去下载", "领券下载"],
    "PROGRESS": [
        "已显示全部{n}页", "试看结束", "阅读到此结束，感谢阅读", "文档已显示完毕", "当前阅读进度 {pct}%", "已浏览 {pct}%",
        "剩下{r}页请下载后阅读", "免费预览{p}页，共{n}页", "预览已到底", "还剩{r}页，下载后查看"],
    "PAGERS": [
        "第{a}页，共{b}页", "{a}页/{b}页", "页 {a}/{b}", "({a}/{b})", "〔{a}/{b}〕", "P{a}/{b}",
        "第{a}页 共{b}页 首页 上一页 下一页 尾页", "← 上一页 | 下一页 →", "« {a} »", "<{a}/{b}>", "【{a}/{b}】", "{a}/{b}页 >",
        "‹‹ 上页 下页 ››", "page {a} of {b}", "下一页 >", "上页 {a} 下页", "第{a}页/{b}页"],
    "DOC_TAIL": [
        "下载 · 收藏 · 举报", "点赞 {n} · 收藏 {m}", "{n}人已收藏", "{n}次下载 | {m}次浏览", "本资料由{user}整理上传", "资料上传人：{user}",
        "上传者 {user} 于 {date} 上传", "文档贡献者：{user}", "投诉 | 反馈 | 帮助", "¥{price} 下载本文档", "打赏作者", "关注作者",
        "全部评论({n})", "写评论", "本文档热度 {n}", "阅读 {n} · 下载 {m}", "{b}页 | {n}次浏览 | {m}人下载", "下载(共{b}页)",
        "加入收藏 | 举报文档", "手机扫码阅读", "保存到手机", "发送到邮箱", "上传时间 {date} · 浏览 {n}"],
    "REL_DATES": [
        "{n}年前", "刚刚", "前天 {hh}:{mm}", "{n}秒前"],
    "USERS": [
        "user_{n}", "网友{n}", "会员{n}", "doc{n}", "资料君", "教学达人{n}"],
    "TITLE_GLUES": [
        " [{n}页]", "（{n}P）", "【{n}页】", "（word版）", "（可编辑）", "(完整版)"],
    "RELATED_HEADINGS": [
        "相关下载", "你可能还喜欢", "同类资料推荐", "相似文档推荐", "热门资料", "最新上传", "看了又看", "相关阅读推荐"],
}

# second round (stop 29): more tails, record labels, flags, notices, pagers and progress lines
DEV_ONLY_2 = {
    "DOC_TAIL": [
        "下载 {n} 次", "浏览 {n} 次 · 下载 {m} 次", "{n} 次阅读", "已有{n}人下载", "共{n}人浏览", "热度：{n}℃", "好评 {n} · 差评 {m}",
        "有用({n})  没用({m})", "顶({n})  踩({m})", "喜欢 {n}", "阅读数：{n}  下载数：{m}", "上传：{user}", "{user} 分享于 {date}",
        "{user} 上传于 {date}", "由 {user} 分享", "举报文档 · 版权申诉", "侵权投诉", "版权申诉 | 意见反馈", "在线阅读 | 免费下载",
        "全屏阅读 · 下载 · 打印", "立即下载 ¥{price}", "VIP免费下载 · 普通用户 ¥{price}", "本文{b}页，售价{price}元", "文档{b}页 · 大小{n}KB",
        "加入VIP 享海量文档", "微信扫一扫 手机阅读", "下载APP 阅读更方便", "复制全文", "一键复制", "收藏到我的文库", "添加到收藏夹", "文档关键字：{kw}",
        "所属专题：{kw}", "共享者：{user}", "{m}人评价 · 平均4.{n}分", "分享给好友", "点赞 · 收藏 · 评论",
        "{user}  |  {date}  |  {n}次下载", "下载券 {m} 张 · 共{b}页", "阅读 {n}  ·  收藏 {m}  ·  分享"],
    "META_LABELS": [
        ("共享时间", "date"), ("入库日期", "date"), ("资料页码", "pages"), ("文件体积", "size"), ("所需点数", "count"),
        ("下载点数", "count"), ("兑换券", "count"), ("折扣价", "price"), ("共享者", "user"), ("整理者", "user"),
        ("资料提供者", "user"), ("所属学科", "category"), ("文档星级", "stars"), ("质量评级", "stars"), ("资料ID", "code"),
        ("资源编号", "code"), ("人气值", "count"), ("下载热度", "count"), ("更新日期", "date"), ("文件页码", "pages"),
        ("数据大小", "size")],
    "FLAGS": [
        "会员专属", "VIP特惠", "新用户免费", "原创首发", "可编辑", "完整版", "高清无水印", "官方正版", "编辑推荐", "本周热门", "限时折扣",
        "好评如潮", "会员折扣"],
    "DISCLAIMER_HEADINGS": [
        "网站申明", "下载必看", "购买须读", "资源声明", "会员规则", "免责提示", "版权须知", "使用条款", "服务声明", "用户注意事项", "付费须知", "资料声明",
        "下载要求", "文档声明"],
    "DISCLAIMER_PHRASES": [
        "{s}资源均来自网友投稿，版权争议与{s}无关", "{d}下载后仅供个人研究，不得转售或公开发布", "若{d}侵犯您的知识产权，请附上权属证明发送至客服邮箱",
        "部分{d}页面为图片格式，无法复制文字，敬请留意", "{d}价格由上传者自行设定，{s}仅代收费用", "对于{d}内容的准确性，{s}不作任何承诺",
        "{s}有权对违规{d}进行删除处理，恕不另行通知", "{d}以实际下载内容为准，预览效果仅供参考", "请确认设备已安装阅读软件，否则{d}可能无法打开", "下载一次扣除相应积分，重复下载不再扣费",
        "严禁利用{s}{d}从事任何违法活动，违者后果自负", "如对{d}有疑问，请在工作日联系在线客服", "所有{d}仅代表作者本人观点，{s}不承担连带责任", "已下载的{d}不支持退换，请谨慎购买",
        "{d}中如有侵权内容，权利人可通过页面底部的举报按钮反馈"],
    "PAGERS": [
        "第{a}页 共{b}页", "{a}/{b} >", "< 上一页 {a}/{b} 下一页 >", "1 2 3 … {b} 下一页", "第 {a}/{b} 页",
        "当前页 {a}/{b}", "[上一页] [下一页]", "前一页 | 后一页", "《上一页  下一页》", "第{a}页，总{b}页", "共 {b} 页，第 {a} 页"],
    "PROGRESS": [
        "预览已结束，查看全部内容需要下载", "以上为文档的前{p}页", "已预览{p}页，全文共{n}页", "阅读已达 {pct}%", "剩余内容需下载后阅读", "免费阅读到此结束",
        "—— 试读结束 ——", "本文档仅展示部分内容"],
    "META_SEPARATORS": [
        " ‖ ", " ¦ ", " ┃ ", "、"],
}
for _name, _items in DEV_ONLY_2.items():
    DEV_ONLY.setdefault(_name, []).extend(_items)

# third round (stop 29): tails in other shapes (icons, k-counts, reading time), labels, pagers, notices
DEV_ONLY_3 = {
    "DOC_TAIL": [
        "Download | Share", "♡ 收藏 {n}", "👍 {n}  💬 {m}", "1.{m}k次浏览", "上传者：{user}，共上传{n}篇", "4.{m}分（{n}人评）",
        "该资料已被下载{n}次", "{n}人已付费下载", "下载本文需{m}积分", "本资料售价{price}元，VIP会员免费", "点击下载完整版", "收藏 | 分享 | 打印 | 纠错",
        "字数：{n}", "阅读时长：{m}分钟", "文件大小 {n}KB · 共{b}页", "喜欢就收藏吧", "觉得有用就点个赞", "购买本文", "会员免费看",
        "☆☆☆☆☆ 我来评分", "本文共{n}字，阅读约需{m}分钟", "上传者很懒，什么也没留下", "更多资料请关注{user}", "下载此文档需要{m}下载券",
        "浏览{n}次  |  收藏{m}次", "已有{n}位用户下载", "该文档属于精品资料", "文档贡献：{user}"],
    "META_LABELS": [
        ("资料格式类型", "format"), ("页", "pages"), ("下载所需", "count"), ("字数", "count"), ("资料评分", "stars"),
        ("上传时刻", "date"), ("文件总页数", "pages"), ("资料售价", "price")],
    "PAGERS": [
        "{a}/{b}  ▶", "◁ {a}/{b} ▷", "第{a}页 · 共{b}页", "« 前一页 | 后一页 »", "上翻 {a}/{b} 下翻", "【上一页】【下一页】"],
    "DISCLAIMER_PHRASES": [
        "{d}为作者原创，转载须经作者本人同意", "付费内容一旦解锁即视为消费完成", "{s}不对因使用{d}产生的任何损失负责", "如有侵权，请联系删除",
        "{d}下载链接30天内有效，过期请重新购买"],
}
for _name, _items in DEV_ONLY_3.items():
    DEV_ONLY.setdefault(_name, []).extend(_items)

# fourth round (stop 29): a probe of the shape readers, written before any rule for it: sales,
# service and share rows, other pagers, labels, flags, notices
DEV_ONLY_4 = {
    "DOC_TAIL": [
        "好评 {m}% · {n}人已购", "已售 {n} 份", "销量 {n}", "{n}人付款", "立即抢购 ¥{price}", "加入会员 立省{m}元", "领取优惠券",
        "客服在线 9:00-22:00", "有疑问？联系客服", "纠错反馈", "推荐给朋友", "生成二维码", "在手机上打开", "文档投诉", "下载 ({n})", "全部下载", "批量下载",
        "上传我的文档", "我也要上传", "成为VIP", "VIP ¥{price}/年", "资料来自：{user}", "本页由 {user} 整理", "{n}个赞 · {m}条评论",
        "收藏({m}) · 分享({n})"],
    "PAGERS": [
        "第 {a} 页（共 {b} 页）", "◄ {a}/{b} ►", "Page {a} / {b}", "当前 {a} / {b} 页",
        "[首页] [上一页] [下一页] [尾页]", "上一页 1 … {a} … {b} 下一页", "{a}/{b}（点击翻页）"],
    "META_LABELS": [
        ("资料上传时间", "date"), ("页数共计", "pages"), ("下载价格", "price"), ("浏览人次", "count"), ("所属类别", "category"),
        ("上传作者", "user")],
    "FLAGS": [
        "VIP专属资料", "会员5折", "学霸推荐", "金牌文档", "名师原创"],
    "DISCLAIMER_PHRASES": [
        "{s}{d}仅展示部分页，剩余页请购买后查看", "请勿传播{d}，违者账号将被冻结", "如需帮助可拨打服务热线，我们竭诚为您服务", "{d}经多次校对，但难免存在疏漏",
        "用户应对上传的{d}承担全部责任", "{d}所有权归上传用户所有"],
    "DISCLAIMER_HEADINGS": [
        "购买必读", "用户告知书", "版权归属", "网站免责"],
}
for _name, _items in DEV_ONLY_4.items():
    DEV_ONLY.setdefault(_name, []).extend(_items)

# fifth round (stop 29): page-number lines of paged copies in other decorations, orders and
# spacings (dashes, dots, brackets of every kind, 第N页/共M页 either way round, N/M, Page N of M)
DEV_ONLY_5 = {
    "PAGE_NUMBERS": [
        "— {a} —", "–{a}–", "—— {a} ——", "·{a}·", "· {a} ·", "• {a} •", "・{a}・", "*{a}*", "* {a} *", "…{a}…", "=={a}==",
        "= {a} =", "~ {a} ~", "～ {a} ～", "|{a}|", "－ {a} －", "-[{a}]-", "— [{a}] —", "〔{a}〕", "［{a}］", "《{a}》", "〈{a}〉",
        "<{a}>", "＜{a}＞", "「{a}」", "『{a}』", "〖{a}〗", "｛{a}｝", "( {a} )", "[ {a} ]", "第{a}页", "— 第{a}页 —", "-第{a}页-", "【第{a}页】",
        "〔第{a}页〕", "第{a}页 共{b}页", "第{a}页,共{b}页", "第{a}页；共{b}页", "第 {a} 页 / 共 {b} 页", "共{b}页，第{a}页", "共 {b} 页 第 {a} 页", "共{b}页/第{a}页",
        "第{a}/{b}页", "第 {a}/{b} 页", "{a}页", "{a} 页", "{a}页/共{b}页", "{a}页，共{b}页", "{a} / {b} 页", "{a}／{b}", "{a} ／ {b}", "({a}/{b})",
        "[{a}/{b}]", "【{a}/{b}】", "— {a}/{b} —", "页码：{a}", "页码 {a}", "页码:{a}/{b}", "Page {a} / {b}", "page {a}", "PAGE {a}",
        "PAGE {a} OF {b}", "- Page {a} -", "[Page {a}]", "P{a}", "P. {a}", "p.{a}", "Pg {a}", "{a} of {b}", "— {a} of {b} —",
        "第{a}頁", "第{a}頁 共{b}頁", "共{b}頁 第{a}頁", "{a}頁", " {a} ", "\t{a}",
        "─ {a} ─", "━{a}━", "◆ {a} ◆", "★{a}★", "■ {a} ■", "−{a}−", "〜{a}〜", "⋯{a}⋯", "⟨{a}⟩", "«{a}»", "〘{a}〙",
        "第{a}页 >", "— 第{a}页", "第{a}页 »", "{a}.", "{a}、", "— {a}", "{a} —", "#{a}", "№{a}", "{a})", "第{a}页/{b}",
        "第 {a} 页 - 共 {b} 页", "总{b}页 第{a}页", "第{a}页 总{b}页", "第{a}页（共计{b}页）", "Page: {a}", "Page.{a}", "页次：{a}", "页号 {a}",
        "{a:02d}", "- {a:02d} -", "第{a:03d}页"],
}
for _name, _items in DEV_ONLY_5.items():
    DEV_ONLY.setdefault(_name, []).extend(_items)

# A probe (stop 29), written after the rules and never tuned on: ``gen_chrome.py --split
# probe`` is the dev split with these items too, to measure how the family and shape
# readers carry to wording they were not written against (its misses are not read to
# write rules: a rule written for them would make it one more dev round).
PROBE_ONLY = {
    "DOC_TAIL": [
        "已有{n}人购买此文档", "浏览{n} · 下载{m}", "好评率{m}%（{n}人评价）", "文档上传者：{user}", "举报 · 收藏 · 下载", "¥{price} 购买此文档",
        "联系客服 | 常见问题", "已收藏 {n}", "购买须知 >", "该用户还上传了{n}篇文档", "打赏 {n} 元", "发表评论（{n}）", "{n}人浏览 {m}人收藏",
        "付费 {price} 元下载全文"],
    "META_LABELS": [
        ("上传时间点", "date"), ("资料总页数", "pages"), ("附件格式", "format"), ("存储大小", "size"), ("所需财富值", "count"),
        ("下载所需金币", "count"), ("资料上传人", "user"), ("所属频道", "category")],
    "FLAGS": [
        "VIP资料", "会员专享文档", "人气资料", "优秀范文", "站长推荐"],
    "PAGERS": [
        "({a}) / ({b})", "第{a}屏，共{b}屏", "《 {a}/{b} 》", "上一页 ◇ 下一页", "{a}/{b} 页 ▶"],
    "PROGRESS": [
        "预览到此为止，下载后阅读全文", "剩余未读{r}页", "已阅{pct}%"],
    "DISCLAIMER_PHRASES": [
        "{s}的{d}均由会员上传，版权归原作者", "下载前请确认{d}与您的需求相符，售出不退", "{d}下载后请在24小时内删除，勿作他用", "若对{d}有异议，请通过客服热线与我们联系"],
    "DISCLAIMER_HEADINGS": [
        "资料须知", "购买声明", "站点声明", "下载约定"],
}
