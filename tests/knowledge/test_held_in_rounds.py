"""Where a training held in rounds took place (在某培训基地某书院分两期举办…: the place ends before how many
rounds); a verb of belonging before a which-word (某镇属于哪个县) is no content of the question.  On a report of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧漪市委员会2023年委员培训工作总结

一、2023年工作

1．分期举办新任委员培训班。针对新任委员多的实际，市政协在市政协委员培训基地芰荷书院分两期举办新任委员培训班。第一期于2023年3月举办，参训新任委员74名；第二期于2023年4月举办，参训新任委员69名。

2．开展现场教学。组织委员赴蓼川县苕岭镇红色教育基地开展现场教学，参加委员一百二十余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuyi-city-training-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuyi-training"))


def _first_line(kb, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_the_place_of_a_training_held_in_rounds(kb):
    assert "芰荷书院" in _first_line(kb, "新任委员培训班在哪里办的")


def test_a_verb_of_belonging_is_no_content(kb):
    assert "蓼川县" in _first_line(kb, "苕岭镇属于哪个县")
