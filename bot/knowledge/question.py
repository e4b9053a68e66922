"""What a question asks: its kind (a number, a person, a date, a place, a reason or a description),
the unit it wants (多少篇 → 篇), the years and numbers it is tied to, and the content words to look
for, each with a weight.  Also splits a question that asks two things into two.

Knows the language of questions, not the documents (see ``answer.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .term_told import PREVIOUS_TERM, terms_compared_with
from .people_asked import people_counted_before
from .categories import merge_category_words
from .negated_terms import merge_negated_words
from .denied_deeds import merge_denied_deeds
from .denied_asked import read_denials_in_figures
from .compound_units import COMPOUND_TIMES
from .count_nouns import noun_of_count
from .level_list import levels_listed
from .facts import ASKS_PART_OF_WHOLE
from .facility_nouns import names_facility
from .people import ROLE_WORDS
from .post_around_name import post_taken
from .gazetteer import HOME_BODIES
from .age_asked import age_words_stripped
from .name_asked import SURNAME_ASKED, asks_person_name, writers_by_deed
from .personal import PERSONAL_INCOME
from .offered_names import offered_as_choice
from .verb_object import fuse_verb_object
from .person_posts import job_of_named
from .measure_asked import measure_asked
from .question_terms import Term, join_verbatim, known_pieces, make_term, join_single_characters, merge_singles
from .plural_people import plural_dropped
from .question_words import FEE_WORDS, asks_share, question_words, soften_kind_nouns
from .segment import Lexicon, Segmenter
from .separable import join_separable
from .stop_words import STOP_WORDS
from .wording import resplit_for_documents

__all__ = ["Term", "QuestionAnalysis", "analyse", "once_per_question", "OFF_TOPIC_RE", "PART_NOUNS", "YES_NO_RE"]

KIND_NUMBER, KIND_WHO, KIND_WHEN, KIND_WHERE, KIND_WHY, KIND_WHAT = (
    "number", "who", "when", "where", "why", "what",
)

_WHEN_RE = re.compile(
    r"哪天|哪1天|哪一天|哪几天|哪几日|几月几[日号]|几号|(?:什么|啥|哪个|哪1个)时间段|什么时候|什么时间|啥时候|啥时|何时|几时|哪年|哪1年|哪一年|哪个月|"
    r"哪1个月|几月份|几月|日期|哪日|什么日子|时间是|何年|什么年份|的时间$|星期几|礼拜几|(?:(?<![\u4e00-\u9fff\d])|(?<=每))周几|"
    # A question that is only a noun phrase ending in 时间 (前期调研时间, 开会时间): when; not a span asked (多长时间).
    r"(?<=[\u4e00-\u9fff])(?<!多长)(?<!多少)(?<!长)时间[?？!！。]*$"
)
SHARE_WORDS = ("比例", "百分比", "比重", "占比")  # the words general Chinese names a share by (told as 占…%)
_NUMBER_RE = re.compile(
    r"多少|(?<!哪)几(?!乎)|多大|数量|总数|总额|金额|规模|多高|多长时间|多长|多远|几何|" + "|".join(SHARE_WORDS) + "|"
    # 次数, 人数, 篇数 …: a count asked for by its noun; not 数 starting a word (这个数字政协, 个人数据).
    # (托位数, 床位数, 市场数: the 位 or 场 ends the noun counted, only the 数 asks.)
    r"(?:次|人|篇|件|份|条|户|个|项|支|(?<![\u4e00-\u9fff])[位场]|回)数(?![字据码])|(?<=[\u4e00-\u9fff][位场])数(?![字据码])|数目|有几|几成|"
    # A rate written alone (满意率, 上年立案率?): members on phones ask its value by its name only.
    r"(?<=[\u4e00-\u9fff])(?<!效)(?=率[?？呢啊呀吧]*$)|"
    # …and a count by its measure noun alone closing the question (全年活动场次, 接待群众人次): how many.
    r"(?<=[\u4e00-\u9fff])(?:场次|人次)(?=[?？呢啊呀吧]*$)"
)
# 比上年多了多少, 比去年少了几个: how much more or fewer, asked with 多 / 少 alone.
_IMPLIED_CHANGE = re.compile(r"比[\u4e00-\u9fff\d]{0,6}?(多|少)了?(?:多少|几)")
# Which posts one holds (担任哪些职务, 身兼哪2个职务): the posts answer, no sentence need write 职务 nor the verb (before 哪些 goes).
_POSTS_ASKED = re.compile(r"(?:担任|兼任|出任|身兼|兼)?哪(?:些|几个|\d+个)(?:职务|职位)")
_WHO_RE = re.compile(r"谁|哪(?:几|\d+|一)?位|哪个人|哪1个人|什么人|哪些人|何人|哪(?:个|1个|一个|名)(?:委员|代表|领导|专家|同志)(?!会|工作[室站]|之家|联络[站室])|哪些(?:[省市县区](?:政协|委|政府|人大))?领导(?!小组|班子)|领导是哪(?:个|1个)|(?<!工)作者|(?:担任|兼任|出任)?(?:什么|啥)(?:职务|职位|职)|(?:什么|啥)身份|是(?:什么|啥)(?:级别的)?领导|什么官|啥官|干什么工作|做什么工作|本职|的职务|的职位|的头衔|的身份|(?:职务|职位|头衔|身份)(?:是|为)(?:什么|啥)")
# (哪个委员工作室, 哪个代表联络站: a place named after its members, no person.)
# How much money grew (投资比上年增长多少, 收入提高了多少): a rate answers as well as a sum, so no money is required.
_ASKS_GROWTH = re.compile(r"(?:增长|增幅|提高|上升|下降)了?(?:多少|几)(?!钱|块|元|万|亿)")
# (作者 inside 工作者 — 优秀党务工作者, 先进工作者 — is a title awarded, no writer asked.)
_AUTHOR_RE = re.compile(r"谁写|写的|(?<!工)作者|撰稿|执笔|谁拍|拍的|摄影|照片|图片|"
                        r"谁作的|谁做的|报告人|谁作报告|谁做报告|谁来作|谁报告|谁作了|谁做了.{0,4}报告|作的报告|做的报告|"
                        r"谁在[^,;?!。]{1,8}?[作做]的|"  # 是谁在大会上作的: who delivered it, where written between
                        # …or on whose behalf (谁代表常委会作的报告), or of what report (作的工作报告)
                        r"谁代表[^,;?!。]{1,10}?[作做]|[作做]的[\u4e00-\u9fff]{0,4}报告|"
                        # …or made the speech the document is (这篇讲话是谁讲的, 闭幕会上讲话的是谁, 致辞的是哪位)
                        r"谁讲的|(?:讲话|致辞|闭幕词|开幕词)的?是(?:谁|哪位)")
_WHERE_RE = re.compile(r"(?:是|在)哪(?:个|家|1个|一个)?(?:单位|社团|团体)(?:的|工作|上班|任职)\??$|哪(?:里|儿)的(?:领导|干部)(?=\??$)|哪里|哪儿|什么地方|啥地方|(?<![存现正所实])在哪(?!(?:个|些|项|次|1个|一个)?(?:会(?!议室|场|堂|址|所|馆)|方面|领域|产业|行业|调研|活动|项目|环节|阶段|课题|文件))(?:(?:1|一)?[家份个种](?:报纸|报刊))?(?:里|儿)?(?:工作|上班|任职|就职|任教)?|"
                       r"去了哪|(?<![提说讲谈想做办达遇受感得收找拿见看听学用涉])到哪|去哪|哪个区(?!域)|哪些区(?!域)|哪些地方|何地|何处|的地点")  # 是哪个单位的, 在哪任职: where one works (the verb asks it, no content); not 在哪个会上 / 在哪些方面 (which meeting or aspect), nor 提到哪些 / 做到哪几个 (到 completes a verb); 分布在哪些产业 asks the trades
# A verb of belonging before a which-word (某镇属于哪个县, 归哪个区管) asks which one: the verb is no content.
_BELONGS_RE = re.compile(r"(?:属于|归属于?|隶属于?)(?=哪|什么|啥)")
_WHY_RE = re.compile(r"为什么|为何|为啥|原因|怎么会|缘故|缘由|来干嘛|来干啥|来干什么|来做什么|干嘛来|目的是|为了什么|图啥")

# "Which ones" (哪三个, 哪几项, 哪些): a list, asked for by how many there are.
_WHICH_RE = re.compile(r"哪(?:[二三四五六七八九两几2-9]|十[一二三四五六七八九]?|1\d)(?:个|项|条|种|类|方|家|述|为|员|大)?|哪些")
# The measure word asked (多少件); none where it starts the noun asked (多少项目资金, 多少部门, 多少台湾茶商, 多少本地农产品, 多少人口).
_ASK_UNIT_RE = re.compile(
    r"(?:多少|几)(个人|" + COMPOUND_TIMES + r"|万元|亿元|块钱|个工作日|个月|小时|平方米|平方公里|公里|千瓦|立方米|a级|年(?![级度代底初末份历])|"
    r"(?!项目|部门|条例|条件|期间|家庭|家长|场所|场地|名单|名额|台湾|本地|本土|本届|本次|人口)[次回趟遍场篇条份件个项期批人位名元钱块支队户家轮万亿亩吨字处部所座套株幅辑台辆列岁盏节根架片头颗封首堂笔宗起棵间册本张艘栋天周类级例箱袋]|"
    r"副(?![主书市县区镇乡部局厅秘会院校组队总处科理馆站社食业产中刊本])|"  # 多少副老花镜, not 几副主席
    r"对(?![接照比象口待外话于策标应])|集(?![体中团聚镇市会])|桌|道(?![路理德])|"  # 多少对 (pairs), 几集 (episodes), 多少桌, 几道工序
    r"组(?![织长建成团委员别])|种(?![植养子类])|门(?![诊户槛类口店])|只|床(?!位)|卷(?!烟)|页(?!面))"  # measure words amounts are told in
)
_UNIT_AFTER_MAGNITUDE = re.compile(_ASK_UNIT_RE.pattern.replace("(?:多少|几)", "", 1))

# Requests that no committee document answers, whatever words they share.
OFF_TOPIC_RE = re.compile(
    r"写(?:一|1)?(?:首|篇|段|个|份)|作(?:一|1)?首|首诗|诗歌|诗词|对联|作文|笑话|段子|讲个故事|翻译|天气|气温|下雨|下雪|"
    r"股票|股价|彩票|基金净值|汇率|菜谱|食谱|怎么做菜|星座|算命|你是谁|你叫什么|你好|早上好|晚上好|在吗|"
    r"打车|外卖|电影票|火车票|机票|航班|快递|几点了|现在几点|今天几号|今天星期|"
    # How-to questions are for the committee's staff, not for a report (nor the way there, a grower's craft: 怎么走, 怎么修剪).
    r"(?:怎么|怎样|如何|咋)(?:才能|才可以|申请|成为|当上|加入|报名|联系|请假|办理|写|提交|入党|参加|操作|使用|注册|登录|修剪|嫁接|施肥|栽培|冲泡|(?:走|去|过去|到达|坐车|乘车)(?![\u4e00-\u9fff]))|"
    r"(?:怎么|怎样|如何|咋|在哪|去哪|哪里)[^,;?!。]{0,6}?(?:申请|报名|提交|递交|注册|登录|办理|下载|预约|投诉|反映问题)|"
    r"(?:有什么|有啥)(?:流程|步骤|技巧)|流程是什么|步骤是什么|需要什么材料|号码(?:是多少|多少|是什么|是啥)|"
    # Opinions and predictions: the report states facts, it takes no view
    # and tells nothing about what is still to come.
    r"你(?:觉得|认为|怎么看|怎么评价|看好|喜欢|的看法|的意见|有什么看法)|怎么看待?(?:这|这个|这件)?(?:事|问题)?$|"
    r"评价一下|点评一下|打几分|好不好|值不值得?|靠谱吗|有没有用|有用吗|好在哪|好处是|有什么好处|优点|缺点|不足之处|"
    r"还会[^,;?!。]{0,6}吗|会不会|能不能[^,;?!。]{0,4}(?:吃|用|去|买|游泳)|(?:能|可以)(?:吃|喝|游泳|下海)吗|"
    r"以后会|将来会|未来会|预测|会怎么样|满意吗|满不满意|你对[^,;?!。]{0,12}(?:满意|看法|评价|意见)|"
    # Rules and duties, and whom to turn to: questions for the staff.
    r"(?:每年|[1一]年|每人|每个人|每1个人|每位|每个委员|委员)(?:要|需要|得|必须|应该|至少)(?:交|提|写|报|完成|参加)|"
    r"(?:该|应该|要|得|可以)?找谁|找哪(?:个|些|家)?(?:部门|人|单位|科室)|联系谁|向谁反映|"
    # Personal details of people named are not given out (an average age; a village's income: personal.py).
    r"电话|手机号|联系方式|微信号|邮箱|住址|家住|哪里人|籍贯|老家|(?<!平均)年龄|多大年纪|几岁|多少岁|生日|工资|工作单位|出生|哪年生|多大了|"
    + PERSONAL_INCOME + r"|简历|履历|个人信息|生平|学历|毕业于|哪个学校毕业|家庭|孩子|爱人|"
    # Advice on how to do one's work: for the staff.
    r"(?:应该|应当|该|要)(?:怎么|怎样|如何)|怎么才能|如何才能|有什么建议|给点建议|出个主意|"
    # Acknowledgements and small talk, as the whole message.
    r"^(?:好的|好|收到|知道了|明白了|了解了|谢谢|多谢|感谢|辛苦了|辛苦|再见|拜拜|哈哈|呵呵|嗯嗯?|ok|okay|对|是的|行|好嘞|不客气|没事了?|"
    r"早|早安|晚安|午安|您好|大家好)+[!.。~,?\s]*$"
)

# A yes-or-no question (有没有补贴, 浒苔能吃吗): the documents answer it only when they speak of everything it names.
YES_NO_RE = re.compile(r"有没有|是不是|是否|能不能|会不会|可不可以|[吗嘛][?!。,\s]*$")

_PERSON_NOUNS = frozenset("委员 人员 干部 机关干部 房东 队员 成员 代表 群众 志愿者 常委 人".split())
PERSON_NOUNS = _PERSON_NOUNS  # nouns that name people, for reading.py
# Nouns of the parts a plan or a list is divided into: stop words elsewhere (在…方面), counted when a count asks them.
_ASPECT_NOUNS = frozenset({"方面"})
# Nouns of the steps or stages a process goes through (哪几个环节, 哪些步骤): general words a report need not
# write, its items answering them (实行"受理、交办、督办、反馈"闭环管理): no thing new to the documents counted.
PART_NOUNS = frozenset({"方面", "环节", "步骤", "阶段"})
# Verbs of taking part or receiving that follow the thing counted (几份拿到批示, 多少家企业参加): a deed
# of the counted, never the counted noun itself.
_DEEDS_AFTER_COUNT = frozenset("参加 参与 拿到 得到 获得 受到 收到 出席 入选 入围 列入 纳入".split())
DEEDS_AFTER_COUNT = _DEEDS_AFTER_COUNT  # for counting.py
# Verbs that end a count question as the deed of those counted (有几家承办, 几个人发言, 由几个人组成): the noun
# counted stands before the question word.  Before a noun they name a kind of it (多少个承办单位): counted then.
_DEEDS_ENDING_COUNT = frozenset("承办 协办 办理 发言 参展 报名 到会 出席 参加 参与 参训 参会 参赛 参评 组成 构成".split())

# One-character verbs of watching or listening ending a count question: what those counted did (多少人在线看,
# 几个人来听), no noun of theirs (no noun ends with them).
_SPOKEN_DEEDS = frozenset("看听")

_ROLE_QUERY_WORDS = (
    "副主席", "主席", "副书记", "书记", "常委", "首席专家", "专家", "队长", "队员", "成员", "主任",
    "副部长", "部长", "局长", "副秘书长", "秘书长", "华侨", "委员", "夫妇", "作者", "文",
    # Posts any body may have (界别 conveners, heads of schools, counties, associations).
    "副召集人", "召集人", "副组长", "组长", "副院长", "院长", "副校长", "校长", "副会长", "会长",
    "副县长", "县长", "副市长", "市长", "副区长", "区长", "镇长", "乡长", "理事长", "负责人", "副主任", "副局长",
    "馆长", "社长", "站长", "所长", "行长", "台长", "团长", "厂长", "总编辑", "副检察长", "检察长",
    # Heads of an office's divisions (宣传处, 信息科): a 副处长 asked is not the 处长 beside them.
    "副处长", "处长", "副科长", "科长",
    # A democratic party's committee is led by its 主委 (民盟某县总支主委: role_words.py).
    "副主委", "主委",
)


@dataclass
class QuestionAnalysis:
    raw: str
    norm: str
    kind: str
    unit: str | None = None
    unit_class: str | None = None
    wants_money: bool = False
    terms: list[Term] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    year_offsets: list[int] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    role_words: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    counted: str | None = None  # the noun after 多少/几 (多少口罩 → 口罩)
    ordinal: bool = False  # asks which one in order (第几辑 → 第三辑), not how many
    author: bool = False  # asks who wrote or photographed the document
    off_topic: bool = False
    corrections: int = 0

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)

    def term_words(self, shortest: int = 1) -> list[str]:
        """The ways the question's terms of two characters or more may be written (each term's equivalents),
        those shorter than ``shortest`` left out: what a sentence must write to speak of what is asked."""
        return [e for t in self.terms if len(t.text) >= 2 for e in t.equivalents if len(e) >= shortest]


def once_per_question(q: QuestionAnalysis, key: str, read):  # noqa: ANN001, ANN201
    """``read(q)``, worked out once per question and kept on it (several sentences ask the same)."""
    cached = q.__dict__.get(key)
    if cached is None:
        cached = q.__dict__[key] = read(q)
    return cached


# Which one(s) a ranking by a count puts first (数量最多的是哪个单位, 哪两个党派提案数量排前两位): the count
# word (数量, 总数) is what they are ranked by, not what is asked.
_WHICH_RANKED = re.compile(r"哪(?:[一两二三四五六七八九\d]?(?:个|家|位|所|类|种)|些)[^,;?!。]*?(?:最多|最少|最高|最低|排前|居前|前[一两二三四五六七八九\d])|"
                           r"(?:最多|最少|最高|最低|排前|居前)[^,;?!。]*?哪(?:[一两二三四五六七八九\d]?(?:个|家|位|所|类|种)|些)")
# A count asked outright (多少, 几件), which a ranking does not turn into a which-question.
_COUNT_ASKED = re.compile(r"多少|(?<!哪)几(?!乎)")
# The ones pointed back at (跟统战部那几家建的是什么制度, 这几个): no count asked.
_POINTED_BACK = re.compile(r"(?<=[那这])几(?=[个家位项件条本种类所名])")


def detect_kind(norm: str) -> str:
    if _WHEN_RE.search(norm):
        return KIND_WHEN
    counted = _POSTS_ASKED.sub("", _POINTED_BACK.sub("", norm))  # (哪几个职务 counts nothing)
    if _NUMBER_RE.search(counted) and not (_WHICH_RANKED.search(norm) and not _COUNT_ASKED.search(counted)):
        return KIND_NUMBER
    if _WHO_RE.search(norm) or _POSTS_ASKED.search(norm) or asks_person_name(norm):
        return KIND_WHO
    if _WHERE_RE.search(norm):
        return KIND_WHERE
    if _WHY_RE.search(norm):
        return KIND_WHY
    return KIND_WHAT


_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|$|(?=\D))")
_SHORT_YEAR_RE = re.compile(r"(?<![\d.])(1[5-9]|2\d)年(?![度来代间内余]|多(?![几少]))")  # 19年多: years; 19年多少件: 2019
_NUMBER_TOKEN_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")


# A committee named by its level alone (市政协, 县政协, 区政协).
_LEVEL_COMMITTEES = frozenset({"市政协", "县政协", "区政协"})


def analyse(question: str, norm: str, segmenter: Segmenter, index, corrections: int = 0) -> QuestionAnalysis:
    """Analyse a normalised (and spell-corrected) question against ``index``
    (a ``PassageIndex``, used for term weights)."""
    lexicon: Lexicon = segmenter.lexicon
    norm = norm.replace("律所", "律师事务所")  # the everyday short name of a law firm, as reports never write it
    norm = levels_listed(norm)  # 市区县2级 → 市、区县2级, as reports write it (level_list.py)
    norm = join_separable(norm, segmenter.words(norm), getattr(index, "in_vocabulary", None))  # 立了几件 → 立案了几件
    analysis = QuestionAnalysis(raw=question, norm=norm, kind=detect_kind(norm), corrections=corrections)
    posts_blanked = _POSTS_ASKED.sub(lambda m: " " * len(m.group()), norm)  # 哪几个职务: the posts asked, no count nor unit
    analysis.off_topic = bool(OFF_TOPIC_RE.search(norm))
    if analysis.kind in (KIND_WHAT, KIND_WHERE) and job_of_named(norm, getattr(index, "names", ())):
        analysis.kind = KIND_WHO  # 某某是干什么的, 是哪里的委员: a named person's job or post (person_posts.py)

    # 那几本书 points at books, it asks no count: the amount asked is elsewhere (那几本书有多少万字).
    # 哪几天开的 asks a date (a word of time, blanked): no 天 counted.
    unit_match = _ASK_UNIT_RE.search(re.sub(r"(?<=[这那])几|几(?=[^,;?!。]+?多少)", "_", _WHEN_RE.sub(
        lambda m: " " * len(m.group()), posts_blanked)))  # 几篇报告一共提了多少条: 条
    if unit_match:
        unit = unit_match.group(1)
        after = _UNIT_AFTER_MAGNITUDE.match(norm, unit_match.end(1)) if unit in ("万", "亿") else None
        if after and after.group(1) not in ("万", "亿", "元", "钱", "块", "块钱"):
            unit = after.group(1)  # 多少万字 asks for 字, told in ten thousands (28万字)
        if unit in ("万", "亿"):
            analysis.wants_money = bool(re.search(r"钱|元|款|费|资金|金额|补贴|补助", norm))
        else:
            analysis.unit = unit
            # A measure word of no listed class is its own class (多少亩 wants 亩).
            analysis.unit_class = lexicon.units.get(unit) or unit
    count_noun = re.search(r"(次|人|篇|件|份|条|户|个|项|支|回|期|岁|(?<![\u4e00-\u9fff])[位场])数(?![字据码])", norm)  # not 床位数, 市场数, 这个数字
    if unit_match is None and count_noun and count_noun.group(1) in lexicon.units:
        analysis.unit = count_noun.group(1)
        analysis.unit_class = lexicon.units.get(analysis.unit)
    unit_noun = _UNIT_NOUN.search(norm) if unit_match is None and analysis.unit is None and analysis.kind == KIND_NUMBER else None
    if unit_noun:  # 活动场次目标是多少: 场次 is the measure asked (不少于1500场), no word the sentence must write
        analysis.unit, analysis.unit_class = unit_noun.group(1), lexicon.units.get(unit_noun.group(1))
    elif analysis.unit is None and analysis.kind == KIND_NUMBER and _PRINT_RUN.search(norm):
        analysis.unit, analysis.unit_class = "册", lexicon.units.get("册")  # 印数多少: copies (印数1500册), not 收录店铺43家
    # A value told in money (产值, 税收, 销售额): 41.7亿元 answers it, not the 63家 counted beside it.
    if analysis.unit_class is None and re.search(r"多少钱|钱|费用|金额|款|资金|经费|投资|外资|投入|补贴|补助|薪|工资|收入|" + FEE_WORDS + "|"
                                                 r"产值|税收|利税|营收|销售额|利润|生产总值|增加值|多少税|税款|税额|减税|免税|退税|纳税额|"
                                                 # a charge asked plainly (一个月收多少): money
                                                 r"(?<![接回征吸验])收多少(?![\u4e00-\u9fff])|"  # worth or sold for (值多少, 卖了多少)
                                                 r"(?<![数均峰阈分比产])值(?:多少|几)|价值|(?:卖|销售)(?:出|掉)?了?(?:多少|几)(?![\u4e00-\u9fff])", norm) \
            and analysis.kind == KIND_NUMBER \
            and not _ASKS_GROWTH.search(norm):
        analysis.wants_money = True
    if analysis.unit_class == "钱":
        analysis.wants_money = True
    if re.search(r"(?<!效)率|百分之|几成|占(?!地|用|有)[\u4e00-\u9fff]{0,6}?(?:的)?(?:多少|几)(?![\u4e00-\u9fff]{0,2}(?:[名人个件篇项次条家]|分(?!之)))|"
                 + ASKS_PART_OF_WHOLE + "|" + "|".join(SHARE_WORDS), norm) and analysis.kind == KIND_NUMBER:
        # A rate wants a percentage; a count of things is no answer to it; so does a part of a whole (不少于会议总时长的多少).
        analysis.unit, analysis.unit_class = "%", "%"

    if analysis.kind == KIND_NUMBER:
        measure_asked(analysis, norm)

    # Years: explicit 4-digit ones and relative words (去年 …).
    for match in _YEAR_RE.finditer(norm):
        analysis.years.append(int(match.group(1)))
    stripped = re.sub(r"(?:比|较|跟|和|与|同)(?:上1?|去)年", " ", _YEAR_RE.sub(" ", norm))  # 比上年, 比去年: compared with, no year asked
    # 19年, 20年: a year written short.
    for match in _SHORT_YEAR_RE.finditer(stripped):
        analysis.years.append(2000 + int(match.group(1)))
    stripped = plural_dropped(age_words_stripped(_SHORT_YEAR_RE.sub(" ", stripped), norm, getattr(index, "names", ())), index)  # 某某今年多大; 老人们
    for word, offset in lexicon.relative_years.items():
        if word in stripped:
            if offset is not None and not re.search(re.escape(word) + r"\( *\)", stripped):  # 明年(2022年): that year
                analysis.year_offsets.append(offset)
            stripped = stripped.replace(word, " ")
    stripped = re.sub(r"(?<= )度", " ", stripped)  # 上年度, 2023年度: the year's 度, no word of its own
    if analysis.kind == KIND_WHERE:  # 分布在哪些国家: the places named answer it (位于日本、韩国), no sentence need write 国家
        stripped = re.sub(r"(?<=[在到去])哪(?:些|几个|个|1个)(?:国家|省份|城市|地区)(?=[?？]?$)", " ", stripped)
    stripped = _WHICH_RE.sub(" ", _WHEN_RE.sub(" ", _POSTS_ASKED.sub(" ", stripped)))  # 哪几天 is a word of time, before 哪几 (which)
    stripped = re.sub(r"哪(?:1|一)?[本首册幅张座](?=[\u4e00-\u9fff])", " ", stripped)  # 哪本书: 书 asked, no 本书 (this book)
    # "As of now" before a count (现在一共有多少个) asks what the document tells last, no word to find.
    stripped = re.sub(r"(?:现在|目前|当前|如今)(?=(?:一共|总共|共)?有?(?:多少|几))", " ", stripped)
    # A judging adverb before the count (活跃率只有多少, 仅为几个) echoes the text's 仅为58.4%: no word to find.
    stripped = re.sub(r"(?:只有|仅有|仅为|只是|仅仅|才有)(?=(?:多少|几))", " ", stripped)
    # Dividing into kinds (分成几大类, 分为几个部分) is what the measure says: the text writes 6大类, no 分成.
    stripped = re.sub(r"(?:划分|分)(?:成|为)了?(?=(?:几|多少)(?:大|个)?(?:类|种|部分|方面|组|块|批))", " ", stripped)
    # The capacity one came in (以什么身份参会, 是什么身份出席的) asks the post written with the name: the meeting's verb
    # is no word to find (a speaker's entry writes 特邀专家、某校教授某某, no 参会).
    stripped = re.sub(r"(?<=身份)(?:来|去)?(?:参会|与会|参加|出席|到会|列席|发言)", " ", stripped)
    # Adding up (加起来, 合起来) asks the total the text tells; no word of it to find.
    stripped = re.sub(r"(?:加|合|算|总)起来|加在一起", " ", stripped)
    # How many share the surname asked (两个姓林的, 那两位姓周的) only tells them apart: no count to find.
    stripped = re.sub(r"(?<![\d.])\d+(?:个|位|名)(?=姓[\u4e00-\u9fff]的)", " ", stripped)
    # Who among them is named (点名的有谁, 点到名的是谁) asks the names the text writes: no word to find.
    stripped = re.sub(r"点(?:了|到)?名(?=的)", " ", stripped) if analysis.kind == KIND_WHO else stripped
    # The set a question picks one out of (3个支部里第二支部…, 5个界别中哪个) is no count the passage must tell.
    stripped = re.sub(r"(?<![\d.])\d+个(?=[\u4e00-\u9fff]{1,4}?(?:里|中|当中|之中)[^,;?!。]*?第)", " ", stripped)
    # A guess the member offers (900多篇, 100来个) is no content to look for.
    stripped = re.sub(r"(?<![\d.])\d+(?:\.\d+)?(?:多|余|来|左右)(?:个人|人次|万元|亿元|[次回趟遍场篇条份件个项期批人位名元块支户家轮万亿])?", " ", stripped)
    for match in _NUMBER_TOKEN_RE.finditer(stripped):
        # 900多篇 is a guess, not a number the passage must contain.
        if stripped[match.end():match.end() + 1] in ("多", "余", "左"):
            continue
        if match.group(1) not in ("1", "0"):
            analysis.numbers.append(match.group(1))

    # A post word only naming a meeting or body (常委会, 主席会议, 主任会议) asks for no holder of that post.
    analysis.role_words = [w for w in _ROLE_QUERY_WORDS if w in norm and re.sub(re.escape(w) + r"会(?![见长同])", "", norm).count(w)]
    analysis.author = analysis.kind == KIND_WHO and bool(_AUTHOR_RE.search(norm)) and not writers_by_deed(norm)
    if unit_match and len(unit_match.group(1)) == 1:
        noun = norm[unit_match.end(1) - 1:unit_match.end(1) + 1]
        if noun in _PERSON_NOUNS:
            # 多少队员: 队 starts the noun of people asked, it is no measure word (多少支队).
            analysis.unit, analysis.unit_class = None, "人"
            unit_match = None
    # A question word of time (几月份, 几号, 几时; 几个工作日内) asks a date and counts nothing: blanked, positions kept; nor does a share (占多少比例).
    untimed = _WHEN_RE.sub(lambda m: " " * len(m.group()), re.sub(r"几(?=[^,;?!。]+?多少)", "_", posts_blanked))
    counted = re.search(r"(?:多少|几)(?:个人|人次|万元|亿元|块钱|[次回趟遍场篇条份件个项期批人位名元钱块支户家轮万亿册本辑部张幅套盏艘台辆起宗卷页]|道(?![路理德])|"
                        r"[副处](?=[\u4e00-\u9fff]{2}))?([\u4e00-\u9fff]{1,8})", untimed)
    if counted and analysis.unit_class != "时长" and analysis.unit != "个工作日" and not asks_share(analysis.unit, counted.group(1)):
        words = join_verbatim(resplit_for_documents(segmenter.words(counted.group(1)), index.idf, STOP_WORDS), norm, index)
        words = join_single_characters(words, index)  # 几个普惠托育点: a noun new to the lexicon, cut into characters
        content = [w for w in words if w not in STOP_WORDS]
        if len(content) == 1 and content[0] in _DEEDS_ENDING_COUNT or words and words[-1][-1] in _SPOKEN_DEEDS:
            words = []  # 有几家承办: a deed of those counted ends the question, no noun follows
        if words and words[0] in _ASPECT_NOUNS:
            analysis.counted = words[0]  # 分几个方面: the aspects are counted (8个方面重点任务23项 → 8个方面), though no content word
        elif words and words[0] not in STOP_WORDS and words[0] not in _DEEDS_AFTER_COUNT and len(words[0]) >= 2 \
                and not re.match(r"多少|几|多", words[0]):
            # The head of the noun phrase counted is its last word (多少家校外培训机构 → 机构,
            # 几个紧密型教育集团 → 集团), up to a particle, a verb's object marker or a deed of theirs.
            phrase = [words[0]]
            for word in words[1:3]:
                if word in STOP_WORDS or len(word) < 2 or word in _DEEDS_AFTER_COUNT or word.endswith("有"):
                    break  # 多少个乡镇只有单一水源: a verb of having (只有, 还有, 没有) ends the noun counted
                phrase.append(word)
            # People counted are followed by what they did (多少名委员参加): the first word then.
            # Not when another measure word or a place of theirs counts (几个委员工作站, 多少委员工作室: the 站, 室).
            people = words[0] in _PERSON_NOUNS and (analysis.unit in (None, "名", "位", "人", "个人")) and not names_facility(words[1:2])
            analysis.counted = phrase[-1] if len(phrase) > 1 and not people \
                and counted.end() == len(norm.rstrip("?!。 ")) else words[0]
            if len(words) == 2 and len(phrase) == 1 and len(words[1]) == 1 and words[1] not in STOP_WORDS \
                    and counted.end() == len(norm.rstrip("?!。 ")):
                # A noun ending in a character of its own (几个温泉池): that is the thing counted, not 温泉.
                analysis.counted += words[-1]
            if analysis.unit_class is None and analysis.counted in _PERSON_NOUNS:
                analysis.unit_class = "人"
    if analysis.unit_class is None and analysis.unit is None and people_counted_before(norm):
        analysis.unit_class = "人"  # 听众有多少 → 300余人次, not 宣讲3场 (people_asked.py)
    if unit_match:
        stripped = stripped.replace(unit_match.group(0), " ")
    elif unit_noun:
        stripped = stripped.replace(unit_noun.group(1), " ", 1)
    # The question words themselves are no content (哪天 must not add 天).
    for pattern in (_BELONGS_RE, _WHEN_RE, _NUMBER_RE, _WHO_RE, _WHERE_RE, _WHY_RE, SURNAME_ASKED):  # 姓林的: a check
        stripped = pattern.sub(" ", stripped)

    seen: set[str] = set()
    previous_home = False
    split = resplit_for_documents(segmenter.words(stripped), index.idf, STOP_WORDS, getattr(index, "contains", None))  # 党史 书
    for word in question_words(join_verbatim(merge_singles(split, index), stripped, index)):
        if post_taken(word, ROLE_WORDS):
            word = word[1:]  # 谁任组长: the post asked is 组长, whatever the verb (任监督组组长) (post_around_name.py)
        if word.startswith("政协") and len(word) >= 4:
            # Every document is a committee's: 政协提案 asks about 提案, wherever the text says 政协.
            word = word[2:]
        homes = getattr(index, "home_places", ())
        if word in homes or any(word.startswith(h) and word[len(h):] in HOME_BODIES for h in homes) or (
                word in HOME_BODIES and previous_home):
            # A committee's own place (or its body: 云州政协, 海川市委, 柘川县 + 政协) picks the
            # document (checks.py), it is not what is asked.
            previous_home = True
            continue
        if word in _LEVEL_COMMITTEES and index.idf(word) is None and any(
                getattr(frame, "level", None) == word[0] for frame in getattr(index, "frames", ())):
            # 市政协 asked of a report that always writes 政协某某市: its own committee, not a word to find.
            continue
        previous_home = False
        if word in seen or word in STOP_WORDS or word.isdigit() or re.fullmatch(r"[\d.]+", word):
            continue
        if re.fullmatch(r"(?:多少|几)\w?", word) or word in lexicon.units and len(word) == 1 and word in "次回趟篇条份件个项位名人元钱块支户家":
            continue
        if word == "数" and analysis.kind == KIND_NUMBER:
            continue  # 提案数比上年多了几件: 数 after a noun asks its count (as 数量 does), no word to find
        if analysis.kind == KIND_NUMBER and len(word) == 2 and word[1] == "数" and word[0] in lexicon.units:
            continue  # 期数比上年多了几期, 多大岁数: a measure word's count asks the count, no word the sentence writes
        if analysis.kind == KIND_NUMBER:
            word = noun_of_count(word, index.idf)  # 项目数比上年多了几项 → 项目 (count_nouns.py)
        seen.add(word)
        pieces = known_pieces(word, segmenter, index)
        if pieces:
            # A compound the documents never use, made of words they do
            # (领导批示 → 领导, 批示): look for the words.
            for piece in pieces:
                if piece not in seen and piece not in STOP_WORDS:
                    seen.add(piece)
                    analysis.terms.append(make_term(piece, lexicon, segmenter, index))
            continue
        analysis.terms.append(make_term(word, lexicon, segmenter, index))
        if word in index.names:
            analysis.names.append(word)
    if writers_by_deed(norm) and "作者" not in seen:
        analysis.terms.append(make_term("作者", lexicon, segmenter, index))  # 受表彰的作者: 对…10位作者给予表彰
    _soften_appositives(analysis, stripped)
    if len(analysis.terms) > 1:
        # 目标, 计划, 打算 say a plan is asked (frames.question_mode weighs plan against results); the plan sentence need not repeat the word (目标是多少篇 → 报送…80篇以上).
        for term in analysis.terms:
            if term.text in _MODE_WORDS:
                term.weight *= 0.3 if term.known else 0.05
            elif term.text in _COUNTING_WORDS and _COUNT_END_ASKED.search(norm):
                term.weight *= 0.3 if term.known else 0.05  # 统计截止到哪天: 截至… tells it, counting needs no word
            elif term.text in _HABIT_WORDS and not term.known and analysis.kind == KIND_WHEN:
                # 一般啥时候搞: 每周四晚上 tells when the routine is held without the word (where no report writes it);
                # asked of a place or a size (一般在哪开, 一般多大), the habit is what no sentence may tell.
                term.weight *= 0.05
    analysis.terms = [replace(t, equivalents=t.equivalents + _TOLD_AS[t.text]) if t.text in _TOLD_AS else t
                      for t in analysis.terms]  # 谁负责 is told 由某某牵头 (not the other way: 牵头 is no 负责人)
    analysis.terms = [replace(t, equivalents=t.equivalents + terms_compared_with(getattr(index, "corpus_text", "")))
                      if PREVIOUS_TERM.fullmatch(t.text) else t for t in analysis.terms]  # 上届 told 比第10届 (term_told.py)
    merge_category_words(analysis)  # 科教文卫类 is told by 科教文卫方面 (categories.py)
    merge_negated_words(analysis)  # 不满意 is not told by 满意 (negated_terms.py)
    merge_denied_deeds(analysis, lambda text: make_term(text, lexicon, segmenter, index).equivalents, index)  # 没交 (denied_deeds.py)
    if analysis.kind == KIND_NUMBER:
        read_denials_in_figures(analysis)  # 没立案的有几件 → 其余49件, read as denied by the figure (denied_asked.py)
    implied = _IMPLIED_CHANGE.search(norm)
    if implied and sum(t.weight for t in analysis.terms) < 1.0:
        # 提案比上年多了多少, in a report where 提案 is written everywhere: the change asked in the plainest
        # words is what tells the sentence, written 增加 / 减少 (比上年增加23件) or as plainly (比上年少1次).
        # Where the question names the thing changed by a telling word, that word picks the sentence.
        change = make_term("增加" if implied.group(1) == "多" else "减少", lexicon, segmenter, index)
        plain = norm[implied.start():implied.end(1)]  # 比上年多
        analysis.terms.append(replace(change, equivalents=change.equivalents + (plain,)))
    soften_kind_nouns(analysis.terms, norm)  # 设在哪些城市: the noun of the kind asked (question_words.py)
    fuse_verb_object(analysis, index)  # 招了多少学生 → 招生 (verb_object.py)
    offered_as_choice(analysis)  # 甲和乙谁是主任: neither name need stand in a passage (offered_names.py)
    return analysis


# A measure noun standing for the count asked (活动场次是多少, 服务人次目标多少): the amount's measure word.
# (场次比上年多了多少 asks a count of 场; 场次比上年涨了多少 may be told as a rate, 增长12.7%)
_UNIT_NOUN = re.compile(r"(场次|人次)(?=目标|任务|是|为|有|达|共|一共|总共|多少|几|比(?:上年|去年|上一年|前一年)?[多少]|[?!]|$)")
# A print run asked with no measure word (印数多少, 印量是多少): copies of a book, counted in 册 or 本.
_PRINT_RUN = re.compile(r"印数|印量|印刷量")
_MODE_WORDS = frozenset("计划 打算 目标 准备 力争 争取 预计 安排 实际".split())
# Words a question asks in that a report tells by another, one way only (being in charge is told as leading).
_TOLD_AS = {"负责": ("牵头",), "同比": ("比上年", "较上年", "比去年", "较去年")}  # 同比增长 is told 比上年…增长
# The counting itself, when the day a count runs to is asked (统计截止到哪天): the figures' 截至… tells it.
# Words asking what is usual (一般, 通常, 平时): a sentence tells it by the rule itself (每周四晚上, 每月1次).
_HABIT_WORDS = frozenset("一般 通常 平时 平常 往往 经常 常常 一般来说 通常来说".split())
_COUNTING_WORDS = frozenset("统计 数据 统计数据 数字 计数".split())
_COUNT_END_ASKED = re.compile(r"截至|截止")


def _soften_appositives(analysis: QuestionAnalysis, text: str) -> None:
    """Titles written before a name (自然资源部副部长王宏) only say who is
    meant; the name does that better, so they weigh less than the words
    that say what is asked."""
    for name in analysis.names:
        position = text.find(name)
        if position <= 0:
            continue
        head = text[:position]
        cut = max(head.rfind(c) for c in ",;:?!。 ")
        chain = head[cut + 1:]
        for term in analysis.terms:
            if term.text != name and term.text in chain:
                term.weight *= 0.3
