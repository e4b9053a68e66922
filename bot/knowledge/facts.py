"""Finding facts inside one (normalised) sentence: quantities with their
units, dates, and people with their roles.

Pure functions on strings; they know nothing about questions or indexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .compound_units import COMPOUND_TIMES
from .listed_one import listed_one
from .names_joined import and_ends_name, joined_names, share_joined_posts
from .post_words import post_written_at

__all__ = [
    "Quantity", "DateSpan", "Person",
    "find_quantities", "find_dates", "ends_a_count", "ASKS_COUNT_END", "find_person_names", "find_people",
    "find_bylines", "post_in_brackets", "CLAUSE_DELIMITERS", "clause_bounds",
]

CLAUSE_DELIMITERS = ",，;；。:：!！?？"
_CLAUSE_END = re.compile(f"[{CLAUSE_DELIMITERS}]")

# General Chinese measure words, longest first where one starts another
# (件次 before 件, 个工作日 before 个); never 年 (a year is no amount).
_UNITS = (
    "个百分点", "百分点", "周年", "大类", COMPOUND_TIMES, "人民币", "万元", "亿元", "个工作日", "工作日", "个月", "小时", "分钟",
    "平方公里", "平方米", "公里", "千米", "千瓦", "公顷", "立方米", "标箱",
    "元", "次", "篇", "份", "件", "个", "支", "位", "名", "人", "户", "条", "项",
    "轮", "类", "家", "期", "批", "场", "倍", "%",
    "亩", "吨", "米", "字", "处", "部", "所", "座", "套", "株", "棵", "幅", "辑", "台", "辆", "列", "间", "册", "本",
    "天", "分", "岁", "块", "张", "只", "艘", "栋", "床", "门", "班", "组", "团", "款", "种",
    "课时", "学时", "例", "盏", "节", "根", "架", "片", "头", "颗", "封", "首", "堂", "笔", "宗", "起", "趟",
    # 1500副老花镜; not the 副 of a deputy's post (副主席, 副书记), which a number never measures.
    "副(?![主书市县区镇乡部局厅秘会院校组队总处科理馆站社食业产中刊本])",
)
_QTY_RE = re.compile(
    r"(?P<pre>近|约|不超过|超过|超|逾|达|先后|共|累计)?"  # 不超过20件 is at most 20, never 超过20件
    r"(?P<low>\d+(?:\.\d+)?(?:至|到|-|~))?"  # a range (2至3件, 5-8名) is one amount, shown whole
    r"(?P<num>\d+(?:\.\d+)?)"
    r"(?P<a1>余|多)?(?P<mag>万|亿|千|百)?(?P<a2>余|多)?"
    r"(?P<unit>" + "|".join(_UNITS) + ")"
)
_BARE_MAGNITUDE_RE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<a1>余|多)?(?P<mag>万|亿)(?=[,，。;；!！?？]|$)")
# An amount told by its magnitude alone (近千人次, 上万名, 逾百家): a figure as much as a digit's.
_ROUND_QTY_RE = re.compile(r"(?P<pre>近|上|逾|超|数)(?P<mag>千|百|万)(?P<a1>余|多)?(?P<unit>" + "|".join(_UNITS) + ")")
_DISPLAY_UNIT = {"人民币": "元"}
_KEEP_PREFIX = {"近", "约", "不超过", "超过", "超", "逾"}


@dataclass(frozen=True)
class Quantity:
    """A counted amount in a sentence: ``text`` is how to show it (926篇,
    170万元, 6大类47项), ``unit`` its measure word, ``start``/``end`` its
    span in the normalised sentence, ``value`` the number."""

    text: str
    value: float
    unit: str
    start: int
    end: int
    units: tuple[str, ...] = ()  # every unit of a merged amount (6大类47项)


# One is an amount after a floor (至少报送1篇), for each (各确定1名) or a change (比上年增加1项); not once a period, nor right after 每 (每一件提案: every one).
_ONE_IS_AN_AMOUNT = re.compile(r"(?:(?:至少|不少于|不低于|最少|起码)[\u4e00-\u9fff]{0,4}|(?:增加|减少|新增|增长|下降)了?"
                               r"|(?:比|较)(?:上年|去年|上1年)[\u4e00-\u9fff]{0,4}"
                               r"|各[^,，;；。:：、]{0,8}|每(?![年月季周天日期届次半两一二三四五六七八九十\d])[^,，;；。:：、]{1,8})$")


def find_quantities(sentence: str) -> list[Quantity]:
    """Quantities with a unit; ordinals (第5次, 13届5次会议), years, dates and
    versions are not quantities.  Directly adjacent amounts (6大类47项) are
    one quantity."""
    return list(_quantities(sentence))  # the documents' sentences are read again for every question


@lru_cache(maxsize=65536)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    bare: list[Quantity] = []
    for match in _BARE_MAGNITUDE_RE.finditer(sentence):
        # "关注人数突破5万。": an amount in 万 / 亿 that ends its clause needs no measure word.
        value = float(match.group("num")) * (1e4 if match.group("mag") == "万" else 1e8)
        text = match.group("num") + (match.group("a1") or "") + match.group("mag")
        bare.append(Quantity(text, value, match.group("mag"), match.start("num"), match.end()))
    for match in _QTY_RE.finditer(sentence):
        start, end = match.span()
        num_start = match.start("low") if match.group("low") else match.start("num")
        before = sentence[max(0, num_start - 1):num_start]
        after = sentence[end:end + 2]
        if before in ("第", "届", ".") or before.isdigit() or (match.group("num") == "1" and not match.group("mag") and not (
                match.group("low") or _ONE_IS_AN_AMOUNT.search(sentence, 0, num_start) or listed_one(sentence, match))):
            continue  # 第5次; 一个个, 一场: no amounts anyone asks about (至少报送1篇: a floor; 各确定1名: one for each)
        unit = match.group("unit")
        if unit == "次" and after.startswith(("会议", "会", "全会")):
            continue
        if unit in ("小时", "分钟") and "\u4e00" <= after[:1] <= "\u9fff" and after[:1] not in "的以左之内":
            continue  # 24小时热线, 15分钟生活圈: a name's attribute, no amount of time
        value = float(match.group("num"))
        mag = match.group("mag") or ""
        scale = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}.get(mag, 1)
        pre = match.group("pre") or ""
        text_start = start if pre in _KEEP_PREFIX else num_start
        display = (
            (pre if pre in _KEEP_PREFIX else "")
            + (match.group("low") or "")
            + match.group("num")
            + (match.group("a1") or "")
            + mag
            + (match.group("a2") or "")
            + _DISPLAY_UNIT.get(unit, unit)
        )
        if unit in ("人民币",) and not mag:
            display = match.group("num") + "元"
        quantity = Quantity(display, value * scale, unit, text_start, end, (unit,))
        if found and found[-1].end == text_start:
            last = found[-1]
            quantity = Quantity(last.text + display, value * scale, unit, last.start, end, (*last.units, unit))
            found[-1] = quantity
        else:
            found.append(quantity)
    for match in _ROUND_QTY_RE.finditer(sentence):
        if sentence[max(0, match.start() - 1):match.start()].isdigit():
            continue
        value = {"千": 1e3, "百": 1e2, "万": 1e4}[match.group("mag")]
        found.append(Quantity(match.group(0), value, match.group("unit"), match.start(), match.end(), (match.group("unit"),)))
    return tuple(sorted(found + bare, key=lambda quantity: quantity.start))


_DATE_RE = re.compile(
    r"(?:\d{4}年|[明今去次当]年)?(?:第[一二三四1-4]季度|[一二三四1-4]季度|[上下]半年)|(?:\d{4}年|[明今去次当]年)[春夏秋冬]季|"
    r"(?:从)?(?P<d1>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|\d{1,2}(?=(?:至|到|-|~)\d{1,2}[日号])|[上中下]旬|底|初|末)?"
    r"|\d{4}年(?:初|底|末)?)"
    # A span of days within its month (1月18日至21日, 3月5-7日) is one date: when it was held is the whole.
    r"(?:(?:至|到|-|~)(?P<d2>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|底|初|末)?|\d{4}年(?:初|底|末)?"
    r"|(?<=[\d日号][至到\-~])\d{1,2}[日号](?![\d月])))?"
    r"|农历[\u4e00-\u9fff]{2}年(?:春节)?|(?:[明今去次当]年)?(?:岁末年初|年初|年底|年末|年中)"
)


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int
    end: int
    full: bool  # has a day


def find_dates(sentence: str) -> list[DateSpan]:
    """Dates and date ranges (2020年5月17日, 1月11日, 2019年11月至2020年7月,
    农历庚子年春节).  A bare year followed by more text (2020东亚…) is kept;
    a year that is part of a number (2020年度) as well."""
    dates = []
    for match in _DATE_RE.finditer(sentence):
        text = match.group(0)
        if text.startswith("从"):
            text = text[1:]
        start = match.start() + (1 if match.group(0).startswith("从") else 0)
        # A bare year right after a digit is part of another number.
        if start > 0 and sentence[start - 1].isdigit():
            continue
        dates.append(DateSpan(text, start, match.end(), bool(re.search(r"[日号]|春节", text))))
    return dates


# 截至2023年12月25日，共收到提案752件: the date a count runs to, not the day anything named beside it happened.
_COUNT_ENDS = re.compile(r"(?:截至|截止(?:到|至|于)?)$")
ASKS_COUNT_END = re.compile(r"截至|截止|到什么时候|到哪天|统计到")


def ends_a_count(sentence: str, date: DateSpan) -> bool:
    """Whether a date is the end of a count (截至…), written just before it."""
    return bool(_COUNT_ENDS.search(sentence[max(0, date.start - 4):date.start]))


# People ------------------------------------------------------------------

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤薄曲常温康施牛洪于单栾隋臧衣宫逄綦鞠修纪盛管鲁葛柳兰"
    # Common surnames that seldom start another word (俞晓楠, 聂文涛).
    "俞聂褚尤岳童柯阮詹翟倪滕樊庞祝骆闵耿殷饶娄"
    "鲍柏裴靳喻祁蒲牟缪窦戚岑晏冉翁霍卜邬佟芮阎奚狄邢颜乔"
    # Among the twenty commonest (and 蒙), though they start words too (高度, 傅, 蒙古): a name is checked
    # against the general dictionary where it runs into a word (_runs_into_word).
    "高傅蒙"
)
_ROLE_WORDS = (
    "副主席", "主席", "副书记", "书记", "常委", "委员", "首席专家", "专家", "副队长", "队长",
    "队员", "成员", "副主任", "主任", "副部长", "部长", "副局长", "局长", "秘书长", "华侨",
    "市长", "副市长", "区长", "院长", "会长", "理事长", "董事长", "总经理", "经理", "校长",
    "记者", "人士", "代表", "教授", "医生", "老师", "厅长", "处长", "科长",
    # Posts of counties, towns, 界别 and working groups.
    "县长", "副县长", "副区长", "镇长", "乡长", "召集人", "副召集人", "组长", "副组长", "副校长", "副院长", "副会长",
    # A democratic party's committee is led by its 主委 (主任委员).
    "主委", "副主委",
    # Heads of institutions (a library, a paper, a bank) and titles of researchers and engineers.
    "馆长", "副馆长", "社长", "副社长", "站长", "所长", "行长", "台长", "团长", "厂长", "总编辑", "副总编辑",
    "研究员", "副研究员", "工程师",
    # Occupations written before a name (律师蒋某, 语文教师郑某), posts of religious bodies and heritage bearers (某寺住持, 非遗传承人).
    "律师", "干部", "教师", "住持", "监院", "方丈", "道长", "牧师", "长老", "神父", "阿訇", "传承人",
)
_NAME_STOP = set("说代表在对作设等的和、，,。指介专夫委为向是也同带率主副局部市区省出表讲称认强透谈介"
                 "了将就都与及从到被把给所以已曾正还又再亲会领负牵担兼")
# The name is looked at without being consumed, so 提案委员会主任刘明辉 is tried at 委员 and again at 主任.
_ROLE_BEFORE = re.compile(
    "(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")(?=([\u4e00-\u9fff]{2,3}))"
)
_NAME_BEFORE_ROLE = re.compile(
    r"(?:^|[，,、。；;：:“\"（(\s]|得到|由|和|与|在)([\u4e00-\u9fff]{2,3}?)副?(?:委员|主席|书记|部长|局长|主任|队长|专家)"
)
# A post given before 由 and its holders after it: 组长由孙建平担任, 副组长由李梅、周强担任;
# or after 担任: 赵立华担任市科协副主席.
# The holder may come with their own title (召集人由青禾师范学院副院长陈立新担任).
_HELD_BY = re.compile(r"由(?:[^，,。；;、：:由]{0,16}?)([\u4e00-\u9fff]{2,3}?)((?:、[\u4e00-\u9fff]{2,3}?)*)(?:同志)?(?:担任|出任|兼任)")
_HOLDS_AFTER = re.compile(r"^(?:(?:担任|出任|兼任|当选为|当选|任)([^，,。；;、：:“”\"（）()]{2,14}?)|(?:委员|常委)?是([^，,。；;、：:“”\"（）()的]{2,20}?(?:" + "|".join(_ROLE_WORDS) + ")))(?=[，,。；;、]|$)")
# Moved or appointed to a post, written after the name (原主任谭某同志调任…委员会主任, 钟某同志任专委会主任); it ends with a post word.
_MOVED_TO = re.compile(r"(?:同志)?(?P<verb>调任|改任|升任|转任|任)(?P<post>[^，,。；;、：:“”\"（）()]{2,24}?)(?=[，,。；;、]|$)")
_TRANSFERS = ("调任", "改任", "升任", "转任")
_POST_BEFORE_BY = re.compile(r"([^，,。；;：:“”\"（）()、]{2,14})由$")
# Bylines: (文/王晨霞), (文 李轲 图 郑斌) — spaces between Chinese characters
# are gone after normalisation, so names end where the next label begins.
# Names listed before a count of people that says how many they are (周某、陈某2名委员), or with 等 before it.
_NAMES_BEFORE_COUNT = re.compile(r"([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)(等)?(\d+)(?:名|位)")
_BYLINE = re.compile(
    r"[（(]\s*(?:文|记者|作者)\s*[/／:：]?\s*([\u4e00-\u9fff]{2,3}?)\s*(?=图|摄|[)）])"
    r"(?:(?:图|摄影|摄)\s*[/／:：]?\s*([\u4e00-\u9fff]{2,3}?)\s*(?=[)）]))?"
)


# Stop characters that are also common in given names (马志强, 王作军, 刘设): one of these ends a name only
# when it starts a word with what follows (强调, 作为, 表示), which the segmenter's dictionary tells.
_NAME_OR_WORD = set("代作设指介专夫委带率主副局部市区省出表讲称认强透谈领负牵担兼")  # 负责, 牵头, 担任, 兼任
# Reporting verbs the general dictionary rates too rare to tell.
_VERBS_AFTER_NAME = ("率队", "率团", "领衔")  # 副县长贺明领衔督办: 领 starts the verb, not a name
_WORD_FREQUENCY_FLOOR = 20
# A word this common (正在, 正是) after a surname is the word, even before a deed (王正在主持).
_COMMON_WORD = 1000


def _ends_name(char: str, following: str, word_frequency) -> bool:
    """Whether ``char`` (third after a surname) is a stop rather than part of the name."""
    if char not in _NAME_OR_WORD or word_frequency is None or not following:
        return True
    pair = char + following[0]
    return pair in _VERBS_AFTER_NAME or word_frequency(pair) >= _WORD_FREQUENCY_FLOOR


# 和 ends many names (许家和, 王永和) as often as it joins two: a name's own where a verb a person does
# follows it (许家和牵头), a conjunction before another name or noun (张平和李强, 王平和委员们).
_AND_IN_NAME = "和"
_DEEDS_AFTER_NAME = ("牵头", "主持", "带队", "率队", "率团", "担任", "兼任", "任组长", "表示", "指出", "介绍",
                     "认为", "强调", "说", "同志", "作", "做", "提出", "发言", "主讲", "领衔", "负责")


def _trim_name(candidate: str, following: str = "", word_frequency=None) -> str | None:
    if not candidate or candidate[0] not in SURNAMES:
        return None
    if len(candidate) == 3 and candidate[2] == _AND_IN_NAME and (following.startswith(_DEEDS_AFTER_NAME) or and_ends_name(following)):
        return candidate
    if len(candidate) == 3 and candidate[1] in _NAME_STOP and following.startswith(_DEEDS_AFTER_NAME) \
            and word_frequency is not None and word_frequency(candidate[1:]) < _COMMON_WORD:
        return candidate  # 主席陆正阳带队: 正 starts 正在, not 正阳, and a deed of a person follows
    if len(candidate) == 3 and candidate[2] in _NAME_STOP and _ends_name(candidate[2], following, word_frequency):
        candidate = candidate[:2]
    if len(candidate) == 2 and candidate[1] in _NAME_STOP:
        return None
    after_second = candidate[2:3] or following
    if candidate[1] in _NAME_STOP and _ends_name(candidate[1], after_second, word_frequency):
        return None
    if len(candidate) == 3 and candidate[2] in _NAME_STOP - _NAME_OR_WORD:
        return None
    return candidate


def _runs_into_word(name: str, rest: str, word_frequency) -> bool:
    """Whether a would-be name and what follows it are one word of the general dictionary
    (代表常务委员会: 常务 + 委员 is 常务委员, no person): then no name stands there."""
    return word_frequency is not None and any(
        len(rest) >= k and word_frequency(name + rest[:k]) >= _WORD_FREQUENCY_FLOOR for k in (1, 2, 3))


def find_person_names(sentence: str, word_frequency=None) -> set[str]:
    """Names introduced by a role (主席杨军, 华侨张国顺、曲媛夫妇, 薄涛委员,
    文/王晨霞).  Heuristic: a surname from a list plus one or two
    characters, cut before words that usually follow a name.
    ``word_frequency`` (word → count in a general dictionary) tells a third
    character of the name (马志强作为) from the start of a word (马志强调)."""
    names: set[str] = set()
    for match in _ROLE_BEFORE.finditer(sentence):
        name = _trim_name(match.group(1), sentence[match.end(1):match.end(1) + 3], word_frequency)
        if name and _runs_into_word(name, sentence[match.start(1) + len(name):], word_frequency):
            name = None
        if name:
            names.add(name)
            rest = sentence[match.start(1) + len(name):]
            pair = re.match(r"、([\u4e00-\u9fff]{2,3}?)(?:夫妇|夫妻|两位|等)", rest)
            if pair and _trim_name(pair.group(1)):
                names.add(pair.group(1))
    for match in _NAME_BEFORE_ROLE.finditer(sentence):
        name = _trim_name(match.group(1), sentence[match.end(1):match.end(1) + 3], word_frequency)
        if name and _runs_into_word(name, sentence[match.start(1) + len(name):], word_frequency):
            continue
        if name and len(name) >= 2:
            names.add(name)
    for match in _HELD_BY.finditer(sentence):
        for candidate in [match.group(1)] + match.group(2).split("、")[1:]:
            if candidate[0] in SURNAMES:  # the shape says it is a name (周强 though 强 often ends one)
                names.add(candidate)
    for match in _NAMES_BEFORE_COUNT.finditer(sentence):
        listed = match.group(1).split("、")
        listed[0] = listed[0] if listed[0][0] in SURNAMES else listed[0][1:]  # 向王强、李明: after the verb
        if (match.group(2) or int(match.group(3)) == len(listed)) and all(_trim_name(n) == n for n in listed):
            names.update(listed)
    for match in _BYLINE.finditer(sentence):
        for group in match.groups():
            name = _trim_name(group) if group else None
            if name:
                names.add(name)
    for match in _NAME_THEN_POSTED.finditer(sentence):
        name = _trim_name(match.group(1))
        if name and len(name) >= 2:
            names.add(name)
    for match in _POST_IS_NAME.finditer(sentence):
        name = _trim_name(match.group(1))
        if name:
            names.add(name)
    if "、" in sentence:
        for name in list(names):
            at = sentence.find(name)
            while at >= 0:
                names.update(_listed_after(sentence[at + len(name):]))
                at = sentence.find(name, at + 1)
    return names | joined_names(sentence, names, _trim_name, word_frequency)  # 副主任王立平和李海燕 (names_joined.py)


# A post and its holder joined by 为 / 是, the name with brackets of its own: 现任副主任为韩某(专职).
_POST_IS_NAME = re.compile("(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")(?:为|是)"
                           r"([\u4e00-\u9fff]{2,3}?)(?=[(（])")
# A name opening its clause, then 同志 and the verb of a post given (,钟某同志任专委会主任; 谭某同志调任…).
_NAME_THEN_POSTED = re.compile(r"(?:^|[，,、。；;：:])([\u4e00-\u9fff]{2,3}?)同志(?:调任|改任|升任|转任|任|担任|出任|兼任)")
# Names listed after one post, each with its own brackets: 副主任为韩某(专职)、陈某(兼职,市林业局副局长).
_BRACKETS_THEN_NAME = re.compile(r"[(（][^()（）]{1,30}[)）]、([\u4e00-\u9fff]{2,3}?)(?=[(（])")


def _listed_after(rest: str) -> list[str]:
    """The names listed after a name a post introduced, each written with brackets of its own."""
    found = []
    at = 0
    while (match := _BRACKETS_THEN_NAME.match(rest, at)) is not None:
        name = _trim_name(match.group(1))
        if name is None:
            break
        found.append(name)
        at = match.end(1)
    return found


def find_bylines(sentence: str) -> list[tuple[str, str]]:
    """(label, name) pairs of a byline: (文/王晨霞) → [("文", "王晨霞")];
    (文李轲图郑斌) → [("文", "李轲"), ("图", "郑斌")]."""
    found = []
    for match in _BYLINE.finditer(sentence):
        if match.group(1) and _trim_name(match.group(1)):
            found.append(("文", match.group(1)))
        if match.group(2) and _trim_name(match.group(2)):
            found.append(("图", match.group(2)))
    return found


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    start: int
    end: int
    moved_to: str = ""  # the post moved to, the role being the one left (原主任谭某调任市人大…主任)


_ROLE_CUT = re.compile(r"[，,。；;：:“”\"（）()！？!?]|这是|也是|就是|分别是|分别为|正在出席|出席|的|对|由|在|和|与")


def find_people(sentence: str, names) -> list[Person]:
    """Occurrences of known ``names`` in the sentence, each with the role
    written just before it (青岛市政协主席 for 杨军)."""
    people: list[Person] = []
    for name in names:
        begin = 0
        while True:
            index = sentence.find(name, begin)
            if index < 0:
                break
            begin = index + len(name)
            head = sentence[:index]
            cuts = [0] + [match.end() for match in _ROLE_CUT.finditer(head)]
            cut = cuts[-1]
            if len(cuts) >= 2 and head[cut - 1] == "和" and re.match(r"[\u4e00-\u9fff]{1,8}?(?:委员会|界)", head[cut:]):
                cut = cuts[-2]  # 文化文史和学习委员会主任: the 和 joins the words of one body's name
            role = head[cut:].strip("、 ")
            # Another person named before (研究员晏书文、研究室原主任冯景川): the role starts after them.
            cut = max((role.rfind(other) + len(other) for other in names if other != name and other in role), default=0)
            role = role[cut:].strip("、 ")
            if role and not any(role.endswith(w) for w in _ROLE_WORDS):
                role = ""
            after = "" if role else post_written_at(sentence, index + len(name))  # 林某副主席主持…
            held = _post_held(sentence, index, index + len(name))
            role = held or role  # 委员赵立华担任市科协副主席: the post he holds, not the word before him
            role = f"{after}、{held}" if after and held else (after or role)  # 林某副主席兼任县工商联主席: both
            moved = _MOVED_TO.match(sentence, index + len(name))
            moved_to = ""
            if not held and moved and moved.group("post").endswith(_ROLE_WORDS):
                # 原主任谭某同志调任…主任: the post held here stays his role, the one moved to is told apart;
                # 钟某同志任专委会主任: the post given is the role.
                if role and (moved.group("verb") in _TRANSFERS or role.startswith("原")):  # 原主任某同志任秘书长
                    moved_to = moved.group("post")
                else:
                    role = moved.group("post")
            listed = _LISTED_UNDER.search(head)
            if listed and not role:
                # 副主任为韩某(专职)、陈某(兼职,…): the post they are listed under, as their brackets qualify it.
                role = _qualifiers(sentence, index + len(name)) + listed.group(1)
            own = post_in_brackets(sentence, index + len(name))
            if own and own not in role:
                # 委员罗某(市第2人民医院副院长): the post written beside the name, after the word before it.
                role = f"{role}、{own}" if role else own
            people.append(Person(name, role, index, index + len(name), moved_to))
    people = share_joined_posts(sorted(people, key=lambda p: p.start), sentence)  # 副主任王立平和李海燕: both
    # Drop names inside longer names (王宏 inside 王宏伟).
    return [p for p in people if not any(o is not p and o.start <= p.start and o.end >= p.end and len(o.name) > len(p.name) for o in people)]


# A person's own post or unit in brackets right after the name: 罗某(市第2人民医院副院长), 韩某(兼职,市林业局副局长).
_BRACKETED = re.compile(r"[(（]([^()（）]{2,30})[)）]")
# Beside a name, brackets ending in a professional title (高级农艺师, 主治医师, 助理研究员) or in a
# workplace (区人民医院, 县蔬菜产业协会) tell where the person works, as a post does.
_TITLE_OR_WORKPLACE = re.compile(r"[\u4e00-\u9fff]{2,}(?:师|研究员|馆员|技术员|调研员|专员|中心|公司|医院|学校|学院|"
                                 r"大学|中学|小学|幼儿园|银行|协会|商会|学会|合作社|研究所|研究院|事务所|集团)$")
# Words naming a person a member or comrade, written between the name and its bracketed post.
_MEMBER_AFTER_NAME = re.compile(r"委员|常委|同志")


# A list of holders under one post, up to the name read: 现任副主任为甲(专职)、乙(兼职,…)、
_LISTED_UNDER = re.compile("(" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")(?:为|是)"
                           r"(?:[\u4e00-\u9fff]{2,3}[(（][^()（）]{1,30}[)）]、)*$")


def _qualifiers(sentence: str, end: int) -> str:
    """The words in brackets after a name that qualify the post it is listed under (专职, 兼职)."""
    match = _BRACKETED.match(sentence, end)
    parts = re.split(r"[,，;；、]", match.group(1)) if match else []
    return "".join(part for part in parts if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", part) and not part.endswith(_ROLE_WORDS))


def post_in_brackets(sentence: str, end: int) -> str:
    """The post written in brackets right after a name (委员罗某(市第2人民医院副院长) → 市第2人民医院副院长),
    its last part that ends with a post or title (兼职,市林业局副局长 → 市林业局副局长); "" when the
    brackets say something else (专职, 2019年).  The brackets may follow the word naming the person a
    member (刘某委员(区人民医院副院长)), as reports write a member's workplace after it."""
    after = _MEMBER_AFTER_NAME.match(sentence, end)
    match = _BRACKETED.match(sentence, after.end() if after else end)
    if match is None:
        return ""
    parts = [part for part in re.split(r"[,，;；、]", match.group(1))
             if part.endswith(_ROLE_WORDS) or _TITLE_OR_WORKPLACE.search(part)]
    return "、".join(parts)


def _post_held(sentence: str, start: int, end: int) -> str:
    """The post of a name told by its shape: 组长由孙建平担任 (before 由), 赵立华担任市科协副主席 (after the name,
    or after the post word written after it: 林某副主席兼任县工商联主席)."""
    after = _HOLDS_AFTER.match(sentence[end:]) or _HOLDS_AFTER.match(sentence[end + len(post_written_at(sentence, end)):])
    if after:
        return after.group(1) or after.group(2)  # 赵某担任…副主席; 石某委员是…合作社理事长
    for match in _HELD_BY.finditer(sentence):
        if match.start() < start and end <= match.end():
            before = _POST_BEFORE_BY.search(sentence[:match.start() + 1])
            return before.group(1) if before else ""
    return ""


@lru_cache(maxsize=1 << 15)  # asked of each amount by a dozen scores, for every passage read closely
def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Start and end of the clause (between commas, semicolons, full stops)
    around ``position``."""
    start = max(sentence.rfind(d, 0, position) for d in CLAUSE_DELIMITERS) + 1  # searches in C, not per character
    after = _CLAUSE_END.search(sentence, position)
    return start, after.start() if after else len(sentence)
