"""L rules on the samples and on structure the YAML cases cannot show in one line."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from zhclean import Document, Pipeline, rebuild_input
from zhclean.rules.layout_rejoin import should_join

# The text-changing families the dev targets depend on, and this flags; typo
# flags (T, Q2) change nothing here and are tested by their own modules.
REPAIR_AND_CHROME = ["N", "C", "L", "Q1"]


def _sample(samples_dir, prefix: str) -> str:
    (path,) = samples_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_every_page_fragment_of_004_is_rejoined(samples_dir):
    text = _sample(samples_dir, "004")
    res = Pipeline(select=REPAIR_AND_CHROME).clean(Document(id="004", text=text))
    out = res.text
    assert not re.search(r"(?m)^\s*\d{1,2}、", out), "a page number is left at a line start"
    assert "\n" not in out  # ten page chunks, one paragraph
    for joined in ("组成局部,必须服从", "自身建设的整体实际", "切身利益的住房、特困补助", "统筹兼顾更显得",
                   "许多新情况", "创立实行“三位一体", "探索实行年度", "要找准在机关", "组成局部,协助"):
        assert joined.replace(",", "，") in out or joined in out, joined
    assert out.endswith("振奋精神的作用。")  # the trailing page number 7 is gone
    assert out.startswith("机关工会科学开展心得体会")
    assert rebuild_input(out, res.edits) == text


def test_broken_lines_of_002_are_rejoined_and_its_paragraphs_kept(samples_dir):
    out = Pipeline(select=["L"]).clean(Document(id="002", text=_sample(samples_dir, "002"))).text
    lines = out.splitlines()
    for joined in ("我对工会工作的认识又有了提高", "总体思路,全面履行", "工会组织的性质决定了"):
        assert any(joined in line for line in lines), joined
    # list paragraphs 一、 二、 … stay paragraphs of their own
    for marker in ("一、提高思想政治素质", "二、提高文化业务素质", "三、做好工会工作", "四、要有求真务实"):
        assert any(line.startswith(marker) for line in lines), marker


def test_headings_of_001_stay_on_their_own_lines(samples_dir):
    out = Pipeline(select=["L"]).clean(Document(id="001", text=_sample(samples_dir, "001"))).text
    lines = out.splitlines()
    for heading in ("第一,要不忘初心,坚守信仰,工会干部要提高政治站位", "第二,要知行合一,深入职工,工会干部要提升工作能力",
                    "不忘初心,牢记使命 进一步提升新时期工会干部的综合素质", "党组书记、常务副主席王均灿讲党课"):
        assert heading in lines, heading


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_layout_rules_are_idempotent_on_the_samples(samples_dir, prefix):
    pipe = Pipeline(select=["L", "N"])
    once = pipe.clean(Document(id=prefix, text=_sample(samples_dir, prefix))).text
    assert pipe.clean(Document(id=prefix, text=once)).text == once


@pytest.mark.parametrize("a,b", [
    ("同志们：", "下面我讲三点意见。"),                       # a colon introduces
    ("尊敬的各位领导，", "各位来宾，"),                      # salutation lines
    ("同志们，", "今天我们召开全市工会工作会议，主要任务是总结去年工作，部署今年任务。"),
    ("一、指导思想", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。"),
    ("全市工会系统深入学习贯彻党的十九大精神，取得明显成效。今年以来新建工会组织", "表一"),
    ("姓名 职务 单位 联系电话 备注 王芳 工会主席 市总工会。", "李强 副主席 市总工会 123 无"),
    ("He said the union would", "protect workers."),
])
def test_structure_is_not_joined(a, b):
    assert not should_join(a, b)


def test_a_real_list_inside_page_chunks_survives_page_number_removal():
    page = "机关工会工作是党的群众工作的重要组成部分,在做好机关群众工作方面具有不可替代的重要作用,要紧紧围绕中心工作大局,推动机关工会工作又好又快地发展,进一步加强和改进党对机关工会工作的"
    text = (f"1、{page}\n2、领导。具体要求如下：\n1、加强组织领导。\n2、落实工作责任。\n{page}\n"
            f"3、领导,促进机关工会工作的开展。{page}\n4、领导。")
    out = Pipeline(select=["L201"]).clean(Document(id="p", text=text)).text
    assert "\n1、加强组织领导。\n2、落实工作责任。\n" in out
    assert "的领导。具体要求如下" in out and "的领导,促进" in out and "的领导。" in out
    assert not re.search(r"(?m)^[34]、", out)


GOLD = Path(__file__).resolve().parents[2] / "shared" / "dev" / "gold"


def _fold(text: str) -> str:
    """What the dev scorer compares: NFKC letters and digits, no punctuation or spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


