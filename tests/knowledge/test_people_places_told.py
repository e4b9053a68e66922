"""People, places and lists answered; and declining what a document does not say — on a report
of our own (not the bench's documents or questions).

Classes: a post of an institution (馆长), a holder of a common surname outside the short list,
a 副 post asked with its qualifier (专职副主任), and the doer of an act asked (谁督办的: the person
written before the verb) are answered; a question word before 市长
(哪位市长) names no place; a body asked by a short form no text declares (法制委) is the one whose
full name holds its characters (社会和法制委员会), and the speller does not "complete" it; a
post of another body (公安局 asked, 司法局 told), a role the person does not hold (传承人), an
attribute told of a series not of the person named (his 题目), a milestone (开馆) the sentence
only reckons from, a day asked where a month is told, an ordinal qualifier (首批) the figure
lacks, and the outcome of a planned thing are declined.
"""

from __future__ import annotations

import pytest

from bot.knowledge.frames import RESULTS, PLAN, question_mode, question_places
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.told import body_named, event_doubt, person_clause_doubt

_REPORT = """政协溪河市委员会社会和法制委员会2023年工作总结

一年来，社会法制委坚持“学习强委、法制兴委”的工作思路，各项工作取得新成效。

一、主要工作

1．开展专题调研。三月十五日，委员会启动社区矫正专题调研。调研报告提出建议9条，市长靳国平作出批示，要求有关部门研究落实。市司法局局长葛振东介绍了社区矫正工作情况，市公安局副局长邬立群参加座谈。

2．高质量筹办专题协商会。八月三日，市政协召开“智慧养老”专题协商会，市政协主席冯景川主持会议，副市长喻海峰到会讲话。

3．组织视察。十月九日，分管副主席冯景川带队视察市体育中心新馆建设情况，委员们就新馆开馆后运营管理提出建议。

4．组织赴外考察。十一月，委员会组织委员赴东岭市、南溪市考察社区矫正工作，形成考察报告2篇。

5．关注非遗保护。六月，副主任钟慧敏带队开展“非遗保护”专题调研，与22名非遗传承人座谈，重点了解木雕、剪纸等项目的传承现状。

6．推进法治书屋建设。世界读书日当天，市政协主席冯景川为首批“法治书屋”揭牌。截至年底，全市已设立法治书屋26个。

7．办好法治讲坛。委员会持续举办“法治讲坛”，围绕民法典、未成年人保护等主题，邀请市法学会研究员晏书文等专家登台主讲。

8．文物捐赠。市博物馆馆长裴文静表示将把委员捐赠的文物纳入常设展览。

9．重点提案督办。副主席顾立文督办委员唐晓东提出的《关于完善社区矫正衔接机制的提案》，推动建立部门联席会议制度。

二、自身建设

委员会现有主任1名、副主任2名（其中专职副主任1名）。主任冯景川为市政协副主席，副主任钟慧敏为市律师协会副会长，专职副主任乔明远负责委员会日常工作。

三、2024年工作打算

计划编印普法读本4册，计划开展专题调研3项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xihe.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("told"))


def _first_line(kb, question):
    answer = kb.answer(question)
    return answer.answered, answer.text.split("\n")[0]


@pytest.mark.parametrize("question, expected", [
    ("市博物馆馆长叫什么名字？", "裴文静"),
    ("调研报告哪位市长批示了？", "靳国平"),
    ("智慧养老专题协商会上哪位副市长讲话了", "喻海峰"),
    ("社会法制委的专职副主任是谁", "乔明远"),
    ("法制委去年赴外考察去了哪两个市？", "东岭市"),
    ("体育中心新馆视察是哪天", "10月9日"),
    ("全市设立了多少个法治书屋", "26个"),
    ("社区矫正衔接机制的提案是谁督办的", "顾立文"),  # the doer stands before 督办; 唐晓东 proposed it
])
def test_people_places_and_lists_answered(kb, question, expected):
    answered, line = _first_line(kb, question)
    assert answered and expected in line, line


@pytest.mark.parametrize("question", [
    "市公安局局长叫什么名字",  # only its 副局长 is named; the 局长 told is of 司法局
    "剪纸的代表性传承人是谁",  # a 副主任 met the craftsmen
    "晏书文研究员在讲坛讲的什么题目",  # the themes are the series', not his
    "市体育中心新馆什么时候开馆",  # a visit's date; 开馆后 reckons from an opening not told
    "赴东岭市考察具体是哪天",  # November, no day
    "首批揭牌的法治书屋有几个",  # 26 is the year-end total
    "2024年计划的4册读本已经印了几册",  # a plan's outcome is not in the report
    "委员会姓冯的那个副主任叫什么",  # the 副主任 are 钟 and 乔
])
def test_what_the_document_does_not_say_is_declined(kb, question):
    answered, line = _first_line(kb, question)
    assert not answered, line


def test_question_word_before_a_post_names_no_place():
    assert question_places("调研报告哪位市长批示了", set()) == set()
    assert question_places("会上哪位副县长讲话了", set()) == set()
    assert question_places("青州市长是谁", set()) == {"青州"}


def test_body_named_by_a_short_form():
    assert body_named("法制委", "政协溪河市委员会社会和法制委员会2023年工作总结")
    assert not body_named("教育委", "政协溪河市委员会社会和法制委员会2023年工作总结")


def test_event_and_precision_of_a_date():
    assert event_doubt("新馆什么时候开馆", "10月9日", "10月9日,带队视察新馆,就开馆后运营提出建议") < 1.0
    assert event_doubt("新馆什么时候开馆", "10月9日", "新馆于10月9日正式开馆") == 1.0
    assert event_doubt("考察是12月几号", "12月", "12月,组织委员考察") < 1.0
    assert event_doubt("考察是哪天", "12月3日", "12月3日,组织委员考察") == 1.0


def test_outcome_of_a_planned_thing_asks_a_result():
    assert question_mode("计划的4册读本已经印了几册") == RESULTS
    assert question_mode("明年计划编印几册读本") == PLAN


def test_post_of_the_body_asked():
    none = frozenset()
    assert person_clause_doubt("提案委员会主任是谁", "赵一鸣（提案委主任）", "提案委主任赵一鸣", none, none, []) == 1.0
    assert person_clause_doubt("市教育局局长是谁", "赵一鸣（市文化局局长）", "市文化局局长赵一鸣", none, none, []) < 1.0
    assert person_clause_doubt("姓钱的主任是谁", "赵一鸣（主任）", "主任赵一鸣", none, none, []) < 1.0
