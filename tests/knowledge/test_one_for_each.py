"""One for each (各确定1名, 每个镇配备1名) is an amount asked (每个街道确定了几名): 1 is read as a figure
there, while a bare 一个 is not, nor one a period (每两个月举办一期) when the year's count is asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协河口县委员会2022年工作报告

一、提案工作

在9个乡镇各确定1名提案联络员，及时收集群众的意见诉求。

二、协商平台

每两个月举办一期"河口议事会"，全年举办6期。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("hekou.txt", _REPORT)], tmp_path_factory.mktemp("hekou"))


def test_one_for_each_is_answered(kb):
    assert first_line(kb, "每个乡镇确定了几名提案联络员").startswith("答：1名")


def test_the_count_of_towns_is_still_read(kb):
    assert first_line(kb, "在几个乡镇确定了提案联络员").startswith("答：9个")


def test_once_a_period_is_no_count_of_the_year(kb):
    assert first_line(kb, "河口议事会全年举办了几期").startswith("答：6期")
