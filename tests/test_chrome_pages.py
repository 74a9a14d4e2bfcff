"""Whole fake pages in the styles of different sites, cleaned by the chrome rules together.

Each page lists its body lines and its chrome lines: every body line must come out
intact, in order, and no chrome line may survive.
"""
from __future__ import annotations

import pytest

from zhclean import Document, Pipeline

COUNTY_UNION = dict(
    chrome=[
        "嵊州市", "产业工会", "县(市、区)", "当前位置: 首页> 工会动态> 基层风采",
        "发布日期:2021-04-28 09:30:15    来源:嵊州市总工会", "阅读量:",
        "编辑:嵊州采编02   责任编辑:嵊州采编01", "嵊州市总工会官方二维码", "版权所有:嵊州市总工会",
        "工会地址:嵊州市领带园一路401号 联系电话:0575-83112057", "浙ICP备14041666号",
    ],
    body=[
        "市总工会举办2021年职工劳动技能竞赛",
        "4月27日，由市总工会主办的2021年职工劳动技能竞赛在市职业教育中心开幕，来自全市42家企业的300余名职工参加比赛。",
        "本次竞赛设电工、焊工、数控车工等8个工种，竞赛成绩优异的职工将按规定授予“嵊州市技术能手”称号。",
        "市总工会有关负责人表示，要以竞赛为契机，在全市广泛开展岗位练兵活动，为高质量发展提供人才支撑。",
    ],
    layout="{c0}\n\n{c1}\n\n{c2}\n\n{c3}\n\n{b0}\n\n{c4}\n\n{c5}\n\n{b1}\n\n{b2}\n\n{b3}\n\n{c6}\n\n{c7}\n\n{c8}\n\n{c9}\n\n{c10}",
    meta={"title": "市总工会举办2021年职工劳动技能竞赛", "published_at": "2021-04-28T09:30:15",
          "source": "嵊州市总工会", "editor": "嵊州采编02", "copyright": "嵊州市总工会",
          "phone": "0575-83112057", "address": "嵊州市领带园一路401号", "icp": "浙ICP备14041666号"},
)

PROVINCIAL_GOVERNMENT = dict(
    chrome=[
        "首页 | 政务公开 | 政务服务 | 互动交流 | 走进浙江", "简体|繁体|无障碍浏览", "当前位置：",
        "首页", ">政务公开", ">政府文件", "发布时间：2020年03月12日 | 信息来源：省政府办公厅 | 浏览次数：2,316",
        "字号：大 中 小", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页",
        "上一篇：浙江省人民政府关于公布第七批省级非物质文化遗产代表性项目名录的通知",
        "主办单位：浙江省人民政府办公厅  承办单位：浙江省大数据发展管理局", "网站标识码：3300000001",
        "建议使用IE8以上浏览器，1024×768以上分辨率浏览本站",
    ],
    body=[
        "浙江省人民政府办公厅关于进一步做好稳就业工作的通知",
        "各市、县（市、区）人民政府，省政府直属各单位：",
        "为贯彻落实党中央、国务院关于做好稳就业工作的决策部署，经省政府同意，现就进一步做好稳就业工作通知如下。",
        "一、支持企业稳定岗位",
        "对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%，所需资金从失业保险基金中列支。",
        "浙江省人民政府办公厅",
        "2020年3月11日",
    ],
    layout="{c0}\n{c1}\n{c2}\n{c3}\n{c4}\n{c5}\n{b0}\n{c6}\n{c7}\n{c8}\n{b1}\n{b2}\n{b3}\n{b4}\n{b5}\n{b6}\n{c9}\n{c10}\n{c11}\n{c12}\n{c13}\n",
    meta={"title": "浙江省人民政府办公厅关于进一步做好稳就业工作的通知", "published_at": "2020-03-12",
          "source": "省政府办公厅", "views": 2316},
)

