"""A member's workplace written in brackets after the word 委员 (钱某委员(某律师事务所主任)): the
post is the member's, so which unit he is of is the body it names, and who proposed a piece is the
name before 委员, never the bracket.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青苇区委员会常务委员会工作报告

——2021年1月12日在政协青苇区第五届委员会第四次会议上

一、2020年工作回顾

加强重点提案督办。副主席周立群领衔督办的罗雅岚委员（区中医医院副院长）提出的“关于完善家庭医生签约服务的提案”，推动区卫健局新增签约团队18个；冯凯委员（青苇实验小学教师）提出的“关于增设学校午托服务点的提案”，推动新增午托服务点9处；邹德明委员（青苇远航物流有限公司总经理）提出的“关于降低中小物流企业运营成本的提案”，推动区财政安排专项资金800万元。

社情民意信息工作成效明显。汤锐委员（青苇正和律师事务所主任）反映的“关于加强老年人防诈骗宣传的建议”被省政协采用。

委员周慧敏积极参与社区志愿服务，获评区优秀志愿者。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingwei.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingwei"))


def test_the_bracket_after_weiyuan_is_the_members_post():
    sentence = '汤锐委员(青苇正和律师事务所主任)反映的"关于加强老年人防诈骗宣传的建议"被省政协采用。'
    assert find_people(sentence, ["汤锐"])[0].role == "青苇正和律师事务所主任"
    assert find_people("汤锐委员(2020年)反映的情况", ["汤锐"])[0].role == ""  # brackets telling no post


def test_which_unit_a_member_is_of_is_the_body_of_that_post(kb):
    assert "青苇正和律师事务所" in first_line(kb, "汤锐是哪个单位的")
    assert "区中医医院" in first_line(kb, "罗雅岚是哪个单位的？")
    assert "青苇实验小学" in first_line(kb, "冯凯在哪个单位工作")


def test_a_member_with_no_post_written_gets_no_unit(kb):
    assert not kb.answer("周慧敏是哪个单位的").answered


def test_the_proposer_is_the_name_before_the_bracket(kb):
    assert first_line(kb, "降低中小物流企业运营成本的提案是谁提的？").startswith("答：邹德明")
    assert first_line(kb, "增设学校午托服务点的提案是谁提的").startswith("答：冯凯")
    assert "(" not in first_line(kb, "降低中小物流企业运营成本的提案是谁提的？")


def test_a_member_named_with_no_post_is_not_placed_by_the_sentence(tmp_path):
    report = "政协青苇区委员会工作报告\n\n一、2020年工作回顾\n\n委员孙启航提出的“关于发展林下经济的提案”，得到区农业农村局的积极采纳。\n"
    kb = KnowledgeBase([SourceDocument("qw2.txt", report.split("\n", 1)[0], "2020", report)], tmp_path)
    assert not kb.answer("孙启航在哪个单位工作？").answered
    assert not kb.answer("孙启航是哪个单位的").answered
