"""The items of a series written one paragraph each (全年共举办4期。/ 第一期… / 第二期… / 第三期…): a later item's
paragraph reads with the lead naming the series, though two or more paragraphs lie between them; an ordinal asked
of another series (新任委员培训第三期, where only the 研修班 had a third) is declined; the sentence telling the
ordinal asked answers before one telling only how many there will be; a count question ending with the deed of
those counted (有多少人参训) counts people, not the deed.  On a report of our own (series_items.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协茗溆市委员会2023年委员培训工作总结和2024年工作打算

一、2023年委员培训工作

（一）分期举办新任委员培训班

市政协在蕉坪书院分两期举办新任委员培训班。第一期于2023年3月举办，参训新任委员94名；第二期于2023年4月举办，参训新任委员87名。

（二）创办“檀岫讲堂”专题研修班

2023年，市政协首次创办“檀岫讲堂”专题研修班，全年共举办4期，参训委员共251人次，每期集中研修3天。

第一期于2023年5月在蕉坪书院举办，主题为“科技创新驱动发展”，参训委员61名。

第二期于2023年7月在苇汀湿地教学点举办，主题为“湿地保护与生态修复”，参训委员57名。

第三期于2023年9月在茗溆市委党校举办，主题为“城市更新与社区治理”，参训委员69名。

第四期于2023年11月在榉原软件园举办，主题为“数字政府建设”，参训委员64名。

二、2024年工作打算

（一）深化“檀岫讲堂”品牌建设

1．“檀岫讲堂”专题研修班拟举办6期，比2023年增加2期。

2．研修主题拟围绕全市重点工作确定。其中，第五期拟于2024年4月在苇汀湿地教学点举办，主题为“流域综合治理”。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("mingxu-city-training-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("mingxu-training"))


def _first_line(kb, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_a_later_item_reads_with_the_lead_naming_its_series(kb):
    assert "茗溆市委党校" in _first_line(kb, "檀岫讲堂第三期在哪举办")
    assert "69名" in _first_line(kb, "檀岫讲堂第三期参训多少名")
    assert "湿地保护与生态修复" in _first_line(kb, "檀岫讲堂第二期是啥主题")


def test_the_first_item_still_answers(kb):
    assert "61名" in _first_line(kb, "檀岫讲堂第一期参训多少名")


def test_an_item_of_another_series_is_declined(kb):
    assert not kb.answer("新任委员培训第三期啥时候办的").answered


def test_an_item_the_series_has_answers(kb):
    assert "2023年4月" in _first_line(kb, "新任委员培训第二期啥时候办的")


def test_the_sentence_telling_the_ordinal_answers_a_planned_item(kb):
    assert "2024年4月" in _first_line(kb, "檀岫讲堂第五期计划啥时候办")


def test_a_count_ending_with_the_deed_of_those_counted(kb):
    assert "64名" in _first_line(kb, "檀岫讲堂第四期有多少人参训")
    assert "64名" in _first_line(kb, "檀岫讲堂第四期几个人参训")
