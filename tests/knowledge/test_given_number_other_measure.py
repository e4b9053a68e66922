"""A number the question gives with one measure word (不足4次的委员有几名) does not make the same number
with another measure word (4名委员…不足4次) a figure the question starts from: 4次 is given, 4名 is asked."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云溪县委员会2022年工作总结

一、存在的不足

回顾一年来的工作，还存在一些不足：一是部分委员履职积极性不高，全年有4名委员参加活动不足4次；二是调研成果转化不够充分。

二、调查研究

围绕2个课题，全年组织专题调研9次，形成调研报告2篇，提出意见建议17条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunxi.txt", _REPORT)], tmp_path_factory.mktemp("yunxi"))


def test_same_number_of_people_is_asked_not_given(kb):
    assert first_line(kb, "全年参加活动不足4次的委员有几名").startswith("答：4名")


def test_same_number_of_reports_is_asked_not_given(kb):
    assert first_line(kb, "两个课题形成调研报告几篇").startswith("答：2篇")
