"""Declining by reason an answer that tells a neighbour of the part asked (issue 11, class 4): the
sentence chosen is about the right thing, but the part the question asks for is not in it.

- a rate asked of a named service (法律援助服务的满意率), the sentence never naming it (群众总体满意率为96.4%);
- those a deed succeeded for counted (调解成功了几件), a sentence writing no success but a rate of it;
- a rate told for a count (提案总数多少 → 办结率100%): a percentage answers only a rate, share or change;
- a deed's rate asked by its word (办结率, 采纳率) and a share told in a sentence never writing that deed (生态文明方面
  61件，占11.3%): the share of another thing;
- a share of a kind asked (来自农村群众的比例), a rate of a deed the question does not write told (回复率100%);
- a route asked by its number (几路车, 几号线), a count of lines told (公交专线1条);
- a count told for a rate (满意度是多少 → 12名): a rate asked outright is a percentage, score or fraction;
- a count told for a value (产值是多少, 基金规模多大, 总投资多少, 放贷多少 → 156家, 8条, 2场): money asked, no
  money told; a flow of use asked (日均客流, 借阅量), a count of the things used told; a duration asked
  (多长时间), no time told;
  a yield per area (亩产多少) asked, an area told (80亩);
- more than the group the question names (4件集体提案立案了几件 → 29件): the answer can be no more than it;
- people counted for things or things for people (几个医共体 → 8名委员; 苗族委员几个 → 5个民族);
- several items asked by their number (5件优秀提案的题目, 哪2条没被采纳), the sentence naming fewer of them;
- an attribute of a person asked (党派, 民族, 年龄, 籍贯), no clause naming that person telling it (not the size
  of a thing of theirs: 某某的茶园有多大);
- a post asked at one place (在市中医院当什么职务), a post at another told; a post asked and only the
  name told; a second post asked (兼任什么), only the post the question gives told;
- where asked by the kind of place (哪个市, 哪个会议室), a place of another kind told (赴浙江省);
  who asked, a body that is only part of a place's name told (到市委党校 → 市委);
- what was said in a deed asked (批示的内容, 讲了啥), the sentence only telling that it was done;
- a building asked (设在哪个宾馆), the sentence naming none; which body asked (哪家机构), only a general one
  told (第三方机构); a volume of use asked (下载量), kinds of the thing told (2种形式);
- how two people are related asked (甲和乙是什么关系), a sentence not naming them both;
- one leader's deed asked by the post (获市委书记批示的有几条), the leaders at large told (获市委、市政府领导批示38条次).

Used by asked_untold.untold_doubt on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .counted_kind import other_kind_counted
from .facts import ASKS_PART_OF_WHOLE, find_quantities
from .measure_asked import measure_named
from .told_words import names_own_body

__all__ = ["neighbour_part_doubt"]

# Words asking a rate, share or change: a percentage answers them (率, 占多少, 提高了多少, 几成).
_ASKS_RATE = re.compile(r"率|比例|比重|占|百分|几成|成数|增长|增加|提高|提升|下降|上升|减少|降低|增幅|降幅|涨|多了|少了|"
                        r"幅度|份额|倍|覆盖|达标|满意|程度|水平|进度|完成|比上|比去|比前|同比|环比|高了|低了|多少个点|几个点|"
                        # Cut or raised by (一般性支出压减12%, 经费削减10%): a budget's change is told as a share.
                        r"压减|压缩|缩减|削减|下调|上调|"
                        # Saved against a budget (经费比预算节约8%).
                        r"节约|节省|比预算|"
                        # A share named by its 面 (亏损面有多大, 受益面多少), and respondents counted (多少受访家庭), whom a
                        # survey tells of in shares (近3成的受访家庭).
                        r"(?<![见会路地水页版])面(?:有|是|约)?(?:多大|多少|几成)|受访|被调查|被访|" + ASKS_PART_OF_WHOLE)
# A rate, share or degree asked outright (满意度是多少, 办结率有多少, 占比多少): a percentage, a score or a
# fraction answers it, never a count of people or things (12名委员参加评议).
_ASKS_RATE_VALUE = re.compile(r"(?:率|比例|比重|占比|满意度|知晓度|认可度|参与度|支持度|信任度|知名度)"
                              r"(?:是|为|有|达到|达|大概|大约|约)?(?:多少|几)(?![\u4e00-\u9fff])")
# A deed's rate asked by its word (办结率, 采纳率, 出勤率): the deed's two characters, which its sentence writes.
_DEED_RATE = re.compile(r"([\u4e00-\u9fff]{2})率(?:是|为|有|达到|达|大概|大约|约)?(?:多少|几)")
# A rate asked of a named service or work (法律援助服务的满意率): the sentence must name it, not only the rate.
_RATE_OF = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:服务|工作|活动|项目)的?[\u4e00-\u9fff]{1,3}率")
# Those a deed succeeded for, counted (调解成功了几件, 申报成功的有多少): the successes, not those handled.
_SUCCESS_ASKED = re.compile(r"成功(?:了|的)?(?:有)?(?:多少|几)")
_COUNT_TOLD = re.compile(r"\d[件个名位篇项条次场家所户人期批处]+$")
# Money asked by the thing measured (产值, 投资, 经费 …): an amount of money answers, a count does not.
_ASKS_MONEY = re.compile(r"产值|投资|资金|金额|捐款|经费|收入|营业额|销售额|交易额|总额|奖金|造价|预算|税收|营收|基金规模|"
                         r"资金规模|投资规模|多少钱|花了多少|补贴|补助|放贷|贷款|授信|收费|费用|票价|价格|租金|工资|薪酬")
# A flow or volume of use asked (日均客流, 借阅量, 阅读量): people or uses counted answer it, never a count of
# the things used (微循环线路6条, 读书驿站1个).
_ASKS_VOLUME = re.compile(r"客流|人流|(?:借阅|阅读|点击|浏览|播放|访问|观看|使用|发行|销售|下载|安装|转发|收听|收看)量")
_THINGS_TOLD = re.compile(r"\d[个条场家所处项件座部辆台本期批种类]$")  # (2种形式, 3类: kinds of a thing, not its use)
# A duration asked (多长时间, 多久, 时长): a time answers it.
_ASKS_DURATION = re.compile(r"多长时间|多久|时长|几个小时|几分钟|多少分钟")
_TIME_TOLD = re.compile(r"分钟|小时|天|日|周|月|年|秒")
_MONEY_TOLD = re.compile(r"元|%|％")
# A share told in tenths (近3成, 2成多).
_SHARE_TOLD = re.compile(r"\d成|分之")  # 近3成, 三分之一: shares as 28% is
# A share of a kind asked (来自农村群众的比例, 占比), and the percentage told as a deed's rate (回复率100%) whose deed the
# question does not write, in a sentence leaving a word of the question untold: the rate of what was done, not the
# share asked (提交提案的委员占比 is told by 198名委员中有171名提交了提案,委员参与率达86.4%).
_SHARE_ASKED = re.compile(r"比例|占比|比重|占多少|占几成")
_RATE_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})率(?:为|是|达到|达|约|超过)?$")
# A route or line asked by its number (几路车, 几号线): its name, which a count of lines (1条) does not give.
_ROUTE_ASKED = re.compile(r"(?<!第)几(路|号线)")
# A yield per area (亩产, 单产): an area alone (80亩) is not one.
_ASKS_YIELD = re.compile(r"亩产|单产")
_MEASURES = "件个名位篇项条次场家所户人期批处"
# A group the question names with its size, then a count of the same measure word asked (4件集体提案立案了几件);
# not a session (七届一次会议以来…多少次) nor an ordinal.
_GROUP_THEN_COUNT = re.compile(r"(?<![\d.第届])(\d+)([" + _MEASURES.replace("次", "") + r"])[\u4e00-\u9fff]{1,10}?.*?(?:几|多少)\2")
_PEOPLE_UNITS = frozenset("名位人")
# Nouns of people (委员, 代表, 干部, 医生 …): by their last character or word.
# (…师: a teacher, tutor, lawyer or engineer, 导师, 讲师, 律师, 工程师, counted as people.)
# Posts (组长, 站长, 主任) and honours given to people (阅读之星, 服务标兵, 技术能手) are people too: 几个副组长 is
# answered by 副组长2名.
_PEOPLE_POST = r"主席|主任|书记|[组站校院部会队班社馆所局处科厅团室]长|之星|标兵|能手|模范|楷模"
_PEOPLE_NOUN = re.compile(r"(?:员|人|者|士|师|代表|干部|群众|学生|医生|家属|专家|骨干|委员|同志|党员|居民|村民|农民|职工|名额|"
                          + _PEOPLE_POST + r")$")
# People asked by a noun right before the count (苗族委员一共几个, 委员有几个).
_PEOPLE_ASKED = re.compile(r"(委员|代表|干部|群众|专家|医生|教师|人员|党员|同志)(?:一共|总共|共|都|还)?有?(?:几|多少)")
# People counted with 个 the spoken way (几个市政协常委, 有几个特约监督员, 几个界别委员当选…): a noun of people
# ends the words after 几个 / 多少个, before any 有, 在 or 的 that would start another thing.
_PEOPLE_BY_GE = re.compile(r"(?:几|多少)个[^有在的,?，？]{0,10}?(?:委员|常委|代表|干部|专家|医生|教师|老师|同志|党员|群众|成员|"
                           r"学生|" + _PEOPLE_POST + r"|[^\W\d]员|[^\W\d]师)")
# Several items asked by their number and what they are called or which they are.
_ITEMS_ASKED = re.compile(r"(?<![\d.第届])(\d+)([" + _MEASURES.replace("次", "") + r"])[^,?]{0,14}?(?:叫什么|叫啥|题目|名字|名称|标题|"
                          r"是哪几\2)|哪(\d+)([" + _MEASURES.replace("次", "") + r"])(?!字)")  # (哪8个字: characters, no items)
# The first few of a group asked (排前3的, 前三名): the items asked are those few, not the group.
_TOP_OF_GROUP = re.compile(r"前(\d+)(?:名|位|个)?(?:的|是|有)")
# An attribute of a person asked, and what in a clause about them tells it.
_ATTRIBUTES = (
    (re.compile(r"党派|什么党|政治面貌|是党员吗|是不是党员"),
     re.compile(r"中共|党员|民革|民盟|民建|民进|农工|致公|九三|台盟|无党派|群众")),
    (re.compile(r"什么民族|哪个民族|哪个族|啥民族|民族是"), re.compile(r"族")),
    (re.compile(r"多大|几岁|年龄|多少岁|哪年生|出生"), re.compile(r"岁|\d{4}年\d{1,2}月生|出生|年生")),
    (re.compile(r"籍贯|哪里人|哪儿人|老家"), re.compile(r"籍|人氏|老家")),
    (re.compile(r"学历|什么学位|毕业"), re.compile(r"博士|硕士|学士|本科|大专|研究生|毕业")),
    (re.compile(r"(?:哪个|哪家|什么)(?:单位|律师事务所)|在哪(?:里|儿)?(?:工作|上班)"),
     re.compile(r"(?:[局院校委办厂站馆所部厅]|委员会(?!委员)|中心|协会|集团|街道|社区|村|公司|企业|商会|学会|银行|中学|小学|大学|幼儿园"
                r"|科(?=副?科长)|处(?=副?处长)|(?<=[妇青侨文残商])联|(?<=[科作])协)(?!员|会议|员会委员)")),
    # (信息科科长: a section named by its head; 市妇联副主席, 县科协主席: people's bodies by their short names)
)
# A thing of a person's written before 多大 (的合作社茶园有, 的基地): its size is asked, no age (not 的年纪, 的岁数).
_THING_OF_PERSON = re.compile(r"的(?!年纪|岁数|年龄)[\u4e00-\u9fff]{1,10}?有?$")
# Who is asked by name before 是哪个/什么 (海晓燕是哪个党派的), a name the question's reading may not hold.
_SUBJECT_PERSON = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:委员|副主席|主席|同志|先生|女士)?是(?:哪|什么|啥)")
# Which one of a kind of writing asked (哪件提案, 哪篇信息): a title quoted in the part naming the person answers.
_WHICH_WRITING = re.compile(r"哪(?:件|篇|项|份|1件|1篇)[\u4e00-\u9fff]{0,4}?(?:提案|建议|信息|报告|课题|文章)")
# An item of a list (深入社区、学校、村寨…开展宣讲28场) asked alone; a sum over the list asked (一共, 都) is told.
# The deed follows the list (…场所开展宣讲28场): a list of amounts (稿件153篇、实物65件) or of the amount's own
# qualifiers (…、留作参考的17件) is no list of places the amount sums over.
_LIST_BEFORE = re.compile(r"(?<![\d\u4e00-\u9fff])[\u4e00-\u9fff]{0,4}?([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)"
                          r"(?:开展|举办|召开|组织|进行|推荐|走访|慰问|宣讲|发放)[\u4e00-\u9fff]{0,6}$")
_ASKS_SUM = re.compile(r"共|合计|总计|累计|加起来|都|全部|各")
# A post asked of a person.
_ASKS_POST = re.compile(r"职务|职位|什么职|当什么|任什么|干什么的|什么身份|兼任|兼什么|还担任|还任|什么官")
_AT_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,12}?)(?:当|任|担任|做|干|是)(?:什么|啥|哪)")
_SECOND_POST = re.compile(r"兼任|兼什么|还担任|还任|另外担任|同时担任|还兼")
# Where asked by the kind of place (哪个市, 哪个会议室): the suffix a place of that kind ends in (a school or
# hospital may be named otherwise, 第三中学: checks.names_category judges those).
_WHERE_KIND = re.compile(r"哪(?:个|家|所|座|间|一个|1个)?(省|市|县|区|镇|乡|村|街道|社区|会议室|会议厅|会场|礼堂|酒店|宾馆)")
# A building asked (设在哪个宾馆) is named by its kind's word or a like one (…大酒店, …饭店); a sentence naming none
# tells that a thing was done, not where.
# A hall asked (在哪个会场) is named as a room, a hall or a building holding one (…会堂, …大厦, …中心, …宾馆).
_VENUES = {"宾馆": "宾馆|酒店|饭店|大厦|山庄|度假村", "会议室": "会议室|会议厅|会场|礼堂|报告厅|厅"}
_VENUES.update({"酒店": _VENUES["宾馆"], "会议厅": _VENUES["会议室"], "礼堂": _VENUES["会议室"],
                "会场": _VENUES["会议室"] + r"|会堂|剧院|影院|大厦|大楼|\d+楼|活动室|活动中心|会展中心|宾馆|酒店|饭店|图书馆|文化馆|博物馆"})
# How two people named are related (甲和乙是什么关系): only a sentence naming them both can tell it.
_RELATION_ASKED = re.compile(r"(?:什么|啥|哪种|怎样的?|何)关系")
# Which body did it asked (哪家机构, 哪个公司): a sentence naming it only by a general word (第三方机构, 专业公司)
# names none.  (Not 单位: any body is one, and 经各单位推荐 opens a sentence naming the bodies after it.)
_WHICH_BODY = re.compile(r"哪(?:家|个|一家|1家|些)(机构|公司|企业)")
_GENERAL_BODY = re.compile(r"(?:第三方|专业|有关|相关|社会|中介|权威|一家|1家|多家|各类|各|其他|外部)$")
_PLACE_MARK_BEFORE = re.compile(r"(?:到|在|赴|于|去|前往)$")
# What was said in a deed asked (批示的具体内容, 讲了啥), and the words telling that deed.
_SAID_ASKED = re.compile(r"(批示|讲话|发言|答复|回复|指示|致辞|表态)(?:的)?(?:具体)?(?:内容|说了|讲了|写了|说的|讲的)(?!.*题目)|"
                         r"(讲|说)了(?:啥|什么|哪些)(?!.*题目)")
_SAID_WORDS = {"讲": ("讲话", "发言", "讲"), "说": ("讲话", "发言", "说")}
# Told what was said: a colon, a quotation, or a verb of saying with its object after the deed.
# A deed of one leader asked by the post (市委书记批示, 市长圈阅): the post, then the deed.
_POST_DEED = re.compile(r"(书记|[省市县区]长|主要领导)(?:作出?|作了|的)?(批示|签批|圈阅)")
_CONTENT_AFTER = re.compile(r'^[\u4e00-\u9fff]{0,4}?(?:[:：]|"|指出|要求|强调|提出|表示|认为|希望|肯定|同意|称)')


def neighbour_part_doubt(q, kind: str, fact: str, shown: str) -> float:  # noqa: ANN001 - a QuestionAnalysis
    """0.4 when the sentence tells a neighbour of the part asked (see the module's docstring), else 1.0."""
    norm = q.norm
    if kind == "number" and fact:
        share = "%" in fact or bool(_SHARE_TOLD.search(fact))  # 近3成 is a share as 28% is
        if _MONEY_TOLD.search(fact) is None or share:
            if share and not _ASKS_RATE.search(norm):
                return 0.4  # 提案总数多少 asked, 办结率100% told
            if not share and _ASKS_MONEY.search(norm) and not re.search(r"(?:几|多少)[" + _MEASURES + "]", norm) \
                    and not (q.unit and q.unit_class != "钱"):  # (贷款几笔 counts the loans, in their own measure)
                return 0.4  # 产值是多少 asked, 经营主体156家 told
        deed = _DEED_RATE.search(norm)
        if deed and share and deed.group(1) not in shown:
            return 0.4  # 生态文明提案办结率多少 asked, 生态文明建设方面61件，占11.3% told
        rated = _RATE_OF.search(norm)
        if rated and share and not any(rated.group(1)[k:k + 2] in shown for k in range(len(rated.group(1)) - 1)):
            return 0.4  # 法律援助服务的满意率 asked, 群众总体满意率为96.4% told: the rate of all, or of another service
        if _SUCCESS_ASKED.search(norm) and "成功" not in shown.replace("成功率", ""):
            return 0.4  # 调解成功了几件 asked, 调解纠纷148件,其中邻里纠纷39件 told: those handled, not those settled
        if _ASKS_RATE_VALUE.search(norm) and _COUNT_TOLD.search(fact):
            return 0.4  # 民主评议满意度是多少 asked, 组织12名委员参加评议 told
        route = _ROUTE_ASKED.search(norm)
        if route and route.group(1) not in fact:
            return 0.4  # 那条公交专线是几路车 asked, 开通社区公交专线1条 told: how many, not which route
        if _ASKS_YIELD.search(norm) and fact.endswith("亩"):
            return 0.4  # 亩产多少 asked, 建成大棚80亩 told
        if _ASKS_VOLUME.search(norm) and _THINGS_TOLD.search(fact):
            return 0.4  # 线路日均客流多少 asked, 新开线路6条 told
        if measure_named(_ASKS_DURATION, norm) and not _TIME_TOLD.search(fact) and not (share and re.search(ASKS_PART_OF_WHOLE, norm)):
            return 0.4  # 每期节目多长时间 asked, 收看人次超过46万 told (总时长的多少 asks a share of it: 三分之一;
            # 时长100小时以上的委员有多少 gives the duration, measure_asked.py)
        quantity = next((x for x in find_quantities(shown) if x.text == fact), None)
        if quantity is not None and _counts_other_kind(q, quantity, shown):
            return 0.4
        rate = _RATE_BEFORE.search(shown[:quantity.start]) if quantity is not None and share else None
        if rate and _SHARE_ASKED.search(norm) and rate.group(1) not in norm and any(
                len(t.text) >= 2 and not any(e in shown for e in t.equivalents) for t in q.terms):
            return 0.4  # 留言中来自农村群众的比例 asked, 回复率100% told: the rate of a deed, no share of a kind
    if _items_fewer(norm, shown):
        return 0.4  # 5件优秀提案的题目 asked, 3 quoted
    subject = _SUBJECT_PERSON.search(norm)
    people = q.names or ([subject.group(1)] if subject else [])
    if people and _attribute_untold(norm, people, shown):
        return 0.4  # 程慧敏副主席是哪个党派的 asked, a clause about her telling no party
    if q.names and _post_untold(norm, q.names, fact, kind):
        return 0.4
    if q.names and _WHICH_WRITING.search(norm) and not any(
            '"' in part for part in re.split(r"[;；。]", shown) if any(name in part for name in q.names)):
        return 0.4  # 吴某领衔督办的是哪件提案 asked, no title quoted where he is named
    where = _WHERE_KIND.search(norm)
    if kind == "where" and fact and where and not (re.search(_VENUES[where.group(1)], fact) if where.group(1) in _VENUES
                                                   else where.group(1) in fact):
        return 0.4  # 去了哪个市 asked, 赴浙江省 told (哪个会场: 在市民中心2楼报告厅 is one)
    if kind == "where" and not fact and where and where.group(1) in _VENUES and not re.search(_VENUES[where.group(1)], shown):
        return 0.4  # 服务台设在哪个宾馆 asked, 会议期间设立服务台 told
    body = _WHICH_BODY.search(norm)
    if body and kind in ("what", "who", "where") and _only_general_body(body.group(1), shown):
        return 0.4  # 测评是哪家机构做的 asked, 委托第三方机构开展安全检测 told
    if kind == "who" and fact and not q.names and fact in shown and re.search(r"[委局府院会厅部办协]$", fact):
        at = shown.find(fact)
        if _PLACE_MARK_BEFORE.search(shown[max(0, at - 2):at]) and re.match(r"[\u4e00-\u9fff]", shown[at + len(fact):at + len(fact) + 1]):
            return 0.4  # 党校培训是谁讲的课 asked, 到市委党校 read as 市委
    if len(q.names) >= 2 and _RELATION_ASKED.search(norm) and not all(name in shown for name in q.names):
        return 0.4  # 甲和乙主席是什么关系 asked, a sentence naming only 乙 told
    if _said_untold(norm, shown):
        return 0.4  # 市长批示的具体内容 asked, …获市长批示, told
    post = _POST_DEED.search(norm)
    if post and post.group(1) not in shown and re.search(r"领导[^,;。]{0,3}" + post.group(2), shown):
        return 0.4  # 获市委书记批示的有几条 asked, 获市委、市政府领导批示38条次 told: the leaders at large
    return 1.0


def _only_general_body(noun: str, shown: str) -> bool:
    """Whether the sentence writes the body's noun (机构) and each time only after a general word (第三方机构)."""
    spots = [m.start() for m in re.finditer(noun, shown)]
    return bool(spots) and all(_GENERAL_BODY.search(shown[:at]) for at in spots)


def _counts_other_kind(q, quantity, shown: str) -> bool:  # noqa: ANN001
    """More than the group the question names, or people for things and things for people."""
    group = _GROUP_THEN_COUNT.search(q.norm)
    if group and group.group(2) == quantity.unit and quantity.value > float(group.group(1)):
        return True  # 4件集体提案立案了几件 asked, 立案29件 told
    listed = _LIST_BEFORE.search(shown[:quantity.start])
    if listed and not _ASKS_SUM.search(q.norm):
        items = [item for item in listed.group(1).split("、")[1:] if item in q.norm]
        if len(items) == 1:
            return True  # 在学校讲了几场 asked, 深入社区、学校、村寨…开展宣讲28场 told
    if quantity.unit in _PEOPLE_UNITS and q.unit and q.unit not in _PEOPLE_UNITS and q.counted and "人" not in q.unit and not _PEOPLE_NOUN.search(q.counted) and (
            not re.search(r"(?:几|多少)" + q.unit + r"(?:委员|代表|人|干部|专家|医生|教师|同志|党员|群众|成员|学生)", q.norm)) and (
            not _PEOPLE_BY_GE.search(q.norm)):
        return True  # 几个县域医共体 asked, 8名委员 told
    after = re.match(r"[\u4e00-\u9fff]{2}", shown[quantity.end:])
    if _PEOPLE_ASKED.search(q.norm) and q.unit in (None, "个") and quantity.unit not in _PEOPLE_UNITS and after and after.group(0) not in q.norm and (
            not _PEOPLE_NOUN.search(after.group(0))):
        return True  # 苗族委员一共几个 asked, 5个民族 told
    return other_kind_counted(q, quantity.unit)  # 多少职工 asked, 捐赠图书600册 told; 捐了多少书, 活动4场 (counted_kind.py)


def _items_fewer(norm: str, shown: str) -> bool:
    """Several items asked by their number, and the sentence names fewer: quoted, or in a 、 list."""
    asked = _ITEMS_ASKED.search(norm)
    if not asked:
        return False
    number = int(asked.group(1) or asked.group(3))
    top = _TOP_OF_GROUP.search(norm, asked.start())
    if top and int(top.group(1)) < number:
        number = int(top.group(1))  # 10个示范站里排前3的是哪几个: the first 3 of the 10 are asked
    if not 2 <= number <= 30:
        return False
    quoted = shown.count('"') // 2
    # A 、 list whose last item is joined by 和 / 与 / 及 (A、B和C) holds one item more than its 、 say.
    listed = max((part.count("、") + 1 + bool("、" in part and re.search(r"[\u4e00-\u9fff\"](?:和|与|及|以及)[\u4e00-\u9fff\"]",
                                                                     part.rsplit("、", 1)[1]))
                  for part in re.split(r"[,;。:]", shown)), default=0)
    joined = 2 if re.search(r"[\u4e00-\u9fff\"](?:和|与|及)[\u4e00-\u9fff\"]", shown) else 0
    return max(quoted, listed, joined) < number


def _attribute_untold(norm: str, names: list[str], shown: str) -> bool:
    """A person's attribute asked, and no clause naming them tells it."""
    for asked, told in _ATTRIBUTES:
        found = asked.search(norm)
        if found and found.group() == "多大" and _THING_OF_PERSON.search(norm[:found.start()]):
            continue  # 钟某的合作社茶园有多大: the size of a thing of theirs, not their age
        if found:
            # A post and its unit may stand before the name with 、 (县第一中学数学教师、委员某某): clauses end at , ; 。
            # A name's brackets are one clause with it (贺某(科技界,某研究院研究员)): their commas end nothing.
            joined = re.sub(r"[(（][^()（）]*[)）]", lambda m: re.sub(r"[,;，；]", "、", m.group()), shown)
            clauses = [c for c in re.split(r"[,;。!?]", joined) if any(name in c for name in names)]
            return not any(told.search(c) for c in clauses)
    return False


def _post_untold(norm: str, names: list[str], fact: str, kind: str) -> bool:
    """A post asked of a person: only the name told, a post at another place, or only the post asked."""
    if kind not in ("who", "what") or not _ASKS_POST.search(norm) or not fact:
        return False
    posts = fact
    for name in names:
        posts = posts.replace(name, "")
    posts = re.sub(r"[:：,，、()（）\s]|委员|同志", "", posts)
    if not posts:
        return True  # 马晓东委员是什么职务 asked, the name alone told
    at = _AT_PLACE.search(norm)
    if at and not any(name in at.group(1) for name in names) and at.group(1) not in fact and not names_own_body(at.group(1)):
        return True  # 在市中医院当什么职务 asked, 市人民医院院长 told
    told = [re.sub(r"^[省市县区]政协", "", post) for post in re.split(r"[、,，]", fact.split("：")[-1]) if post]
    if _SECOND_POST.search(norm) and told and all(post in norm for post in told):
        return True  # 林某主席兼任什么职务 asked, 县政协主席 told
    return False


def _said_untold(norm: str, shown: str) -> bool:
    """What was said in a deed asked, and every mention of the deed in the sentence tells nothing after it."""
    asked = _SAID_ASKED.search(norm)
    if not asked:
        return False
    words = (asked.group(1),) if asked.group(1) else _SAID_WORDS[asked.group(2)]
    spots = [m.span() for w in words for m in re.finditer(w, shown)]
    # Told after the deed, or (…作了题为"…"的大会发言) quoted right before it.
    return bool(spots) and not any(_CONTENT_AFTER.search(shown[end:end + 12]) for _, end in spots) and not any(
        re.search(r'"[\u4e00-\u9fff]{0,4}$', shown[max(0, at - 6):at]) for at, _ in spots)
