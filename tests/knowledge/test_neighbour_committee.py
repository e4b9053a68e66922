"""A committee asked by its relation to the report's own (邻市政协, 兄弟县政协): the report's own figures are not
its; a sentence that speaks of such a body (兄弟市政协来考察) answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苕原市委员会办公室2023年工作总结

2023年，市政协办公室扎实推进各项工作。全年履职平台日均登录520人次，委员提交提案318件。

全年接待兄弟市政协来考察交流11批次，赴邻省学习考察2次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tiaoyuan.txt", _REPORT)], tmp_path_factory.mktemp("tiaoyuan_n"))


@pytest.mark.parametrize("question", ["邻市政协的平台日均登录多少人次", "兄弟县政协提交提案多少件"])
def test_a_neighbouring_committee_is_not_the_reports_own(kb, question):
    assert not kb.answer(question).answered, question


def test_own_figures_and_a_told_neighbour_answer(kb):
    assert "520人次" in first_line(kb, "平台日均登录多少人次")
    assert "11批次" in first_line(kb, "兄弟市政协来考察交流了多少批次")
