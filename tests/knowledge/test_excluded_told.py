"""The others asked (除了A、B还在哪些镇, A之外其他街道) where the answer's clause tells only those set
aside is declined (excluded_told.py); a clause naming others beside them still answers. On a report
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协松溪县委员会社会和法制委员会2021年工作总结

（2021年12月20日）

一、提案督办

委员会督办的“关于设立村级调解室的提案”被县司法局采纳，全县在青山镇、古桥镇等5个镇设立了村级调解室。

委员会督办的“关于建设社区食堂的提案”被县民政局采纳，全县在城南街道、城北街道、溪口镇建成社区食堂。

二、走访慰问

春节期间，西门街道活动组慰问困难群众38户，发放慰问金3.8万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("songxi-social-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songxi-social"))


def test_the_others_asked_and_only_those_set_aside_told(kb):
    assert not kb.answer("除了青山镇、古桥镇，还在哪几个镇设立了村级调解室？").answered
    assert not kb.answer("春节期间西门之外其他街道慰问了几户？").answered


def test_the_others_asked_and_told(kb):
    assert "溪口镇" in kb.answer("除了城南街道，还在哪些地方建成了社区食堂？").text
    assert "38户" in kb.answer("春节期间西门街道慰问了几户？").text
