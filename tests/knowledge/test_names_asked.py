"""A question naming a place or a person is answered only from a report that names it (places_named.py,
persons_untold.py), and a report's place is shown as the report writes it (surface.place_as_written).
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import question_places
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_YANMEI = """政协岩湄市委员会2022年工作报告

一、主要工作

全年召开常委会会议5次。市政协主席钟远山带队调研城区供水保障工作。

全国政协主席陶景明来岩湄视察乡村振兴工作。市政协委员联络站的做法在全国地方政协工作交流会上得到陶景明主席充分肯定。

组织委员赴江苏省考察学习园区建设2次。

砚江区政协主席率队来岩湄交流协商议事工作。

委员贺兰舟全年提交提案6件，其中2件被评为优秀提案。
"""

_MENGXI = """政协濛溪县委员会2022年工作报告

一、主要工作

全年召开常委会会议3次。县政协主席邬慎之带队视察农村公路建设。

委员孔德升全年提交提案4件，其中1件被评为优秀提案。
"""


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    return KnowledgeBase([document_from_text("yanmei.txt", _YANMEI)], tmp_path_factory.mktemp("yanmei"))


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([document_from_text("yanmei.txt", _YANMEI), document_from_text("mengxi.txt", _MENGXI)],
                         tmp_path_factory.mktemp("shelf"))


def test_a_place_asked_bare_or_with_its_province_level_is_read():
    assert question_places("上海政协主席是谁", set()) == {"上海"}
    assert question_places("山东省人大主任是谁", set()) == {"山东"}
    assert question_places("黑龙江政协开了几次会", set()) == {"黑龙江"}


def test_words_before_a_body_are_no_place():
    assert question_places("全国政协主席是谁", set()) == set()
    assert question_places("上海市委员有多少", set()) == {"上海"}  # written with its level: a place all the same
    assert question_places("石埠县委员进企业几家", set(), "。石埠县政协开展") == set()  # 县委员: a member, no 县委


def test_a_place_a_report_writes_as_one_is_read_bare():
    corpus = "。砚江区政协主席率队来岩湄交流"
    assert question_places("砚江政协主席是谁", set(), corpus) == {"砚江"}
    assert question_places("召开政协常委会几次", set(), "5月召开县政协常委会") == set()  # 召开 ends no place


def test_another_places_chairman_is_not_the_national_one(alone):
    assert not alone.answer("上海政协主席是谁").answered
    assert not alone.answer("江苏政协主席是谁").answered  # the report names 江苏 only as a place visited


def test_a_neighbour_asked_bare_is_not_the_reports_own(alone):
    answer = alone.answer("砚江政协主席是谁")
    assert not answer.answered or "钟远山" not in answer.text


def test_the_reports_own_and_national_figures_still_answer(alone):
    assert "钟远山" in first_line(alone, "岩湄政协主席是谁")
    assert "陶景明" in first_line(alone, "全国政协主席是谁")
    assert first_line(alone, "组织委员赴江苏省考察学习几次").startswith("答：2次")


def test_a_person_no_report_writes_is_declined(alone):
    assert not alone.answer("孔德升委员全年提交提案多少件").answered
    assert "6件" in first_line(alone, "贺兰舟委员全年提交提案多少件")


def test_only_the_report_writing_the_person_answers(shelf):
    told = first_line(shelf, "孔德升委员全年提交提案多少件")
    assert "4件" in told and "6件" not in told
    told = first_line(shelf, "贺兰舟委员全年提交提案多少件")
    assert "6件" in told and "4件" not in told


def test_a_place_is_shown_as_its_report_writes_it(shelf):
    told = first_line(shelf, "全年召开常委会会议多少次")
    assert "濛溪" in told and "蒙溪" not in told


def test_suggestions_name_a_place_as_its_report_writes_it(shelf):
    labelled = [question for question in shelf.index.question_pool if "溪县政协" in question]
    assert labelled and all("濛溪" in question for question in labelled)
    assert not [question for question in shelf.index.question_pool if "蒙溪" in question]
