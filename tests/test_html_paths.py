"""A page cleans the same wherever it is cleaned: the adapters (pandas, dict batches,
datatrove) give ``zhclean clean``'s record for a JSONL record holding the same page, with
the same H1xx selection and trail level; ``html="never"`` keeps the markup, ``"always"``
extracts a fragment the detector does not take for a page.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from zhclean import Document, Pipeline
from zhclean.cli import main
from zhclean.encoding import DecodeError
from zhclean.html import page_document
from zhclean.integrations import batch_cleaner, clean_dataframe

FIXTURES = Path(__file__).parent / "fixtures" / "html"
# doctype first, a navigation bar, a crumb, an info line and a footer around the article
NAV_PAGE = (
    "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>关于开展职工技能大赛的通知_某某市总工会</title>"
    "<meta name='PubDate' content='2023-05-12 09:30'></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/a'>工会动态</a> <a href='/b'>通知公告</a></div>"
    "<div class='crumb'>当前位置：首页 &gt; 通知公告</div><h1>关于开展职工技能大赛的通知</h1>"
    "<div id='zoom'><p>发布时间：2023-05-12 来源：市总工会</p>"
    "<p>各基层工会：为提高职工技能水平，市总工会决定举办职工技能大赛，现将有关事项通知如下。</p>"
    "<p>请各单位认真组织，于六月底前报送参赛名单。 浙ICP备14041666号</p></div>"
    "<div class='footer'>版权所有：某某市总工会 地址：某某路1号</div></body></html>")
PAGES = [NAV_PAGE, *(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.html")))]


def cli_records(tmp_path: Path, texts: list[str], *args: str) -> list[dict]:
    """``zhclean clean`` on a JSONL file of these texts, its records in order."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    assert main(["clean", str(src), "-o", str(out), "-q", *args]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _same_meta(ours: dict, cli: dict) -> None:
    # the reader adds the input format (jsonl) and its own line bookkeeping; the rest is the page's
    skip = {"format", "line"}
    assert {k: v for k, v in ours.items() if k not in skip} == {k: v for k, v in cli.items() if k not in skip}


@pytest.mark.parametrize("args", [(), ("--ignore", "H103,H104"), ("--trail", "full")])
def test_dataframe_and_batches_give_the_cli_records_for_pages(tmp_path, args):
    want = cli_records(tmp_path, PAGES, *args)
    ignore = args[1].split(",") if args[:1] == ("--ignore",) else None
    pipe = Pipeline(ignore=ignore, trail=args[1] if args[:1] == ("--trail",) else None)
    df = clean_dataframe(pd.DataFrame({"text": PAGES, "id": [str(i) for i in range(len(PAGES))]}),
                         id_column="id", pipeline=pipe)
    batch = batch_cleaner(pipe, id_column="id")({"text": PAGES, "id": [str(i) for i in range(len(PAGES))]})
    for i, rec in enumerate(want):
        assert df.loc[i, "text"] == rec["text"] == batch["text"][i]
        assert df.loc[i, "zhclean_edits"] == rec["edits"] and df.loc[i, "zhclean_flags"] == rec["flags"]
        _same_meta(df.loc[i, "zhclean_meta"], rec["meta"])
    assert "DOCTYPE" not in df.loc[0, "text"] and "工会动态" not in df.loc[0, "text"]
    assert ("H104" in df.loc[0, "zhclean_meta"]["html"]["pruned"]) == (ignore is None)


def test_html_never_keeps_the_markup_and_always_extracts_a_fragment(tmp_path):
    fragment = ("<div><p>" + "各基层工会：现将有关事项通知如下，请认真组织。" * 3 + "</p></div><div class='related'>"
                "<a href='/1'>去年疗休养工作总结</a> <a href='/2'>劳模疗休养名单公布</a></div>")
    kept = clean_dataframe(pd.DataFrame({"text": [NAV_PAGE]}), html="never").loc[0, "text"]
    assert "<!DOCTYPE html>" in kept and "<!DOCTYPE" not in clean_dataframe(pd.DataFrame({"text": [NAV_PAGE]})).loc[0, "text"]
    assert "劳模疗休养名单公布" in clean_dataframe(pd.DataFrame({"text": [fragment]})).loc[0, "text"]  # not a page
    extracted = clean_dataframe(pd.DataFrame({"text": [fragment]}), html="always").loc[0, "text"]
    assert "劳模疗休养名单公布" not in extracted and "各基层工会" in extracted
    with pytest.raises(ValueError, match="html must be one of"):
        batch_cleaner(html="yes")


def test_a_page_without_text_is_reported_not_cleaned_as_markup():
    empty = "<!DOCTYPE html><html><body><script>var a = 1;</script></body></html>"
    with pytest.raises(DecodeError):
        page_document(Document(id="e", text=empty))
    out = clean_dataframe(pd.DataFrame({"text": [empty]}))
    assert out.loc[0, "text"] == "" and "no visible text" in out.loc[0, "zhclean_meta"]["zhclean_error"]


def test_an_extracted_text_is_not_extracted_again():
    once = page_document(Document(id="p", text=NAV_PAGE))
    assert page_document(once) is once


def test_datatrove_step_gives_the_cli_records_for_pages(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.data import Document as DTDocument

    from zhclean.datatrove import ZhcleanStep

    want = cli_records(tmp_path, PAGES, "--ignore", "H107")
    out = list(ZhcleanStep(ignore=["H107"]).run(iter(DTDocument(text=t, id=str(i)) for i, t in enumerate(PAGES))))
    assert [d.text for d in out] == [r["text"] for r in want]
    for doc, rec in zip(out, want):
        assert doc.metadata["zhclean_edits"] == rec["edits"] and doc.metadata["html"] == rec["meta"]["html"]
    kept = list(ZhcleanStep(html="never").run(iter([DTDocument(text=NAV_PAGE, id="n")])))
    assert "<!DOCTYPE html>" in kept[0].text


# --- with the Pipeline.clean / readers change (the lead's files) --------------------------------


@pytest.mark.parametrize("args", [(), ("--ignore", "H104"), ("--trail", "full")])
def test_pipeline_clean_and_clean_text_give_the_cli_records_for_pages(tmp_path, args):
    import zhclean

    want = cli_records(tmp_path, PAGES, *args)
    pipe = Pipeline(ignore=[args[1]] if args[:1] == ("--ignore",) else None,
                    trail=args[1] if args[:1] == ("--trail",) else None)
    for i, (page, rec) in enumerate(zip(PAGES, want)):
        res = pipe.clean(Document(id=str(i), text=page))
        assert res.text == rec["text"] and res.edits == rec["edits"] and res.flags == rec["flags"]
        _same_meta(res.meta, rec["meta"])
        if not args:
            assert zhclean.clean_text(page) == rec["text"] == pipe.clean_text(page)
    assert "DOCTYPE" not in want[0]["text"] and "工会动态" not in want[0]["text"]


def test_a_txt_file_holding_a_page_is_read_as_the_page(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes(NAV_PAGE.encode("gbk"))
    (tmp_path / "in" / "page.html").write_bytes(NAV_PAGE.encode("gbk"))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out), "-q"]) == 0
    got = {Path(r["source"]).suffix: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got[".txt"]["text"] == got[".html"]["text"] and "<" not in got[".txt"]["text"]
    assert got[".txt"]["meta"]["html"] == got[".html"]["meta"]["html"]
