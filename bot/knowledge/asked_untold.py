"""Declining by reason an answer whose sentence tells a neighbour of what is asked, not the thing itself:

- the outcome of the year after the report (明年…实际收集了多少): a report tells its plans, not their outcome;
- a level asked (人均履职积分是多少分), a change told (人均履职积分比上年提高12%): the change is no level;
- a part of a group the question counts itself (提交的4件集体提案中有几件被立案): the answer can be no more
  than the group, so an amount larger than it counts something else (立案68件 of all proposals);
- the names of people asked by role, the sentence naming no one (role_only.py) or counting them (members_counted.py);
- a span's or several events' sum told for one year's or day's asked, or one year's for a span's (span_told.py);
- all there will be asked (总共要加装多少部), a first batch told (首批4部电梯) (first_batch.py);
- one day's event asked (5月13日双周协商提出了多少条), or one of several plainly (农业界委员有多少人), a sum
  over several told (2次协商共提出31条, 3个界别共有委员62名);
- one scope asked (全省平均是多少), another one's figure told (全市…治理率为41.6%, 低于全省平均水平);
- who (分别由谁带队), and the sentence names no one at all;
- where (培训班在哪办的), no place read, and no clause naming the thing asked writes where it was;
- what each of several was named (议题分别是什么, 两篇信息的题目是什么), and the sentence quotes one name or none;
- which ones (被退回的3件提案是哪几件), and the sentence only counts them (counted_only.py);
- whether it came about (某产业园建成了没有), and the sentence tells it only as proposed or planned
  (proposed_only.py);
- the others asked (除了A、B还有哪些), the answer's clause telling only those set aside (excluded_told.py);
- what a person named did, the sentence not naming them, or telling the deed of another (named_doer.py);
- so many of a thing asked (不满意的那6件提案, 不满意的7件), the sentence telling another number of it (不满意的4件提案);
- a trip to a place (去栖梧县考察学习), the sentence telling a trip elsewhere (赴安吉县学习考察);
- an event of one day (6月27日专题协商会), the sentence telling another day's (9月12日…专题协商会);
- a body's own staff (市政协机关工作人员), the sentence telling another's (委员会机关现有工作人员4名);
- the committee of a place at one level (栖梧县政协), the report being of that place's other level (栖梧市);
- this year's plan (今年计划再改造多少个), a plan of a year gone by told (2024年计划改造32个 in a report read in 2025);
- the new ones counted (新增委员多少名), and the amount's clause tells nothing new (27名委员通过视频连线参加);
- all there are counted (养老机构床位有多少张), and the amount is of the new ones added (新增养老床位1260张),
  or the stock there is now (现在一共有多少个), and the amount is of new ones set up (新设服务站65个);
- people of one sex or group counted (女委员有多少名, 党外委员), and the clause counts people at large
  (27名委员通过视频连线参加);
- what an agency was given (交市生态环境局办理的提案), and the sentence names no such agency;
- which agency (哪个部门办理的), and the part of the sentence about the thing asked names none (推动相关部门…);
- one kind within a set (巡河发现的问题中污水直排问题有几个, 全科医生里有几名是硕士, 三公经费里公务接待费是多少),
  and the clause counts the set (发现问题58个);
- people taken on asked (去年招了几个事业编人员), the stock there is told (现有…其中事业编制22名), no hiring;
- one day's or month's event asked (5月16号那场协商会, 3月的视察), the sentence dating another of its own
  (6月9日…共41人参加, 9月24日…带队视察);
- a level or side of a contrast asked (省级补助, 城镇居民), another's figure told (contrast_asked.py);
- a town asked (双桥镇, 东湖街道), the sentence telling of another one (在芦荡镇召开…, 其中苇城街道118个);
- a person asked by surname and post (钱县长批示了几件), the sentence naming no one of that surname;
- one event asked by its quoted name, the amount told in another event's part of the sentence (quoted_part.py);
- a person asked by name and post (陈某副主席), the sentence naming them with another post (提案委员会主任陈某);
- one named workstation or liaison station asked (甲镇委员工作室), the sentence about another (unit_asked.py);
- what a deed was done to (组织委员活动多少次), and the clause counts the same deed done to another
  thing (累计组织集中学习31次);
- one town or street asked (东湖街道新建了多少个充电桩), the whole region's figure told (全县新建公共充电桩326个,
  or the total its breakdown after 其中 gives other places of), its clause not naming that place;
- one item of a list asked (义诊搞了多少场), the list counted together (组织义诊、法律咨询等活动218场,
  开设"甲""乙"2个读书群,参与委员90名) (list_total.py);
- one sector or party asked (农业界交了几件), the sentence naming several and the amount's clause another
  one or all of them (unit_of_several.py);
- an average asked (人均增收多少), the sentence writing no average at all (per_head.py);
- a part left out (不含物资) or one place alone (单独) asked, the amount taking that part in or joining the
  place with another (set_aside_told.py);
- where a person worked before (以前在哪个部门工作), the sentence naming no post held before (former_work.py);
- a 政协's members counted (市政协委员总共有多少人), those of one of its bodies told (文史委现有委员31名);
- all there are counted (企业一共有多少家), the amount counting those a deed or a service reached (全年走访企业92家,
  为63家企业提供转贷服务), or those who came to an event (160余人参加, 来自全省5个设区市的).

Used by the checks (checks.py, ``Checks.doubt``) on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .area_parts import smaller_area_told
from .body_terms import body_terms_untold
from .bracket_part import asked_only_in_bracket_part
from .count_named import other_count_named
from .grade_asked import grade_or_kind_untold
from .former_work import former_work_untold
from .sub_body_counted import sub_body_counted
from .neighbour_parts import neighbour_part_doubt
from .post_not_given import other_post_told
from .quoted_part import figure_of_other_part
from .part_after import whole_told_for_part
from .listed_items import one_of_listed, untold_part
from .list_total import one_item_of_list_counted
from .per_head import cap_for_average, per_head_untold
from .unit_of_several import other_unit_counted
from .breakdowns import breakdown_role
from .contrast_asked import contrast_untold, rank_place_untold
from .doer_named import doer_untold
from .name_quoted import only_own_name_quoted
from .name_untold import name_untold
from .counted_only import only_counted
from .ranked_lists import names_top
from .excluded_told import only_excluded_told
from .asked_noun import asked_noun_untold
from .unit_asked import kind_part_counted, other_unit_told
from .set_aside_told import takes_in_set_aside
from .first_batch import first_batch_for_all
from .members_counted import only_members_counted
from .span_told import span_sum_told, span_told_for_year, year_told_for_span
from .role_only import only_role_told, role_asked
from .titles import persons_work_quoted
from .named_doer import deed_of_another
from .proposed_only import only_proposed, went_planned_only, whether_planned_only, whether_untold
from .facts import clause_bounds, find_quantities
from .people import SURNAMES
from .figure_years import asks_change, is_difference
from .persons_measured import counts_persons_asked
from .body_members import other_body_members
from .frames import PLAN, RESULTS, question_mode
from .items import AGENCY_NAMED
from .doers import ASKS_RECIPIENT
from .patterns import pattern
from .members import group_asked
from .numbers_told import day_told, days_named, without_item_numbers
from .question import KIND_NUMBER, KIND_WHAT, KIND_WHERE, KIND_WHO, QuestionAnalysis
from .town_names import town_names, towns_told

# The year after the report's own: its plans' year (明年, 下一年, 后年).
_NEXT_YEAR = re.compile(r"明年|下1?年|后年|来年")
# A group the question names with its size, then counts within it: 4件集体提案中有几件, 12个问题里多少个.
_COUNTED_WITHIN = re.compile(r"(\d+)[件个名位篇项条次场家所人][^,;。?!]{0,16}?(?:之中|当中|中间|中|里)有?(?:几|多少)")
# One day (5月13日), as normalised.
_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
# A sum over several occasions: 2次协商共提出, 3场座谈会合计, 两次会议累计.
_SEVERAL_SUMMED = re.compile(r"(?:[2-9]|\d{2,})(?:次|场|个|项|轮)([\u4e00-\u9fff]{0,8}?)(?:共|合计|累计|总计)")
# Each of several asked by what it is called (议题分别是什么, 各叫什么名字).
_EACH_NAMED = re.compile(r"(?:分别|各自|各)(?:是|叫)(?:什么|啥|哪些)|"
                         r"(?:[2-9两三四五六七八九]|\d{2,})[篇个件项条部本][^,?]{0,12}(?:题目|名字|名称|标题)")
# …answered unquoted by a sentence writing each out in a list (7个县区分别是甲区、乙区、丙县).
_EACH_WRITTEN = re.compile(r"分别(?:是|为)[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){2,}")
# So many of a thing, given by the question (那6件提案): number, measure word, the thing.
_GIVEN_AMOUNT = re.compile(r"(?<![\d.])(\d+)([件个名位篇项条次场家所])([\u4e00-\u9fff]{2})")
# A session named as the start of a span (关于9届2次会议以来提案工作情况的报告): for a deed asked at a session (9届3次
# 会议上谁作报告) it names only what the report covers; a count told since it is still that span's (not the session asked).
_SPAN_START = re.compile(r"\d+届\d+次(?:会议)?以来")
# So many of a thing given by what describes them (不满意的7件, 获批示的6条): the words before 的, number, measure word.
_GIVEN_AFTER_WORDS = re.compile(r"([\u4e00-\u9fff]{2}的)[那这]?(\d+)([件个名位篇项条次场家所])")
# A trip to a named place (去栖梧县, 赴江屿市), not to one asked (去哪个县) nor a time (去年全县, 到年底全市).
_TRIP_TO = re.compile(r"(?:去(?!年)|赴|到|前往)([^\W\d年月日底全各本该这那哪的了]{2,4}?)[省市县区]")
# A body's own staff or offices (政协机关, 委员会机关).
_OWN_OFFICES = re.compile(r"(政协|委员会|人大|政府|党委|[委局办])机关")
# The new ones of a kind asked right before the count (新增委员多少名, 新任委员有几名).
_NEW_ONES = re.compile(r"新(?:增|任|当选|吸收|加入|聘|建|设|开通|开)了?([\u4e00-\u9fff]{1,6}?)有?(?:多少|几)")
# The new ones added, written right before the amount (新增养老床位1260张, 新增会员单位12家).
_ADDED_BEFORE = re.compile(r"新增(?:了|加)?[\u4e00-\u9fff]{0,8}$")
# New ones set up (新设服务站65个, 新建…): the stock there is now (现在一共有多少个) is not told by them.
_SET_UP_BEFORE = re.compile(r"(?:新设|新建|增设|新开设|新成立|新组建)(?:了)?[\u4e00-\u9fff]{0,10}$")
# People taken on asked (招了几个, 新招录多少名; not a 招聘会 nor 招商), a stock told (机关现有干部职工118人，其中…):
# those there are now, not those hired, unless the sentence tells a taking on too.
_HIRED_ASKED = re.compile(r"招(?!聘会|商|标|牌|待)|录用")
_HIRED_TOLD = re.compile(r"招|录用|聘|引进|遴选|调入|补充|新进")
_ASKS_STOCK = re.compile(r"现在|现有|目前|如今|一共有|总共有|共有")
# Those a deed was done to, written right before the amount (走访企业92家, 察看分馆和农家书屋15个, 联系党外委员96名):
# how many were visited or reached, not how many there are (企业一共有多少家, 党外委员一共多少名).
# (Not a deed listed among others, 开展调研、视察、座谈等活动共计九十余次: the deeds are what is counted.)
# (结对服务高龄、独居老人1300余人, 受益居民560余户: those served or done good to, not all there are.)
_ACTED_ON_BEFORE = re.compile(r"(走访|察看|查看|视察|抽查|暗访|联系|慰问|参观|考察|调研|走进|深入|结对服务|结对帮扶|服务|受益|惠及)了?(?![、等和])"
                              r"[\u4e00-\u9fff、]{0,12}$")
# (全县农村有多少名独居老人: a whole area's, all there are.)
# A sentence opening with an activity of its own name (开展"名医带徒"活动,…): what it counts is that activity's.
_OPENS_NAMED_ACTIVITY = re.compile(r'^(?:\d{1,2}月(?:份)?,?)?(?:开展|举办|组织|启动|实施)"[^"]{2,12}"(?:活动|行动)')
# A sample taken (随机抽查项目28个, 抽取…, 抽样): what it counts or sums is the sample's, not all there are.
_SAMPLED = re.compile(r"抽查|抽取|抽样|抽检|随机")
# A deed done asked by its verb and 了 (一共申报了多少个项目): its count, not all of a kind there are.
_DONE_ASKED = re.compile(r"[\u4e00-\u9fff](?<![有是为])了(?:多少|几)")
_ASKS_ALL_THERE_ARE = re.compile(r"一共|总共|共有|现有|目前有|总数|全[县市区省国][\u4e00-\u9fff]{0,6}有(?:多少|几)")
# Those a service reached, written with 为 right before the amount and the service after the thing counted
# (为63家企业提供转贷服务, 为120名群众义诊): how many were served, not how many there are.
_SERVED_AROUND = re.compile(r"为$")
_SERVICE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?(提供|办理|解决|争取|送去|送上|开展|举办|义诊|培训|减免|协调|落实)")
# Those who came to an event, written right after the amount (160余人参加, 42人出席) or the places they came from
# right before it (来自全省5个设区市的…): how many came, not how many there are (市政协一共有多少委员).
_ATTENDED_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(参加|出席|参会|与会|到会|参与|列席)")
_CAME_FROM_BEFORE = re.compile(r"来自[\u4e00-\u9fff]{0,4}$")
_ASKS_ATTENDED = re.compile(r"参加|出席|参会|与会|到会|参与|列席|来了|到场|来自")
# A question asking what was added or changed, not all there are (新增, 增加了, 多了, 新建).
_ASKS_ADDED = re.compile(r"新|增|添|多了|扩|提高|提升|上升")
# An agency (生态环境局, 住建局): what makes a word one is its last character.
_AGENCY = re.compile(r"[\u4e00-\u9fff]{2}(?<![格布大全结开当时])局")
# A kind within a set, both ending in the same noun: 发现的问题中污水直排问题有几个, 468件提案里集体提案有多少件.
_KIND_IN_SET = re.compile(r"([\u4e00-\u9fff]{2})(?:之中|当中|中间|中|里面|里)([\u4e00-\u9fff]{2,8}?)\1有?(?:多少|几)")
# …or the kind's last character the set's noun's (三公经费里公务接待费是多少: a 接待费 is a kind of 经费).
_KIND_BY_LAST = re.compile(r"[\u4e00-\u9fff]([\u4e00-\u9fff])(?:之中|当中|中间|中|里面|里)的?([\u4e00-\u9fff]{2,8}?)\1"
                           r"(?:是|有|为|共)?(?:多少|几)")
# A kind within a set told after the count (全科医生里有几名是硕士, 提案中有多少件是集体提案, 社会事业类提案有多少是
# 重点提案: the set's noun right before 有 says "of them" as 中 does).
_COUNT_OF_KIND = re.compile(r"(?:之中|当中|中间|中|里面|里|(?<=[\u4e00-\u9fff]{2})有(?=多少|几))有?(?:几|多少)[\u4e00-\u9fff]?(?:是|为|属于)([\u4e00-\u9fff]{2,6})")
# A deed and what it was done to, right before the count (组织委员活动多少次, 报送社情民意多少篇; not
# the measure of the deed: 报送目标是多少篇).
_DEED = r"组织|开展|举办|召开|提交|报送|编报|提出|形成|建成|新建|收集|走访|发放"
# What it was done to ends on no 了 (县级组织交了几件: 组织 is a noun there, 交了 no thing done to); a deed word
# naming an award or a party (优秀组织奖发了几个, 组织者) is a noun too.
# (A share asked, 提交占比多少, is of the deed's count, no thing the deed was done to.)
_DEED_ASKED = re.compile(r"(" + _DEED + r")(?!目标|任务|计划|数量|总数|占比|比例|比重|奖|者|方)([^的率是有了\W\d][\u4e00-\u9fff]{0,4}?[^\W\d了])(?<!是)"
                         r"(?:搞|弄|干|做|实际|一共|总共|共|大概|大约|累计)?了?(?:多少|几)")  # 开展宣讲搞了多少场: 宣讲 the thing
# A question asking a sum (一共, 合计, 加起来) or naming several (两次, 3个界别, A和B).
_ASKS_TOTAL = re.compile(r"共|合计|总计|加起来|合起来|累计|总数|全部|和|、|(?:\d+|[两几])(?:次|场|个|项|轮)")
# Whom something went to may be a body (转交相关职能部门), not a person named.
_TO_WHOM = re.compile(ASKS_RECIPIENT + r"|交给|转给|报给|转交")
# Which agency asked (哪个部门, 哪些单位): an agency named answers, 相关部门 (some agency) does not.
_WHICH_AGENCY = re.compile(r"(?:哪个|哪些|哪几个|哪家|哪1个|哪一个)(?:职能)?(?:部门|单位|机构)")
_SOME_AGENCY = re.compile(r"(?:相关|有关)(?:职能)?(?:部门|单位)")
# People's organisations, units too (联合区工商联开展…协商).
_ORGANISATION = re.compile(r"工商联|妇联|侨联|科协|总工会|团[区市县]?委|文联|残联|红十字会|台联")
# Words writing where something was, went or settled (在县委党校, 到某镇, 赴外地, 向全国政协, 深入社区, 落户某园区;
# 面向社会 is none).
_PLACE_MARK = re.compile(r"(?:在|于|到)(?![\d今去明本上下年月会期此这该其当前后同])|(?<![面导方走倾意])向|"
                         r"(?<![以往])往(?![年往])|赴|去(?!年)|前往|深入|走进|来到|落户|坐落|位于|"
                         r"调任|调入|转任")  # a move to a new post tells where one went (调任省政协工作)
# An occasion or a cause written like a place (在市政协常委会第9次会议上, 统一到全会精神上来): it tells no place.
_OCCASION = re.compile(r"(?:在|到)[^,;。]{0,24}?(?:会议|大会|全会|会|精神|部署|要求)上来?")
# The occasion itself asked (安排在哪几次常委会议上, 在哪个会上).
_ASKS_OCCASION = re.compile(r"哪[^,?]{0,8}(?:会议|会)上?[?]?$")
# A scope of a whole region (全省, 全市, 全县, 全区, 全国), not a body of it (全国政协, 全市政协委员).
_SCOPE = re.compile(r"全(省|市|县|区|国)(?!政协|人大|委员|人民代表)")
MONTH_ASKED = re.compile(r"(?<![\d.])(\d{1,2})月(?!份?(?:以来|至|到|底前|前))")
# A person asked by surname and post (钱县长, 郑书记): the sentence must name one of that surname.
SURNAME_POST = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的那这]))([\u4e00-\u9fff])(?:县长|市长|区长|书记|主委)")


def neighbour_doubt(question: str, shown: str) -> float:
    """Another day's, month's, town's or person's neighbour told for the one asked: 0.4, else 1.0."""
    asked_days = days_named(question)
    if asked_days and days_named(shown) and not any(day_told(m, d, shown) for m, d in asked_days):
        return 0.4  # 6月27日专题协商会 asked, a meeting of 9月12日 told; 10月9日至10日 tells 10月10日
    asked_months = set(MONTH_ASKED.findall(question))
    told_months = set(MONTH_ASKED.findall(without_item_numbers(shown)))  # 1.5月17日: the 5th month
    if asked_months and told_months and not asked_months & told_months:
        return 0.4  # 3月的视察是谁带队的 asked, 9月24日…带队视察 told
    asked_towns, told_towns = set(town_names(question)), set(town_names(shown))
    if asked_towns and told_towns and not towns_told(asked_towns, shown):
        return 0.4  # 双桥镇 asked, a meeting in 芦荡镇 told
    person = SURNAME_POST.search(question)
    if person and person.group(1) in SURNAMES and person.group(1) not in shown:
        return 0.4  # 钱县长批示了几件 asked, 县领导对提案作出批示共27件次 told
    return 1.0


def untold_doubt(q: QuestionAnalysis, kind: str, fact: str, shown: str, frame, word_frequency,  # noqa: ANN001 - a DocFrame
                 previous: str = "", earlier: str = "") -> float:
    """How much to trust an answer less because its sentence tells a neighbour of what is asked (read in
    ``frame``, the answer's document's; ``previous`` is the sentence before it, ``earlier`` all its paragraph's before it;
    names read with the general dictionary's ``word_frequency``, Segmenter.general_frequency)."""
    neighbour = min(neighbour_doubt(q.norm, shown), neighbour_part_doubt(q, kind, fact, shown))
    if neighbour < 1.0:
        return neighbour
    if kind == "number" and asked_noun_untold(q, shown, earlier):
        return 0.4  # 某县人口多少 asked, 某县52场 or 参加委员26名 told: no 人口 (asked_noun.py)
    if other_unit_told(q.norm, shown, previous, getattr(frame, "places", ())):
        return 0.4  # 甲镇委员工作室的召集人 asked, 乙街道委员工作室由某某担任召集人 told (unit_asked.py)
    if only_excluded_told(q.norm, fact, shown):
        return 0.4  # 除了河口镇、白塔镇还在哪几个乡镇 asked, 在河口镇、白塔镇等6个乡镇 told (excluded_told.py)
    if takes_in_set_aside(q.norm, fact, shown):
        return 0.4  # 捐款多少(不含物资) asked, 捐款捐物价值1260万元 told; 单独 asked, 甲县、乙县两县 told (set_aside_told.py)
    if deed_of_another(q.names, [t.text for t in q.terms if len(t.text) >= 2], shown, word_frequency) and not persons_work_quoted(q, shown):
        return 0.4  # 林某副主席主持编辑的书 asked, 何某副主席…主持编辑"某书" told (named_doer.py)
    if other_post_told(q.norm, q.names, shown):
        return 0.4  # 陈某副主席 asked, 提案委员会主任陈某 told (post_not_given.py)
    if former_work_untold(q.norm, shown):
        return 0.4  # 某副主席以前在哪个部门工作 asked, 分管副主席某某 told: no post held before (former_work.py)
    if grade_or_kind_untold(q.norm, shown):
        return 0.4  # 评议结果是啥等次 asked, a sentence telling no grade (grade_asked.py)
    for given in _GIVEN_AMOUNT.finditer(q.norm):
        number, measure, thing = given.groups()
        if q.norm[given.start() - 1:given.start()] == "哪":
            continue  # 哪两个界别 asks which ones: their number is of the answer, the sentence may count all (34个界别)
        session = q.norm[given.start() - 1:given.start()] == "届"
        told = re.findall(r"(?<![\d.])(\d+)" + measure + thing, _SPAN_START.sub("", shown) if session and kind != "number" else shown)
        if told and number not in told:
            return 0.4  # 不满意的那6件提案 asked, 不满意的4件提案 told
    for before, number, measure in _GIVEN_AFTER_WORDS.findall(q.norm):
        told = re.findall(re.escape(before) + r"(?<![\d.])(\d+)" + measure, shown)
        if told and number not in told:
            return 0.4  # 不满意的7件是哪些单位办的 asked, 不满意的4件提案 told
    trip = _TRIP_TO.search(q.norm)
    if trip and not re.search(r"哪|什么|几|多少|啥", trip.group(1)) and trip.group(1) not in shown:
        return 0.4  # 去栖梧县考察 asked, 赴安吉县学习考察 told
    offices = _OWN_OFFICES.search(q.norm)
    if offices and offices.group(0) not in shown and _OWN_OFFICES.search(shown):
        return 0.4  # 市政协机关 asked, 委员会机关 told (a bare 机关 is the reporting body's own: 机关现有在编干部32人)
    if frame.level and any(pattern(re.escape(place) + "[省市县区]").search(q.norm) and place + frame.level not in q.norm
                           for place in frame.places):
        return 0.4  # 栖梧县政协 asked of the report of 栖梧市
    if _NEXT_YEAR.search(q.norm) and question_mode(q.norm) == RESULTS:
        return 0.3  # what came of next year's plans: no report tells it
    if kind == KIND_WHERE and not fact and _no_place_beside(q, shown):
        return 0.4  # 培训班在哪办的: 举办…培训班2期 tells no place (在会前 is of another clause, and no place;
        # 在常委会会议上 is an occasion)
    if rank_place_untold(q.norm, shown):
        return 0.4  # 排名第一的委员是谁 asked, 对排名靠后的委员进行约谈 told (contrast_asked.py)
    if kind == KIND_WHO and fact and doer_untold(q.norm, fact, shown):
        return 0.4  # 调出的那名委员是谁 asked, someone named a clause away from 调出委员1名 (doer_named.py)
    if kind == KIND_WHO and fact and only_members_counted(q.norm, fact, shown):
        return 0.4  # 特约监督员都是谁 asked, 由副主席某某带队…聘请特约监督员15名 told (members_counted.py)
    if kind == KIND_WHO and fact and role_asked(q.norm) not in fact and only_role_told(q.norm, shown, word_frequency):
        return 0.4  # 批示的市领导是谁 asked, 市委、市政府领导先后61次作出批示 told: whose leaders, no one named (role_only.py)
    if kind == KIND_WHO and not _TO_WHOM.search(q.norm):
        return 0.4 if not fact else 1.0  # 分别由谁带队: a sentence naming no one (转给谁 may be a body)
    if kind == KIND_WHAT and only_own_name_quoted(q.norm, shown):
        return 0.4  # 第二十三辑书名叫什么 asked, only the series the question names quoted (name_quoted.py)
    if kind == KIND_WHAT and _EACH_NAMED.search(q.norm) and shown.count('"') < 4 and not _EACH_WRITTEN.search(shown):
        return 0.4  # the topics of several meetings asked, one topic (or none) quoted (nor written out: 分别是甲、乙、丙)
    if kind == KIND_WHAT and not fact and name_untold(q, shown, word_frequency, previous):
        return 0.4  # 新建的委员工作室叫什么名字 asked, 新建委员工作室4个…《芩溪文史》 told: no name of it (name_untold.py)
    if kind == KIND_WHAT and not fact and only_counted(q.norm, shown, q.term_words()) and not names_top(q.norm, shown):
        # (提案最少的是哪个界别: a list ranked by its figures, or one said to have the least, names the one)
        return 0.4  # 被退回的3件提案是哪几件 asked, 对…3件提案退回重新办理 told (counted_only.py)
    if kind == KIND_WHAT and not fact and only_proposed(q.norm, shown, q.term_words()):
        return 0.4  # 某产业园建成了没有 asked, 提出"建设某产业园"等8条建议 told (proposed_only.py)
    if kind == KIND_WHAT and not fact and only_role_told(q.norm, shown, word_frequency):
        return 0.4  # 请了哪些专家学者 asked, 邀请专家学者授课8期 told (role_only.py)
    if kind == KIND_WHAT and not fact and whether_untold(q.norm, [t.text for t in q.terms], shown):
        return 0.4  # 修缮资金到位了没有 asked, a sentence writing no 到位 (proposed_only.py)
    if kind == KIND_WHAT and not fact and went_planned_only(q.norm, [t.text for t in q.terms], shown):
        return 0.4  # 推进会开得怎么样 asked, 计划于3月5日召开推进会 told (proposed_only.py)
    if kind == KIND_WHAT and not fact and whether_planned_only(q.norm, [t.text for t in q.terms], shown):
        return 0.4  # 平台上线了没 asked, 计划于次年6月底前上线运行 told (proposed_only.py)
    part = _part_about(q, shown, r"[;；]") if kind in (KIND_WHAT, KIND_WHO) and _WHICH_AGENCY.search(q.norm) else ""
    if _SOME_AGENCY.search(part) and not AGENCY_NAMED.search(part) and not _ORGANISATION.search(
            _part_about(q, part, r"[,，;；。]")):
        return 0.4  # 交通拥堵的提案是哪个部门办理的 asked, …交通拥堵的提案",推动相关部门增设… told
    if kind != "number" or not fact:
        return 1.0
    if not counts_persons_asked(q.norm, fact):
        return 0.4  # 在某国的侨胞有多少人 asked, 联系海外侨胞1100余人次 told: visits, not persons (persons_measured.py)
    if other_body_members(q.norm, q.terms, previous + shown):
        return 0.4  # 某联谊会有多少会员 asked, 某同乡总会…现有会员约3800名 told: another body's (body_members.py)
    if untold_part(q.norm, q.terms):
        return 0.4  # 捐款捐物里现金捐款是多少: a part the documents never name, the whole's figure told
    same = [x for x in find_quantities(shown) if x.text == fact]  # 比2023年的4件…其中个人提案4件: the one of the asked words
    words = q.term_words(2)
    quantity = max(same, key=lambda x: sum(w in shown[slice(*clause_bounds(shown, x.start))] for w in words), default=None)
    if quantity is None:  # a grade (iii类) or a figure in words: the sentence's sides alone (contrast_asked.py)
        return 0.4 if kind == KIND_NUMBER and contrast_untold(q.norm, shown, shown) else 1.0
    if figure_of_other_part(q.norm, shown, fact):
        return 0.4  # "丙"协商会 asked, 召开"甲"专题协商会,…46条;…召开"丙"专题协商会 told (quoted_part.py)
    if is_difference(shown, quantity) and not asks_change(q):
        return 0.4  # 人均积分是多少分 asked, 比上年提高12% told
    if asked_only_in_bracket_part(q.term_words(2), shown, quantity.start):
        return 0.4  # 博士委员占比多少 asked, 研究生学历117名,占30.8%(博士研究生14名) told (bracket_part.py)
    within = _COUNTED_WITHIN.search(q.norm)
    if within and quantity.value > float(within.group(1)):
        return 0.3  # 4件集体提案中有几件: 68件 counts others
    a, b = clause_bounds(shown, quantity.start)
    clause = shown[a:b]
    if other_count_named(q.term_words(2), shown[a:quantity.start], clause, [t.text for t in q.terms if len(t.text) == 1]):
        return 0.4  # 大会发言安排几个 asked, …大会发言遴选…,重点提案数量不少于15件 told (count_named.py)
    if sub_body_counted(q.norm, shown[a:quantity.start], shown[:a], earlier):
        return 0.4  # 市政协委员总共有多少人 asked, 文史委现有委员31名 told (sub_body_counted.py)
    if kind_part_counted(q.norm, shown, clause, getattr(frame, "places", ())):
        return 0.4  # 委员工作室接待群众多少人次 asked, 7个界别委员工作室接待群众814人次 told by kind (unit_asked.py)
    if contrast_untold(q.norm, shown, clause, getattr(frame, "level", None)):
        return 0.4  # 省级补助 asked, 区财政安排资金 told; 城镇居民 asked, 农村居民的收入 told (contrast_asked.py)
    # (A year inside words qualifying what is counted, 对2020年列入计划逐步解决的71件提案, dates no plan.)
    dated = [int(m.group(1)) for m in re.finditer(r"((?:19|20)\d\d)年", shown[a:quantity.start])
             if "的" not in shown[a + m.end():quantity.start]]
    if dated and frame.frame_year and max(dated) < frame.frame_year and re.search(r"今年|明年|本年", q.norm) and (
            question_mode(q.norm) == PLAN):
        return 0.4  # 今年计划 asked, 2024年计划改造32个 told in a report read in 2025
    if span_sum_told(q.norm, shown, a, quantity.start):
        return 0.4  # 今年计划改造多少个 asked, 计划3年改造…210个 told; one day's asked, the year's sum told (span_told.py)
    if span_told_for_year(q, shown, quantity.start, frame.session):
        return 0.4  # 去年收到多少件 asked, 5年来…收到提案1340件 told (span_told.py)
    if year_told_for_span(q.norm, shown, quantity.start, frame.session):
        return 0.4  # 5年来办了几期 asked, 举办讲堂9期 told of the report's year (span_told.py)
    days = _DAY.findall(q.norm)
    named_event = any(t.named and any(f'"{e}"' in shown[:a] for e in t.equivalents) for t in q.terms)
    summed = _SEVERAL_SUMMED.search(clause)
    if summed and (len(days) == 1 and days[0] not in clause or not _ASKS_TOTAL.search(q.norm)) and not named_event \
            and not (len(summed.group(1)) >= 2 and summed.group(1) in q.norm):
        # (举办"界别活动周",32个界别共开展活动96场: the named event's own total; 11个镇街委员工作室共接待… asked of
        # 镇街委员工作室: the sum of the group the question names)
        return 0.4  # one day's meeting, or one 界别's members, asked: the sum over several told
    if whole_told_for_part([(t.text,) + tuple(t.equivalents) for t in q.terms], shown, quantity.start, q.norm):
        return 0.4  # 已开工项目投资额多少 asked, 协议投资额46.8亿元，其中已开工项目9个 told (part_after.py)
    opened = _OPENS_NAMED_ACTIVITY.match(shown)
    if opened and any(len(t.text) >= 3 and not any(e in shown for e in t.equivalents) for t in q.terms):
        return 0.4  # 义诊队一共有多少名医生 asked, 开展"名医带徒"活动,…与35名乡村医生结成… told: another activity's
    if one_of_listed(q.norm, shown[:quantity.start]):
        return 0.4  # 县公安局推荐了几名 asked, 向县检察院、县公安局…等11个单位推荐…22名 told (the sum over all)
    if one_item_of_list_counted(q.norm, shown, quantity.start, (a, b)):
        return 0.4  # 义诊搞了多少场 asked, 组织义诊、法律咨询等活动218场 told (list_total.py)
    if other_unit_counted(q.norm, shown, clause):
        return 0.4  # 农业界交了几件 asked, 界别提案来自经济界、农业界…，其中经济界提交4件 told (unit_of_several.py)
    if cap_for_average(q.norm, fact):
        return 0.4  # 平均每小时收多少 asked, 计时托收费每小时不超过30元 told: a cap, no average (per_head.py)
    if per_head_untold(q.norm, shown, clause, shown[clause_bounds(shown, a - 1)[0]:a] if a else ""):
        return 0.4  # 脱贫户人均增收多少 asked, 实施产业项目9个，帮助脱贫户增收 told (per_head.py)
    new = _NEW_ONES.search(q.norm)
    if new and new.group(1) in clause and "新" not in clause:
        return 0.4  # 新增委员 asked, 27名委员通过视频连线参加 told
    if _ADDED_BEFORE.search(shown[a:quantity.start]) and not _ASKS_ADDED.search(q.norm) and not asks_change(q):
        return 0.4  # 养老机构床位有多少张 asked, 新增养老床位1260张 told
    if _SET_UP_BEFORE.search(shown[a:quantity.start]) and _ASKS_STOCK.search(q.norm) and not _ASKS_ADDED.search(q.norm):
        return 0.4  # 现在一共有多少个服务站 asked, 新设服务站65个 told
    if _HIRED_ASKED.search(q.norm) and "现有" in shown and not _HIRED_TOLD.search(shown):
        return 0.4  # 机关去年招了几个事业编人员 asked, 机关现有干部职工118人，其中…事业编制22名 told
    acted = _ACTED_ON_BEFORE.search(shown[a:quantity.start])
    if acted and _ASKS_ALL_THERE_ARE.search(q.norm) and acted.group(1) not in q.norm and not re.search(_DEED, q.norm) \
            and not _DONE_ASKED.search(q.norm) \
            and not (quantity.unit or "").endswith("元"):  # 所联系企业共捐款86.4万元: money counts no one reached
        return 0.4  # 民营企业一共有多少家 asked, 全年走访企业92家 told
    if first_batch_for_all(q.norm, shown[a:quantity.start]):
        return 0.4  # 总共要加装多少部电梯 asked, 推动该小区首批4部电梯开工 told: the first batch only
    sampled = _SAMPLED.search(shown[a:quantity.start]) or shown.startswith("涉及", a) and _SAMPLED.search(
        shown[clause_bounds(shown, a - 1)[0]:a] if a else "")  # (…,涉及资金…: what the sample takes in; not 发现问题17个)
    if sampled and (_ASKS_ALL_THERE_ARE.search(q.norm) or _ASKS_TOTAL.search(q.norm)) and not _SAMPLED.search(q.norm):
        return 0.4  # 全县衔接资金一共多少 asked, 随机抽查项目28个,涉及资金6300万元 told: the sample's (not all)
    served = _SERVICE_AFTER.match(shown[quantity.end:b]) if _SERVED_AROUND.search(shown[a:quantity.start]) else None
    if served and _ASKS_ALL_THERE_ARE.search(q.norm) and served.group(1) not in q.norm and not re.search(_DEED, q.norm):
        return 0.4  # 民营企业一共有多少家 asked, 为63家企业提供转贷服务 told
    if _ASKS_ALL_THERE_ARE.search(q.norm) and not _ASKS_ATTENDED.search(q.norm) and (
            _ATTENDED_AFTER.match(shown[quantity.end:b]) or _CAME_FROM_BEFORE.search(shown[a:quantity.start])):
        return 0.4  # 市政协一共有多少委员 asked, 委员、会员和专家160余人参加 told; 全省一共有几个市, 来自全省5个市的 told
    group = group_asked(q.norm)
    # 联系党外委员谈心谈话多少人次: the group is the object of a deed counted, told in the clause before it.
    object_of_deed = group and group in shown[:a] and not re.search(re.escape(group) + r"[\u4e00-\u9fff]{0,3}?(?:有|中|里)?(?:多少|几)", q.norm)
    if group and group not in clause and not object_of_deed:
        return 0.4  # 女委员有多少名 asked, 27名委员通过视频连线参加 told
    if any(m.group(0) not in shown for m in _AGENCY.finditer(q.norm)) or body_terms_untold(
            [(t.text,) + tuple(t.equivalents) for t in q.terms], previous + shown):
        return 0.4  # 交市生态环境局办理的提案 asked, a sentence (or the one it goes on from) naming no such agency (body_terms.py)
    kind_in_set = _KIND_IN_SET.search(q.norm)
    if kind_in_set and not _any_piece(kind_in_set.group(2), clause):
        return 0.4  # 问题中污水直排问题 asked, 发现问题58个 told
    kind_by_last = _KIND_BY_LAST.search(q.norm) if not kind_in_set else None
    if kind_by_last and not _any_piece(kind_by_last.group(2), clause):
        return 0.4  # 三公经费里公务接待费是多少 asked, "三公"经费支出41.2万元 told
    of_kind = _COUNT_OF_KIND.search(q.norm)
    if of_kind and not _any_piece(of_kind.group(1), clause):
        return 0.4  # 全科医生里有几名是硕士 asked, 新招录全科医生24名 told
    deed = _DEED_ASKED.search(q.norm)
    if deed and re.search(r"(?:" + _DEED + r")[\u4e00-\u9fff]", clause) and not _any_piece(
            deed.group(2), clause, ends=True):
        return 0.4  # 组织委员活动 asked, 累计组织集中学习31次 told
    asked = {m.group(1) for m in _SCOPE.finditer(q.norm)}
    told = {m.group(1) for m in _SCOPE.finditer(clause)}
    if asked and told and not asked & told or smaller_area_told(q.norm, shown[:quantity.start]):
        return 0.4  # 全省 asked, 全市 told; 全县 asked, 全村… or 某村… told (area_parts.py)
    place = next(iter(town_names(q.norm)), "")
    if place and not asked and place not in clause and (told or breakdown_role(shown, quantity)[0] == "total"):
        return 0.4  # 东湖街道新建了多少个充电桩 asked, 全县新建公共充电桩326个 told
    if place and place not in clause and any(town != place for town in town_names(shown[a:quantity.start])):
        return 0.4  # 东湖街道开了几场 asked, 西山街道…开展议事活动9场 told (another town's own figure)
    return 1.0


def _no_place_beside(q: QuestionAnalysis, shown: str) -> bool:
    """Whether, a place asked and none read, no clause naming the thing asked writes where (在, 到, 赴 …;
    在会前 and 到年底 tell a time)."""
    if re.search(r"哪(?:里|儿)?的[\u4e00-\u9fff]|从哪|哪(?:里|儿)?来的", q.norm):
        return False  # 请的是哪里的人: where they come from is a body named (邀请某市政协同志), no place of a deed
    words = q.term_words(2)
    occasion_asked = bool(_ASKS_OCCASION.search(q.norm))  # 在哪次常委会议上 asks the occasion
    clauses = [c if occasion_asked else _OCCASION.sub("", c) for c in re.split(r"[,;:。!?]", shown) if any(w in c for w in words)]
    return bool(clauses) and not any(_PLACE_MARK.search(c) for c in clauses)


def _any_piece(words: str, text: str, ends: bool = False) -> bool:
    """Whether a text writes any two characters running in ``words`` (only its first or last two, with ``ends``)."""
    pieces = {words[:2], words[-2:]} if ends else {words[i:i + 2] for i in range(len(words) - 1)}
    return any(piece in text for piece in pieces)


def _part_about(q: QuestionAnalysis, shown: str, cuts: str) -> str:
    """The part of a sentence (between ``cuts``) telling most of the question's words: the one about
    the thing asked where a sentence tells of several (A的提案,推动…;B的提案,推动…)."""
    words = q.term_words()
    return max(re.split(cuts, shown), key=lambda part: sum(1 for w in words if w in part))


def added_for_stock(q: QuestionAnalysis, shown: str, fact: str) -> bool:
    """Whether the amount ``fact`` counts new ones added or set up (新增托位3460个, 新设服务站65个) where ``q`` asks
    all there are (托位一共多少个) and no addition: the stock is then often told in another sentence (doubted_next.py)."""
    at = shown.find(fact) if fact else -1
    if at < 0 or _ASKS_ADDED.search(q.norm) or asks_change(q):
        return False
    before = shown[clause_bounds(shown, at)[0]:at]
    return bool(_ADDED_BEFORE.search(before) or _SET_UP_BEFORE.search(before))
