"""One item of a list asked (义诊搞了多少场, 在学校宣讲了多少场, 甲读书群有多少人, 彝族委员有几名), the count of
the whole list told (组织义诊、法律咨询等活动, 深入村镇、企业和学校开展宣讲, 开设"甲""乙""丙"3个读书群, 分属回族、
彝族、苗族3个民族): declined; the sum asked, or the list counted with no item named, answers.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.list_total import one_item_of_list_counted
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栖桐县委员会2022年工作报告

一、服务群众

县政协开展"同心惠万家"系列活动，组织义诊、法律咨询、农技指导等活动146场，服务群众2.4万人次。

县政协与县农业局、县林业局等部门开展对口协商5次。举办果树修剪、病虫害防治等技术培训7期。委员参与执法检查、案件评查等活动40余次。

县政协组建由19名委员组成的宣讲团，深入村镇、企业和学校开展宣讲73场，受众8000余人次。

二、读书活动

县政协开设"乡贤文化""法治生活""农技新知"3个读书群，参与委员112名，委员发布读书心得860余篇。

三、委员队伍

县政协现有委员198名，其中少数民族委员14名，分属瑶族、侗族、壮族3个民族。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qitong.txt", _REPORT)], tmp_path_factory.mktemp("qitong"))


@pytest.mark.parametrize("question", ["义诊搞了多少场", "宣讲团在学校宣讲了多少场", "法治生活读书群有多少人",
                                      "乡贤文化群发了多少篇读书心得", "侗族委员有几名"])
def test_one_item_of_a_counted_list_is_declined(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


@pytest.mark.parametrize("question, answer", [("同心惠万家活动一共搞了多少场", "答：146场"),
                                              ("宣讲团开展宣讲多少场", "答：73场"),
                                              ("读书群有多少委员参与", "答：112名"),
                                              ("少数民族委员有几名", "答：少数民族委员14名"),
                                              ("县政协与对口部门开展对口协商几次", "答：5次"),
                                              ("果树修剪技术培训办了几期", "答：7期"),
                                              ("委员参加执法检查等活动多少次", "答：40余次")])
def test_the_whole_list_counted_answers(kb, question, answer):
    assert first_line(kb, question).startswith(answer)


def test_a_list_counted_as_one_kind_or_each_is_left_alone():
    assert not one_item_of_list_counted("专报报送了多少份", "报送提案、专报等59份", 11, (0, 14))
    assert not one_item_of_list_counted("义诊搞了多少场", "义诊、法律咨询分别开展活动12场", 13, (0, 16))
