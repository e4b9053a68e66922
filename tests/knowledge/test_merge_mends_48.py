"""The forty-eighth round's merge mends: where one helper's rule met reports none of them had run.

A rise asked by its measure noun (场次比上年涨了多少) may be told as a rate; a sentence opening on a verb with no time
carries its paragraph's lead only right after it; 有多少人交了提案 asks those who did something, not all there are;
kinds counted in a row (集体提案3件、个人提案49件) list kinds unless the question asks the items of one; 是哪三个 after
a named thing asks its parts, not items after a noun; 扩到哪些部门 asks bodies, not places; a noun asked bare
(提案有多少) may be written by the paragraph before the answer's sentence.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协轸阳市委员会2023年工作总结

一、思想政治引领

（一）深入学习贯彻党的二十大精神。党的二十大召开后，市政协第一时间组织委员收听收看开幕会盛况。组织委员深入辂川区、轩岭区宣讲，覆盖社区40个。全年共举办专题学习会7次，邀请市委党校教授作专题辅导3场。

二、服务保障

全年提供会议服务326场次，比上年增长12.7%。

本届新任委员积极履职，128名新任委员中有96名提交了提案，共提交提案140件。

三、提案工作

全年共提交提案52件，其中以界别名义提交的集体提案3件、委员个人提案49件。三件集体提案分别是：《关于加快辋溪流域治理的建议》《关于完善社区养老服务的建议》《关于推进老旧小区改造的建议》。

全年共收到提案586件。其中，大会期间提交471件，闭会期间提交115件。

市政协主席在会上提出“三个不”：协商不缺位、监督不走样、建言不停步。

四、2024年工作安排

继续聚焦优化营商环境，将监督范围扩大到市教育局、市卫生健康委等部门。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhenyang.txt", _REPORT)], tmp_path_factory.mktemp("zhenyang-mends"))


@pytest.mark.parametrize("question, expected", [
    ("会议服务场次比上年涨了多少", "12.7%"),  # a rise of 场次, told as a rate
    ("学二十大开了几次专题学习会", "7次"),  # the lead carried only by the sentence right after it
    ("新任委员里有多少人交了提案", "96名"),  # a deed asked, no narrower group
    ("三件集体提案分别是什么", "关于加快辋溪流域治理的建议"),  # the items of one kind, not the kinds
    ("主席提的“三个不”是哪三个", "协商不缺位"),  # the parts of a named thing
    ("明年监督范围要扩到哪些部门", "市教育局"),  # bodies, not places
    ("闭会期间提交的提案有多少", "115件"),  # the noun asked, written by the paragraph before the sentence
])
def test_answers_other_helpers_rules_leave_standing(kb, question, expected):
    assert expected in first_line(kb, question)
