"""An item of a list told in brackets after its total (成员9名(致公党4名、民进3名、台盟2名)) or by ，with a
word between its name and figure (丰乐镇仅有3名) is asked by its name; the base of a comparison with a year
named (比2021年的17件增加5件) is that year's figure, in the clause of what it compares; a year written short in a
comparison (比21年多几家) is that year. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青梧县委员会经济界别2022年履职工作总结

政协青梧县委员会经济界别活动组
（二〇二二年十二月二十日）

一、界别基本情况

经济界别现有委员26名，比上届（第九届）的21名增加5名。其中，中共党员11名，民主党派成员9名（致公党4名、民进3名、台盟2名），无党派人士6名；女委员8名。

二、调研工作

6月，界别赴石门镇、丰乐镇、柳岸乡开展电商服务站调研。从调研的三个乡镇看，石门镇有电商专员12名，柳岸乡有7名，丰乐镇仅有3名，丰乐镇还有5个行政村没有电商服务站。调研发现，全县现有专精特新企业14家，比2021年增加3家。

三、提案工作

2022年，界别委员共提交提案22件，比2021年的17件增加5件，其中集体提案2件、个人提案20件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingwu.txt", _REPORT)], tmp_path_factory.mktemp("qingwu"))


@pytest.mark.parametrize("question, expected", [
    ("民进委员几名", "3名"),
    ("致公党委员几名", "4名"),
    ("丰乐镇电商专员几名", "3名"),
    ("柳岸乡有多少电商专员", "7名"),
])
def test_an_item_named_in_a_list(kb, question, expected):
    assert expected in first_line(kb, question).split("（")[0]


@pytest.mark.parametrize("question, expected", [
    ("去年界别提案多少件", "17件"),
    ("2021年界别委员提交提案多少件", "17件"),
])
def test_the_base_of_a_comparison_with_a_year(kb, question, expected):
    assert expected in first_line(kb, question).split("（")[0]


@pytest.mark.parametrize("question, expected", [
    ("民主党派成员多少名", "9名"),
    ("石门镇电商专员几名", "12名"),
    ("今年界别提案多少件", "22件"),
])
def test_the_other_figures_still_answer(kb, question, expected):
    assert expected in first_line(kb, question).split("（")[0]


def test_a_short_year_compared_with(kb):
    assert "3家" in first_line(kb, "专精特新企业比21年多几家").split("（")[0]
