"""What the engine learns about each document's time and place when it is
added, and how a question is read in that frame.

A report is read as its members read it when it is current: one delivered
in January 2024 about 2023 calls 2023 去年 and 2024 今年.  So each document
has its results ``year`` (the year it reports on) and its ``frame_year`` (the
year it is read in: the date under its title, else the year after its
results, as annual reports are delivered), the places it is the committee
of (海川 for 海川市政协…), and, per sentence, whether it tells results or
plans (a plan section's heading, or 计划 / 力争 / 拟 … in the sentence).

General Chinese only: no word of any one document is listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .facts import clause_bounds
from .patterns import pattern
from .placed_fact import place_in
from .outcome_asked import OUTCOME_NOUNS, outcome_not_asked
from .paper_plans import paper_plans
from .outcome_opens import outcome_opens
from .places_named import bare_places

__all__ = ["DocFrame", "learn_frame", "is_plan", "recalled_plans_blanked", "named_results", "figure_year", "question_mode", "plan_name_years",
           "question_places", "PLAN", "RESULTS", "planned_year", "goes_on_from"]

PLAN, RESULTS = "plan", "results"

_FULL_DATE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
# A home place starts a name (line start, after a dash, a date or the Party's 中共: 中共某某县政协机关党组), not a word's tail (…会议上县政协 is no 议上),
# nor a number's unit (十二月十八日在区政协 is no 日在: a name never opens right after a digit).
# A district's or county's committee is named after its city (政协鹤汀市南渚区第5届委员会, 政协柘川县第9届委员会,
# 鹤汀市南渚区政协): its own place is the last before the term or 政协, not the city it lies in.
_HOME = re.compile(r"(?:(?<![\u4e00-\u9fff\d])|(?<=中共))(?:[\u4e00-\u9fff]{2}[市州])?([\u4e00-\u9fff]{2})(?:市|区|县|州)政协|政协第?\d*届?([\u4e00-\u9fff]{2})(?:市|区|县|州)委员会|"
                   r"政协(?:[\u4e00-\u9fff]{2}[省市州])?([\u4e00-\u9fff]{2})(?:市|区|县|州)第\d+届委员会")
# 县委员 is the county's 委员, no 县委 (栗岗县委员助企…).  A province's committee (某某省政协) is a committee too;
# its 省委 is left out: a report of a city names its province's 省委党校 and 省委 often.
_PLACE_IN_QUESTION = re.compile(r"([\u4e00-\u9fff]{2})(?:(?:市|区|县|州)(?:政协|委(?!员)|政府|人大|市长|长)|省政协)")
_LEVELS_LISTED = re.compile(r"[市区县]")  # a level inside the name before a level (县市区政府)
NOT_A_PLACE = re.compile(r"^(?:全市|本市|城市|我市|该市|各区|全区|全县|我们|咱们|你们|他们|大家|市委|一个|政协|这个|那个|哪个|同城|市区|城区|县区|区县|"
                          r"郊区|新区|辖区|社区|园区|景区|街区|小区|山区|老区|各市|各县|"
                          # A time before 区政协 (去年区政协开了几次会) is no place.
                          r"去年|今年|明年|前年|当年|全年|往年|近年|上年|本年|每年|年初|年底|"
                          # …nor a span of time back to now (5年来市政协…, 3年间县政协…, 疫情期间区政协…).
                          r"年来|月来|年间|期间|年里|"
                          # …nor a term or tenure (上届县政协主席是谁, 现任县政协秘书长: the holder then or now).
                          r"上届|本届|下届|历届|每届|首届|往届|前届|当届|这届|那届|该届|现任|时任|前任|原任|历任|新任|首任|曾任|接任|继任|"
                          # A verb taking the body as its object (获得县委批示, 报请市政府) is no place either.
                          r"获得|得到|受到|取得|报请|提请|呈报|报送|邀请|请求|要求|根据|按照|通过|配合|协助|听取|"
                          # …or its members (入驻市政协委员78名, 组织县政协委员视察): they are the members of the body.
                          r"入驻|进驻|派驻|编入|列入|纳入|加入|组织|动员|带领|联系|走访|"
                          # A party or people's body before its own committee of a level (民盟市委会, 农工党市委, 各民主党派市委,
                          # 共青团县委) names that body, not a place: the eight parties and the bodies named so.
                          r"党派|民革|民盟|民建|民进|工党|致公|公党|学社|台盟|青团|"
                          # …nor one of taking up a post (当选市政协主席, 担任县政协副主席, 调任市政协).
                          r"当选|选举|选为|担任|出任|调任|兼任|就任|升任|改任|"
                          # …nor one of hearsay or asking opening the question (听说市政协…, 请问县政协…).
                          r"听说|据说|请问|想问|问问|知道)$|"
                          # …nor a copula or preposition closing an adverb (也是市政协…, 都在县政协…).
                          r"[\u4e00-\u9fff][是在]$|"
                          # (获: a verb of getting, 社情民意获市委批示: 意获 is no place.)
                          r"[在的和与会了是对向从为以及两各个被把给由让经到后时获]|"
                          # …nor the 全 of 全市 after a time (今年全市政协发稿多少篇: the whole of the home city).
                          r"全$|"
                          # …nor a localiser or measure word ending a word (单位里区政府, 多少名区政协委员, 成果报区委): general Chinese.
                          r"[里内名位件项报]|"
                          # A question word or 副 before 市长 (哪位市长, 哪位副市长, 多少市政协委员) asks who or how many, it names no place; nor does
                          # a verb of holding the post (初期当县长的, 那年任市长的).
                          r"[哪几谁副]|多少|[当任做]$|"
                          # …nor a verb's complement of direction before the body (吸收进市政府, 纳入县财政, 报至区委).
                          r"[进入至往]$|"
                          # …nor the end of what the committee handles, named before the body that handles it
                          # (社情民意信息市政协采用率, 提案县政协立案了几件, 意见建议区政府采纳多少).
                          r"^(?:信息|提案|议案|意见|建议|报告|材料|稿件|文章)$")
# A body of a committee named in a title (滨江市政协经济委员会2021年工作总结, 青禾市政协教育界别…): the
# report is that body's; not the committee itself (政协第9届海川市委员会) nor its standing committee.
# The formal title may name the committee first, with its term or not (政协栖梧市第10届委员会人口资源环境委员会,
# 政协苇洲县委员会科学技术界别).
_OWN_BODY = re.compile(r"政协(?:[\u4e00-\u9fff]{1,8}?(?:第\d+届)?委员会)?((?!常务)[\u4e00-\u9fff]{2,10}?(?:委员会|界别))"
                       r"(?=\d|$|[^\u4e00-\u9fff])")
# A title naming the work, not its body (政协某市委员会2022年港澳台侨和外事工作总结): the body the opening declares
# with a short name is the report's (一年来，政协某市委员会港澳台侨和外事委员会(以下简称"港澳台侨委")在…).
_DECLARED_BODY = re.compile(r"政协[\u4e00-\u9fff]{1,8}?(?:第\d+届)?委员会((?!常务)[\u4e00-\u9fff]{2,10}?(?:委员会|界别))[(（]以下简称")
# A sentence opening with its year (2022年，区政协共开展…; 2022年全年…).
_OPENING_YEAR = re.compile(r"((?:19|20)\d\d)年(?:度)?(?:[,，]|全年|以来|共|全市|全县|全区)")
_WHOLE_COMMITTEE = re.compile(r"^[\u4e00-\u9fff]{1,6}[市区县州旗]委员会$")
# (讲话要点, 发言要点: the points of a speech, no plan of work.)
_PLAN_HEADING = re.compile(r"安排|打算|计划|思路|展望|(?<!讲话|发言|致辞)要点|任务|目标|建议")
# A heading of a year's review and the next year's plan both (2019年工作总结和2020年工作打算, 协商工作情况和
# 协商工作安排的报告): a report's title, over its preamble, which tells the year done as much as the plan.
_REVIEW_AND_PLAN = re.compile(r"(?:总结|回顾|情况)[^,;:。]{0,12}?[和与及暨][^,;:。]{0,16}?(?:安排|打算|计划|思路|要点)")
# 计划生育 (family planning: 卫生和计划生育委员会) and 计划单列 (a city of separate planning) name a policy or a
# status, no plan; nor does 目标管理考核 (an appraisal by objectives): general Chinese words, whatever the report.
_NOT_A_PLAN = r"(?!生育|单列)"
# (Not the 拟 of 模拟协商, 虚拟, 草拟: words holding it tell no plan.)
_PLAN_WORDS = re.compile(rf"计划{_NOT_A_PLAN}|力争|(?:今年|明年|年内|下一步|下步|接下来)(?:还|也|又)?将|拟于|(?<![模虚比草])拟|打算|争取|预计|目标是|目标(?!管理|责任|考核)|将于|准备(?!会)")  # 准备会: a meeting held
# 今年要… / 明年还要…: what a year is to bring, a plan (not 要求, a demand made).
_ASKS_PLAN = re.compile(rf"计划{_NOT_A_PLAN}|打算|准备(?!会)|(?<![模虚比草])拟|目标|力争|争取(?![到了])|预计|将要|要(?:提高|达到|保持|控制|(?<!需要)到(?=多少|几|百分之))|安排|"
                        r"建议(?:把|将|在|要|用)|"  # 建议把漏损率降到多少: what a recommendation sets, as a plan
                        r"(?:今年|明年|年内|下一步|接下来|下步)(?:还|也|又)?要(?!求)|"
                        # 今年现场协商会至少几场, 今年最多评多少件: a bound set for the year is its target.
                        r"(?:今年|明年|年内)[^?,;。]{0,12}?(?:至少|最多|最少|不超过|不少于|不低于|保持在|控制在)")
# 是哪天开的 (是…的 of a time) asks when a thing was done: a result, not the plan's date; so does 最后达到 (an outcome).
# A perfective 了 before the question word asks what was done: 提了几条, and 发现了哪些问题 / 形成了什么 (a visit's
# findings), which a plan of the visit never tells; so does whether it came about (实现全覆盖了没有).
# (为了, 除了: other words; nor is 超过几个月, a bound.)
_ASKS_RESULTS = re.compile(r"实际|已经|(?:最后|最终)(?:达到|完成|实现)|完成了|达到了|(?<![为除])了(?:多少|几|哪些|哪几|什么|啥)|"
                           r"(?<![为除])了(?:没有?|吗|么)[?!。]*$|(?<![超经通越])过(?:多少|几)|得出|结论|结果|成效|效果|成果|取得了|"
                           r"是(?:哪1?天|什么时候|何时|几月几[日号]|哪个?月)[\u4e00-\u9fff]{1,3}的")
# A plan word naming the thing (计划的5册书, 计划出版的书): what follows it may ask its outcome.
_PLANNED_THING = re.compile(r"(?:计划|打算|准备)[\u4e00-\u9fff\d]{0,4}?的")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")
# A heading's year that plans (2022年工作打算), not its dateline's day (--2018年1月16日在…会议上): the day delivered.
_HEADING_YEAR = re.compile(r"((?:19|20)\d\d)年(?!\d{1,2}月\d{1,2}日)")
# 1983年以来出版的35辑, 2019年起: a year that starts (or bounds) a span another clause tells of
# does not date an event told without a year of its own (并于12月6日上线 is in the reported year).
_SPAN_YEAR = re.compile(r"((?:19|20)\d\d)年(?:以来|起|开始|至今|以前|之前|以后|之后)")
# A span of years written out (2021年至2023年, 2021—2023年): a figure told of it is dated by its last year.
_YEAR_RANGE = re.compile(r"(?<![(（])(?:19|20)\d\d年?(?:至|到|—|－|-|~)((?:19|20)\d\d年)(?![)）])")  # not a name's (…方案(2023-2025年))
# A name's own span of years in brackets (…三年行动方案(2023-2025年)): the years the thing named covers, which
# date no figure told after it in the sentence.
_NAME_YEARS = re.compile(r"[(（](?:19|20)\d\d年?(?:至|到|—|－|-|~)(?:19|20)\d\d年?[)）]")
# So does a year's figure the change is counted against (较2024年底的29个新增12个): the 12个 are the year reported on.
_STARTING_YEAR = re.compile(r"(?:19|20)\d\d年[^0-9]{0,3}\d+(?:\.\d+)?[^0-9]{0,3}?[\u4e00-\u9fff]{0,4}(?:到|至)$|(?:比|较)(?:19|20)"
                            r"\d\d年(?:底|末)?(?:同期)?的\d+(?:\.\d+)?[^0-9]{0,3}?(?:增加|新增|增长|提高|多|减少|下降|少)了?$")

# A clause telling how a figure changed from a year's: 由2021年的29条增至52条, 从2022年的13个增加到18个.
_CHANGE_FROM_YEAR = re.compile(r"(?:由|从)(?:19|20)\d\d年(?:底|末)?的?\d[^,;:。，；：]*?(?:增至|增加到|增长到|提高到|提升到|上升到|"
                               r"扩大到|下降到|降至|降到|减少到|减至|缩短至|缩短到|达到|到|至)[^,;:。，；：]*")


def _figure_at(sentence_norm: str, fact: str) -> int:
    """Where ``fact`` stands in the sentence: a figure (9条) as a whole number, not the tail of another (29条)."""
    if fact[:1].isdigit():
        found = pattern(r"(?<![\d.])" + re.escape(fact)).search(sentence_norm)
        if found:
            return found.start()
    return sentence_norm.find(fact)


# A change told against a year (比2019年增加6家, 较2019年提高3个百分点): the year is the baseline's.
_AGAINST_YEAR = re.compile(r"(?:比|较)(?:19|20)\d\d年(?:同期)?(?:增加|增长|提高|提升|上升|减少|下降|降低|多|少|新增)[^,;:。，；：]*")
# What a later figure builds on (在2022年4个镇试点的基础上,计划新建…30个): the year is the groundwork's, not the figure's.
_GROUNDWORK_YEAR = re.compile(r"在[^,;:。，；：]{0,30}?(?:19|20)\d\d年[^,;:。，；：]{0,30}?基础上")
# A year's figure a later one is compared with (比2019年的29篇, (2019年为30条)): the year dates that figure only.
_COMPARED_YEAR = re.compile(r"比(?:19|20)\d\d年(?:同期)?的?\d[^,;:。，；：]*|[(（](?:19|20)\d\d年[^)）]{0,12}?\d[^)）]{0,6}[)）]")


def _without_changes(text: str) -> str:
    """``text`` with each clause that tells a change from a year's figure, or a figure compared with one, left out."""
    return _COMPARED_YEAR.sub("", _CHANGE_FROM_YEAR.sub("", text))

