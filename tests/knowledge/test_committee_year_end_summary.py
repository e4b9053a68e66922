"""A committee's year-end summary delivered in December of the year it reports on: the year before's
figures it tells (上年为62件, ；上年参与调解326件) answer 上年; a breakdown after a clause that goes on past
its total (推荐15名委员分别担任…监督员，其中…) gives each unit's part, and the one item of a breakdown its
own (其中5篇…刊登); 几 before a 多少 asks no count; one as an item of a list (被全国政协采用1篇); a person's own
job (本职); the committee named with its 政协 before it (县政协教卫委主任), not a unit any body has (县政协办公室).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """梅岭县政协教育和卫生委员会2024年工作总结

（二〇二四年十二月十八日）

一、基本情况

教育和卫生委员会（以下简称“教卫委”）现有组成人员21名，其中主任1名、副主任2名、委员18名。主任由钱立群同志担任；副主任2名，分别为专职副主任许文静，兼职副主任马志成（县人民医院院长）。

四月十日，委员会举办“健康讲堂”首讲，由兼职副主任马志成主讲《基层常见慢性病防治》。

二、主要工作

县政协九届三次会议期间共收到提案236件，经审查立案210件，其中由教卫委联系的教育和卫生类提案57件，比上年增加9件（上年为48件），占立案总数的27.1%。

全年推荐15名委员分别担任有关部门特约监督员，其中县卫健局7名、县教育局5名、县医保局3名。

全年组织委员参与医疗纠纷调解案件138件，调解成功117件；上年参与调解96件。

县政府办公室主任孙建华到会通报情况。

全年组织义诊活动14场，比上年增加3场。

全年牵头完成专题调研3项，形成调研报告3篇，共提出意见建议25条。

委员撰写调研心得36篇，其中5篇在《梅岭文史》刊物上刊登。

为全县12所乡镇卫生院配齐专兼职康复医师30名，其中专职康复医师18名。

全县新建村级卫生室46个，其中城南镇15个。

全年报送社情民意信息52篇，其中被市政协采用15篇，被省政协采用4篇，被全国政协采用1篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiling.txt", _REPORT)], tmp_path_factory.mktemp("meiling"))


@pytest.mark.parametrize("question, fact", [
    # 上年 of a report delivered the year it reports on is the year before that one.
    ("上年委员参与医疗纠纷调解多少件", "96件"),
    ("上年教育和卫生类提案有多少件", "48件"),
    ("委员参与医疗纠纷调解多少件", "138件"),
    # A figure's change and its base belong to its item of the breakdown.
    ("教育和卫生类提案比上年多了几件", "9件"),
    ("教育和卫生类提案有多少件", "57件"),
    # A breakdown after a clause that says what its total counts.
    ("县医保局的特约监督员有几名", "3名"),
    ("在县卫健局当特约监督员的委员几名", "7名"),
    ("推荐了多少名委员担任特约监督员", "15名"),
    # The one item of a breakdown, told apart from its total by what the total's clause lacks.
    ("调研心得有几篇刊登了", "5篇"),
    ("委员撰写调研心得多少篇", "36篇"),
    ("乡镇卫生院配的康复医师里专职的有几名", "18名"),
    ("乡镇卫生院配了多少名康复医师", "30名"),
    # 几 before a 多少 points at the things (几篇报告), it asks no count: the 多少 one is asked.
    ("今年几篇调研报告一共提了多少条建议", "25条"),
    ("形成调研报告几篇", "3篇"),
    # One is an amount as an item of a list of like figures.
    ("被全国政协采用了几篇", "1篇"),
    ("被省政协采用了几篇", "4篇"),
    # A person's own job (本职), not the committee's post written with the name.
    ("马志成本职是干啥的", "县人民医院院长"),
    ("马志成的本职工作是什么", "县人民医院院长"),
    ("马志成是什么职务", "副主任"),
    # The committee named with its 政协 before it.
    ("梅岭县政协教卫委主任是谁", "钱立群"),
    ("县政协教卫委主任是谁", "钱立群"),
])
def test_answers(kb, question, fact):
    assert fact in first_line(kb, question)


def test_previous_year_is_told_as_that_year(kb):
    assert "2023年" in first_line(kb, "上年委员参与医疗纠纷调解多少件")


def test_an_office_of_the_cppcc_is_not_the_governments(kb):
    assert not kb.answer("县政协办公室主任是谁").answered


def test_another_place_of_the_items_kind_is_not_the_one_item(kb):
    assert "15个" in first_line(kb, "城南镇新建了几个村级卫生室")
    assert "15个" not in kb.answer("城北镇新建了几个村级卫生室").text.split("\n", 1)[0]
