"""Figures a report tells plainly that were declined: a cited paper's number (文号), a rule's period (每两个月),
an outcome sentence carrying the thing the sentence before counts (被全国政协采用2篇), the items of a 其中
breakdown of a thing given no amount, funds made available 全年 after support sought (争取), places lacking a unit
(没建委员联络站), a list whose last item carries the head all share (周末、夜间时段), a pointer at the unit of the place
the sentence names (在芃安社区…该小区), households counted by their people (430余户群众), and a noun a clause
shortens to its verb and last character (联系微信群 → 建群).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.breakdown_parts import total_before
from bot.knowledge.carried_counts import carried_count
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.frames import is_plan
from bot.knowledge.list_total import one_item_of_list_counted
from bot.knowledge.plan_result import plan_span
from bot.knowledge.pointed_body import one_body_pointed
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.unit_asked import asked_units

from .conftest import first_line

_REPORT = """政协苈州市委员会2024年联系群众工作总结

一、强化制度保障

年初印发《政协苈州市委员会关于深化委员履职服务的若干措施》（苈政协发〔2024〕7号），明确工作任务和责任分工。建立"一访一会"机制，即委员每两个月至少走访联系群众1次；每个委员小组每半年至少召开1次协商座谈会。

市政协积极争取市财政支持，将委员活动经费列入年度预算，全年落实专项经费88万元，比上年增加16万元。

二、畅通诉求渠道

全年共报送社情民意信息268篇，比上年增长12%。被全国政协采用2篇，被省政协采用19篇，获得市领导批示31篇次。

委员小组对群众反映的问题逐项梳理、分类处理，其中转化为提案36件，转交职能部门办理412条，由委员当场解释说明187条。

各委员小组普遍建立了委员与群众联系微信群，全年建群27个，入群群众3100余人。

三、办好民生实事

委员在"蓁蓁驿站"利用周末、夜间时段开展走访座谈9次，收集意见建议58条。

5月8日，委员在芃安社区召开议事会，听取居民关于老旧小区改造的意见，会后协调有关部门，推动该小区首批6部电梯于9月开工建设。

协调解决荇塘村等2个村430余户群众饮水安全问题。

四、存在的不足

萁山县、苘水县仍有3个乡镇未建立委员联络站。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lizhou.txt", _REPORT)], tmp_path_factory.mktemp("lizhou"))


def _amount(sentence: str, text: str):
    return next(q for q in find_quantities(sentence) if q.text == text)


def test_a_cited_papers_number_is_answered(kb):
    assert first_line(kb, "深化委员履职服务的若干措施文号是多少") == "答：苈政协发〔2024〕7号"


def test_a_rules_period_is_answered(kb):
    assert first_line(kb, "委员多长时间至少要走访一次联系群众").startswith("答：每两个月")
    assert first_line(kb, "委员小组多久开一次协商座谈会").startswith("答：每半年")
    assert not kb.answer("委员多长时间提交一次提案").answered  # no rule of that deed


def test_an_outcome_sentence_carries_what_the_one_before_counts(kb):
    sentences = ["全年共报送社情民意信息268篇,比上年增长12%。", "被全国政协采用2篇,被省政协采用19篇。"]
    assert total_before(sentences, 1) == sentences[0]
    assert first_line(kb, "去年被全国政协采用了几篇社情民意信息").startswith("答：2篇")


def test_an_item_of_a_breakdown_of_a_thing_given_no_amount():
    sentence = "委员小组对群众反映的问题逐项梳理、分类处理,其中转化为提案36件,转交职能部门办理412条,由委员当场解释说明187条。"
    assert carried_count(("问题",), sentence, _amount(sentence, "187条"))
    closed = "委员小组对群众反映的问题逐项梳理,其中转化为提案36件;另由委员当场解释说明187条。"
    assert not carried_count(("问题",), closed, _amount(closed, "187条"))  # a semicolon closes the breakdown


def test_funds_made_available_in_the_year_are_no_plan():
    sentence = "市政协积极争取市财政支持,将委员活动经费列入年度预算,全年落实专项经费88万元,比上年增加16万元。"
    assert not is_plan("", plan_span(sentence, sentence.find("88万元")), 2024)


def test_places_lacking_a_unit_name_none():
    assert asked_units("还有几个乡镇没建委员联络站") == []
    assert asked_units("甲镇委员联络站有几名委员") == ["甲镇"]


def test_places_lacking_a_unit_are_counted(kb):
    assert first_line(kb, "还有几个乡镇没建委员联络站").startswith("答：3个")


def test_a_last_item_carrying_the_shared_head_is_named():
    shown = '委员在"蓁蓁驿站"利用周末、夜间时段开展走访座谈9次,收集意见建议58条。'
    at = shown.find("9次")
    clause = (shown.rfind(",", 0, at) + 1, shown.find(",", at))
    assert not one_item_of_list_counted("蓁蓁驿站利用周末夜间开展走访座谈几次", shown, at, clause)
    assert one_item_of_list_counted("蓁蓁驿站夜间开展走访座谈几次", shown, at, clause)  # one item only


def test_a_pointer_at_the_unit_of_the_place_named():
    sentence = "5月8日,委员在芃安社区召开议事会,听取居民关于老旧小区改造的意见,会后协调有关部门,推动该小区首批6部电梯于9月开工建设。"
    assert not one_body_pointed("芃安社区小区首批几部电梯开工", sentence, "6部", "")


def test_households_counted_by_their_people(kb):
    assert first_line(kb, "荇塘村等2个村饮水安全问题惠及多少户").startswith("答：430余户")


def test_a_noun_shortened_to_its_verb_and_last_character(kb):
    assert first_line(kb, "各委员小组建了多少个联系微信群").startswith("答：27个")