# The dateline's session: 在政协某县第9届委员会第3次会议上 (normalised numerals); not a meeting of the standing
# committee (在政协第9届某市委员会常务委员会第7次会议上: its 7th meeting is no plenary session).
_DELIVERED_AT = re.compile(r"在[^\n。]{0,30}?第?(\d+)届(?:(?!常务委员会|常委会)[^\n。,;:]){0,16}?第?(\d+)次(?:会议|全体会议|大会)上")


# A report's own word for the year before the one it reports on (上年, 上一年; not 比上年, a comparison):
# counted from its results year, whenever it was delivered (上年 of a December 2024 summary is 2023).
_REPORTS_PREVIOUS = re.compile(r"(?<![比较])上1?年")


@dataclass(frozen=True)
class DocFrame:
    year: int | None  # the year the document reports on
    frame_year: int | None  # the year it is read in (去年 = frame_year - 1)
    places: tuple[str, ...]  # the places it is the committee of (海川)
    level: str | None = None  # the level of its committee (市, 区, 县), told with its place
    body: str | None = None  # the body it is the report of, when a committee's or a sector's (经济委员会, 教育界别)
    session: tuple[int, int] | None = None  # the plenary session it was delivered at: (9, 3) for 九届三次会议
    plan_paper: bool = False  # its title is only a plan of one year (2019年度协商工作计划): asked plainly, it plans
    reviews: bool = False  # it has a heading looking back (二、2023年协商工作回顾): a plan paper's other sections plan


