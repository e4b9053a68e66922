"""Whether something came about, asked yes or no (建成了没有, 评上了吗), where the sentence tells it
only as proposed (提出"建设…"等N条建议), or not written at all (有没有领导批示, no 批示), is declined
(proposed_only.py); a sentence telling it outside the suggestion still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协松溪县委员会经济委员会2021年工作总结

（2021年12月20日）

一、调查研究

委员会围绕县域经济开展专题调研，提出“建设青竹笋加工产业园”“打造松溪河风光带”等6条建议。

围绕全域旅游开展视察，提出推进白鹭湾景区创建国家4A级旅游景区等建议，报送县政府。

二、民主监督

委员会提出的“建设城东物流中心”的建议被县政府采纳，城东物流中心已于10月建成投用。

三、视察调研

9月，委员会视察古村落保护工作，提出加大修缮投入的意见，视察报告报送县政府。

11月，委员会就“竹林碳汇”开展调研，调研报告获分管副县长批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("songxi-economy-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songxi-economy"))


def test_whether_it_came_about_asked_and_only_proposed(kb):
    assert not kb.answer("青竹笋加工产业园建成了没有？").answered
    assert not kb.answer("白鹭湾景区评上4A级景区了吗？").answered


def test_whether_it_came_about_asked_and_told(kb):
    assert "建成" in kb.answer("城东物流中心建成了没有？").text


def test_whether_it_came_about_asked_and_not_written(kb):
    assert not kb.answer("古村落保护视察后有没有批示？").answered
    assert "批示" in kb.answer("竹林碳汇调研报告有没有批示？").text
