"""What a report does not tell is declined, not answered with its neighbour: the year before its own
(上年的面商率, where only this year's is given; a report's 上年 is the year before the one it reports), a
previous term (七届政协的主席, the report being of the eighth), another day's or month's event (8月2号那场, the
count told of the meeting of 3月14日; 6月的视察, one of 9月 told), another town (白沙镇, where 青松镇's is told), a leader asked by surname
(吕县长批示了几件, the count being of all county leaders), a party branch's head never named, meetings
counted where only surveys are (会 of 委员会 is no meeting). What it tells
is still answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, load_document

from .conftest import first_line

_REPORT = """关于政协柳溪县第八届委员会第二次会议以来提案工作情况的报告

——二〇二一年一月十八日在政协柳溪县第八届委员会第三次会议上

政协柳溪县委员会副主席　贺文清

一、提案办理情况

提案采纳率为91.2%，比上年的89.5%提高1.7个百分点。承办单位与提案人面商提案180件，面商率95.0%。全年县领导对提案作出批示共31件次。县政协主席韦振东带队开展督办调研6次。

二、提案办理协商情况

全年召开提案办理协商会5场。三月十四日，在县住房和城乡建设局召开老旧小区改造提案办理协商会，共28人参加。八月二日，在青松镇召开茶叶产业提案办理协商会，县政协副主席贺文清出席。

三、重点提案办理成效

民革柳溪县支部提出的《关于发展乡村文化广场的提案》被列为重点提案。全县新建村级文化广场46个，其中青松镇12个。

四、视察监督情况

九月二十日，县政协主席韦振东带队视察秋粮收购工作。提案委员会坚持每季度召开主任会议研究提案工作。提案委员会围绕提案办理开展专项调研4次。县政协组织委员开展送医下乡活动，全县培训乡村医生240名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("liuxi-text") / "liuxi-proposals.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return KnowledgeBase([load_document(path)], tmp_path_factory.mktemp("liuxi-proposals"))


def test_the_year_before_untold_is_declined(kb):
    assert not kb.answer("上年的面商率是多少").answered
    assert "89.5%" in first_line(kb, "上年的采纳率是多少")
    assert "95.0%" in first_line(kb, "面商率是多少")
    assert "1.7个百分点" in first_line(kb, "采纳率比上年提高了几个百分点")


def test_a_previous_term_is_declined(kb):
    assert not kb.answer("七届政协的主席是谁").answered
    assert "韦振东" in first_line(kb, "县政协主席是谁")


def test_another_days_meeting_is_declined(kb):
    assert not kb.answer("8月2号茶叶产业那场协商会多少人参加？").answered
    assert "28人" in first_line(kb, "3月14号老旧小区那场协商会多少人参加？")


def test_another_town_is_declined(kb):
    assert not kb.answer("白沙镇新建了多少个文化广场").answered
    assert "240名" in first_line(kb, "送医下乡培训了多少名乡村医生")  # 下乡, 乡村 name no town


def test_another_months_event_is_declined(kb):
    assert not kb.answer("6月的秋粮收购视察是谁带队的？").answered
    assert "韦振东" in first_line(kb, "9月的秋粮收购视察是谁带队的？")


def test_a_leader_asked_by_surname_untold_is_declined(kb):
    assert not kb.answer("吕县长对提案批示了几件次？").answered
    assert "31件次" in first_line(kb, "县领导对提案批示了多少件次")


def test_meetings_counted_are_not_a_committees_surveys(kb):
    assert not kb.answer("提案委员会去年一共开了多少次主任会议？").answered  # 会 of 委员会 counts no meeting
    assert "4次" in first_line(kb, "提案委员会开展专项调研几次")


def test_a_party_branchs_head_never_named_is_declined(kb):
    assert not kb.answer("民革柳溪县支部主委是谁").answered
