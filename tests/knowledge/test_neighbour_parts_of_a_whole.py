"""Neighbours of what is asked, declined on a made-up report: a narrower group counted for all of a kind asked
(narrowed_count.py), one item of a list written with its verb (栽植香樟、…等苗木: list_total.py), a county
asked of a list of towns written with their counties (listed_items.py), a shop or a hospital's department
asked where no such one is named (checks.py's kinds asked).  The whole, the list, the place answer."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.listed_items import one_of_listed
from bot.knowledge.list_total import one_item_of_list_counted
from bot.knowledge.narrowed_count import narrowed_count
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协菖浦市委员会2023年委员志愿服务工作总结

一、队伍建设

截至年底，市政协共有委员356名。市政协机关干部职工注册志愿者41名，与委员一道参加服务。

萩原县服务队现有委员志愿者27名。

二、服务活动

4月，市政协组织委员在荇川区开展义务植树，栽植红枫、樱花、玉兰等苗木1.6万株。

7月至9月，服务队先后走进芷岸县蓿坪镇、茈湾县葭桥镇等偏远乡镇，开展义诊活动19场。

委员葑庄华是菖浦市人民医院副院长，她组织医院医生与36名受助儿童结成对子。

在城区设立"乡味直供"展销柜5个，帮助销售农产品860万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("changpu.txt", _REPORT)], tmp_path_factory.mktemp("changpu"))


@pytest.mark.parametrize("question", ["市政协机关一共有多少干部职工", "全市注册志愿者总数是多少", "市人民医院有多少儿童",
                                      "植树栽了多少株红枫", "义诊在芷岸县一共搞了几场", "展销柜在哪个商场",
                                      "葑庄华是哪个科室的副院长"])
def test_a_neighbour_of_what_is_asked_is_declined(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


@pytest.mark.parametrize("question, answer", [("市政协一共有多少委员", "答：356名"),
                                              ("机关干部职工注册志愿者有多少名", "答：41名"),
                                              ("萩原县服务队有多少委员志愿者", "答：27名"),
                                              ("植树一共栽了多少株苗木", "答：1.6万株"),
                                              ("偏远乡镇义诊开展了多少场", "答：19场")])
def test_the_whole_answers(kb, question, answer):
    assert first_line(kb, question).startswith(answer)


def test_the_rules_alone():
    words = lambda text: [text[i:i + 2] for i in range(0, len(text), 2)]  # noqa: E731 - a stand-in segmenter
    sentence = "市政协机关干部职工注册志愿者41名,与委员1道参加服务。"
    at = sentence.find("41名")
    assert narrowed_count("机关一共有多少干部职工", "干部职工", sentence, at, at + 3, words, lambda word: None)
    assert not narrowed_count("有多少委员参加", "委员", sentence, at, at + 3, words, lambda word: None)
    planted = "栽植红枫、樱花、玉兰等苗木1.6万株"
    assert one_item_of_list_counted("红枫栽了多少株", planted, planted.find("1.6"), (0, len(planted)))
    helpers = "吸引社会志愿者、企业员工等共同参与服务900余人次"
    assert not one_item_of_list_counted("社会志愿者参与了多少人次", helpers, helpers.find("900"), (0, len(helpers)))
    assert one_of_listed("义诊在芷岸县一共搞了几场", "先后走进芷岸县蓿坪镇、茈湾县葭桥镇等偏远乡镇,开展义诊活动")
