"""Classes of questions on a 提案工作情况报告, on a report of our own: the change of all proposals, not of a narrower
kind (change_kind.py); those merged, not what they were merged into (merged_into.py); a district's 区长 asked, not its
副区长 (question.py's post words)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栎溪区委员会关于2022年提案工作情况的报告

一、提案提交情况

全年区政协共收到委员、各民主党派和人民团体提出的提案268件，比上年的247件增加21件。在立案的241件提案中，委员个人提案209件；集体提案32件，比上年增加6件。
2022年5月，区政协主席会议遴选出9件重点提案，比上年增加1件。
在立案提案中，有27件内容相同或相近，作并案处理，合并为11件办理。
委员们积极在闭会期间建言，闭会期间提交的提案比上年增加8件。

二、提案办理情况

区长程立衡多次听取提案办理情况汇报。副区长詹若溪领衔督办了关于社区食堂建设的重点提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lixi.txt", _REPORT)], tmp_path_factory.mktemp("lixi"))


@pytest.mark.parametrize("question, fact", [
    ("提案比上年多了多少件", "21件"),
    ("集体提案比上年多了几件", "6件"),
    ("重点提案比上年多几件", "1件"),
    ("闭会期间提交的提案比上年多了几件", "8件"),
    ("并案处理的提案有几件", "27件"),
    ("有多少件提案作了并案处理", "27件"),
    ("并案以后合并成了几件", "11件"),
    ("区长是谁", "程立衡"),
    ("副区长是谁", "詹若溪"),
])
def test_proposal_report_classes(kb, question, fact):
    assert fact in first_line(kb, question)
