"""Where asked of a trip (明年去外地考察去哪, 去哪个先进地区考察), the sentence going only to a general region
(赴外地开展学习考察, 赴先进地区考察学习) tells no place: declined.
A trip to a named place (赴栎川县考察学习) answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澹溪县委员会2023年工作总结

2023年，澹溪县政协围绕全县中心工作履职尽责。

5月，组织澹溪县政协委员赴栎川县考察学习乡村振兴经验，形成考察报告1篇。

2024年工作打算

组织委员赴外地开展基层协商工作学习考察1次。

加强与兄弟县政协的交流，适时组织委员赴先进地区考察学习，拓宽委员视野。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("danxi.txt", _REPORT)], tmp_path_factory.mktemp("danxi"))


@pytest.mark.parametrize("question", ["明年去外地考察去哪", "明年要去哪个先进地区考察"])
def test_a_general_region_is_no_place(kb, question):
    assert not kb.answer(question).answered


def test_a_named_place_answers(kb):
    assert "栎川县" in first_line(kb, "委员去年去哪里考察学习乡村振兴经验")
