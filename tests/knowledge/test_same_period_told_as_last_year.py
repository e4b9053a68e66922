"""同比 asked (同比增长百分之几) is told by a change written against the year before in words
(比上年的219件增加22件，增长10.0%): the question's 同比 finds 比上年 / 较上年.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澧川县委员会关于提案工作情况的报告

一、提案提交情况

一年来，县政协共收到委员和各参加单位提交的提案241件，比上年的219件增加22件，增长10.0%。其中，委员个人提案188件，集体提案53件。

二、提案办理情况

全部提案已办理答复，办复率100%。提案人对办理结果表示满意的提案201件。

三、其他工作

全年组织委员视察8次。举办委员读书活动4期。报送社情民意信息41条，增长12.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-same.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-same"))


def test_same_period_growth_told_against_last_year(kb):
    assert "10.0%" in first_line(kb, "提案数量同比增长百分之几")
