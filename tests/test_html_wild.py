"""Articles and their readers' comments on engines the forum generators print (stop 44).

A page that says it is one article loses its readers' comments however much they hold; a
board's post signed like its replies keeps them, but not a news brief whose info line is the
site's own name and a time.
"""
from zhclean.html import extract

_COMMENTS = [("老张不慌", "按规定装修只能在八点到十二点、下午两点到六点，可以打12345投诉，一般第二天就有人来处理。"),
             ("橘子汽水", "先上门好好沟通一下，大多数人还是讲道理的，实在不行再找物业和居委会出面协调。"),
             ("大白菜", "物业不管就找居委会，拍视频留证据，记下每天开工和收工的时间，投诉的时候用得上。"),
             ("阿呆", "我们楼上去年也是这样，后来几户邻居一起去找了街道，总算把施工时间定下来了。")]


def _cmt_list(item: str) -> str:
    return "".join(item.format(who=who, k=k, text=text) for k, (who, text) in enumerate(_COMMENTS))


def test_a_news_brief_signed_with_the_sites_name_loses_its_comments():
    # the brief's info line is a bare link and a time (div > a + span), shaped as every
    # comment's poster cell: the link's text is the site's name in <title>, no poster's
    items = _cmt_list('<li class="cmt"><div class="cmt-who"><a href="#">{who}</a> <span>2024-03-02 09:0{k}</span></div>'
                      '<p class="cmt-txt">{text}</p></li>')
    html = ('<html><head><title>市区今年新增三处停车场_邻里新闻网</title></head><body><div class="news"><div class="news-info">'
            '<a href="/">邻里新闻网</a> <span>2024-03-02 08:15</span></div><h1>市区今年新增三处停车场</h1><div class="news-txt">'
            '<p>记者昨日获悉，市区今年将新增三处公共停车场，共提供车位八百余个。</p><p>三处停车场分别位于老城区、'
            '火车站东侧和市民中心附近，预计年底前全部建成投用。</p><p>市交通局有关负责人介绍，停车场将实行分时段收费，'
            '夜间停车可享受优惠。</p></div></div>'
            f'<div class="comment-wrap" id="comments"><ul class="cmt-list">{items}</ul></div></body></html>')
    text = extract(html)[0]
    assert "市区今年将新增三处公共停车场" in text
    assert "按规定装修只能在八点到十二点" not in text and "总算把施工时间定下来了" not in text
    # the same page signed by a poster is a board's post and its replies
    text = extract(html.replace('<a href="/">邻里新闻网</a>', '<a href="/">七楼小王</a>'))[0]
    assert "按规定装修只能在八点到十二点" in text and "总算把施工时间定下来了" in text


def _blog(article: str) -> str:
    items = _cmt_list('<li class="comment depth-1" id="li-comment-{k}"><div class="comment-body"><div class="comment-author '
                      'vcard"><cite class="fn">{who}</cite> <span class="says">说道：</span></div><div class="comment-meta">'
                      '<a href="#">2024-03-02 09:0{k}</a></div><p>{text}</p><p>{text}</p><div class="reply"><a href="#">回复</a>'
                      '</div></div></li>')
    return ('<html><head><title>楼下装修太吵了 - 小林的生活笔记</title></head><body><div id="content"><main id="main" '
            'class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">'
            '楼下装修太吵了</h1><div class="entry-meta">发布于 2024-03-02</div></header><div class="entry-content">'
            f'{article}</div></article><div id="comments" class="comments-area"><h2>《楼下装修太吵了》有4条评论</h2>'
            f'<ol class="commentlist">{items}</ol></div></main></div></body></html>')


def test_a_blog_article_loses_the_readers_comments_that_outweigh_it():
    # WordPress prints article.post and div#comments side by side in main: the comments,
    # four times the article's prose, made main the block
    article = ("<p>楼下装修一个月了，每天早上七点就开始电钻，跟物业说了也没用。</p><p>家里老人心脏不好，孩子还要上网课，"
               "一响起来整个屋子都在震。</p><p>物业说装修手续齐全，只能让我们自己协调，楼下业主电话也不接。</p>"
               "<p>后来我查了当地的装修管理规定，工作日中午和晚上都不允许施工，打算明天再去找物业谈一次。</p>")
    text = extract(_blog(article))[0]
    assert "家里老人心脏不好" in text and "楼下业主电话也不接" in text
    assert "按规定装修只能在八点到十二点" not in text and "说道" not in text
    # a post of one sentence is a question, its comments the answers (see extract.SHORT_POST_MAX_PROSE)
    text = extract(_blog("<p>楼下装修太吵了，大家一般怎么处理？</p>"))[0]
    assert "按规定装修只能在八点到十二点" in text


def test_one_line_answers_under_a_longer_follow_up_in_their_footer_are_kept():
    # each answer: head, div.answer-body, div.item-footer (a 补充 follow-up above the buttons);
    # the follow-ups outweighed the one-line answers and voted the footer the text slot
    answers = [("阿呆", "前排围观", "补充：朋友上周问过师傅那套流程，感觉性价比还可以，就是前期准备要做足。"),
               ("风吹麦浪", "学习了", "补充：隔壁邻居去年试过这种材料，细节上一定要写进合同里，口头承诺不算数。"),
               ("海边的卡夫卡", "我表哥一直在研究这个方案，网上说法很多，最后还是要看实际情况。", ""),
               ("豆豆妈妈", "同问", "补充：我同事亲身经历过这条路线，周末人特别多，最好错峰出行。")]
    items = "".join(
        f'<div class="answer-item"><div class="answer-head"><a href="#">{who}</a> <span class="answer-time">回答于 2023-07-2{k} '
        f'13:40</span></div><div class="answer-body"><p>{text}</p></div><div class="item-footer">'
        + (f'<div class="answer-addition"><p>{added}</p></div>' if added else "")
        + f'<div class="item-actions"><a href="#">赞 {k}</a> <a href="#">回复</a> <a href="#">举报</a></div></div></div>'
        for k, (who, text, added) in enumerate(answers))
    html = ('<html><head><title>阳台封窗用什么材料好 - 家居问答社区</title></head><body><main><div class="question"><h1>'
            '阳台封窗用什么材料好</h1><div class="question-meta"><a href="#">北方的狼</a> 提问于 2023-02-15 08:10</div>'
            '<div class="question-body"><p>准备把阳台封起来，断桥铝和塑钢犹豫不决，预算八千左右，大家有什么建议？</p></div></div>'
            f'<div class="answer-list"><div class="answer-count">共 4 个回答</div>{items}</div></main></body></html>')
    text = extract(html)[0]
    for line in ("前排围观", "学习了", "同问", "最后还是要看实际情况", "补充：朋友上周问过师傅那套流程"):
        assert line in text
    assert "赞 1" not in text and "举报" not in text
