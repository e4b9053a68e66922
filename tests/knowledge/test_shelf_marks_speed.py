"""A report that never writes a mark the question gives (a river, a session, an amount: shelf_marks.py) is not told on
a shelf, so it is read alone only while no report writing the mark answers (its reading then counts only as a sign the
question is one reports answer alone); and a question naming a home place as a word (each_alone._place_as_word) is
read only in the reports writing that place.  Neither changes an answer.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.values import Result

_BIRCH = """政协桦屿县委员会常务委员会2021年工作报告

一、协商议政

围绕棠溪河综合治理开展专题协商，棠溪河治理工程完成投资3200万元。
全年共立案提案186件，办结率100%。
"""

_POND = """政协棠浦市委员会常务委员会2022年工作报告

一、协商议政

组织委员视察棠溪河沿岸生态修复，推动棠溪河沿岸新建绿道12公里。
配合完成桦屿路拓宽改造3.5公里。
全年共立案提案240件，已全部办复。
"""

# Never writes 棠溪河 nor 桦屿.
_REED = """政协芷浦区委员会常务委员会2023年工作报告

一、民生实事

推动全区新建绿道8公里，新建社区养老服务站14个。
全年共立案提案131件，已全部办复。
"""


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    documents = [document_from_text(name, text) for name, text in
                 (("birch.txt", _BIRCH), ("pond.txt", _POND), ("reed.txt", _REED))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf_marks_speed"))


@pytest.fixture()
def asked(shelf, monkeypatch):
    """The reports read alone, in order, while the test runs."""
    each = shelf.answerer.each_alone
    read: list[int] = []
    for doc in range(len(each.answerers)):
        answerer = each.answerers[doc]
        original = answerer.single_result
        monkeypatch.setattr(answerer, "single_result", lambda norm, original=original, doc=doc: (read.append(doc),
                                                                                                   original(norm))[1])
    return read


def test_report_lacking_the_mark_not_read_once_one_writing_it_answers(shelf, asked):
    assert shelf.answer("棠溪河沿岸新建绿道多少公里").text.split("\n", 1)[0] == "答：12公里（2022年）"
    assert 2 not in asked  # 芷浦's 8公里 would never be told for 棠溪河


def test_report_lacking_the_mark_still_read_where_none_writing_it_answers(shelf, asked):
    # Whether some report answers alone at all is read in the others too (each_alone.add_to's ``unread``).
    assert not shelf.answer("棠溪河新建社区养老服务站多少个").answered
    assert asked == [0, 1, 2]


def test_place_as_word_read_only_in_reports_writing_it(shelf, asked):
    each = shelf.answerer.each_alone
    norm = normalize_text("桦屿路拓宽改造了多少公里")
    found = each._place_as_word(Result(False, 0.0, "number", question=norm), norm, {"桦屿"})
    assert found.answered and found.fact == "3.5公里"
    assert asked == [1]  # not 桦屿's own report (the place named), nor 芷浦's, which never writes 桦屿