@pytest.mark.skipif(not GOLD.is_dir(), reason="dev gold set not beside the checkout")
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_dev_page_matches_its_gold_text_paragraph_by_paragraph(samples_dir, prefix):
    from rapidfuzz.distance import LCSseq

    (gold_path,) = GOLD.glob(f"{prefix}_*.txt")
    gold = gold_path.read_text(encoding="utf-8")
    out = Pipeline(select=REPAIR_AND_CHROME).clean(Document(id=prefix, text=_sample(samples_dir, prefix))).text
    out_lines = [_fold(line) for line in out.splitlines()]
    paragraphs = [p for p in (_fold(line) for line in gold.splitlines()) if len(p) >= 8]
    broken = [p[:20] for p in paragraphs if not any(p in line for line in out_lines)]
    assert not broken, f"gold paragraphs not whole on one output line: {broken}"
    common = LCSseq.similarity(_fold(gold), _fold(out))
    assert common / len(_fold(gold)) >= 0.995 and common / len(_fold(out)) >= 0.995


def test_widths_are_measured_as_the_punctuation_repair_leaves_the_marks():
    # L101 runs before N201 widens half-width marks; measured as one column, a second
    # clean would find a width the first did not and join these lines (a fuzz finding)
    from zhclean.rules.layout_rejoin import columns
    assert columns("职工;工会,书屋(一)") == columns("职工；工会，书屋（一）")
    text = ("。浙ICP备14041666号浙ICP备14041666号浙ICP备140416ld&ldq\nuo;工;&浙I6号浙ICP备14041666号浙ICP备14041666号\n"
            "uo;工会工会工会责任编辑：责任编辑14041666ld\no;")
    once = Pipeline().clean(Document(id="fuzz", text=text)).text
    assert Pipeline().clean(Document(id="fuzz", text=once)).text == once


def test_lines_joined_into_a_width_are_planned_again():
    # a fuzz finding: quotes broken over CRLF lines (“ / “ / “工会…) join into lines of one
    # width, which a second clean then took for a wrapped page and joined further
    piece = ("。浙ICP备14041666号浙ICP备14041666号浙ICP备14041666号\n\n工会工会工会&ldq\r\nuo;&ldq\r\nuo;&ldq\r\nuo;"
             "工会工会工会责任编辑：责任编辑：责任编辑：\u0301浙ICP备14041666号&ldq\r\nuo;&ldq\r\nuo;&ldq\r\nuo;工会")
    text = "责任编辑：" * 6 + "</span></span>。。。\n\n\n\n\n\n" + piece + "&ldq\r\nuo;" * 8 + "责任编辑：" * 3 \
        + "</span></span>。。。\n\n\n\n\n\n" + piece + "&ldq\r\nuo;&ldq\r\nuo;"
    once = Pipeline().clean(Document(id="fuzz", text=text)).text
    assert Pipeline().clean(Document(id="fuzz", text=once)).text == once


@pytest.mark.parametrize("text", [
    "随着工作经验的积累和不断学习工会文件，我对工会\n工作的认识又有了提高要开创工会工作新局面就必须\n"
    "加强工会队伍建设提高工会干部的综合素质和能力\n水平\n。",
    # the fuzz shape (stop 43): three lines of 32 columns, then ``q`` / ``;``
    "维权服务职责，把维护职工合法权益\n议实履行维权服务职责护职工益作为\n闻首新闻首页闻首页新闻首页新闻首\nq\n;",
])
def test_a_join_that_ends_the_sentence_under_wrapped_lines_is_measured_again(text):
    # L101 joins ``水平`` / ``。`` into ``水平。``; the three full lines above it now run on to
    # a sentence end, the evidence of a wrap width, which a second cleaning found: the
    # joined page is measured again in the same cleaning
    pipe = Pipeline()
    once = pipe.clean(Document(id="a", text=text)).text
    assert "\n" not in once.strip()
    assert pipe.clean(Document(id="a", text=once)).text == once
