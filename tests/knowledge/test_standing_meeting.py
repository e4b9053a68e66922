"""A standing committee's meeting asked by its ordinal (常委会第三次会议哪天开) is not the plenary session
a report's dateline names with the same ordinal (在政协第八届…委员会第三次会议上): its own day is told in
the report's body, and a meeting the report never tells of is declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协第八届苍梧县委员会常务委员会工作报告

——2024年1月16日在政协第八届苍梧县委员会第三次会议上

各位委员：

现在，我代表政协第八届苍梧县委员会常务委员会，向大会报告工作，请予审议。

一、2023年工作回顾

扎实开展常委会会议协商。3月12日，常委会第三次会议围绕"县域商贸物流体系建设"开展协商；8月22日，常委会第四次会议围绕"农村生活污水治理"开展协商，形成建议案1件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("cangwu.txt", _REPORT)], tmp_path_factory.mktemp("cangwu"))


@pytest.mark.parametrize("question, fact", [
    ("常委会第三次会议是哪天开的", "3月12日"),
    ("八届三次会议是哪天开的", "2024年1月16日"),
])
def test_meeting_day(kb, question, fact):
    assert fact in first_line(kb, question)


def test_untold_standing_meeting_declined(kb):
    assert not kb.answer("常委会第七次会议啥时候开").answered
