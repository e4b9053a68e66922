"""Places listed with one figure told of each (甲区、乙县籍委员出席率均达到100%): 均 there is "each", no sum,
so either place asked gets it; a noun counted ends before a verb of having (多少个乡镇只有单一水源 counts
乡镇); 没报 is 未报送.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_NOTICE = """枫岙市政协办公厅关于2025年度市政协委员履职情况的通报

一、参加会议情况

市政协九届四次会议应出席委员320名，实际出席306名，出席率95.6%。从各县（区）看，石桥区、柳湾县籍委员全体会议出席率均达到100%；东岭区籍委员常委会会议出席率最低，为87.5%。

二、社情民意信息

全年委员报送社情民意信息966条，被各级采用402条。有211名委员报送了信息，仍有109名委员全年未报送信息。

三、供水情况

全市仍有9个乡镇依赖单一水源供水，缺乏备用水源。全市共有涉农乡镇41个。

四、提案

委员共提交提案412件，经审查立案377件。全年组织专题视察15次、专题调研22次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao-alike.txt", _NOTICE)], tmp_path_factory.mktemp("fengao-alike"))


@pytest.mark.parametrize("question, expected", [
    ("柳湾县籍委员全体会议出席率是多少", "100%"),
    ("没报社情民意信息的委员有多少", "109名"),
    ("有多少个乡镇只有单一水源", "9个"),
])
def test_notice(kb, question, expected):
    assert expected in first_line(kb, question)


def test_verb_of_having_ends_the_noun_counted(kb):
    norm = normalize_text("有多少个乡镇只有单一水源")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    assert q.counted == "乡镇"
