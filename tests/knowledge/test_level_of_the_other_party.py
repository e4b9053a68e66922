"""A level named as the party a deed went to (被全国政协采用, 报送省政协) is not the level of the person
asked: 哪位委员的建议被全国政协采用了 asks a member of the report's own committee. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协晋安区委员会2022年工作报告

一、反映社情民意

全年共收到社情民意信息260篇，被全国政协采用1篇。
孟凡宇委员（晋安明德律师事务所主任）反映的"关于规范共享单车停放的建议"被全国政协采用。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("jinan.txt", _REPORT)], tmp_path_factory.mktemp("jinan"))


def test_the_member_whose_suggestion_was_adopted(kb):
    assert first_line(kb, "哪位委员的建议被全国政协采用了").startswith("答：孟凡宇")
