"""Spans the scorer does not judge, or suggestions it does not believe, whatever the
indexes say: names of people, places and firms, verse, units after digits, transliterated
names, credit lines, free phrases that read as written.

Each test looks only at the text around a hit (and the word list): they are the hand-set
rules that keep names and classical prose from passing for slips on real pages.
"""
from __future__ import annotations

import re

from .slips import Variant
from .wordlist import WordList, is_han

#: A credit label right before a hit: what follows is a person's name (编辑：胡敏华), and
#: names are one slip from words more often than anything else.
_CREDIT_RE = re.compile(r"(?:编辑|审核|校对|作者|记者|通讯员|摄影|摄像|责编|主编|签发|发布人|联系人|供稿|撰稿|"
                        r"审稿|核稿|来源|报送|整理|文|图)\s*[:：]\s*(?:[\u4e00-\u9fff]{1,3}[\s、,，/]+){0,6}[\u4e00-\u9fff]{0,3}$")


#: What follows a place's or an organisation's own name (义井镇, 齐圣村, 一冶集团). Such
#: names are one slip from some word more often than not; a slip in a known name (垃萨市
#: for 拉萨市) still shows, because the suggestion with the suffix is a word.
#: A firm's name runs up to its legal form: a reading-table pair a few characters before
#: 公司 or 集团 is more often part of the name than a slip.
ORG_AHEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:公司|集团)")
#: ...unless the suggestion completes the legal form itself (股分有限公司).
LEGAL_FORMS = frozenset(("股份有限公司", "有限责任公司", "股份公司", "有限公司", "集团公司", "控股集团", "控股公司"))
_NAME_SUFFIX_RE = re.compile(r"集团|公司|街道|社区|[村镇乡县市区旗盟州]")


#: Surnames that seldom end another word, so one right before a span starts a name
#: (张国友, 杨庆媛, 黄贤金): 时候/阶段/历史 end in 侯/段/史, which are left out.
NAME_SURNAMES = frozenset("王李刘陈杨黄赵吴徐孙朱胡郭罗郑梁宋唐韩冯邓曹彭曾肖袁潘蒋蔡杜魏吕沈姚卢姜崔谭汪廖贾韦邹孟熊秦邱"
                          "薛闫雷陶黎郝龚邵覃戴汤佘禤")
#: Titles after a person's name (朱竑教授, 余毅菁 记者).
_TITLE_RE = re.compile(r"\s*(?:教授|研究员|老师|同志|主任|书记|院长|局长|处长|部长|秘书长|先生|女士|记者|编辑|博士|总经理|董事长)")


def in_person_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as (part of) a person's given name: right after a
    surname, or right before a title.

    >>> in_person_name("秘书长张国友研究员", 4, 6), in_person_name("属单位在国友资产", 4, 6)
    (True, False)
    """
    return (start > 0 and text[start - 1] in NAME_SURNAMES) or _TITLE_RE.match(text, end) is not None


#: Roles written right before a person's name, as news copy introduces people (记者罗沙,
#: 工会副主席尤良海, 广告宣传科副科长游利敏, 发言人…).
_ROLE_BEFORE_NAME = re.compile(
    r"(?:记者|通讯员|主席|科长|局长|处长|部长|主任|书记|经理|总裁|总监|教授|委员|发言人|董事长|院长|校长|厂长|队长|会长|"
    r"社长|所长|站长|市长|县长|区长|省长|镇长|乡长|村长|律师|医生|医师|护士|法官|检察官|民警|警官|老师|工程师|研究员)$")
#: Surnames a name after such a role may open with: the common ones of the 百家姓 (a wider
#: set than :data:`NAME_SURNAMES`, since the role already says a name follows).
ROLE_NAME_SURNAMES = NAME_SURNAMES | frozenset(
    "张周马何高林谢许田董于余叶程苏丁任钟陆范金石夏付方白江尹段侯龙史贺顾毛万钱严武莫孔向常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花"
    "权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿"
    "乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展"
    "阴昝智幸奉植衡富尧闭由")


def after_a_role(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a person's name introduced by a role right before it.

    >>> after_a_role("新华社记者罗沙报道", 5), after_a_role("工会副主席尤良海说", 5), after_a_role("记者了解到", 2)
    (True, True, False)
    """
    return (start >= 2 and text[start] in ROLE_NAME_SURNAMES
            and _ROLE_BEFORE_NAME.search(text, max(0, start - 3), start) is not None)


