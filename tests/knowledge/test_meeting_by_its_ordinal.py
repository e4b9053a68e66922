"""A standing committee's meeting asked by its ordinal (第十一次常委会议, 九届第十一次常委会议): the sentence
naming that meeting answers when it was held and what it focused on (聚焦…, unquoted), not the one naming
the next meeting; an ordinal no sentence names is declined. On a made-up feature of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """同心聚力谱新篇
——榆川市政协2024年履职纪实

一、常委会议协商

全年召开常委会议3次。3月14日，市政协七届第八次常委会议聚焦城乡供水一体化。会前，委员们走访了12座水厂。

6月20日召开的第九次常委会议协商山区公路养护，提出建议17条。

10月9日的第十次常委会议聚焦中医药产业发展。委员们实地察看了8家药材种植基地。

二、提案工作

全年立案提案296件，办复率100%。提案委员会组织重点提案督办12件，推动新建停车泊位3100个。委员个人提案241件，集体提案55件。

三、民主监督

市政协围绕“老旧小区改造”开展专项民主监督，组建监督小组4个，提出意见建议38条。

四、社情民意

全年编报社情民意信息167期，被省政协采用21篇，获市领导批示33件次。

五、委员工作站

年内新建委员工作站6个，总数达到19个，开展“协商在基层”活动88场，参与群众9000余人次。

六、自身建设

举办委员履职培训班2期，培训委员240人次。组建委员读书群9个，开展读书交流活动45期。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuchuan.txt", _FEATURE)], tmp_path_factory.mktemp("yuchuan"))


@pytest.mark.parametrize("question, fact", [
    ("第八次常委会议是几月几号开的", "3月14日"),
    ("第十次常委会议啥时候开的", "10月9日"),
    ("七届第十次常委会议是哪天开的", "10月9日"),
    ("七届第八次常委会议的议题是什么", "城乡供水一体化"),
    ("第十次常委会议的主题是什么", "中医药产业发展"),
])
def test_meeting_asked_by_its_ordinal(kb, question, fact):
    assert fact in first_line(kb, question)


def test_an_ordinal_never_named_is_declined(kb):
    assert not kb.answer("第十一次常委会议是哪天开的").answered