# Words looking past the year a document reports on (明年计划…).
_AHEAD = re.compile(r"明年|下一年|后年")


def offset_years(norm: str, offsets: list[int], frame: DocFrame) -> list[int]:
    """The years a question's relative words (offsets counted from the year before the one its document is
    read in: 去年 0, 今年 1) ask in that frame.  明年 shares 今年's offset, as annual reports are read the
    year after their results; a document read the year it reports on (a feature of its December) plans
    the year after it, so there a word looking ahead asks the year after its results.  A report's 上年
    is the year before the one it reports on."""
    if frame.frame_year is None:
        return []
    ahead = int(frame.frame_year == frame.year and bool(_AHEAD.search(norm)) and not re.search(r"今年|本年", norm))
    years = [frame.frame_year - 1 + offset + (ahead if offset >= 1 else 0) for offset in offsets]
    if frame.year is not None and -1 in offsets and _REPORTS_PREVIOUS.search(norm):
        years[offsets.index(-1)] = frame.year - 1  # 上年 counts from the year reported on, whenever it was read
    return years


def plans_ahead(plan_asked: bool, question_norm: str, section_norm: str, passage_norm: str, year: int | None) -> bool:
    """Whether a passage answers 明年… (a year after the document's own, asked by a relative word): where a plan
    is asked, or where the question asks neither plan nor result and the passage tells a plan (力争覆盖率达到100%
    under a feature's 明年将重点抓好… a few paragraphs up: a report's plans are for the year after its results)."""
    return year is not None and (plan_asked or (question_mode(question_norm) is None and is_plan(section_norm, passage_norm, year)))


