"""People asked by their role (批示的市领导是谁) where the sentence writes only whose they are (市委、市政府领导先后
18次作出批示): the bodies are no answer to who and the answer is declined (role_only.py, on a who-answer); a
role written whole (市委主要领导作出批示) still answers 哪位领导. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协枫渚市委员会常务委员会工作报告

（2023年1月6日）

一、主要工作

一年来，枫渚市政协开展协商议政活动36次，组织委员视察调研92次，编辑报送社情民意信息214篇，枫渚市委、市政府领导先后18次对政协工作和协商建言作出批示。

围绕茶产业发展召开专题协商会，形成的《关于推进茶产业提质增效的建议案》报送市委、市政府，市委主要领导作出批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("fengzhu-city-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("fengzhu-leaders"))


def test_leaders_asked_and_only_their_bodies_told(kb):
    assert not kb.answer("给社情民意信息批示的市领导是谁").answered


def test_leader_asked_and_role_told(kb):
    assert "市委主要领导" in kb.answer("茶产业建议案是哪位领导作的批示？").text.split("\n", 1)[0]
