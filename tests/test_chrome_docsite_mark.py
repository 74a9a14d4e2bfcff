"""C401 takes a notice block only on a page marked as a document site's copy.

A site speaks as itself (本站, 本平台, 客服, 敬请谅解, 最终解释权) on its own notice pages
too: a maintenance notice, a cloud provider's announcement, a union's notice with a
温馨提示 list. Those pages must come out whole; copies of documents that carry the same
kind of block beside the copy's marks (its record, its pager, its title echo, the block
framing the copy) must lose the block.
"""
from __future__ import annotations

from collections import Counter

import pytest

from zhclean import Document, Pipeline
from zhclean.rules.chrome._docsite_mark import page_marked
from zhclean.rules.chrome._page import make_page

SITE_NOTICE_PAGES = {
    "a portal's maintenance notice, its 温馨提示 list speaking as the site": (
        "网站维护通知\n"
        "温馨提示：\n"
        "1、本站将于2023年6月10日22:00至次日6:00进行系统升级维护，届时网站将暂停访问，给您带来的不便敬请谅解。\n"
        "2、维护期间如需办理业务，请拨打客服热线400-800-1234，客服工作时间为9:00-18:00。\n"
        "3、升级完成后，用户上传的资料和账户信息不受影响，请勿重复提交。\n"
        "本次升级将进一步提升网站访问速度和安全防护能力，感谢广大用户一直以来的理解和支持，我们将持续优化服务体验。\n"
        "某某市政务服务网\n2023年6月8日\n"),
    "a cloud provider's price announcement with a 特别说明 block": (
        "关于云存储服务价格调整的公告\n"
        "尊敬的用户：\n"
        "为了给您提供更稳定、更安全的云存储服务，本平台将自2024年1月1日起对对象存储服务的部分计费项进行调整，具体说明如下。\n"
        "【特别说明】\n"
        "（1）已购买资源包的用户在有效期内不受本次调整影响，到期后按新价格续费。\n"
        "（2）如对本次调整有疑问，请联系在线客服或提交工单，我们将在1个工作日内答复。\n"
        "（3）本公告的最终解释权归本平台所有，请以官网公布的价格为准。\n"
        "感谢您一直以来对本平台的信任与支持。\n"
        "某某云计算有限公司\n2023年12月1日\n"),
    "a site's migration notice whose title heads the whole notice": (
        "系统维护公告\n"
        "本网站将于本周六凌晨进行服务器迁移，期间部分功能暂停使用，请各位用户提前做好安排。\n"
        "特别说明：\n"
        "一、迁移期间本站暂停会员注册、资料上传和下载服务，已购买的会员服务时长将自动顺延。\n"
        "二、如遇账户异常，请及时联系客服，客服工作时间为工作日9:00-17:30，我们将尽快为您处理。\n"
        "三、本次维护不影响用户已上传的资料，请勿相信任何索要密码的信息，谨防诈骗。\n"
        "网站运营中心\n"),
    "a union's notice with 温馨提示 inside its body": (
        "关于组织职工参加2023年健康体检的通知\n"
        "各基层工会：\n"
        "为切实维护职工身体健康权益，经研究，市总工会决定组织全市会员职工参加年度健康体检，现将有关事项通知如下。\n"
        "一、体检时间为2023年9月1日至9月30日，各单位按照分配的时段组织职工前往指定医院。\n"
        "二、体检费用由市总工会统一支付，职工个人不需缴纳任何费用。\n"
        "温馨提示\n"
        "1.体检前一天请清淡饮食，体检当天早晨空腹，请勿饮酒。\n"
        "2.请携带本人身份证和工会会员卡，体检报告可在本平台下载，如有疑问请咨询客服。\n"
        "3.体检结果仅供参考，个人隐私信息依法保护，不得泄露。\n"
        "联系人：王芳\n联系电话：0575-83112058\n"
        "嵊州市总工会\n2023年8月20日\n"),
}

_NOTICE = ("温馨提示：\n"
           "1、本站所有资料均由网友整理上传，仅供学习交流参考，如有侵权请联系客服删除。\n"
           "2、付费资料一经购买不支持退款，请在下载前仔细预览，给您带来的不便敬请谅解。\n")
_DOCUMENT = ("社区工会2023年工作总结\n"
             "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展，职工满意度明显提升。\n"
             "下一步，社区工会将继续加强职工之家建设，做好困难职工帮扶工作，不断增强工会组织的凝聚力。\n")

