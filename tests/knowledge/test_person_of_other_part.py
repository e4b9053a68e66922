"""A who-question asking of one event of a paragraph that tells several, each by its day and quoted topic:
the person told in another event's part does not answer it (person_part.py); the event's own person
does. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协石溪县委员会提案委员会2023年工作总结

（2023年12月28日）

一、提案办理协商

全年召开提案办理协商会5场。3月16日，县政协召开"推进县域商贸流通体系建设"提案办理协商会，县政协副主席龚立新主持，县商务局、县交通运输局等7家单位负责同志参加。6月20日，在石桥镇召开"农村饮水安全提升"提案办理协商会，提案者与县水利局面对面协商，就管网改造资金等问题达成共识。10月12日，围绕"智慧养老服务"召开网络议政远程协商会，线上线下参与委员和群众代表共计160余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shixi-proposals-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi-part"))


def test_presider_of_another_event_declined(kb):
    assert not kb.answer("农村饮水安全那场协商会是谁主持的").answered
    assert not kb.answer("网络议政远程协商会是谁主持的").answered


def test_presider_of_the_event_asked_answers(kb):
    assert "龚立新" in kb.answer("商贸流通体系建设协商会是谁主持的").text
