"""A shelf of reports, a question naming a member in full (葛芹的提案评上优秀提案了吗): a report whose passage never
names that member tells of someone else's proposal (委员邵明轩…被评为优秀提案), and is not told; the report naming
the member still answers what it says of them.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_named import persons_asked

from .conftest import first_line


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    return SourceDocument(name, title, str(year), f"{title}\n\n一、主要工作\n\n{body}\n")


_OWN = _report("own.txt", "政协榧川县委员会2021年提案工作情况的报告", 2021,
               "一年来，县政协共收到提案188件，经审查立案171件。"
               "委员葛芹提出的“关于加强农村饮水安全保障的提案”，推动县水利局新建集中供水站12座。"
               "县政协主席席文斌带队督办重点提案6件。")
_OTHER = _report("other.txt", "政协棣州市委员会2022年提案工作情况的报告", 2022,
                 "全年市政协共收到提案402件，立案365件。"
                 "委员邵明轩提交的“关于推进老旧小区加装电梯的提案”被评为市政协2022年度优秀提案。"
                 "市政协评选表彰优秀提案20件、提案办理先进单位9家。")
_THIRD = _report("third.txt", "政协枳阳县委员会2020年提案工作情况的报告", 2020,
                 "全年县政协共收到提案156件，立案139件。"
                 "委员龚淑敏提出的“关于发展林下经济的提案”被评为县政协年度优秀提案。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_OWN, _OTHER, _THIRD], tmp_path_factory.mktemp("shelf-person"))


@pytest.mark.parametrize("question", ["葛芹的提案评上优秀提案了吗", "葛芹委员的提案获评优秀提案了没有"])
def test_another_members_proposal_is_not_told(shelf, question):
    assert not shelf.answer(question).answered


def test_the_report_naming_the_member_answers(shelf):
    assert "12座" in first_line(shelf, "葛芹的提案推动新建了多少座集中供水站")


def test_a_question_naming_no_one_is_answered_by_each(shelf):
    line = first_line(shelf, "邵明轩的提案评上优秀提案了吗")
    assert "邵明轩" in line and "龚淑敏" not in line


def test_the_name_asked():
    known = frozenset()
    assert persons_asked("葛芹的提案评上了吗", [], known, lambda text: True, lambda word: False) == ["葛芹"]
    assert persons_asked("高山茶的产值多少", [], known, lambda text: False, lambda word: False) == []  # written nowhere
    assert persons_asked("提案立案了多少件", [], known, lambda text: True, lambda word: False) == []
