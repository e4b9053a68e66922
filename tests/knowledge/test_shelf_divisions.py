"""On a shelf of several reports, a question naming a county, city or village (蒿坪县, 茴溪市, 苁岭村) that some report
writes is not answered from a report that never writes it: that report's figure (another county's sales, another
village's income) is a neighbour of what is asked.  Words that end in 县, 市 or 村 without naming one (农村, 帮扶村,
信息被市政协采用, 县长) name none.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_marks import asked_marks

from .conftest import first_line

# Names 蒿坪县 and 苁岭村, and tells neither one's sales nor its income.
_CITY = """政协澍原市委员会常务委员会工作报告（2021年）

一、协商议政

市政协与蒿坪县政协开展联合调研3次，走访企业26家。
市政协机关定点帮扶苁岭村，新修通村道路3公里。
"""

# Tells a county's own sales and its partner village's income, naming neither place asked.
_COUNTY = """政协漭川县委员会常务委员会工作报告（2021年）

一、助农增收

委员开展助农直播，全年销售农产品2300万元。
县政协结对帮扶的筠坞村，村集体经济收入达到9.5万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text(name, text) for name, text in (("city.txt", _CITY), ("county.txt", _COUNTY))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf_divisions"))


@pytest.mark.parametrize("question", ["蒿坪县助农直播销售农产品多少", "蒿坪县委员助农直播全年销售农产品多少万元"])
def test_county_no_answering_report_writes_declined(kb, question):
    assert not kb.answer(question).answered


def test_village_no_answering_report_writes_declined(kb):
    assert not kb.answer("苁岭村村集体经济收入多少").answered


def test_unnamed_question_still_answered(kb):
    assert "2300万元" in first_line(kb, "助农直播销售农产品多少")


def test_village_its_report_writes_answered(kb):
    assert "9.5万元" in first_line(kb, "筠坞村村集体经济收入多少")


@pytest.mark.parametrize("question, marks", [
    ("蒿坪县助农直播卖了多少钱", ["蒿坪县"]),
    ("和蒿坪县开展了几次联合调研", ["蒿坪县"]),      # after a word leading to a place
    ("2021年苁岭村新修道路几公里", ["苁岭村"]),
    ("蒿坪县政协主席是谁", []),           # a committee named: the question's place (frames.question_places)
    ("蒿坪县县长是谁", ["蒿坪县"]),
    ("蒿坪县委员开展了几次调研", ["蒿坪县"]),   # its members, not its party committee
    ("帮扶村新修道路几公里", []),         # a kind of village, no village
    ("农村道路新修几公里", []),
    ("信息被市政协采用几条", []),         # inside a longer word: a level, no place
    ("今年县政协开了几次会", []),
])
def test_asked_marks(kb, question, marks):
    assert asked_marks(normalize_text(question), kb.index.contains, kb.index.segmenter.word_frequency) == marks
