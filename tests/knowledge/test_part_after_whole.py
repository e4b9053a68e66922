"""A part asked by the words a sentence picks it out with after 其中 (已投产项目投资额多少), the whole's figure
before 其中 told: declined (part_after.py); the whole asked still answers, and a 其中 clause sharing a
single word with the question (其中3件提案…) does not turn a plain count away. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.part_after import whole_told_for_part

from .conftest import first_line

_REPORT = """政协石溪县委员会2023年工作报告

（2024年1月9日）

一、2023年工作回顾

发挥委员联系广泛的优势助力招商引资，全年引荐项目14个，协议投资额32.5亿元，其中已投产项目6个。

经审查立案提案18件，并案处理3件，其中3件被确定为重点督办提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shixi-invest-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi-part-after"))


def test_part_asked_whole_told(kb):
    assert not kb.answer("已投产的项目投资额是多少").answered


def test_whole_asked_answers(kb):
    assert "32.5亿元" in first_line(kb, "引荐项目协议投资额多少")
    assert "18件" in first_line(kb, "立案提案多少件")



def test_the_body_asking_is_no_part_picked_out():
    # 界别 is who submits, not a kind of proposal written onto it (界别集体提案 after 其中).
    shown = "全年力争提交提案30件以上,其中界别集体提案不少于4件"
    start = shown.index("30件")
    assert not whole_told_for_part([("界别",), ("提案",)], shown, start, "界别今年计划提交多少件提案")
    assert whole_told_for_part([("集体",), ("提案",)], shown, start, "集体提案今年计划提交多少件")
    assert whole_told_for_part([("集体",), ("提案",)], shown, start, "集体的4件提案计划怎么提交")
