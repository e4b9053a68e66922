"""People whose names the engine once missed, so that a who-question fell to an organisation or to another
person of the sentence: a surname of the old lists that also starts a word (卓, 危, 穆, 郁), a given name whose
first character often starts a word (正 of 正在), the speaker's line under the title written with such a name
(it is who delivered the report, no heading), and a person told by a clause ending in 的 and honoured right
after (…的某某被评为…). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梅汀市委员会2023年委员学习培训工作总结

——2024年1月16日在政协梅汀市第九届委员会常务委员会第十二次会议上

市政协副主席　柯正霖

【会议说明】会议由市政协主席滕望舒主持。受主席会议委托，市政协副主席柯正霖向会议报告2023年委员学习培训工作情况。

一、主要工作

全年举办各类培训班28期，参训委员1960人次。邀请市委党校常务副校长危晓禾作《协商民主的历史渊源》专题辅导，邀请省委党校教授岑砚秋作《人民政协的性质定位》专题讲座。

领导小组办公室设在学习培训办公室，由学习培训办公室主任卓景言兼任办公室主任。

年底评选优秀履职导师9名，曾连续两届担任市政协委员的蒲承砚被评为优秀履职导师。

第二读书小组组长、市政协委员穆清岚带领小组成员坚持每周领读，被评为“优秀领读人”。来自民建界别的委员郁少棠全年参加各类培训60学时。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiting.txt", _REPORT)], tmp_path_factory.mktemp("meiting"))


def test_surnames_that_start_words_are_read_after_a_post(kb):
    frequency = kb.answerer.segmenter.word_frequency
    assert "卓景言" in find_person_names("由学习培训办公室主任卓景言兼任办公室主任", frequency)
    assert "危晓禾" in find_person_names("邀请市委党校常务副校长危晓禾作专题辅导", frequency)
    assert "柯正霖" in find_person_names("市政协副主席柯正霖向会议报告", frequency)
    assert not find_person_names("主席王正在主持会议", frequency)  # 正在 is the word


def test_a_person_honoured_after_a_clause_of_who_they_are(kb):
    frequency = kb.answerer.segmenter.word_frequency
    assert "郜望川" in find_person_names("曾连续两届担任市政协委员的郜望川被评为优秀履职导师", frequency)
    assert not find_person_names("全市的高新区被评为先进园区", frequency)  # 高新 is a word: a place


def test_who_gave_a_talk_is_its_speaker_not_the_other_one(kb):
    assert "危晓禾" in first_line(kb, "《协商民主的历史渊源》是谁讲的")


def test_who_was_honoured_is_the_person_not_the_committee(kb):
    assert "蒲承砚" in first_line(kb, "被评为优秀履职导师的是谁")
    assert "穆清岚" in first_line(kb, "谁被评为优秀领读人")


def test_who_delivered_the_report_is_on_the_line_under_its_title(kb):
    assert "柯正霖" in first_line(kb, "这个工作总结是谁作的报告")
