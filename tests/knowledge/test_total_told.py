"""A sum asked (一共开了几次, 合计多少件) is answered by the amount told as a sum (全年共召开…5次, 合计48件),
before one told of a part with no word of summing (县委常委会会议…听取汇报2次).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.total_told import total_told

from .conftest import first_line

_REPORT = """政协霁川县委员会常务委员会工作报告

一、加强政治引领

全年向县委请示报告重要事项16项，县委常委会会议专题听取县政协党组工作汇报2次。

二、履行职能

全年共召开常委会会议5次、主席会议11次，组织各类协商活动36场，形成调研报告22份。

三、提案工作

县政协组织开展“助企纾困”专项调研，由县政协副主席带队，走访企业60家，形成的3件集体提案全部被列为重点提案。全年共收到集体提案41件，占提案总数的18.2%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("jichuan.txt", _REPORT)], tmp_path_factory.mktemp("jichuan-total"))


def test_a_sum_asked_gets_the_amount_told_as_a_sum(kb):
    assert "41件" in first_line(kb, "集体提案一共多少件")


def test_a_sum_asked_gets_the_summed_count(kb):
    assert "5次" in first_line(kb, "常委会会议一共开了几次")


@pytest.mark.parametrize("question, sentence, fact, told", [
    ("重点提案一共几件", "全年共形成提案17件。", "17件", False),  # a sum of other things than those asked
    ("委员一共有多少名", "全县委员和机关干部共260余人参加。", "260余人", False),  # a sum over a list of kinds
    ("一共开了几次常委会会议", "全年共召开常委会会议5次,主席会议11次。", "5次", True),
    ("一共开了几次主席会议", "全年共召开常委会会议5次,主席会议11次。", "11次", True),  # the opening 共 governs the list
    ("一共开了几次常委会会议", "县委常委会会议专题听取汇报2次。", "2次", False),
    ("集体提案合计多少件", "集体提案合计41件,占立案总数的18.2%。", "41件", True),
    ("开了几次常委会会议", "全年共召开常委会会议5次。", "5次", False),  # no sum asked
    ("一共开展了几次协商", "与县法院共同开展协商3次。", "3次", False),  # 共同 is no sum
    ("一共开了几次会议", "全年共召开会议12次。", "2次", False),  # 2次 is not the end of 12次
])
def test_total_told(kb, question, sentence, fact, told):
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    norm = normalize_text(question)
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    assert total_told(q, normalize_text(sentence), fact) is told
