"""The fiftieth round's merge mends: where one helper's rule met reports none of them had run.

A list closed by 等 makes one place asked one of several, but not where the amount is a rate (each of them rises by
it), the list's head is a person (主任某某等带队: the deed is theirs too), 等 closes the ways or causes of one deed
(因工作变动等原因), or the question writes every item of the list.  The base a share is taken of (占全年立案提案184件
的31.5%) answers a question that writes the base's own noun.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蜓州市委员会2024年提案工作情况报告

一、提案提交

全年委员围绕生态保护提交提案47件，比上年增加5件，占全年立案提案226件的20.8%。

其中，关注教育、医疗、养老等民生领域的提案共91件，比上年增加12件。

二、提案办理

提案委员会主任蔺书航等带队走访承办单位29家，协调解决跨部门办理事项7项。

年内因工作调动等原因辞去委员职务的3名，经常委会会议增补委员2名。

三、界别活动

认领蜓溪县城关街道沿街路段责任区1个，开展义务植树、河道清理等活动13次。

四、2025年工作打算

力争全市委员活跃率达到90%以上，蜻岗县等活跃率偏低的县提高12个百分点以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingzhou.txt", _REPORT)], tmp_path_factory.mktemp("tingzhou-mends"))


@pytest.mark.parametrize("question, expected", [
    ("全年立案提案多少件", "226件"),  # the question writes the base's noun
    ("关注教育医疗养老这些民生领域的提案有多少件", "91件"),  # every item of the list asked
    ("蔺书航带队走访了多少家承办单位", "29家"),  # a person heading the list: his deed too
    ("因工作调动辞去委员职务的有几个", "3名"),  # 等原因: the causes of one deed
    ("义务植树河道清理搞了几次", "13次"),  # every item asked
    ("蜻岗县活跃率计划提高多少", "12个百分点"),  # a rate holds for each of the several
])
def test_one_of_several_and_share_base_leave_these_answered(kb, question, expected):
    assert expected in first_line(kb, question)


def test_the_share_is_still_not_the_base(kb):
    assert "47件" in first_line(kb, "围绕生态保护提交的提案有多少件")
