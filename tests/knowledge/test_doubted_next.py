"""When a doubt sinks the chosen answer, the next candidates that stay sure after the same doubts answer
(doubted_next.py): 委员工作室接待群众多少人次, the best sentence giving one kind's part (其中…界别委员工作室
接待群众…), is answered by the sentence telling the whole.  An amount told of one unit pointed back at
(该工作室) is that unit's, not the kind's (pointed_body.py).  Questions the report does not answer stay
declined."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.doubted_next import tells_whole
from bot.knowledge.pointed_body import one_body_pointed
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.values import Result

from .conftest import first_line

_REPORT = """政协蔺川区委员会2022年委员工作室工作总结

一、总体情况

全年各工作室共接待群众2718人次，收集意见建议905条。

从工作室类型看，9个镇街委员工作室共接待群众1904人次，6个界别委员工作室接待群众611人次，2个专题委员工作室接待群众203人次。

二、工作室风采

樟屿镇委员工作室由区政协委员、樟屿镇中心小学校长担任召集人。工作室围绕农村留守儿童课后看护问题开展调研，推动建成“四点半课堂”5个。全年该工作室接待群众287人次，收集意见建议64条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linchuan-workstations-2022.txt", _REPORT)], tmp_path_factory.mktemp("next"))


def test_the_whole_answers_when_the_best_sentence_gives_one_kinds_part(kb):
    assert "2718人次" in first_line(kb, "委员工作室接待群众多少人次")


def test_one_named_unit_is_still_answered_with_its_own_amount(kb):
    assert "287人次" in first_line(kb, "樟屿镇委员工作室接待群众多少人次")


def test_a_kind_asked_is_still_answered_with_its_part(kb):
    assert "611人次" in first_line(kb, "界别委员工作室接待群众多少人次")


def test_what_the_report_does_not_tell_stays_declined(kb):
    assert not kb.answer("委员工作室接待企业多少家").answered
    assert not kb.answer("委员工作室培训了多少名委员").answered


def test_an_amount_of_the_unit_pointed_back_at_is_not_the_kinds():
    before = "樟屿镇委员工作室由区政协委员担任召集人。"
    sentence = "全年该工作室接待群众287人次,收集意见建议64条。"
    assert one_body_pointed("委员工作室接待群众多少人次", sentence, "287人次", before)
    assert not one_body_pointed("樟屿镇委员工作室接待群众多少人次", sentence, "287人次", before)
    assert not one_body_pointed("这个工作室接待群众多少人次", sentence, "287人次", before)
    assert not one_body_pointed("委员工作室接待群众多少人次", "全年各工作室接待群众2718人次。", "2718人次", before)


_PARTS_ONLY = _REPORT.replace("全年各工作室共接待群众2718人次，收集意见建议905条。", "全年各工作室运行平稳。")


def test_with_no_whole_told_the_question_stays_declined(tmp_path):
    kb = KnowledgeBase([document_from_text("linchuan-parts-2022.txt", _PARTS_ONLY)], tmp_path)
    assert not kb.answer("委员工作室接待群众多少人次").answered


def test_a_whole_is_told_with_a_word_of_summing_or_of_all_units(kb):
    index = kb.answerer.index
    found = {index.sentence_norm[p][s]: Result(False, 1.0, "number", fact, p, s)
             for p in range(len(index.sentence_norm)) for s in range(len(index.sentence_norm[p]))
             for fact in ("2718人次", "287人次") if fact in index.sentence_norm[p][s]}
    told = {result.fact: tells_whole(index, result) for result in found.values()}
    assert told == {"2718人次": True, "287人次": False}
