"""Asking each report of a shelf on its own costs a whole answer per report: a report that cannot be told is not
asked (its whole text lacks the month, town or person asked, or the level asked), and a report whose sentences
cannot reach the threshold is not read closely (reach.py).  Neither changes an answer.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.reading import FactReader
from bot.knowledge.shelf_named import may_name_asked, names_asked

_MAPLE = """政协枫溪县委员会常务委员会2021年工作报告

一、协商议政

5月，县政协召开常委会议，围绕“竹产业提质增效”开展专题协商，常委们提出意见建议23条。
在白石镇召开现场协商会，推动新建村级养老服务站9个。
全年共立案提案186件，办结率100%。
"""

_WILLOW = """政协柳湾区委员会常务委员会2022年工作报告

一、常委会议

全年召开常委会议5次，常委们在常委会议上提出意见建议31条。
推动新建社区养老服务站14个。
全年共立案提案142件，已全部办复。
"""

_QUESTIONS = ["五月那次常委会议提了多少条意见建议？", "白石镇新建了多少个养老服务站？", "提案立案了多少件？",
              "常委会议开了几次？", "十月那次常委会议提了多少条意见建议？", "区政协立案了多少件提案？",
              "养老服务站建了多少个？", "全年办结率是多少？", "竹产业那次专题协商提了多少条意见建议？"]


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    documents = [document_from_text("maple.txt", _MAPLE), document_from_text("willow.txt", _WILLOW)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf_speed"))


@pytest.mark.parametrize("question, text, named", [
    ("5月那次常委会议提了多少条意见建议", "5月,县政协召开常委会议。\n全年立案186件。", True),
    ("5月那次常委会议提了多少条意见建议", "全年召开常委会议5次。\n推动新建养老服务站14个。", False),
    ("白石镇新建了多少个养老服务站", "在白石镇召开现场协商会。", True),
    ("白石镇新建了多少个养老服务站", "推动新建社区养老服务站14个。", False),
    ("全年立案多少件", "全年召开常委会议5次。", True),  # asks of no month, town or person: any report may tell
])
def test_a_report_lacking_what_is_asked_cannot_be_told(question, text, named):
    assert may_name_asked(question, text) is named


def test_no_passage_passes_where_its_report_cannot():
    # A report's text is its passages joined by line breaks: a passage naming what is asked makes the report pass.
    question = "5月那次常委会议提了多少条意见建议"
    passages = ["全年召开常委会议5次。", "5月,县政协召开常委会议,提出意见建议23条。"]
    assert any(names_asked(question, p) for p in passages) and may_name_asked(question, "\n".join(passages))


def test_reports_that_cannot_be_told_are_not_asked(shelf):
    each = shelf.answerer.each_alone
    asked = []
    for answerer in each.answerers:
        original = answerer.single_result
        answerer.single_result = lambda norm, original=original, answerer=answerer: (asked.append(answerer),
                                                                                      original(norm))[1]
    shelf.answer("五月那次常委会议提了多少条意见建议？")
    assert asked == [each.answerers[0]]  # 柳湾's report never writes 5月: not asked at all


def _answers(shelf, questions):
    return [shelf.answer(q).text for q in questions]


def test_answers_unchanged_and_fewer_close_readings(shelf, tmp_path, monkeypatch):
    calls = []
    original = FactReader.fit
    monkeypatch.setattr(FactReader, "fit", lambda self, *a: (calls.append(1), original(self, *a))[1])
    fast = _answers(shelf, _QUESTIONS)
    fast_calls = len(calls)
    # The same shelf, every report asked and read closely as before (no pre-test, no bound).
    import bot.knowledge.answer as answer_module
    import bot.knowledge.each_alone as each_module
    monkeypatch.setattr(answer_module, "reachable", lambda *a: 1.0)
    monkeypatch.setattr(each_module.EachAlone, "_may_tell", lambda *a: True)
    documents = [document_from_text("maple.txt", _MAPLE), document_from_text("willow.txt", _WILLOW)]
    slow_shelf = KnowledgeBase(documents, tmp_path / "slow")
    calls.clear()
    slow = _answers(slow_shelf, _QUESTIONS)
    assert fast == slow
    assert fast_calls < len(calls)


def test_a_report_that_cannot_reach_the_threshold_is_not_read_closely(shelf, tmp_path, monkeypatch):
    calls = []
    original = FactReader.fit
    monkeypatch.setattr(FactReader, "fit", lambda self, *a: (calls.append(1), original(self, *a))[1])
    documents = [document_from_text("maple.txt", _MAPLE), document_from_text("willow.txt", _WILLOW)]
    fast = _answers(KnowledgeBase(documents, tmp_path / "fast"), _QUESTIONS)
    fast_calls = len(calls)
    import bot.knowledge.answer as answer_module
    monkeypatch.setattr(answer_module, "reachable", lambda *a: 1.0)  # every report read closely, as before
    calls.clear()
    assert _answers(KnowledgeBase(documents, tmp_path / "slow"), _QUESTIONS) == fast
    assert fast_calls < len(calls)
