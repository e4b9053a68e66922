"""Amounts told item by item (甲提交11件，乙提交8件，丙提交3件；丁提交5件): a short item after a semicolon
names its own subject, so its amount is not read as the count of the item before (reading.py). On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柳岸市委员会常务委员会关于提案工作情况的报告

（2024年1月12日）

一、提案提交情况

2023年共收到提案402件。各民主党派市委会中，民盟柳岸市委会提交11件，民革柳岸市委会提交8件，致公党柳岸市委会提交3件；市工商联提交5件。

二、提案办理情况

全部提案已办复，办复率100%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("liuan-proposals-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liuan"))


def test_a_short_item_after_a_semicolon_names_its_own(kb):
    assert "3件" in first_line(kb, "致公党提案几件")

    assert "5件" in first_line(kb, "市工商联提交了几件提案")