# A day that opens a span (2025年1月1日至12月31日的履职情况, 2023年3月1日起) bounds the period a notice
# reports on: it is not the day the document was delivered.
_OPENS_SPAN = re.compile(r"\s*(?:至|到|—|－|-|~|起|以来)")


def _delivery_date(text: str) -> re.Match[str] | None:
    """The first full date in ``text`` that does not open a span of days."""
    return next((m for m in _FULL_DATE.finditer(text) if not _OPENS_SPAN.match(text, m.end())), None)


# A title that is only a plan of one year (2019年度协商工作计划, 2024年工作要点（草案）, 关于印发《…2019年度协商工作计划》的通知): no 总结 of that year before
# it, no 执行情况 after it (关于2019年度协商计划执行情况的报告 reports results).
_PLAN_TITLE = re.compile(r"^(?:(?!总结|回顾|情况).)*?((?:19|20)\d\d)年度?[^\d\n]{0,12}?(?:计划|要点|安排|打算)"
                         r"[》\"”]?(?:的通知)?(?:[(（][^)）]*[)）])?\s*$")


# A day alone on a document's last line (under its signature: 某某党组 / 2021年12月28日, or …2019年1月18日印发)
# is the day it was signed: with no date under its title, the document is read in that day's year.
_SIGNED = re.compile(r"^(?:.*\s)?((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*(?:印发)?\s*$")


