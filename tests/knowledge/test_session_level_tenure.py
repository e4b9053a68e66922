"""Four ways a question names what the text writes otherwise: a session short (九届三次会议, 七届十二次, split by the
segmenter) the text writes in full (政协某县第九届委员会第三次会议); the committee's level apart from its body (县政协委员, segmented 县 + 政协委员),
no word to look for; a tenure word before the level (现任县政协秘书长), no place's name; a share in words
(百分之百, 百分之九十五) the figure it is. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """同心聚力谱新篇
——栗川县政协2021年履职纪实

一年来，全县198名县政协委员扎根一线、履职尽责，全年组织协商活动21场。

一、全体会议

一月十二日，政协栗川县第七届委员会第三次会议在县文化中心开幕。会议通过了《政协栗川县第七届委员会第三次会议决议》。九月八日召开的七届十二次常委会议，围绕“乡村振兴”开展专题协商。

二、助企纾困

到六月底，全县规模以上企业纾困政策覆盖率达到百分之百，小微企业贷款满意率达到百分之九十二。

三、提案工作

七届三次会议以来，县政协共收到提案176件，立案158件。今年，全县政协委员共引荐招商项目9个；县政协组建由17名委员组成的宣讲团。

四、机关建设

时任县政协秘书长潘守义（今年四月退休）组织编写履职手册。县政协秘书长龚启明（今年四月接任）介绍，今年委员出勤率达到93.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lichuan.txt", _FEATURE)], tmp_path_factory.mktemp("lichuan"))


@pytest.mark.parametrize("question, fact", [
    ("七届三次会议是哪天开幕的", "一月十二日"),
    ("七届三次会议通过了什么决议", "决议"),
    ("七届十二次常委会议是几月几号", "九月八日"),
    ("县政协委员一共多少名", "198名"),
    ("县政协委员有多少名啊", "198名"),
    ("现任县政协秘书长是哪位", "龚启明"),
    ("纾困政策覆盖率达到多少", "100%"),
    ("小微企业贷款满意率是多少", "92%"),
])
def test_answered(kb, question, fact):
    assert fact in first_line(kb, question)


def test_other_session_declined(kb):
    assert not kb.answer("七届五次会议是哪天开幕的").answered  # the text names no fifth session
