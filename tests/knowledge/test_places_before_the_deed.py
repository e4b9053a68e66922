"""The places asked (到哪些县区学习考察) are listed before the deed done there (赴A县、B区学习考察2次): the
count after the deed does not make the sentence one that only counts. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协南坪市委员会2021年工作报告

一、自身建设

持续开展学习交流，组织委员赴邻近的东岭县、西湖区学习考察2次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("nanping.txt", _REPORT)], tmp_path_factory.mktemp("nanping"))


def test_the_places_are_listed(kb):
    line = first_line(kb, "去年组织委员到哪些县区学习考察？")
    assert "东岭县" in line and "西湖区" in line