def learn_frame(year: int | None, title_norm: str, opening_norm: str, closing_norm: str = "", reviews: bool = False) -> DocFrame:
    """The frame of one document from its results year, its title, its first lines and its last (normalised)."""
    dated = _delivery_date(title_norm) or _delivery_date(opening_norm[:300]) or _SIGNED.match(closing_norm.strip())
    plan_title = _PLAN_TITLE.search(title_norm)
    if plan_title and year == int(plan_title.group(1)):
        year -= 1  # a plan of its own year (2019年度协商工作计划) reviews the year before and is read in its own
    if dated:
        frame = int(dated.group(1))
    elif year is not None:
        frame = year + 1
    else:
        frame = None
    places = []
    level = None
    # A title naming its committee's place names the home: another place in the first lines is a neighbour the
    # report tells of (桃溪区政协主席率队来松洼考察), not the report's; with none in the title, the first lines name it.
    named = [m for m in _HOME.finditer(title_norm) if not NOT_A_PLACE.match(m.group(1) or m.group(2) or m.group(3))]
    for match in named or _HOME.finditer(title_norm + "\n" + opening_norm[:300]):
        place = match.group(1) or match.group(2) or match.group(3)
        if not NOT_A_PLACE.match(place) and place not in places:
            places.append(place)
            if level is None:
                end = match.end(1) if match.group(1) else match.end(2) if match.group(2) else match.end(3)
                level = match.string[end]
    body = _OWN_BODY.search(title_norm)
    if body and _WHOLE_COMMITTEE.match(body.group(1)):
        body = None  # 政协某某县委员会2019年度…: the place's whole committee, no body within it
    body = body or _DECLARED_BODY.search(opening_norm[:300])
    delivered = _DELIVERED_AT.search(title_norm + "\n" + opening_norm[:300])
    session = (int(delivered.group(1)), int(delivered.group(2))) if delivered else None
    return DocFrame(year, frame, tuple(places[:3]), level, body.group(1) if body else None, session, bool(plan_title), reviews)


# The year a plan heading names for its plans (2018年提案工作的主要打算, 2022年工作思路和安排), with no other
# year between (2017年工作回顾和2018年工作打算 plans 2018).
_PLANNED_YEAR = re.compile(r"((?:19|20)\d\d)年(?!\d{1,2}月)[^\d\n]{0,12}?(?:打算|计划|安排|思路|展望|要点|设想)")


def planned_year(section_norm: str) -> int | None:
    """The year a section's plan heading plans for, when it names one: a plan of that year only."""
    years = [int(y) for y in _PLANNED_YEAR.findall(section_norm)]
    return years[-1] if years else None


def is_plan(section_norm: str, sentence_norm: str, year: int | None) -> bool:
    """Whether a sentence tells a plan (what will be done) rather than a result."""
    if _REVIEW_AND_PLAN.search(section_norm):
        section_norm = ""  # the preamble under a title of both (…总结和…打算): its sentences tell which
    opened = _OPENING_YEAR.match(sentence_norm)
    if opened and year is not None and int(opened.group(1)) <= year:
        section_norm = ""  # 2022年，… under a plan's heading (a plan of 2023 reviewing 2022): the sentence tells
    if _PLAN_HEADING.search(section_norm):
        return True
    heading_years = [int(y) for y in _HEADING_YEAR.findall(section_norm)]
    if year is not None and any(y > year for y in heading_years):
        return True
    if year is not None and any(int(y) > year for y in _TARGET_YEAR.findall(sentence_norm.rpartition(";")[2])):
        return True  # a report on 2025 telling 到2026年接入率达到100% (in the amount's own item): a target, no result
    # A plan named as a thing done (制定…行动计划, 列入年度计划) is no plan word governing what follows;
    # nor is one inside quotation marks: a label quoted ("列入计划逐步解决" 的38件提案) names a category.
    return bool(_PLAN_WORDS.search(_NAMED_PLAN.sub("", _QUOTED.sub("", _obtained_removed(sentence_norm, year)))))


# Funds secured (争取中央预算内投资2150万元, 争取到上级资金…): 争取 with the funds and their amount right after it,
# in a sentence dated by a year before the report's (2024年,… in a report of 2025) or written 争取到: a result.
_OBTAINED = re.compile(r"争取(?:到)?(?=[\u4e00-\u9fff]{0,12}?(?:资金|投资|补助|补贴|经费|债券|贷款|拨款)[\u4e00-\u9fff]{0,3}?\d)")


