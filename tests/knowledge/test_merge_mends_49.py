"""The forty-ninth round's merge mends: where one helper's rule met reports none of them had run.

A sector is named by a name, not by any word before 界别 (会议界别, 期间界别 name none), and a sector report's own
界别 活动 or 委员 is no other sector; a short form asked (文艺界) is the full one told (文化艺术界).  A person asked by
surname and post (韩主席) is read with the full name only where the question as asked finds nothing.  A person of
the sentence beside the answer does the deed asked where their name is followed by it (主任某某作汇报); another
deed's doer beside stays no answer.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协韫川市经济界别2024年工作总结

一、参加全会

在市政协9届3次会议上，界别提交大会发言材料5篇，其中2篇安排大会口头发言，分别由两位委员代表界别发言。

二、界别活动

全年组织界别活动38次，比上年增加6次。

各界别委员纷纷行动：教育界委员录制微课程120节；文化艺术界委员创作文艺作品80余件。

各界别活动组全年共开展活动300场，其中活动最多的医药卫生界活动组开展活动40场。

三、提案工作

1月18日，提案交办会召开，交办会由市政协秘书长滕远帆主持，市政协主席韩书亭出席并讲话。

6月16日，市政协召开主席会议，听取提案委员会关于重点提案办理进展情况的汇报。提案委员会主任鄢楚云作汇报。

四、文史征集

征集活动共收到老照片900张，年代最早的一张是1912年拍摄的韫川府城门旧影。本市摄影家韩志舟将其珍藏的底片300张无偿捐赠给市政协。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunchuan.txt", _REPORT)], tmp_path_factory.mktemp("yunchuan-mends"))


@pytest.mark.parametrize("question, expected", [
    ("九届三次会议界别交了几篇大会发言材料", "5篇"),  # 会议界别 names no sector
    ("韫川经济界别去年组织界别活动多少次", "38次"),  # the report's own sector, its 界别活动
    ("文艺界委员创作文艺作品多少件", "80余件"),  # 文艺界 is 文化艺术界
    ("韩主席在交办会上干什么了", "出席并讲话"),  # asked as is, it is answered: no full name needed
    ("重点提案办理进展是谁汇报的", "鄢楚云"),  # the one beside does the deed asked (作汇报)
])
def test_answers_other_helpers_rules_leave_standing(kb, question, expected):
    assert expected in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "经济界活动组开展了多少场活动",  # another sector's group counted
    "1912年那张城门旧影是谁提供的",  # another deed's doer beside
])
def test_declines_what_helpers_rules_decline(kb, question):
    assert not kb.answer(question).answered
