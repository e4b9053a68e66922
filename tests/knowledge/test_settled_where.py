"""Where a project settled (落户在哪里) is told by 落户 with the place after it, no preposition: the
sentence answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协泉港市委员会2022年工作报告

一、服务发展

全年委员引荐落地项目4个，其中经济界委员引荐的智能装备项目落户泉港临港产业园区。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("quangang.txt", _REPORT)], tmp_path_factory.mktemp("quangang"))


def test_the_place_settled_in(kb):
    assert "泉港临港产业园区" in first_line(kb, "智能装备项目落户在哪里？")
