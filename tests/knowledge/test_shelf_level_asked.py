"""A shelf of reports of several levels (a city's, two counties', a district's), a question naming its committee
by level alone (县政协委员一共多少名, 咱们区…): it is answered by the reports of that level, each as its own members
read it, and no report of another level is told.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.asked_level import asked_level
from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    text = f"{title}\n\n一、基本情况\n\n{body}\n"
    return SourceDocument(name, title, str(year), text)


_CITY = _report("city.txt", "政协榴港市委员会常务委员会2021年工作报告", 2021,
                "本届市政协现有委员412名，分为32个界别。一年来，市政协共收到提案536件，经审查立案481件。"
                "市政协主席龚海川带队开展专题视察12次。")
_COUNTY_A = _report("county_a.txt", "政协栗原县委员会2022年提案工作情况的报告", 2022,
                    "县政协本届共有委员198名。一年来，县政协共收到提案167件，经审查立案152件，办复率100%。"
                    "县政协主席褚明远多次带队督办重点提案。")
_COUNTY_B = _report("county_b.txt", "政协椿溪县委员会2020年工作报告", 2020,
                    "县政协现有委员176名，分为18个界别。全年县政协共收到提案143件，立案129件。"
                    "县政协主席姚庆丰主持召开主席会议9次。")
_DISTRICT = _report("district.txt", "政协榴港市柿坪区第五届委员会常务委员会2021年工作报告", 2021,
                    "区政协现有委员131名。全年区政协共收到提案118件，经审查立案104件。"
                    "区政协主席喻晓岚带队开展视察活动7次。")
_DISTRICT_B = _report("district_b.txt", "政协榴港市桐湾区第三届委员会常务委员会2022年工作报告", 2022,
                      "区政协现有委员124名。全年区政协共收到提案109件，经审查立案97件。"
                      "区政协主席桑立群带队开展视察活动5次。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_CITY, _COUNTY_A, _COUNTY_B, _DISTRICT, _DISTRICT_B], tmp_path_factory.mktemp("shelf-level"))


@pytest.mark.parametrize("question, told, untold", [
    ("县政协委员一共多少名", ["198名", "176名"], ["412名", "131名"]),
    ("咱们县政协委员一共多少名？", ["198名", "176名"], ["412名", "131名"]),
    ("区政协委员有多少名", ["131名", "124名"], ["412名", "198名", "176名"]),
    ("去年区政协一共收到多少件提案", ["118件", "109件"], ["536件", "167件", "143件"]),
    ("县政协主席是谁", ["褚明远", "姚庆丰"], ["龚海川", "喻晓岚"]),
    ("市政协主席是谁", ["龚海川"], ["褚明远", "姚庆丰", "喻晓岚"]),
])
def test_the_reports_of_the_level_asked_answer(shelf, question, told, untold):
    line = first_line(shelf, question)
    for fact in told:
        assert fact in line, (question, fact)
    for fact in untold:
        assert fact not in line, (question, fact)


def test_a_question_no_report_of_its_level_answers_is_declined(shelf):
    assert not shelf.answer("县政协机关食堂有多少个座位").answered


def test_a_report_of_another_level_naming_the_body_asked_is_told(tmp_path):
    visited = _report("county_c.txt", "政协楠坡县委员会2021年工作报告", 2021,
                      "县政协现有委员160名。6月14日，市政协调研组来我县开展乡村旅游专题调研，召开座谈会2场。")
    line = first_line(KnowledgeBase([_CITY, visited], tmp_path), "市政协调研组哪天来的")
    assert "6月14日" in line


@pytest.mark.parametrize("question, level", [
    ("县政协委员一共多少名", "县"),
    ("咱们区去年收到多少件提案", "区"),
    ("全县有多少个委员工作室", "县"),
    ("今年市政协开了几次常委会", "市"),
    ("社情民意被市政协采用了多少篇", None),  # another body's deed, not the committee asked
    ("县长是谁", None),
    ("委员一共多少名", None),
])
def test_the_level_asked(question, level):
    assert asked_level(question, set()) == level


def test_a_place_named_is_no_level():
    assert asked_level("栗原县政协委员一共多少名", {"栗原"}) is None


def _fake_shelf(own, levels=(None, None, None)):
    """Three reports; the shared index's reading is given, and each report's own answers."""
    from types import SimpleNamespace

    from bot.knowledge.each_alone import EachAlone

    shelf = EachAlone.__new__(EachAlone)
    shelf.index = SimpleNamespace(home_places=set(), passage_doc=[0, 1, 2], correct=lambda norm: (norm, 0),
                                  sentence_norm=[["甲"], ["乙"], ["丙"]],
                                  frames=[SimpleNamespace(year=2010 + n, level=levels[n]) for n in range(3)],
                                  segmenter=SimpleNamespace(words=lambda norm: [], word_frequency=lambda word: 0), names=[], contains=lambda text: False,
                                  in_vocabulary=lambda word: False)
    # Each report's own index holds its one passage (甲, 乙, 丙) as its whole text.
    shelf.answerers = [SimpleNamespace(index=SimpleNamespace(corpus_text=text)) for text in "甲乙丙"]
    shelf.offsets = [0, 1, 2]
    shelf._own_answers = lambda norm, docs=None: own
    return shelf


def _link(doc, fact, answered=False, confidence=1.0):
    from bot.knowledge.values import Result

    return Result(answered, confidence, "number", fact, passage=doc, sentence=0)


def test_a_reading_no_report_makes_alone_is_declined():
    """The shared index read 5次 in report 0 for a question none of the reports answers read alone."""
    head = _link(0, "5次", True, 0.6)
    told = _fake_shelf([]).add_to(head, "高山茶一年的产值是多少")
    assert not told.answered


def test_the_reports_of_the_level_replace_another_levels_reading():
    head = _link(0, "40名", True, 0.7)
    shelf = _fake_shelf([(0, _link(0, "40名", True, 0.7)), (1, _link(1, "25名", True, 0.7)),
                         (2, _link(2, "31名", True, 0.7))], levels=("市", "县", "县"))
    told = shelf.add_to(head, "县政协委员一共多少名")
    assert told.answered
    assert [link.fact for link in told.chain()] == ["31名", "25名"]


def test_a_home_place_written_as_a_word_of_another_report(tmp_path):
    """青屿 is one committee's home and, in another city's report, the name of a wetland park (青屿湿地公园):
    declined by 青屿's report, the question is answered by the report writing the park."""
    home = _report("qingyu.txt", "青屿市政协2021年工作报告", 2021,
                   "市政协现有委员380名。全年共收到提案402件，立案366件。")
    other = _report("tongwan.txt", "桐湾市政协2021年工作报告", 2021,
                    "市政协现有委员295名。经委员持续建言，青屿湿地公园环湖步道全年建成17公里。")
    shelf = KnowledgeBase([home, other], tmp_path)
    assert "17公里" in first_line(shelf, "青屿湿地公园环湖步道建成多少公里")
    assert "402件" in first_line(shelf, "青屿市政协全年共收到提案多少件")
    assert not shelf.answer("青屿市政协秘书长是谁").answered


def test_a_sure_reading_stands_though_no_report_answers_alone():
    head = _link(1, "4件", True, 1.0)
    told = _fake_shelf([]).add_to(head, "某支社交了几件提案")
    assert told.answered and told.fact == "4件"
