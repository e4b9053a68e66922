"""A report calls its own body's offices just 机关 (机关现有在编干部26人): a question naming them in full
(县政协机关有多少在编干部) is answered from it, while another body's offices told (委员会机关, 县委机关)
still answer no question about the 政协机关 (asked_untold.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石楠县委员会2023年工作报告

（2024年1月10日）

一、加强自身建设

机关现有在编干部26人，全年选派3名年轻干部到乡镇挂职锻炼。机关开展业务培训5次，组织委员赴外地学习考察2次。

二、专委会工作

委员会机关现有工作人员4名。县委机关党建联席会议召开3次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shinan-county-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shinan"))


def test_the_bodys_own_offices_told_as_bare_jiguan(kb):
    assert "26人" in first_line(kb, "县政协机关有多少在编干部")
    assert "5次" in first_line(kb, "县政协机关开展了几次业务培训")


def test_another_bodys_offices_still_answer_nothing(kb):
    assert not kb.answer("县政协机关有多少名工作人员").answered