def _obtained_removed(sentence_norm: str, year: int | None) -> str:
    """``sentence_norm`` without the 争取 of funds secured in a year gone by (or 争取到 them)."""
    found = _OBTAINED.search(sentence_norm)
    if not found:
        return sentence_norm
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", sentence_norm[:found.start()])]
    if found.group(0) == "争取到" or (year is not None and years and max(years) < year):
        return sentence_norm[:found.start()] + sentence_norm[found.end():]
    return sentence_norm


# A year a figure is to be reached by (到2026年, 到2027年底), not the end of a span (2021年到2025年).
_TARGET_YEAR = re.compile(r"(?<![年\d])到((?:19|20)\d\d)年")
_QUOTED = re.compile(r'"[^"]{1,40}"')  # a document's title runs long: "某市…3年行动计划(2019-2021年)"
# 列入计划 beside an outcome (所提问题得到解决或列入计划): what became of a proposal, no plan told.
_SOLVED_OR_PLANNED = r"(?<=解决[或和、])(?:纳入|列入)计划"
# A category's description ending in its label, right before its amount: …的(B类) / …的（乙类）.
_LABELLED = re.compile(r"[^,;:。，；：]{1,30}的[(（][a-zA-Z\u4e00-\u9fff]{1,3}类[)）]$")


# A clause going on from the one before (251件，占37.9%), and a result's state (列入计划逐步解决).
_GOES_ON = re.compile(r"[,，](?:占|同比|比上年|较上年)")
_STATE = re.compile(r"(?:纳入|列入)计划[、或]?(?:正在|逐步|分步|分期)?(?:解决|落实|推进|实施)")


# The plan recalled in an account of what was done (召开座谈会8次，原计划安排10次，…合并调整2次): it plans
# its own clause's amount only, not the outcomes told after it.
_RECALLED_PLAN = re.compile(r"原(?:计划|定|拟)")


def recalled_plans_blanked(text: str, clause_start: int) -> str:
    """``text`` with each recalled plan (原计划) before ``clause_start``, an amount's own clause, blanked out (same length)."""
    return _RECALLED_PLAN.sub(lambda m: " " * len(m.group(0)), text[:clause_start]) + text[clause_start:]


def goes_on_from(text: str, start: int) -> int:
    """Where the clause starting at ``start`` really starts: a clause going on from the one before (251件，占37.9%)
    is read with it, and so on back."""
    while start > 0 and _GOES_ON.match(text, start - 1):
        start = clause_bounds(text, start - 1)[0]
    return start


def named_results(text: str, position: int) -> str:
    """``text`` (up to the end of the clause of the amount at ``position``) without the words that
    name results, no plan: the amount's own category described and labelled right before it
    (列入计划、正在解决的(B类)97件 of 办理结果), and a result's state told in an earlier clause
    (所提问题得到解决或列入计划逐步解决，…评选表彰优秀提案38件), which governs no deed after it."""
    a = clause_bounds(text, position)[0]
    own = goes_on_from(text, a)
    label = _LABELLED.search(text, a, position)
    if label is not None:
        text = text[:label.start()] + text[label.end():]
    return _STATE.sub("", text[:own]) + text[own:]
# 计划 / 目标 as the noun a clause ends with, or the object of a verb of results: a plan made, not a plan told.
# (通报协商计划, 研究确定…计划, 下达…目标, 明确了…的总体目标: a plan made known or settled, a thing done; 在制定…计划时:
# when one is made.)
_NAMED_PLAN = re.compile(r"(?:围绕|紧扣|紧盯|聚焦|瞄准|朝着)[^,;。，；]{0,16}?目标(?!是|为)|"  # 围绕"某某"目标,…开展活动72场:
                         # the goal the work served, named; no target set (目标是…, a plan told)
                         r"(?:制定|出台|印发|编制|实施|完成|落实|通过|审议|通报|讨论|研究|确定|审定|商定|下达|传达|发布|公布|明确|提出)"
                         r"[^,;。，；]{0,16}?(?:计划|目标)(?=[,;。，；\"、]|时|$)|"  # (研究…要点、协商计划、…: one of the papers)
                         # 纳入三年改造计划: put into a plan of its name (列入计划逐步解决 is a plan told).
                         r"(?:纳入|列入)[^,;。，；]{1,16}?计划(?=[,;。，；\"]|$)|" + _SOLVED_OR_PLANNED + "|"
                         # 年度协商计划内工作任务: a plan's name (年度…计划) with what lies within it, a thing done
                         # (or beside another thing: 年度协商计划与中心工作同频共振; or the subject of a deed done:
                         # 今年的协商工作计划确定了几项议题; or listed with other papers: 发展计划、财政预算报告).
                         r"(?<=[\u4e00-\u9fff\"])(?:行动|工作|年度|发展|三年|五年|\d年)[\u4e00-\u9fff]{0,4}?(?:计划|目标)"
                         r"(?=内|外|之内|之外|与|和|[、,;。，；\"]|$|[\u4e00-\u9fff]{1,2}了)|"
                         # 引才的计划叫什么名字: a plan's own name asked (its noun before 叫什么), any year's plan.
                         r"(?<=[\u4e00-\u9fff])(?:计划|方案)(?=的?(?:名字|名称|全称)|叫(?:什么|啥))|"
                         # 按计划完成: done as planned, a result (not 计划完成, a plan).
                         r"按照?[^,;。，；]{0,8}?计划(?=完成|推进|实施|落实|进行|开展|举办|执行)|"
                         # 防汛准备工作, 备考准备情况: the preparations, a thing seen or done, not 准备 planning.
                         r"准备(?=工作|情况)")


