"""Declined by reason, on places: a province's committee asked (某某省政协去年办了多少期培训班) of a city's
report, which names its province only for a party school; places of a level counted (去了几个省) and the
amount counting trips (赴省外考察学习3批次); how many there are in one district, the district named only as
where an event was held. What the report does tell is still answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import question_places
from bot.knowledge.place_counted import level_uncounted, venue_only
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蒿洲市委员会2022年委员培训工作总结

一、主要工作

全年共举办各类培训班36期，参训委员2950人次。邀请沅汀省委党校教授作专题讲座。

第三期研修班于2022年10月在杞岭区数字产业园举办，参训委员76名。

市政协全年组织委员赴省外考察学习4批次，参加委员88人次。组织委员深入杞岭区、檀渡县2个县区开展送学活动9场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("haozhou.txt", _REPORT)], tmp_path_factory.mktemp("haozhou"))


def test_a_province_committee_is_a_place_asked():
    assert "沅汀" in question_places("沅汀省政协去年办了多少期培训班", {"蒿洲"}, _REPORT)
    assert not question_places("沅汀省委党校教授是谁", {"蒿洲"}, _REPORT)  # a party school, no committee asked
    assert not question_places("社情民意省政协采用了几条", {"蒿洲"}, _REPORT)  # no province the report writes


def test_places_of_a_level_are_counted_by_an_amount_of_them():
    assert level_uncounted("考察学习一共去了几个省", "4批次", "组织委员赴省外考察学习4批次,参加委员88人次。")
    assert not level_uncounted("送学活动去了几个县区", "2个", "深入杞岭区、檀渡县2个县区开展送学活动9场。")
    assert not level_uncounted("走访了几个村", "15个", "全年走访行政村15个。")
    assert not level_uncounted("覆盖了多少个村", "31个", "调研覆盖31个传统村落。")


def test_one_place_named_only_as_a_venue():
    assert venue_only("杞岭区有多少名市政协委员", "第三期研修班于2022年10月在杞岭区数字产业园举办,参训委员76名。")
    assert not venue_only("杞岭区有多少名市政协委员", "杞岭区现有市政协委员40名。")
    assert not venue_only("杞岭区有多少户用上了自来水", "在杞岭区,460余户村民用上了自来水。")  # no event held there


def test_the_report_declines_what_it_does_not_tell_and_answers_what_it_does(kb):
    assert not kb.answer("沅汀省政协去年办了多少期培训班").answered
    assert not kb.answer("考察学习一共去了几个省").answered
    assert not kb.answer("杞岭区有多少名市政协委员").answered
    assert "4批次" in first_line(kb, "考察学习去了几批")
    assert "36期" in first_line(kb, "去年办了多少期培训班")