_MAINTENANCE = SITE_NOTICE_PAGES["a portal's maintenance notice, its 温馨提示 list speaking as the site"]
_MAINTENANCE_TAIL_LIST = (
    "网站维护通知\n"
    "本次升级将进一步提升网站访问速度和安全防护能力，感谢广大用户一直以来的理解和支持，我们将持续优化服务体验。\n"
    "升级期间，网站的注册、登录和查询功能将暂停使用，请广大用户提前做好安排，给您带来的不便深表歉意。\n"
    "温馨提示：\n"
    "1、本站将于2023年6月10日22:00至次日6:00进行系统升级维护，届时网站将暂停访问，给您带来的不便敬请谅解。\n"
    "2、维护期间如需办理业务，请拨打客服热线400-800-1234，客服工作时间为9:00-18:00。\n"
    "3、升级完成后，用户上传的资料和账户信息不受影响，请勿重复提交。\n"
    "某某市政务服务网\n2023年6月8日\n")
# (page, the notice lines that must go, the document that must stay whole): the same kind
# of block beside a copy's marks
DOCSITE_COPIES = {
    "the block opens the copy, above its title": (_NOTICE + _DOCUMENT, _NOTICE, _DOCUMENT),
    "the block closes the copy, after its last paragraph": (_DOCUMENT + _NOTICE, _NOTICE, _DOCUMENT),
    "the block after the copy's last paragraph, the viewer's row below it": (
        _DOCUMENT + _NOTICE + "247人已付费下载\n", _NOTICE, _DOCUMENT),
    "the block between the copy's record and its title": (
        "上传时间：2023-06-08 | 文档页数：6页\n" + _NOTICE + _DOCUMENT, _NOTICE, _DOCUMENT),
    "a copy of a maintenance notice, its site's record at the top": (
        "上传人：小雨点   上传时间：2023-06-09\n"
        "【下载须知】\n"
        "1、本站文档均由用户自行上传，仅提供存储空间，不对内容承担责任。\n"
        "2、如文档侵犯了您的合法权益，请联系客服，我们将在核实后予以删除。\n"
        + _MAINTENANCE,
        "【下载须知】\n1、本站文档均由用户自行上传，仅提供存储空间，不对内容承担责任。\n"
        "2、如文档侵犯了您的合法权益，请联系客服，我们将在核实后予以删除。\n",
        _MAINTENANCE),  # the copied notice's own 温馨提示 list is its text
    # the copied notice's list closes its text above its signature, past the last third of
    # a copy whose tail lines a related list fills: the list and the signature stay
    "a copy of a notice whose 温馨提示 list stands above its signature": (
        "上传人：小雨点   上传时间：2023-06-09\n" + _NOTICE + _MAINTENANCE_TAIL_LIST,
        _NOTICE, _MAINTENANCE_TAIL_LIST),
}


@pytest.fixture(scope="module")
def chrome_pipeline():
    return Pipeline(select=["C"])


@pytest.mark.parametrize("name", sorted(SITE_NOTICE_PAGES))
def test_a_site_notice_page_comes_out_whole(chrome_pipeline, name):
    text = SITE_NOTICE_PAGES[name]
    assert make_page(text).notices == ()
    assert chrome_pipeline.clean(Document(id="n", text=text)).text == text


@pytest.mark.parametrize("name", sorted(DOCSITE_COPIES))
def test_the_same_block_on_a_copy_goes(chrome_pipeline, name):
    text, notice, document = DOCSITE_COPIES[name]
    out = chrome_pipeline.clean(Document(id="c", text=text)).text
    # counted, not a set: a copied notice may carry a heading the site's notice also has
    kept, expected = Counter(out.splitlines()), Counter(document.splitlines())
    assert not [ln for ln in notice.splitlines() if kept[ln] > expected[ln]], "a notice line survived"
    assert [ln for ln in expected if kept[ln] < expected[ln]] == []
    assert chrome_pipeline.clean(Document(id="c", text=out)).text == out


def test_the_mark_is_the_copys_not_the_sites_voice():
    """One block, three pages: framing a document it is marked; inside a notice page (a
    title above, a signature below) it is not, until the copy's record stands beside it."""
    inside = "网站维护通知\n" + _NOTICE + "感谢广大用户的理解和支持。\n" + _DOCUMENT.split("\n", 1)[1] + "某某网\n2023年6月8日\n"
    for text, marked in ((_NOTICE + _DOCUMENT, True), (inside, False),
                         ("文档页数：6页\n" + inside, True)):
        pg = make_page(text)
        idx = [i for i, ln in enumerate(pg.lines) if ln.text.strip()]
        block = [i for i, ln in enumerate(pg.lines) if ln.text and ln.text.strip() in _NOTICE.splitlines()]
        assert page_marked(pg.lines, pg.body, idx, block, 25) is marked, text
