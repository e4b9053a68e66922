"""A question naming a document by its own kind (工作总结) and asking who 作的报告 writes 报告 as the act
of delivering it, no word of its title: the reporter under the title answers, not the one presiding at
the meeting the opening tells of. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协篁川市委员会2021年宣传工作总结和2022年工作安排
（2022年1月12日在全市政协宣传工作会议上）
市政协秘书长　蔺书彤

各位领导、同志们：

今天，我们召开全市政协宣传工作会议，主要任务是总结2021年全市政协宣传工作。会议由分管宣传工作的市政协副主席岑怀远同志主持。下面，我受市政协办公室委托，将有关情况报告如下。

一、2021年工作回顾

全年编印《篁川政协》杂志6期，刊发稿件233篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huangchuan.txt", _REPORT)], tmp_path_factory.mktemp("huangchuan"))


def test_the_reporter_of_a_summary_asked_as_a_report(kb):
    assert "蔺书彤" in first_line(kb, "这个宣传工作总结是谁作的报告？")


def test_the_one_presiding_is_still_told(kb):
    assert "岑怀远" in first_line(kb, "会议由谁主持")