NEWS_PORTAL = dict(
    chrome=[
        "新闻", "国际", "财经", "体育", "人民网>>国际", "2019年06月15日08:18  来源：人民网-国际频道",
        "分享到：", "(责编：汤诗瑶、丁涛)", "相关新闻", "一家人乘车赴跨国婚礼 丢了嫁妆多亏铁警找回",
        "湖州：山村箍桶匠坚守57年 做了无数嫁妆", "Copyright © 1997-2019 人民网 版权所有",
        "关于人民网 | 报社介绍 | 广告服务 | 网站地图",
    ],
    body=[
        "法国全国大罢工再次严重影响交通",
        "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，反对政府推行的退休制度改革。",
        "据法国媒体报道，巴黎大部分地铁线路停运，多条高铁和城际列车线路取消，巴黎街头出现严重交通拥堵。",
        "法国总工会负责人表示，大罢工将是“无限期”的，直到政府撤回改革方案。",
    ],
    layout="{c0}\n{c1}\n{c2}\n{c3}\n{c4}\n{b0}\n{c5}\n{c6}\n{b1}\n{b2}\n{b3}\n{c7}\n{c8}\n{c9}\n{c10}\n{c11}\n{c12}",
    meta={"title": "法国全国大罢工再次严重影响交通", "published_at": "2019-06-15T08:18:00",
          "source": "人民网-国际频道", "editor": "汤诗瑶、丁涛", "copyright": "人民网"},
)

DOC_SITE_COPY = dict(
    chrome=[
        "机关工会工作总结1",
        "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
        "  2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。",
        "  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。",
        "还剩3页未读，继续阅读", "全文阅读已结束", "下载本文档", "阅读了该文档的用户还阅读了这些文档",
        "工会工作总结范文", "工会干部培训心得体会", "相关文档", "最新文档",
    ],
    body=[
        "机关工会工作总结",
        "今年以来，机关工会在机关党委的正确领导下，紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新的成效。",
        "一、加强职工思想政治教育，组织职工认真学习党的方针政策，增强了广大职工的政治意识和大局意识。",
        "二、积极开展文体活动，先后组织了职工运动会、读书分享会等活动，丰富了职工的业余文化生活。",
    ],
    layout="{c0}\n\n{c1}\n{c2}\n{c3}\n\n{b0}\n\n{b1}\n\n{b2}\n{c4}\n{b3}\n\n{c5}\n{c6}\n{c7}\n{c8}\n{c9}\n{c10}\n{c11}",
    meta={"title": "机关工会工作总结"},
)

GOV_DISCLOSURE = dict(
    chrome=[
        "国务院 | 总理 | 新闻 | 政策 | 互动 | 服务 | 数据", "当前位置：首页 > 政策 > 最新",
        "索引号：000014349/2023-00012", "主题分类：劳动、人事、监察\\职工", "发文机关：国务院办公厅",
        "成文日期：2023年03月10日", "标题：国务院办公厅关于进一步做好稳就业工作的通知", "发文字号：国办发〔2023〕8号",
        "发布日期：2023年03月15日", "【字体：大 中 小】【打印】【关闭】", "扫一扫在手机上查看当前页面",
        "【我要纠错】", "相关稿件", "国务院常务会议部署稳就业工作", "人社部解读稳就业政策",
        "主办单位：国务院办公厅  运行维护单位：中国政府网运行中心", "版权所有：中国政府网  中文域名：中国政府网.政务",
        "网站标识码bm01000001  京ICP备05070218号  京公网安备11010202000001号",
    ],
    body=[
        "国务院办公厅关于进一步做好稳就业工作的通知",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "稳就业是做好“六稳”工作的首要任务，为贯彻落实党中央、国务院决策部署，经国务院同意，现就有关事项通知如下。",
        "对吸纳高校毕业生就业的中小微企业，按规定给予一次性吸纳就业补贴，所需资金从就业补助资金中列支。",
        "附件：稳就业政策清单",
        "国务院办公厅",
        "2023年3月10日",
        "（此件公开发布）",
    ],
    layout="\n".join(["{c%d}" % i for i in range(10)] + ["{b0}", "{c10}"] + ["{b%d}" % i for i in range(1, 8)]
                     + ["{c11}", "{c12}", "{c13}", "{c14}", "{c15}", "{c16}", "{c17}"]) + "\n",
    meta={"title": "国务院办公厅关于进一步做好稳就业工作的通知", "published_at": "2023-03-15",
          "source": "国务院办公厅", "copyright": "中国政府网", "icp": "京ICP备05070218号"},
)