# 纳入三年改造计划的小区: a thing put into a plan, asked as it is (a result), whatever follows; so into a year's
# programme or list (纳入了2024年民生实事项目: the putting is done, the year names the programme).
_PLAN_PUT_INTO = re.compile(r"(?:纳入|列入)(?:[^,;。，；?]{1,16}?(?:计划|项目|清单|名单|目录)|计划(?=的))|" + _SOLVED_OR_PLANNED)  # 列入计划的有多少条 too
# (not 列入计划逐步解决的有多少件: a category of results the reports tell as a plan)


def plan_name_years(norm: str) -> set[int]:
    """The years a question writes inside the name of a plan something was put into (列入了2020年工作计划):
    they name the plan, not the year whose plan or results are asked."""
    return {int(y) for m in _PLAN_PUT_INTO.finditer(norm) for y in re.findall(r"((?:19|20)\d\d)年", m.group(0))}


@lru_cache(maxsize=4096)  # asked for each passage and sentence a question's answerers read (each report's too)
def question_mode(norm: str) -> str | None:
    """Whether a question asks for a plan, for a result, or either."""
    results = _ASKS_RESULTS.search(norm)
    if results and OUTCOME_NOUNS.fullmatch(results.group(0)) and outcome_not_asked(norm) \
            and not _ASKS_RESULTS.search(OUTCOME_NOUNS.sub("", norm)):
        # 成果数据库叫啥 (成果 names the thing, whose plan tells its name as well as its making), 选几项协商成果,
        # 批示过的成果多久内反馈 (the outcomes counted or named): no outcome asked.
        results = None
    if results and not re.search(r"计划|打算|准备|力争|争取", norm):
        return RESULTS  # (力争几项调研成果进入决策: 成果 is what the target counts, no outcome asked)
    named = _PLANNED_THING.search(norm)
    if named and _ASKS_RESULTS.search(norm, named.end()):
        return RESULTS  # 计划的4册读本已经印了几册: what became of a planned thing, a result no plan tells
    # 多少个小区纳入三年改造计划: a plan named as a thing done asks what was done, no plan.
    if _ASKS_PLAN.search(_PLAN_PUT_INTO.sub("", _NAMED_PLAN.sub("", norm.rstrip("?!。 ")))):
        return PLAN
    return None


def question_places(norm: str, known: set[str], corpus: str = "") -> set[str]:
    """The places (committees, cities) a question names: any document's home
    place it contains, any 2-character name written before 市/区/县 and a body,
    and a place named bare or with 省 before a body (places_named.py: a gazetteer
    place, or one the reports' ``corpus`` writes as a place)."""
    found = {place for place in known if place in norm}
    spans = [(m.start(), m.end()) for place in found for m in pattern(re.escape(place)).finditer(norm)]
    for match in _PLACE_IN_QUESTION.finditer(norm):
        name = match.group(1)
        if any(match.start(1) < end and start < match.end(1) for start, end in spans):
            continue  # 川县 of 柘川县县长: a piece of a place already found
        if _LEVELS_LISTED.search(name):
            continue  # 县市区政府, 市县政府: the levels of government listed, no place named
        if match.group(0).endswith("省政协") and name + "省" not in corpus:
            continue  # 社情民意省政协采用了几条: a province only where the reports write it (澜西省委党校)
        if not NOT_A_PLACE.search(name) and not any(name in place or place in name for place in found):
            found.add(name)
            spans.append((match.start(1), match.end(1)))
    return found | bare_places(norm, spans, corpus, _not_a_place)


def _not_a_place(name: str) -> bool:
    return bool(NOT_A_PLACE.search(name))


