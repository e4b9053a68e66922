"""Members' words for what a report writes otherwise, on a report of our own.

全会 is the 全体会议 (general Chinese), 实际到了 asks what a report writes 实际出席, and 参加 a meeting is
出席 it (synonyms.txt); how many attended is the number who came, not the number expected (应出席委员286名:
expected_count.py). A
question asking which one has the most (哪个单位承办提案最多) reads the sentence saying which (承办提案最多的是…),
not one naming the kind in general (交由88家承办单位办理): top_asked.py, ranked_lists.told_top; and which party
has the most is read among the parties a list names, not the other bodies in it (ranked_lists.top_of_list).
哪类 asks the class a report writes 方面 (top_asked.py). 不予立案, 没立案 and 没有立案 ask those a report writes 不符合立案要求的37件, not the 立案365件 beside them
(denied_deeds.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苍梧岭市委员会2024年度委员履职情况通报

一、会议出席情况

（一）全体会议。市政协七届三次会议于2024年1月召开，应出席委员286名，实际出席271名，出席率94.8%。
（二）协商活动。全年举办双月协商座谈会4次，邀请委员应出席210人次，实际出席196人次，出席率93.3%。

二、提案办理情况

全年共收到提案402件。经审查，立案365件，立案率90.8%；不符合立案要求的37件，转为委员来信处理。
立案提案交由88家承办单位办理，其中市直部门和单位70家、县（区）政府10家、驻市单位8家。
承办提案最多的是市交通运输局，承办35件；其次是市教育局，承办30件；市卫生健康委员会承办26件。
从提案内容看，经济建设方面的120件，社会事业方面的135件，城乡建设方面的78件。
委员提出的治理湖库的提案推动苍梧湖水质稳定达到II类标准。
集体提案中，民革苍梧岭市委提交12件、民盟苍梧岭市委提交17件、九三学社苍梧岭市委提交9件；市工商联提交8件；以界别名义提交20件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("cangwuling.txt", _REPORT)], tmp_path_factory.mktemp("cangwuling"))


@pytest.mark.parametrize("question", ["全会实际到了多少委员", "全会实际出席多少委员"])
def test_plenary_and_actual_attendance_are_asked_in_members_words(kb, question):
    assert "271名" in first_line(kb, question)


@pytest.mark.parametrize("question", ["七届三次会议有多少委员参加", "这次全会有多少委员参加", "七届三次会议有多少委员出席"])
def test_how_many_attended_is_the_number_who_came(kb, question):
    assert "271名" in first_line(kb, question)


def test_the_number_expected_when_asked(kb):
    assert "286名" in first_line(kb, "应出席委员多少名")


@pytest.mark.parametrize("question", ["哪个单位承办提案最多", "承办提案最多的是哪个单位"])
def test_which_has_the_most_reads_the_sentence_saying_which(kb, question):
    line = first_line(kb, question)
    assert "市交通运输局" in line and "承办，" not in line


@pytest.mark.parametrize("question", ["哪个党派提案最多", "哪个民主党派交的提案最多"])
def test_which_party_has_the_most_is_read_among_the_parties(kb, question):
    line = first_line(kb, question)
    assert "民盟" in line and "20件" not in line


@pytest.mark.parametrize("question", ["不予立案的有多少件", "没立案的提案有多少件"])
def test_not_filed_is_asked_as_the_report_words_it(kb, question):
    assert "37件" in first_line(kb, question)


@pytest.mark.parametrize("question", ["哪类提案最多", "哪一类提案最多"])
def test_which_class_has_the_most_is_read_in_the_list_by_field(kb, question):
    assert "社会事业" in first_line(kb, question)


def test_not_filed_written_with_a_stop_word_is_one_denied_deed(kb):
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    answerer = kb.answerer
    norm = normalize_text("有多少件提案没有立案")
    terms = [t.text for t in analyse(norm, norm, answerer.segmenter, answerer.index).terms]
    assert "没有立案" in terms and "立案" not in terms