PAGES = {"gov-disclosure": GOV_DISCLOSURE, "county-union": COUNTY_UNION, "provincial-government": PROVINCIAL_GOVERNMENT,
         "news-portal": NEWS_PORTAL, "doc-site-copy": DOC_SITE_COPY}


def _render(page) -> str:
    slots = {f"c{i}": s for i, s in enumerate(page["chrome"])}
    slots.update({f"b{i}": s for i, s in enumerate(page["body"])})
    return page["layout"].format(**slots)


@pytest.fixture(scope="module")
def chrome_pipeline():
    return Pipeline(select=["C"])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_body_intact_and_chrome_gone(chrome_pipeline, name):
    page = PAGES[name]
    text = _render(page)
    assert all(c in text for c in page["chrome"]), "fixture must render every chrome line"
    res = chrome_pipeline.clean(Document(id=name, text=text))
    out_lines = [ln.strip() for ln in res.text.splitlines() if ln.strip()]
    assert out_lines == [b.strip() for b in page["body"]]
    for key, value in page["meta"].items():
        assert res.meta.get(key) == value, f"meta.{key}: {res.meta.get(key)!r}"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_cleaning_twice_changes_nothing(chrome_pipeline, name):
    once = chrome_pipeline.clean(Document(id=name, text=_render(PAGES[name]))).text
    assert chrome_pipeline.clean(Document(id=name, text=once)).text == once


def test_traditional_page_gets_its_title_before_conversion(chrome_pipeline):
    text = "工會如何立足自身在創先爭優活動中的定位開展工作?\n深入開展創先爭優活動，是黨中央賦予我們的重大政治責任，各級工會組織要自覺把工會工作與創先爭優活動結合起來。\n"
    res = chrome_pipeline.clean(Document(id="t", text=text))
    assert res.meta["title"] == "工會如何立足自身在創先爭優活動中的定位開展工作?"
    assert res.text == text


@pytest.mark.parametrize("head,title", [
    # leftover column names before the title are shorter than it
    ("东区办事处\n东区新闻\n顺德区大良街道党工委委员一行到众创金融街开展调研工作\n", "顺德区大良街道党工委委员一行到众创金融街开展调研工作"),
    # a subtitle and a speaker line after a short title are not the title
    ("工会工作要点\n——在全市工会工作会议上的讲话\n市总工会主席 张三\n", "工会工作要点"),
    # a subtitle shorter than the title
    ("不忘初心,牢记使命 进一步提升新时期工会干部的综合素质\n党组书记、常务副主席王均灿讲党课\n", "不忘初心,牢记使命 进一步提升新时期工会干部的综合素质"),
])
def test_title_is_found_among_the_lines_above_the_info_line(chrome_pipeline, head, title):
    body = "今年以来，市总工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新的成效。\n"
    res = chrome_pipeline.clean(Document(id="t", text=head + "来源：市总工会\n" + body))
    assert res.meta["title"] == title
    assert title in res.text.splitlines(), "the title line itself stays in the text"


@pytest.fixture(scope="module")
def to_traditional():
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC("s2t").convert


