"""A sentence dating several deeds (计划于4月上旬召开提案交办会，9月底前完成全部提案办理答复): the date asked
is the one whose own part of the sentence names the deed asked, not the one standing nearest the question's
words across a comma; 办完 asks 办理答复. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石溪县委员会常务委员会工作报告

一、2023年工作回顾

全年立案提案236件，办复率100%。

二、2024年工作安排

提升提案工作质量。计划于4月上旬召开提案交办会，9月底前完成全部提案办理答复。围绕农村养老服务开展专题调研，5月组织委员赴外地考察，10月召开调研成果通报会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shixi.txt", _REPORT)], tmp_path_factory.mktemp("shixi"))


@pytest.mark.parametrize("question, fact", [
    ("提案交办会今年啥时候开", "4月上旬"),
    ("今年提案啥时候要办完", "9月底前"),
    ("今年赴外地考察是几月", "5月"),
])
def test_date_of_its_part(kb, question, fact):
    assert fact in first_line(kb, question)
