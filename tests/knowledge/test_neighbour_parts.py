"""An answer whose sentence tells a neighbour of the part asked is declined (neighbour_parts.py): a
rate for a count, a count for money, an area for a yield, more than the group asked, people for
things and things for people, fewer items than asked, a person's party or age not told of them, a
post at another place or only the name, a province for a city, a body read from a place's name, what
was said in a deed that is only mentioned. The near questions the report does answer stay answered.
On a report of our own."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from bot.knowledge.documents import document_from_text
from bot.knowledge.neighbour_parts import neighbour_part_doubt
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澄岚市委员会经济界别2021年工作总结

（2021年12月20日）

一、基本情况

界别现有市政协委员24名，召集人罗振华（市第二人民医院院长），副召集人严素琴（市工业投资集团副总经理）。一年来，在中共澄岚市委的领导下，在联系本界别的市政协副主席邬海宁的关心支持下，界别委员认真履职，各项工作取得了新的成效。

二、协商议政

全年提交提案16件，经审查立案15件。截至12月底，立案提案全部办结，办结率100%，满意率98%。界别以集体名义提交提案3件。

调研显示，全市规模以上民营企业共218家，但年营业收入超亿元的仅12家。课题组提出“设立中小企业转贷基金”“建设城东物流园”等6条建议。

9月，组织6名委员赴江苏省考察学习产业园区建设经验，结合我市实际提出建议10条，为第5次常委会议专题议政提供参考。

全年有4件提案获评市政协年度优秀提案，其中罗振华委员提出的“关于优化营商环境的建议”被列为重点提案，严素琴委员提出的“关于发展跨境电商的建议”被列为督办提案。

委员们围绕小微企业融资难等问题提出建议9条，被市发展改革委采纳7条。

会后界别形成的“关于加快城东物流园建设的建议”获市长彭立新批示，市商务局据此起草了实施方案。

10月，组织界别委员到市委党校开展专题培训1期，参训委员20人。

界别主席团成员有：市政协主席韩立民，副召集人严素琴。韩立民主席兼任市工商联主席，牵头民营经济调研。秘书长孔德林负责界别日常联络服务。

5月，委员深入园区、商会、银行、市场开展调研走访42次，收集意见120条。

委员葛春生等6名委员在深入城东、城西两区企业调研的基础上提出了提案。提案委员会副主任蒋文斌牵头建立委员联系企业制度。

协调引进项目4个，建成标准厂房60亩。界别微信群全年推送政策解读、行业资讯、企业案例视频等各类信息资料430条。界别以微信群和公众号2种形式联系委员。全年委托专业机构开展委员履职测评2次。界别全会期间设立委员服务站，解答问题80余个。

三、2022年工作打算

继续开展调研，计划提交集体提案不少于2件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase([document_from_text("澄岚市经济界别2021年工作总结.txt", _REPORT)],
                         tmp_path_factory.mktemp("neighbour-parts"))


@pytest.mark.parametrize("question", [
    "截至12月底办结的提案总数多少",  # a count asked, 办结率100% told
    "全市规模以上民营企业的产值是多少",  # money asked, 218家 told
    "中小企业转贷基金规模多大",  # money asked, 6条建议 told
    "建成的标准厂房亩产多少",  # a yield asked, 60亩 told
    "3件集体提案立案了几件",  # no more than 3 of them: 立案15件 counts all
    "全市一共建成几个产业园区",  # things asked, 6名委员 told
    "4件优秀提案的题目分别是啥",  # four titles asked, one quoted
    "邬海宁副主席是哪个党派的",  # no party told of her
    "罗振华在市中医院当什么职务",  # his post is at another hospital
    "去江苏考察具体去了哪个市",  # a province told, no city
    "党校培训是谁讲的课",  # 市委 read out of 市委党校
    "彭立新市长批示的具体内容是什么",  # only that it was 批示 is told
    "孔德林秘书长兼任什么职务",  # only the post asked is told
    "委员在银行调研走访了几次",  # one of the places the 42次 sum over
    "葛春生委员是哪个单位的",  # no unit told of him
    "蒋文斌牵头提出的是哪件提案",  # no title quoted where he is named
    "何晓芸是哪个党派的",  # a person the sentence does not name
    "界别公众号转发量多少",  # a volume asked, 2种形式 told
    "委员履职测评是哪家机构做的",  # only 专业机构 told
    "委员服务站设在哪个宾馆",  # no hotel named
])
def test_neighbour_of_the_part_asked_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize(("question", "expected"), [
    ("立案提案的办结率是多少", "100%"),
    ("界别提案立案了多少件", "15件"),
    ("建议被采纳了几条", "7条"),
    ("参加党校培训的委员有多少人", "20"),
    ("界别现有多少名委员", "24名"),
    ("韩立民主席兼任什么职务", "工商联主席"),
    ("委员开展调研走访一共多少次", "42次"),
    ("界别微信群推送信息资料多少条", "430条"),
    ("界别以几种形式联系委员", "2种"),
])
def test_the_part_told_is_still_answered(kb: KnowledgeBase, question: str, expected: str) -> None:
    assert expected in first_line(kb, question)


@pytest.mark.parametrize(("question", "names", "kind", "fact", "shown", "doubt"), [
    # a second post asked, only the post the question gives told; another post told is an answer
    ("孔德林秘书长兼任什么职务", ["孔德林"], "who", "孔德林：市政协秘书长", "秘书长孔德林负责日常联络。", 0.4),
    ("韩立民主席兼任什么职务", ["韩立民"], "who", "韩立民：市政协主席、市工商联主席", "韩立民主席兼任市工商联主席。", 1.0),
    # a person's unit asked, no clause naming them tells one
    ("葛春生委员是哪个单位的", ["葛春生"], "what", "", "葛春生等6名委员在深入城东调研的基础上提出提案。", 0.4),
    ("葛春生委员是哪个单位的", ["葛春生"], "what", "", "市工业投资集团副总经理葛春生提出提案。", 1.0),
    # a party asked of someone the reading holds no name for, and the sentence does not name
    ("何晓芸是哪个党派的", [], "what", "", "从政治面貌看,中共党员委员5名、民主党派委员4名。", 0.4),
    # how two people are related: a sentence naming only one of them cannot tell it
    ("罗振华和韩立民主席是什么关系", ["罗振华", "韩立民"], "what", "", "市政协主席韩立民任组长。", 0.4),
    ("罗振华和韩立民主席是什么关系", ["罗振华", "韩立民"], "what", "", "罗振华是韩立民的外甥。", 1.0),
])
def test_the_part_asked_of_a_person(question, names, kind, fact, shown, doubt) -> None:
    q = SimpleNamespace(norm=question, names=names, unit=None, counted=None)
    assert neighbour_part_doubt(q, kind, fact, shown) == doubt


@pytest.mark.parametrize(("question", "kind", "fact", "shown", "doubt"), [
    # what a speech said, quoted right before it, is told; a 批示 only mentioned is not
    ("葛春生在大会上发言讲的啥", "what", "", '葛春生作了题为"做强物流产业"的大会发言。', 1.0),
    ("市长批示的具体内容是什么", "what", "", '"关于物流园的建议"获市长彭立新批示,市商务局据此起草方案。', 0.4),
    # 几个人 asks people; a session's numbers (9届3次会议) are no items asked
    ("全会上安排了几个人大会发言", "number", "9人", "全会安排9人作大会发言。", 1.0),
    ("9届3次会议上大会发言的题目", "what", "", '委员作了题为"做强物流产业"的大会发言。', 1.0),
])
def test_what_was_said_and_people_counted(question, kind, fact, shown, doubt) -> None:
    q = SimpleNamespace(norm=question, names=[], unit="个人" if "几个人" in question else None, counted="人大会发言")
    assert neighbour_part_doubt(q, kind, fact, shown) == doubt


@pytest.mark.parametrize(("question", "fact", "shown", "doubt"), [
    # a cut or a raise asked (压减了多少, 削减多少): the share it was cut by answers
    ("公用经费压减了多少", "8%", "严格落实过紧日子要求,公用经费压减8%。", 1.0),
    ("会议费削减了多少", "15%", "会议费削减15%,培训费下降6%。", 1.0),
    # a plain amount asked, a share told: still declined
    ("公用经费是多少", "8%", "严格落实过紧日子要求,公用经费压减8%。", 0.4),
])
def test_a_cut_asked_is_answered_by_its_share(question, fact, shown, doubt) -> None:
    q = SimpleNamespace(norm=question, names=[], unit=None, counted=None)
    assert neighbour_part_doubt(q, "number", fact, shown) == doubt
