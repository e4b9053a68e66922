"""A shelf of several reports (each_alone.py): a report's own answer, right when read alone, is not lost to what the
question seems to name.  A party's committee of a level (农工党市委, 民盟市委会) names no place; a place no report of the
shelf is home to (the city above a county, a district below a city) is asked of as the report naming it writes it;
a level before a body (区政协, 区领导) or a rank (前3名) is no mark of another report; a surname and a post (林主席)
names no person by name; persons coming to see an event are counted in 人次; and the same figure read alone in another report's own sentence is that committee's own,
told too.  On reports of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.each_alone import EachAlone
from bot.knowledge.frames import question_places
from bot.knowledge.normalize import normalize_text
from bot.knowledge.persons_measured import counts_persons_asked
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.shelf_marks import asked_marks
from bot.knowledge.shelf_named import persons_asked
from bot.knowledge.values import Result

from .conftest import first_line

_LANGYU = """政协琅屿市委员会2019年提案工作情况报告

一、提案提交情况

本年度共收到提案312件，立案286件。市政协主席韩立诚出席提案交办会并讲话。

各民主党派市委提交提案58件，其中民盟琅屿市委提交提案21件，农工党琅屿市委提交提案11件，致公党琅屿市委提交提案6件。

二、信息工作

沣屿区政协报送社情民意信息214篇，被市政协采用39篇。
"""

_ZHAOXI = """政协棹溪县委员会2020年工作报告

一、履职情况

全年开展视察调研17次，召开专题协商会4场。

二、社情民意信息

全年报送社情民意信息96条，被溆阳市政协采用7条，获县领导批示12条。

农工党棹溪县支部提交提案3件。
"""

_HUANGLING = """政协篁岭县委员会2021年工作报告

一、提案工作

全年收到提案188件，立案171件，办复率100%。

农工党篁岭县支部提交提案8件，民盟篁岭县支部提交提案9件。县政协办公室韩主任通报了提案办理情况。

二、社情民意

全年报送社情民意信息73条，获县领导批示9条。

三、文史工作

举办“山乡新貌”摄影展，吸引群众1.5万人次前来观看。
"""

_LINGXI = """政协泠溪区委员会2022年工作报告

一、基本情况

2022年是区政协第十届履职的第二年。

二、社情民意

全年报送社情民意信息132条，获区领导批示36篇。

"""


def _documents() -> list[SourceDocument]:
    return [SourceDocument(f"{name}.txt", text.split("\n", 1)[0], year, text)
            for name, year, text in (("langyu", "2019", _LANGYU), ("zhaoxi", "2020", _ZHAOXI),
                                     ("huangling", "2021", _HUANGLING), ("lingxi", "2022", _LINGXI))]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase(_documents(), tmp_path_factory.mktemp("shelf-own"))


@pytest.mark.parametrize("question", ["农工党市委交了多少件", "民盟市委会报了多少篇", "各民主党派市委一共交了多少件提案",
                                      "致公党市委交了几件", "市委常委会专题听取市政协党组汇报几次"])
def test_a_party_committee_or_a_verb_names_no_place(question):
    assert not question_places(normalize_text(question), set(), "")


def test_a_place_before_its_committee_is_still_named():
    assert question_places(normalize_text("沣屿区政协报送社情民意多少篇"), set(), "") == {"沣屿"}


def test_a_party_committee_asked_is_answered_by_the_report_telling_it(kb):
    assert "11件" in first_line(kb, "农工党市委交了多少件")


def test_a_place_no_report_is_home_to_is_asked_as_the_report_writes_it(kb):
    assert "7条" in first_line(kb, "社情民意信息被溆阳市政协采用几条")
    assert "214篇" in first_line(kb, "沣屿区政协报送社情民意多少篇")


@pytest.mark.parametrize("question", ["2022年是区政协第十届履职的第几年", "社情民意信息获区领导批示多少篇", "履职积分前三名是谁"])
def test_a_level_before_a_body_or_a_rank_is_no_mark(question):
    assert asked_marks(normalize_text(question), lambda mark: True) == []


def test_a_named_zone_or_a_given_amount_is_still_a_mark():
    assert asked_marks(normalize_text("高新区工业增加值多少"), lambda mark: True) == ["高新区"]
    assert asked_marks(normalize_text("不满意的7件是哪些单位办的"), lambda mark: True) == ["7件"]


def test_a_level_before_a_body_does_not_hide_the_report_answering(kb):
    assert "36篇" in first_line(kb, "社情民意信息获区领导批示多少篇")


def test_a_surname_and_a_post_name_no_person_by_name():
    assert persons_asked("韩主席是谁", [], set(), lambda name: True, lambda word: False) == []
    assert persons_asked("许芳的提案评上优秀提案了吗", [], set(), lambda name: True, lambda word: False) == ["许芳"]


def test_a_surname_and_a_post_asked_is_answered_by_the_report_naming_the_holder(kb):
    assert "韩立诚" in first_line(kb, "韩主席是谁")


def _stand_in_shelf(own: list[tuple[int, Result]], sentences: list[str]) -> EachAlone:
    shelf = EachAlone.__new__(EachAlone)
    shelf.index = SimpleNamespace(home_places=set(), passage_doc=[0, 1, 2], correct=lambda norm: (norm, 0),
                                  frames=[SimpleNamespace(year=2020 - n) for n in range(3)],
                                  segmenter=SimpleNamespace(words=lambda norm: []), names=[], contains=lambda text: False,
                                  in_vocabulary=lambda word: False, sentence_norm=[[sentence] for sentence in sentences])
    shelf.answerers, shelf.offsets = [object()] * 3, [0, 1, 2]
    shelf._own_answers = lambda norm, docs=None: own
    return shelf


def test_the_same_figure_in_another_report_is_that_committees_own():
    """Report 1 held its 12 study sessions too, in a sentence of its own: told beside report 0's.  Report 2 repeats
    report 0's very sentence: told once."""
    head = Result(True, 1.0, "number", "12次", passage=0, sentence=0)
    own = [(doc, Result(True, 1.0, "number", "12次", passage=doc, sentence=0)) for doc in range(3)]
    shelf = _stand_in_shelf(own, ["全年组织集中学习12次", "组织委员集中学习十二次(12次)", "全年组织集中学习12次"])
    assert [link.passage for link in shelf.add_to(head, "去年集中学习搞了几次").chain()] == [0, 1]


def test_persons_coming_to_see_an_event_are_counted_in_visits():
    assert counts_persons_asked("山乡新貌摄影展有多少群众来看", "1.5万人次")
    assert not counts_persons_asked("提案委员会有多少委员", "420人次")  # how many a body has: not visits


def test_an_exhibition_s_visitors_are_told(kb):
    assert "1.5万人次" in first_line(kb, "山乡新貌摄影展有多少群众来看")
