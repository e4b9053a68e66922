"""A shelf of reports, a question naming a government office with its level (区交通运输局): a report telling of the
same office of another level (市交通运输局, a city's) is about another government and is not told; a report naming
the office asked still answers.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_named import asks_named, body_of_other_level

from .conftest import first_line


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    return SourceDocument(name, title, str(year), f"{title}\n\n一、过去一年的工作\n\n{body}\n")


_DISTRICT = _report("district.txt", "政协楝塘区第三届委员会常务委员会工作报告", 2022,
                    "区政协全年收到提案131件，立案118件。区政协组织委员开展视察7次，召开专题协商会4场。")
_CITY = _report("city.txt", "政协椋州市委员会常务委员会工作报告", 2021,
                "在市交通运输局、市市场监管局等6个部门开展“委员评部门”活动，由委员对部门工作作风进行评议，"
                "评议结果抄送市委组织部和市纪委监委。市政协全年收到提案402件。")
_COUNTY = _report("county.txt", "政协杉坪县委员会2023年工作报告", 2023,
                  "县政协组织委员对县教育局开展民主评议，评议结果为“满意”。县政协全年收到提案166件。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_DISTRICT, _CITY, _COUNTY], tmp_path_factory.mktemp("shelf-level-body"))


@pytest.mark.parametrize("question", ["对区交通运输局的评议结果怎么样", "对区交通运输局的民主评议结果怎么样"])
def test_another_levels_office_is_not_told(shelf, question):
    assert not shelf.answer(question).answered


def test_the_office_asked_is_told(shelf):
    assert "满意" in first_line(shelf, "对县教育局的民主评议结果怎么样")


def test_the_office_of_another_level():
    assert asks_named("对区交通运输局的评议结果")
    assert body_of_other_level("对区交通运输局的评议结果", "在市交通运输局等部门开展评议")
    assert not body_of_other_level("对区交通运输局的评议结果", "区交通运输局、市交通运输局联合")
    assert not body_of_other_level("对区交通运输局的评议结果", "对交通运输局开展评议")
