"""Who delivered a report, asked as on whose behalf (谁代表常委会作的工作报告) or of what report (是谁作的
工作报告): the reporter's line under the title answers it. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import _AUTHOR_RE

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

——二〇二二年一月八日在政协溆桥市第七届委员会第一次会议上

政协溆桥市第六届委员会副主席　韩明远

各位委员：

现在，我受政协溆桥市第六届委员会常务委员会委托，向大会报告过去五年的工作，请予审议。

一、过去五年工作回顾

五年来，共召开常委会议22次、主席会议57次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-report.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_report"))


def test_on_whose_behalf_asks_the_reporter():
    assert _AUTHOR_RE.search("谁代表常委会作的工作报告")
    assert _AUTHOR_RE.search("是谁作的工作报告")


def test_the_reporter_on_behalf_of_the_standing_committee_is_answered(kb):
    assert "韩明远" in first_line(kb, "谁代表六届常委会作的工作报告")