#: Particles that end free phrases: 大大的 is no anchor for 太大的 (太 + 大的).
_PARTICLES = frozenset("的地得了着过")
#: Directional complements: 戳进, 走出, 递上 are a verb and its direction, not 促进 misspelt.
_DIRECTIONS = frozenset("进出入来去回")
#: Formal numerals are written on purpose (壹基金, 补壹刀), never for 一 by slip.
_FORMAL_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
#: Characters transliterations are made of (as in the lexicon build): beside two of them a
#: span continues a foreign name or phrase (达摩克利斯之剑, 贝辛斯托克).
_TRANSLITERATION = frozenset("斯尔利亚埃艾伊依克特德拉纳卡诺曼罗维格夫姆兹茨奥莫塞巴布佩贝蒂娜妮莉琳哈萨迪雷洛")


def reads_as_written(text: str, start: int, end: int, v: Variant, lex: WordList) -> bool:
    """Whether the suggestion would break a reading that holds in any text: a free phrase
    ending in a particle (太大的 is 太 + 大的, not 大大的), a verb with its direction (戳进),
    a formal numeral written on purpose (补壹刀).

    >>> from zhclean.rules.typo.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> reads_as_written("当时是块太大的肥肉", 4, 7, Variant("太大的", "大大的", "xp", -6), lex)
    True
    >>> reads_as_written("要加快玩善政策", 3, 5, Variant("玩善", "完善", "s", -6), lex)
    False
    """
    t, w = v.text, v.word
    if not _FORMAL_NUMERALS.isdisjoint(t) and any(a in _FORMAL_NUMERALS and a != b for a, b in zip(t, w)):
        return True
    if len(w) >= 3 and w[-1] in _PARTICLES and t[-1] == w[-1] and t[-2] == w[-2]:
        return True
    return (len(t) == 2 and t[1] in _DIRECTIONS and t[1] == w[1] and t[0] != w[0]
            and lex.words.get(t[0], -99.0) >= lex.common_word_lp)


def span_reads_as_written(text: str, start: int, end: int) -> bool:
    """Whether the span, whatever the suggestion, is a unit after a digit (6亿遭) or sits
    beside two transliteration characters (达摩克利斯之剑, 贝辛斯托克).

    >>> span_reads_as_written("悬在头上的达摩克利斯之剑。", 10, 12), span_reads_as_written("要加快玩善政策", 3, 5)
    (True, False)
    """
    if text[start] in "亿万千百" and start > 0 and text[start - 1].isdigit():
        return True
    near = _TRANSLITERATION.__contains__
    return (sum(map(near, text[max(0, start - 3):start])) >= 2
            or sum(map(near, text[end:end + 3])) >= 2)


def in_verse(text: str, start: int, end: int) -> bool:
    """Whether the span is in a short clause matched in length by the clause before or
    after it (少壮工夫老始成 / 纸上得来终觉浅, 饱食安步 / 在仕代农): verse and classical
    prose, whose words a modern word list does not know.

    >>> in_verse("饱食安步，在仕代农。依隐玩世", 6, 8), in_verse("要加快玩善政务数据共享机制建设，提高效率。", 3, 5)
    (True, False)
    """
    # verse lines are 4 to 7 characters: walk no further than a line that could be one
    a = start
    while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
        if end - a > 7:
            return False
    b = end
    n = len(text)
    while b < n and "\u4e00" <= text[b] <= "\u9fff":
        b += 1
        if b - a > 7:
            return False
    size = b - a
    if not 4 <= size <= 7:
        return False
    return _run_length(text, a - 1, -1, size + 1) == size or _run_length(text, b + 1, 1, size + 1) == size


