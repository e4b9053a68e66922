"""Out of scope questions a neighbour fact must not answer: a duty asked by 哪方面 where none is told; the head of
one named workplace asked, another's told; the proposer asked, the leader who supervised the proposal told; one
unit of a list asked, the list's sum told (a kind of thing listed is answered by it); a part the report never names asked of a whole; items asked by name
(哪几件, 都是哪些) where only their count is told. The facts beside them still answer. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """凝聚共识促发展
——梅岭县政协2022年工作纪实

县政协副主席邓文清说：“委员之家要办成委员愿意来的家。”

县政协主席孔令辉领衔督办的《关于加强城区排水管网改造的提案》，推动县住建局改造管网12公里。

县政协副主席邓文清分管提案工作，她说今年的提案质量明显提高。

县妇幼保健院院长林若兰委员带领医护人员开展义诊30场。

今年，县政协向县法院、县交通局、县市场监管局等9个单位推荐特约监督员18名。

今年，县政协报送提案、调研专报等46份。

疫情期间，全县政协委员累计捐款捐物折合人民币152.6万元，其中工商界委员捐款捐物折合98.3万元。

今年，县政协评选表彰优秀提案15件、提案办理先进单位8家。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiling_out.txt", _FEATURE)], tmp_path_factory.mktemp("meiling_out"))


@pytest.mark.parametrize("question, fact", [
    ("邓文清分管什么工作", "提案工作"),
    ("县妇幼保健院院长是谁", "林若兰"),
    ("排水管网改造的提案是谁督办的", "孔令辉"),
    ("县政协推荐了几名特约监督员", "18名"),
    ("调研专报报送了多少份", "46份"),  # kinds of things listed are counted as one
    ("工商界委员捐款捐物折合多少", "98.3万元"),
    ("评出提案办理先进单位多少家", "8家"),
])
def test_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "孔令辉副主席分管哪方面工作？",
    "县中心医院的院长是谁？",
    "排水管网改造的提案是谁提交的？",
    "县交通局推荐了几名特约监督员？",
    "委员捐款捐物里现金捐款是多少？",
    "今年评出的8家提案办理先进单位都是哪些？",
])
def test_declines(kb, question):
    assert not kb.answer(question).answered, question
