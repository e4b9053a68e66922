"""How many of a set are of one kind, the kind told after the count (新招录的教师里有几名是博士): the
sentence counting the set (新招录教师36名) tells nothing of that kind. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫桥市委员会2022年工作报告

一、提案工作

王立群委员提出的"关于充实乡村学校师资的提案"，推动市教育局新招录教师36名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengqiao.txt", _REPORT)], tmp_path_factory.mktemp("fengqiao"))


def test_the_kind_within_the_set_is_not_told(kb):
    assert not kb.answer("新招录的教师里有几名是博士").answered


def test_the_set_is_still_counted(kb):
    assert first_line(kb, "新招录教师多少名").startswith("答：36名")
