"""A committee's or sector's report names itself 本委员会 / 本委 / 本界别, or bare 委员会 at a clause's head; a suggested
question made from it names that body after the committee (汀屿区政协文化和文史委员会2023年现有委员多少名？), never
"汀屿区政协2023年本委员会…", which reads as the whole 区政协; a sector's report opening a clause with 界别 likewise
(汀屿区政协科学技术界别2023年委员多少人视察县科技馆？).  On documents of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_COMMITTEE = """汀屿区政协文化和文史委员会2023年工作总结

（二〇二三年十二月二十日）

本委员会现有委员24名，全年组织活动19次。委员会征集文史资料稿件42篇。本委委员共提交提案31件。
"""

_OTHER = """蒲原县政协2023年工作总结

（二〇二三年十二月二十八日）

全年立案提案156件，组织协商活动17场。
"""


_SECTOR = """政协汀屿区委员会科学技术界别2023年履职工作总结

（二〇二三年十二月二十五日）

一、视察调研
9月17日，界别委员14人视察区科技馆新馆建设项目。界别组织委员开展科普讲座11场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text("tingyu.txt", _COMMITTEE), document_from_text("puyuan.txt", _OTHER),
                 document_from_text("tingyu-science.txt", _SECTOR)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("own-body-suggestions"))


def test_the_body_is_named_after_the_committee(kb):
    pool = kb.index.question_pool
    assert "汀屿区政协文化和文史委员会2023年现有委员多少名？" in pool
    assert "汀屿区政协文化和文史委员会2023年征集文史资料稿件多少篇？" in pool
    assert not [q for q in pool if "本委" in q or "本界别" in q or "2023年委员会" in q]


def test_the_suggestion_is_answered_with_its_own_fact(kb):
    answer = kb.answer("汀屿区政协文化和文史委员会2023年现有委员多少名？")
    assert answer.answered and answer.text.split("\n", 1)[0].startswith("答：24名")


def test_a_sectors_clause_opening_with_jiebie_names_the_sector(kb):
    pool = kb.index.question_pool
    made = [q for q in pool if "科技馆" in q or "科普讲座" in q]
    assert made and all(q.startswith("汀屿区政协科学技术界别2023年") for q in made), made


def test_no_heading_number_nor_judging_only_in_a_suggestion():
    from bot.knowledge.suggestions import _amount_questions

    made = [q for q, _ in _amount_questions("(一)组织重点调研3项,东坝镇仅有科技特派员4名,全县有效发明专利仅214件。")]
    assert "组织重点调研多少项" in made
    assert "东坝镇有科技特派员多少名" in made
    assert "全县有效发明专利多少件" in made
