"""People, posts and names; declining when the asked post or body is not in the document —
on a report of our own (not the bench's documents or questions).

Classes: a post and its holder written together (「<body><post><name>」) answer who holds that
post of that body, by surname and post too (魏主任); a post of a body the document never names
with that post is declined, not answered with a neighbour's holder; 谁 asking a post's holder is
answered by a person, never a body; a declared full name (X（以下简称Y）) answers 全称; a plan word
inside quotation marks names a category, it is no plan; a measure word of goods (标箱) and a
colloquial word (老师 for 教师) are read as the documents write them; an event of
another kind (专题会议) does not answer the one asked (督办推进会).
"""

from __future__ import annotations

import pytest

from bot.knowledge.posts import asked_full_name, asked_post, learn_declared_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """关于政协第九届青屿市委员会第三次会议以来提案工作情况的报告

——二〇二五年一月八日在政协第九届青屿市委员会第四次会议上

青屿市政协副主席　范立言

各位委员：

中国人民政治协商会议青屿市委员会（以下简称市政协）在中共青屿市委的领导下，扎实推进提案工作。市委书记葛文博多次对提案工作作出批示，市政府常务会议专题研究重点提案办理工作2次。

一、提案办理情况

提案委员会主任魏海川带领全体成员审查提案，全年召开提案审查会议6次。坚持“谁主管、谁办理”原则交办提案。

六月，市政协召开“海岛民宿发展”座谈会，副主席范立言主持会议。

市委书记葛文博领衔督办1件重点提案；市长曹德安领衔督办2件，分别是民盟青屿市委会提出的《关于发展社区托育服务的提案》和民进青屿市委会提出的《关于完善社区养老服务的提案》。

市长曹德安两次主持召开专题会议研究托育服务工作，要求承办单位把提案建议转化为惠民实事。

民盟青屿市委会提出的《关于发展社区托育服务的提案》，市卫生健康委员会主任魏晓兰亲自牵头办理，新增普惠托位1500个。

民进青屿市委会提出的《关于完善社区养老服务的提案》，市民政局局长邹启航带队到社区调研，新建社区养老服务中心21个。

市港航管理局会同有关企业拓展航线，2024年青屿港集装箱吞吐量达到152万标箱，同比增长8.1%。

委员柯文静提出的《关于加强中学生心理健康教育的提案》，市教育局配备专兼职心理健康教师214名，培训中小学班主任1200人次。

对近两年答复为“列入计划逐步解决”的24件提案开展“回头看”，其中承诺事项已经落实的17件，正在推进的7件。

二、2025年提案工作安排

计划于今年四月召开重点提案督办推进会，计划遴选重点提案15件左右。计划于今年九月在市政协委员活动中心举办提案成果展。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingyu.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("people"))


def _first_line(kb, question):
    answer = kb.answer(question)
    return answer.answered, answer.text.split("\n", 1)[0]


@pytest.mark.parametrize("question, expected", [
    ("青屿市委书记叫什么", "葛文博"),  # the committee's place before the body picks the document
    ("提案委员会魏主任全名叫什么", "魏海川"),  # not 魏晓兰, 主任 of another body
    ("卫健委那个魏主任叫啥", "魏晓兰"),  # a body shortened as Chinese does, its characters in order
    ("市民政局局长是谁", "邹启航"),
])
def test_a_bodys_post_is_answered_by_its_own_holder(kb, question, expected):
    answered, line = _first_line(kb, question)
    assert answered and expected in line


@pytest.mark.parametrize("question", [
    "市交通运输局局长叫什么",  # only 市民政局局长 and 市卫生健康委员会主任 are told
    "民盟青屿市委会主委是谁",  # the party's committee is named, its 主委 never: no body answers 谁
    "市港航管理局局长是谁",  # the body is named, its head never
])
def test_a_post_of_a_body_the_document_does_not_tell_is_declined(kb, question):
    answered, line = _first_line(kb, question)
    assert not answered, line


def test_a_declared_full_name_answers_what_the_short_one_stands_for(kb):
    answered, line = _first_line(kb, "市政协的全称是什么")
    assert answered and "中国人民政治协商会议青屿市委员会" in line
    assert "年）" not in line  # a name is no figure of a year


def test_an_event_of_another_kind_does_not_answer_the_one_asked(kb):
    # Only a 专题会议 is told with the mayor's demands; the 推进会 is only planned.
    answered, line = _first_line(kb, "重点提案督办推进会上市长提了哪些要求")
    assert not answered, line
    answered, line = _first_line(kb, "市长在专题会议上提了什么要求")
    assert answered and "惠民实事" in line


def test_an_amount_ending_its_clause_counts_what_the_next_clause_lists(kb):
    answered, line = _first_line(kb, "市长曹德安督办了几件重点提案")
    assert answered and "2件" in line


def test_a_plan_word_in_quotation_marks_names_a_category(kb):
    answered, line = _first_line(kb, "回头看里承诺事项已经落实的有几件")
    assert answered and "17件" in line


def test_a_measure_word_of_goods_and_a_colloquial_word(kb):
    answered, line = _first_line(kb, "青屿港集装箱吞吐量去年多少")
    assert answered and "152万标箱" in line
    answered, line = _first_line(kb, "心里健康老师配了多少名")  # 心里 for 心理, 老师 for 教师
    assert answered and "214名" in line


@pytest.mark.parametrize("question, body, post, surname", [
    ("青屿市委书记叫什么", "青屿市委", "书记", None),
    ("提案委员会魏主任全名叫什么", "提案委员会", "主任", "魏"),
    ("民建青屿市委会主委是谁", "民建青屿市委会", "主委", None),
])
def test_the_body_and_post_a_question_asks(question, body, post, surname):
    asked = asked_post(question)
    assert (asked.body, asked.post, asked.surname) == (body, post, surname)


@pytest.mark.parametrize("question", [
    "主席是谁",  # no body: the general answer
    "联系教育界别的副主席是谁",  # a clause says which one
    "经济委员会分管副主席是谁",  # a verb, not a body, before the post
    "市长督办了几件提案",
])
def test_questions_that_ask_no_bodys_post(question):
    assert asked_post(question) is None


def test_declared_names_and_the_full_name_asked():
    found = learn_declared_names([(0, 0, "中国人民政治协商会议青屿市委员会(以下简称市政协)在中共青屿市委的领导下"),
                                  (0, 1, "全年由农业和农村委员会(以下简称农业农村委)牵头开展调研。")])
    assert [(d.short, d.full) for d in found] == [("市政协", "中国人民政治协商会议青屿市委员会"),
                                                  ("农业农村委", "农业和农村委员会")]
    assert asked_full_name("市政协的全称是什么") == "市政协"
    assert asked_full_name("市政协主席是谁") is None


def test_which_road_asked_is_answered_only_by_a_road(kb):
    answered, line = _first_line(kb, "市政协委员活动中心在哪条路上")
    assert not answered, line


def test_a_question_word_is_no_slip_for_a_documents_pronoun(kb):
    # 谁主管、谁办理 uses 谁 as a pronoun; the member's 谁 asks, and 主持 is meant as written.
    assert kb.index.correct("海岛民宿那次座谈会是谁主持的") == ("海岛民宿那次座谈会是谁主持的", 0)
    assert kb.index.correct("提案委员会魏主任是谁") == ("提案委员会魏主任是谁", 0)  # no 班主任
    answered, line = _first_line(kb, "海岛民宿那次座谈会是谁主持的")
    assert answered and "范立言" in line


def test_which_member_asks_a_person_and_is_no_slip_for_a_body(kb):
    # 哪个委员 asks a person (not 哪个委员会); 委员 is whole, so 委员提的 is no slip for 委员会.
    assert kb.index.correct("心理健康教育的提案是哪个委员提的")[0] == "心理健康教育的提案是哪个委员提的"
    assert kb.index.correct("提案委员汇主任是谁")[0] == "提案委员会主任是谁"  # read alike: a slip
    answered, line = _first_line(kb, "心理健康教育的提案是哪个委员提的")
    assert answered and "柯文静" in line