def _run_length(text: str, i: int, step: int, most: int | None = None) -> int:
    """Length of the run of Han characters ending (step -1) or starting (step 1) next to
    index ``i``, counted up to ``most``."""
    if not 0 <= i < len(text):
        return 0
    j = i - 1 if step < 0 else i
    n = 0
    size = len(text)
    while 0 <= j < size and "\u4e00" <= text[j] <= "\u9fff" and (most is None or n < most):
        n += 1
        j += step
    return n


#: Determiners and numerals that take a one-character noun (此诗, 该诗, 一技, 两岸).
_DETERMINERS = frozenset("此该本每各其这那一二三四五六七八九十两几")


def determiner_and_noun(lex: WordList, v: Variant) -> bool:
    """Whether a pair reads as a determiner or numeral and a one-character word (此诗 is
    "this poem", not 此时 misspelt; 一日一技): only the second character was replaced.

    >>> from zhclean.rules.typo.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> determiner_and_noun(lex, Variant("此诗", "此时", "sb", -8)), determiner_and_noun(lex, Variant("玩善", "完善", "sb", -8))
    (True, False)
    """
    t, w = v.text, v.word
    return (len(t) == 2 and t[0] == w[0] and t[0] in _DETERMINERS
            and lex.words.get(t[1], -99.0) >= lex.common_word_lp)


def between_words(lex: WordList, text: str, start: int, end: int, both: bool = True) -> bool:
    """Whether the span sits between established words (or one word and the edge of a Han
    run): a pair with both characters replaced is believed only there, since inside a run
    of unknown characters (聚美优品, 亿纬锂能) it is far more often a brand or a name than a
    slip, and alone between commas nothing speaks for it.

    >>> from zhclean.rules.typo.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> between_words(lex, "加强墙画监督管理", 2, 4), between_words(lex, "聚美优品发布", 1, 3)
    (True, False)
    """
    get, common = lex.words.get, lex.common_word_lp
    left_word = right_word = False
    for k in (2, 3, 4):  # loops, not any(): this runs for every reading-table hit
        if start - k < 0:
            break
        if get(text[start - k:start], -99.0) >= common:
            left_word = True
            break
    n = len(text)
    for k in (2, 3, 4):
        if end + k > n:
            break
        if get(text[end:end + k], -99.0) >= common:
            right_word = True
            break
    left_edge = start == 0 or not is_han(text[start - 1])
    right_edge = end >= len(text) or not is_han(text[end])
    # at least one real word beside it: a lone pair between commas (慎权、慎微、慎独) has no context
    if not both:  # one character replaced: an unknown run on one side is allowed
        return left_word or right_word or (left_edge and right_edge)
    return (left_word or right_word) and (left_word or left_edge) and (right_word or right_edge)


def inside_firm_name(text: str, end: int, word: str, words: dict[str, float]) -> bool:
    """Whether a reading-table pair ending at ``end`` is part of a firm's name (名仕宜居验房公司),
    unless the suggestion completes the legal form (股分有限公司 for 股份有限公司).

    >>> inside_firm_name("名仕宜居验房公司", 2, "名师", {}), inside_firm_name("股分有限公司", 2, "股份", {})
    (True, False)
    """
    org = ORG_AHEAD_RE.match(text, end)
    return bool(org) and word + org.group(0) not in LEGAL_FORMS and words.get(word + org.group(0)) is None


def place_suffix(text: str, end: int) -> str:
    """The place or organisation suffix right after ``end``, or ''.

    >>> place_suffix("峰峰矿区义井镇山底村", 6), place_suffix("完善政策", 2)
    ('镇', '')
    """
    m = _NAME_SUFFIX_RE.match(text, end)
    return m.group(0) if m else ""


def after_credit_label(text: str, start: int) -> bool:
    """Whether ``start`` is inside the names after a credit label on the same line.

    >>> after_credit_label("编辑：胡敏华", 4), after_credit_label("这就需要王会干部", 4)
    (True, False)
    """
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    head = text[max(line_start, start - 40):start]
    return ("：" in head or ":" in head) and _CREDIT_RE.search(head) is not None

