"""Asked how many members the reporting body has, naming it by its kind (咱们界别有多少名委员, 专委会现在
有几名委员) or by its full name, the answer is the sentence telling its membership (界别现有委员46名),
not one counting members who did something (界别有5名委员受聘…); the preamble under a title of both a
year's review and the next year's plan (…工作总结和…工作打算) tells the year done, no plan. On reports
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SECTOR = """澄江市政协科学技术界别2021年工作总结和2022年工作打算

（二〇二二年一月十二日）

2021年，市政协科学技术界别在中共澄江市委的领导下，团结带领界别委员围绕创新驱动发展战略履职尽责，较好完成了全年各项任务。

界别现有委员46名，分布在全市高校、科研院所、高新技术企业和科协系统。全年共组织开展界别活动24次，委员参加活动380余人次。

一、2021年工作回顾

（一）加强思想建设

界别全年组织委员集中学习5次。9月，界别组织委员赴西岭县革命纪念馆开展主题活动，共有31名委员参加。

（二）积极参与民主监督

界别委员参加市政协对市科技局的民主评议活动，提出整改建议9条；界别有5名委员受聘担任市科技局、市市场监督管理局特约监督员，全年参加执法检查12次。

（三）深入调查研究

6月，界别组织委员12名赴东湖区调研科技成果转化，形成调研报告1篇。

二、2022年工作打算

全年组织界别活动不少于28次，组织委员集中学习不少于6次。
"""

_COMMITTEE = """政协澄江市委员会文化文史委员会2021年工作总结

一年来，文化文史委员会在市政协党组的领导下，认真履行职能，较好完成了各项任务。

专委会现有委员17名，其中市政协常委4名。全年组织视察调研6次。

一、主要工作

5月，专委会组织8名委员赴南屏镇调研古村落保护，形成调研报告1篇。
"""


def _document(name: str, text: str) -> SourceDocument:
    return document_from_text(name, text)  # as a member's upload is read: its year from the title


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    sector = _document("chengjiang-science-sector.txt", _SECTOR)
    committee = _document("chengjiang-culture-committee.txt", _COMMITTEE)
    return (KnowledgeBase([sector], tmp_path_factory.mktemp("sector")),
            KnowledgeBase([committee], tmp_path_factory.mktemp("committee")))


@pytest.mark.parametrize("question", [
    "咱们界别现在一共有多少名委员？",
    "本界别有几名委员",
    "界别委员有多少人",
    "科学技术界别有多少名委员",
    "委员有多少名",
])
def test_a_sectors_own_membership(kbs, question):
    sector, _ = kbs
    line = first_line(sector, question)
    assert "46名" in line, (question, line)
    assert "2022年" not in line  # the preamble tells the year reported, no plan of the next


@pytest.mark.parametrize("question", ["咱们专委会现在有多少名委员？", "委员会有几名委员"])
def test_a_committees_own_membership(kbs, question):
    _, committee = kbs
    assert "17名" in first_line(committee, question), question


def test_members_who_did_something_are_still_counted(kbs):
    sector, _ = kbs
    assert "5名" in first_line(sector, "界别有几名委员受聘担任特约监督员？")
    assert "31名" in first_line(sector, "革命纪念馆主题活动有多少名委员参加？")


def test_the_plan_is_still_a_plan(kbs):
    sector, _ = kbs
    assert "28次" in first_line(sector, "2022年计划组织多少次界别活动？")
    assert "24次" in first_line(sector, "去年界别一共组织了多少次活动？")
