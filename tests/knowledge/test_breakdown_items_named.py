"""An item of a breakdown or list asked by its own name (城关镇新增学位几个, 团县委交了几件, 经济委员会
联系的提案几件): its own figure, not the total before 其中, not the first item carrying the words that
lead into the list, not a sum it is listed in; the total still answers a question naming no item.
An agency named short with words left out (住建局 for 住房和城乡建设局) is the agency the documents
name in full. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于政协青岚市第八届委员会第三次会议以来提案工作情况的报告

一、提案提交和办理情况

全体委员中，提交提案的委员有214名，占委员总数的80.5%；其中提交3件以上提案的委员有41名。八届三次会议以来，市政协共收到提案311件，经审查，立案268件，并案处理12件，不予立案转为意见建议处理31件。集体提案中，各民主党派市级组织提交26件，其中民建青岚市委会9件、民革青岚市委会7件、九三学社青岚市委会10件；市工商联提交6件；市总工会、市妇联、团市委等人民团体共提交9件，其中市总工会4件、市妇联3件、团市委2件；政协界别提交5件。

从专门委员会归口联系情况看，教育文化委员会联系委员的立案提案48件，经济委员会39件，城乡建设委员会33件，社会法制委员会21件。

承办提案数量较多的单位依次为：市教育局31件、市住房和城乡建设局27件、市人力资源和社会保障局18件、市卫生健康局16件。市教育局局长周明川带队走访提案人，该局承办的31件提案中，A类24件、B类6件、C类1件；市卫生健康局局长林志远主持召开专题办理会3次，该局承办的16件提案中，A类13件、B类3件。

从答复情况看，所提问题已经解决或者建议已被采纳的（A类）188件，占70.1%；正在解决或者已列入计划逐步解决的（B类）64件，占23.9%；留作参考的（C类）16件，占6.0%。

二、重点提案办理成效

开展专项民主监督，组建监督小组4个，召开座谈会7场，提出意见建议29条，推动解决具体问题11个。全年民主监督各项活动共提出意见建议80余条。

学前教育方面，全市新增公办幼儿园学位3200个，其中东坪区1800个，市第二实验幼儿园于2022年9月开园。充电设施方面，全市新建公共充电桩540个，其中江北街道96个，实现乡镇公共充电站全覆盖。医疗保障方面，全市城乡居民医保参保率达到97.2%，其中山阳镇为93.4%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qinglan.txt", _REPORT)], tmp_path_factory.mktemp("qinglan"))


@pytest.mark.parametrize("question, expected", [
    ("东坪区新增学位多少个？", "东坪区1800个"),
    ("全市新增了多少个幼儿园学位", "3200个"),
    ("江北街道新建了几个充电桩", "江北街道96个"),
    ("全市新建了多少个充电桩", "540个"),
    ("山阳镇的医保参保率是多少", "93.4%"),
])
def test_a_part_named_before_its_total(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")


@pytest.mark.parametrize("question, expected", [
    ("团市委交了几件集体提案", "团市委2件"),
    ("民主党派市级组织交了几件集体提案？", "26件"),
    ("市妇联交了几件集体提案？", "市妇联3件"),
    ("经济委员会那边联系的提案几件？", "经济委员会39件"),
    ("城乡建设委员会联系的立案提案有多少", "城乡建设委员会33件"),
    ("教育文化委员会联系的提案多少件", "48件"),
])
def test_an_item_of_a_list_named(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")


@pytest.mark.parametrize("question, expected", [
    ("住建局承办了多少件", "27件"),
    ("人社局承办了几件提案？", "18件"),
    ("卫健局承办了多少件提案", "16件"),
])
def test_an_agency_named_short_in_a_list_after_a_colon(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")


@pytest.mark.parametrize("question, expected", [
    ("A类提案有多少件？", "188件"),
    ("B类几件", "64件"),
    ("教育局承办的提案里B类几件", "B类6件"),
    ("卫健局承办的提案里A类多少", "A类13件"),
    ("去年市教育局承办的提案中A类有几件", "A类24件"),
    ("C类占多少", "6.0%"),
    ("A类占多少", "70.1%"),
])
def test_a_scope_pointing_back_at_one_body(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")


@pytest.mark.parametrize("question, expected", [
    ("不予立案的提案有多少件", "31件"),
    ("立案多少件", "立案268件"),
    ("民主监督一共提出意见建议多少条", "80余条"),
    ("有多少委员提交了提案", "214名"),
])
def test_a_name_inside_another_or_of_unlike_figures_is_no_item_asked(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")
