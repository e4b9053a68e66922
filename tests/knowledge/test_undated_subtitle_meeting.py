"""A report's subtitle may name the meeting it was delivered at without a day (——在政协…常务委员会
第3次会议上): asked at which meeting, that line answers, not a sentence of the body naming a meeting."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栎汀市委员会办公室关于2024年度委员服务工作情况的报告

——在政协栎汀市第八届委员会常务委员会第三次会议上

市政协秘书长　蔺书华

一、主要工作

围绕委员工作站建设开展专题调研，召开座谈会6场，提出建议9条，被主席会议采纳。

二、下步打算

继续办好委员接待日，全年举办活动不少于200场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liting.txt", _REPORT)], tmp_path_factory.mktemp("liting"))


def test_the_undated_subtitle_names_the_meeting(kb):
    assert "常务委员会第三次会议" in first_line(kb, "这份报告是在哪个会上作的")


def test_the_reporter_is_still_the_line_under_it(kb):
    assert "蔺书华" in first_line(kb, "这份报告是谁作的")
