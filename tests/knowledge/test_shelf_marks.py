"""On a shelf of several reports, a question giving a session (十一届三次会议), an amount (那5件) or a named place
(高新区, 临港新区, 青溪河) that some report writes is not answered from a report that never writes it: that report's
sentence tells of another committee's session, batch or place.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_marks import asked_marks, lacks_marks

from .conftest import first_line

_HARBOUR = """政协望港市委员会提案工作情况报告（2020年）

一、提案提交

市政协十一届三次会议期间，共收到提案366件，经审查立案318件。
高新区列入重点提案督办的5件提案，已全部办结，高新区新引进项目12个。
临港新区和青溪河沿岸开展绿化提升。
"""

_STONE = """政协石门区委员会常务委员会工作报告（2021年）

一、协商议政

围绕高新区建设开展专题调研，高新区新建标准厂房8万平方米。
"""

# Never writes 高新区: its 人才公寓 are the county's.
_MAPLE = """政协枫原县委员会提案工作情况报告（2022年）

一、提案提交

会议以来，共收到提案215件，经审查立案188件。
委员提出的人才安居提案，推动全县建成人才公寓260套。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text(name, text) for name, text in
                 (("harbour.txt", _HARBOUR), ("stone.txt", _STONE), ("maple.txt", _MAPLE))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf_marks"))


def test_place_no_answering_report_writes_declined(kb):
    # The reports writing 高新区 tell no 人才公寓; the county's own are no answer for it.
    assert not kb.answer("高新区建成人才公寓多少套").answered


def test_question_giving_no_mark_still_answered(kb):
    assert "260套" in first_line(kb, "人才公寓建了多少套")


@pytest.mark.parametrize("question, marks", [
    ("十一届三次会议收到多少件提案", ["11届3次"]),
    ("那5件重点提案是谁督办的", ["5件"]),
    ("临港新区建了多少套人才公寓", ["临港新区"]),   # not 港新区 besides
    ("高新区新引进项目多少个", ["高新区"]),
    ("青溪河治理投了多少钱", ["青溪河"]),
    ("立案超过318件了吗", []),      # a threshold compared with, not a batch given
    ("12个以上的项目有哪些", []),
    ("第5件提案是谁提的", []),      # an ordinal
    ("另1件提案是谁提的", []),      # one alone: 一 is a word's part as often as a number
    ("姓林的有5位", []),            # persons counted as a question counts them
    ("城区新建了多少套", []),       # two characters: no particular place
    ("望海新区建了多少套", []),     # written by no report: a slip or a place none tells of picks none
])
def test_asked_marks(kb, question, marks):
    assert asked_marks(normalize_text(question), kb.index.contains) == marks


def test_everyday_word_is_no_place(kb):
    # 建设区 is written only inside 建设区域; 建设区财政 asks of the district's finance, no place named 建设.
    written = lambda mark: mark in "加快建设区域性物流中心"
    assert asked_marks("胸痛救治网络建设区财政拨了多少钱", written) == ["建设区"]
    assert asked_marks("胸痛救治网络建设区财政拨了多少钱", written, kb.index.segmenter.word_frequency) == []


def test_lacks_marks():
    assert lacks_marks(["11届3次"], "市政协10届2次会议期间,共收到提案366件")
    assert not lacks_marks(["11届3次"], "市政协11届3次会议期间,共收到提案366件")
    assert not lacks_marks([], "任何文字")


def test_session_written_in_full_is_not_lacked():
    # A closing speech names its session in full only: it is that session's report all the same.
    assert not lacks_marks(["9届4次"], "政协柳岸县第9届委员会第4次会议,今天就要闭幕了。")
    assert lacks_marks(["9届4次"], "政协柳岸县第9届委员会第3次会议,今天就要闭幕了。")