def figure_year(frame: DocFrame, section_norm: str, sentence_norm: str, fact: str = "") -> int | None:
    """The year a sentence's figure belongs to: the one written in its clause just before
    it (由2021年的3.2%提高到2022年的4.6%), else one the sentence names, else the
    planned year for a plan (its heading's, else the year the report is read
    in), else the year the document reports on."""
    whole = sentence_norm
    at = -1 if not fact else _figure_at(sentence_norm, fact) if (placed := place_in(sentence_norm, fact)) is None else placed
    if fact and at < 0 and not re.search(r"\d", fact):
        # A person named with their post (杨军（青岛市政协主席）) is not a figure: a year written before
        # the name in its own sentence dates them, not one inside a quotation or after the name,
        # which belong to something else (“从2019年11月……”王宏对青岛市政协主席杨军说).
        at = sentence_norm.find(re.split(r"[（(：:]", fact, 1)[0]) if fact[0] not in "（(" else -1
        if at < 0:
            return frame.year
        before = re.sub(r'"[^"]*"', "", sentence_norm[:at]).split("。")[-1]
        years = _TITLE_YEAR.findall(before)
        # 牵头人：褚伟民秘书长 under 2024年主要工作: a person a plan names holds the post in the planned year.
        return int(years[-1]) if years else _planned_year(frame, section_norm, sentence_norm) or frame.year
    if at > 0 and frame.year is not None and re.search(r"(?:上年|去年|上1年)(?:同期)?(?:的|为|是)$|[(（](?:上年|上1年)(?:同期)?"
                                                     r"[\u4e00-\u9fff]{0,6}$|(?:^|[,;:。，；：])(?:上年|去年|上1年)"
                                                     r"(?!以来|起|至今|底|末|初)[\u4e00-\u9fff]{1,8}$", sentence_norm[:at]):
        # 比上年的698件, 由上年的86.0%, (上年为3次), (上年立案226件), ；上年参与调解326件: the year before the one reported on
        return frame.year - 1
    starting = False
    if at > 0:
        clause = re.split(r"[,;:。，；：]", sentence_norm[:at])[-1]
        before = _TITLE_YEAR.findall(_SPAN_YEAR.sub("", _YEAR_RANGE.sub(r"\1", clause)))
        # 由2024年的95.2%提高到97.6%: the year dates the figure it started from, not the one reached.
        starting = bool(before) and bool(_STARTING_YEAR.search(clause))
        if before and not starting:
            return int(before[-1])
    # A year the sentence names before the figure, or anywhere when no figure is placed;
    # a year written only after it (…38场,…采纳率由2017年的61%…) belongs to another figure.
    # A clause telling a change from a year (由2021年的29条增至52条) dates its starting figure only: a figure in a
    # later clause (…，被采用31条) is not of that year.
    # A change told against a year in an earlier clause (全县现有企业31家，比2019年增加6家，…入库88家) dates no figure
    # after it: the year is the baseline's (a figure in that clause itself, the 6家, is read by it as before); so is
    # the year of what a later figure builds on (在2022年4个镇试点的基础上，计划新建30个).
    before = sentence_norm if at < 0 else sentence_norm[:at]
    cut = max(before.rfind(c) for c in ",;:。，；：") + 1 if at >= 0 else 0
    before = _GROUNDWORK_YEAR.sub("", _AGAINST_YEAR.sub("", _NAME_YEARS.sub("", before[:cut]))) + before[cut:]
    # A statement of its own after a semicolon (2023年投入3.82亿元；2024年计划投入…，已完成2.97亿元) is dated by its own year.
    statement = before[max(before.rfind(";"), before.rfind("；")) + 1:] if at >= 0 else ""
    named = None if starting else (
        _TITLE_YEAR.search(_without_changes(_SPAN_YEAR.sub("", _YEAR_RANGE.sub(r"\1", statement))))
        or _TITLE_YEAR.search(_without_changes(_SPAN_YEAR.sub("", _YEAR_RANGE.sub(r"\1", before)))))
    if named:
        return int(named.group(1))
    if at >= 0:  # a plan word governs what follows it, not an amount before it, up to an outcome word (实际…),
        # nor its category's name
        rest = re.search(r"[,;:。，；：]", sentence_norm[at:])
        start = outcome_opens(sentence_norm, at) or 0
        sentence_norm = recalled_plans_blanked(sentence_norm, clause_bounds(sentence_norm, at)[0])  # (原计划…)
        sentence_norm = named_results(sentence_norm[start:at + rest.start() if rest else None], at - start)
    return _planned_year(frame, section_norm, sentence_norm, whole) or frame.year


def _planned_year(frame: DocFrame, section_norm: str, sentence_norm: str, whole: str | None = None) -> int | None:
    """The planned year when the sentence is a plan (its heading's, else the year the report is read in,
    else the year after the one reported on); None for a result."""
    if frame.year is None or not (is_plan(section_norm, sentence_norm, frame.year)
                                  or paper_plans(frame, section_norm, whole or sentence_norm)):
        return None
    later = [int(y) for y in _HEADING_YEAR.findall(section_norm) if int(y) > frame.year]
    if later:
        return later[0]
    if frame.frame_year is not None and frame.frame_year > frame.year:
        return frame.frame_year
    return frame.year + 1