@pytest.mark.parametrize("name", sorted(PAGES))
def test_traditional_page_before_script_conversion(chrome_pipeline, to_traditional, name):
    """The label folding lets the pack work on a page that is still in traditional script."""
    page = PAGES[name]
    res = chrome_pipeline.clean(Document(id=name, text=to_traditional(_render(page))))
    out_lines = [ln.strip() for ln in res.text.splitlines() if ln.strip()]
    assert out_lines == [to_traditional(b).strip() for b in page["body"]]


def test_label_folding_agrees_with_opencc():
    opencc = pytest.importorskip("opencc")
    from zhclean.rules.chrome.vocab import TRAD_TO_SIMP

    t2s = opencc.OpenCC("t2s").convert
    wrong = {chr(t): chr(s) for t, s in TRAD_TO_SIMP.items() if t2s(chr(t)) != chr(s)}
    assert not wrong


def test_label_folding_covers_the_vocabularies():
    """Every character the chrome patterns use that has a traditional form is folded, so a
    label added to a list works on traditional pages too (友情鏈接 once slipped through)."""
    import re

    opencc = pytest.importorskip("opencc")
    import importlib
    import pkgutil

    from zhclean.rules import chrome
    from zhclean.rules.chrome import vocab
    from zhclean.rules.chrome._memo import LineMemo

    s2t, t2s = opencc.OpenCC("s2t").convert, opencc.OpenCC("t2s").convert
    chars = set()
    def add(value):
        if isinstance(value, LineMemo):
            return  # the lines a memo has seen, not a vocabulary
        if isinstance(value, re.Pattern):
            chars.update(value.pattern)
        elif isinstance(value, dict):  # word families: the keys are labels too
            for key, item in value.items():
                add([key]), add(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                chars.update(item) if isinstance(item, str) else add(item)

    # every module of the pack: a vocabulary split into a new module is covered too
    for info in pkgutil.iter_modules(chrome.__path__):
        mod = importlib.import_module(f"zhclean.rules.chrome.{info.name}")
        for value in vars(mod).values():
            add(value)
    unfolded = sorted(
        s2t(ch) for ch in chars
        if "\u4e00" <= ch <= "\u9fff" and len(s2t(ch)) == 1 and s2t(ch) != ch and t2s(s2t(ch)) == ch
        and ord(s2t(ch)) not in vocab.TRAD_TO_SIMP
    )
    assert not unfolded, "".join(unfolded)


def test_notice_words_are_found_in_either_script():
    """The quick notice test folds the whole line and matches plain words: a notice word in
    traditional script is found, and one that folding would change could never be."""
    from zhclean.rules.chrome._docsite_kinds import _NOTICE_FAMILIES, _has_notice_word
    from zhclean.rules.chrome.vocab import DOCSITE_CUE_WORDS, TRAD_TO_SIMP

    words = [w for fam in _NOTICE_FAMILIES for w in DOCSITE_CUE_WORDS[fam]]
    assert not [w for w in words if w.translate(TRAD_TO_SIMP) != w]
    to_trad = {s: t for t, s in TRAD_TO_SIMP.items()}
    for word in words:
        assert _has_notice_word("本頁" + word.translate(to_trad) + "說明" + "長" * 300), word
    assert not _has_notice_word("市总工会召开全委会议")



def test_notice_block_under_a_heading_without_site_words():
    """Edge lines that use no site word and are no heading open no block, and are passed
    over; a heading that uses none (特别说明) still opens one, on every version of the page,
    when the block marks the page as a copy (it closes the page after the copy's text);
    the same block above a signature is a notice page's own."""
    from zhclean.rules.chrome._page import make_page

    body = ("社区工会工作总结\n"
            "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展，职工满意度明显提升。\n"
            "下一步，社区工会将继续加强职工之家建设，做好困难职工帮扶工作。\n相关推荐\n")
    notice = ("—— 特别说明 ——\n①范文中的图片和表格可能无法完整显示，请以下载后的文件为准。\n"
              "②下载的范文仅限个人使用，不得用于商业用途或二次传播。\n")
    for _version in range(2):  # the second page finds its verdicts remembered
        assert [i for i, _ in make_page(body + notice).notices] == [4, 5, 6]
    # without the items, the heading alone is no notice
    assert make_page(body + notice.split("\n")[0] + "\n").notices == ()
    # signed below, the block is inside the page's own text: no copy's mark
    assert make_page(body + notice + "嵊州市总工会\n2023年8月20日\n").notices == ()


UNTOUCHED = {
    "event notice with organisers and contact lines": (
        "关于举办全市职工羽毛球比赛的通知\n各基层工会：\n"
        "为丰富职工业余文化生活，经研究，决定举办全市职工羽毛球比赛，现将有关事项通知如下。\n"
        "时间：2023年4月15日\n地点：市体育馆\n"
        "本次比赛设一等奖1名、二等奖3名、三等奖5名，获奖职工由市总工会颁发荣誉证书和奖品。\n"
        "主办单位：嵊州市总工会\n承办单位：嵊州市职工服务中心\n协办单位：嵊州市体育局\n"
        "联系人：张明\n联系电话：0575-83112057\n"
    ),
    "review closing with a specification list and a sentence on copyright": (
        "这款手机在续航和影像方面表现出色，适合对拍照有较高要求、又不想频繁充电的用户选择。\n"
        "版权所有，要开创工会工作新局面，必须依靠广大职工群众\n"
        "分辨率：2400×1080\n电池容量：4500mAh\n重量：185克\n"
    ),
    "speech copied from a document site": (
        "在全市工会工作会议上的讲话\n（2019年1月10日）\n张三\n同志们：\n"
        "这次全市工会工作会议的主要任务是，总结去年工作，部署今年任务，动员全市各级工会组织和广大职工奋发有为。\n"
        "一、提高政治站位\n各级工会要始终坚持党的领导，把学习贯彻党的十九大精神作为首要政治任务，抓实抓好。\n"
        "二、服务中心大局\n要围绕市委市政府中心工作，深入开展劳动和技能竞赛，团结动员广大职工建功立业。\n谢谢大家！\n"
    ),
    "notice with attachments, contact and signature": (
        "关于开展2019年度职工疗休养活动的通知\n各基层工会：\n"
        "为进一步落实职工疗休养制度，经研究，决定开展2019年度职工疗休养活动，现将有关事项通知如下。\n"
        "请各单位认真组织报名，于10月31日前将报名表报送市总工会，逾期不再受理。\n"
        "联系人：张明\n联系电话：0575-83112057\n地址：嵊州市领带园一路401号\n"
        "附件：\n1.报名表\n2.回执\n嵊州市总工会\n2019年10月25日\n"
    ),
    "work plan closing with a short unnumbered list": (
        "2020年工作打算\n"
        "新的一年，机关工会将紧紧围绕机关党委中心工作，充分发挥桥梁纽带作用，重点抓好以下几项工作。\n"
        "加强职工思想教育\n深化劳动技能竞赛\n做好困难职工帮扶\n丰富职工文体活动\n推进职工之家建设\n加强工会自身建设\n"
    ),
    "commendation closing with a table of units": (
        "关于表彰2019年度先进基层工会的决定\n"
        "2019年，全市各级工会组织认真履行职责，涌现出一批先进典型，经研究，决定对以下单位予以表彰。\n"
        "单位  人数  金额\n市总工会办公室  12  3000\n甘霖镇总工会  8  2000\n三江街道总工会  10  2500\n"
        "浙江巴贝集团工会  15  3600\n嵊州市领带行业工会  9  2100\n长乐镇总工会  7  1800\n"
    ),
}


@pytest.mark.parametrize("name", sorted(UNTOUCHED))
def test_documents_without_chrome_pass_untouched(chrome_pipeline, name):
    text = UNTOUCHED[name]
    res = chrome_pipeline.clean(Document(id=name, text=text))
    assert res.text == text, [e["removed"] for e in res.edits]
