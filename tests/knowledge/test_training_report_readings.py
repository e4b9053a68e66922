"""Readings a committee's yearly training report asks for, on a report of our own: names of rarer surnames (危, 卓,
郁, 穆, 庄) and a name listed before the next one though a stop character stands in it (祁正岚、); a group set up,
then its posts in the clauses after it; a post word only naming a meeting (常委会) asks for no holder of that post;
an amount measured otherwise than asked (多少本 for 册, 多少个导师 for 名, 多少字 of a title named by its head), a
saving against a budget, a quota not reached (没学够 for 未达到), a list asked without its commas, a partner body below
that is not the doer."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚桐市委员会2022年委员学习培训工作总结

——2023年1月12日在政协岚桐市第九届委员会常务委员会第十五次会议上
市政协副主席　祁正岚

【会议说明】常务委员会第十五次会议于2023年1月12日在市政协机关召开。会议由市政协主席庄海宁主持，市政协副主席卓文博等出席会议。

一、主要工作

本届委员会共有委员309名，其中新任委员150名，占委员总数的48.5%。年初成立委员学习培训领导小组，由市政协主席庄海宁任组长，副主席祁正岚、秘书长钟晓峰任副组长。

1．编印学习手册。编印《岚桐市政协委员学习手册（2022年版）》，全书分6个章节，约9万字，共印发800册。

2．实行导师制度。从连任委员中遴选骨干委员24名担任读书导师，与新任委员结对。

3．院校合作。邀请市委党校常务副校长危立平作专题辅导。平台开设“委员微课堂”栏目，由委员结合专业录制短视频课程，全年共录制委员微课20节，其中郁晨阳委员录制的《乡村民宿怎样用好金融政策》点击量居全部微课首位。委员穆清越被评为优秀领读人。

4．读书活动。鼓励委员读书小组与县区政协、基层社区联合开展读书活动，向乡村书屋、社区阅览室捐赠图书3600册。

5．界别学习。全年28个界别共开展界别学习活动84场。

6．考察学习。全年外出考察学习经费支出比预算节约9.8%。

二、存在的不足

全年有7名委员参加学习培训未达到规定的40学时。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lantong.txt", _REPORT)], tmp_path_factory.mktemp("lantong"))


def test_rarer_surnames_and_a_listed_name_are_names(kb):
    frequency = kb.answerer.segmenter.word_frequency
    assert "危立平" in find_person_names("邀请市委党校常务副校长危立平作专题辅导。", frequency)
    assert "祁正岚" in find_person_names("由市政协主席庄海宁任组长,副主席祁正岚、秘书长钟晓峰任副组长。", frequency)
    # The dictionary still keeps the words such a surname starts, and a word after the stop character stays one.
    assert not any(name.startswith("卓有") for name in find_person_names("委员卓有成效地开展工作。", frequency))
    assert not find_person_names("加强委员正常履职、规范管理。", frequency)


def test_a_post_of_a_name_of_a_rarer_surname(kb):
    assert "常务副校长" in first_line(kb, "危立平在党校是什么职务")
    assert "副主席" in first_line(kb, "祁正岚是啥职务")
    assert "郁晨阳" in first_line(kb, "哪个委员的微课点击量第一")


def test_a_group_set_up_then_its_posts(kb):
    assert "庄海宁" in first_line(kb, "委员学习培训领导小组组长是谁")


def test_a_post_word_naming_a_meeting_asks_no_holder(kb):
    assert "庄海宁" in first_line(kb, "那次常委会谁主持的")


def test_amounts_measured_otherwise_than_asked(kb):
    assert "800册" in first_line(kb, "学习手册一共印了多少本")
    assert "9万字" in first_line(kb, "学习手册有多少字")
    assert "24名" in first_line(kb, "选了多少个读书导师")
    assert "9.8%" in first_line(kb, "外出考察经费比预算节约了多少")
    assert "约9.8%" not in first_line(kb, "外出考察经费比预算节约了多少")  # the 约 of 节约 is no "about"


def test_a_quota_not_reached(kb):
    assert "7名" in first_line(kb, "有几个委员没学够规定学时")


def test_a_list_asked_without_its_commas_and_a_partner_body(kb):
    assert "3600册" in first_line(kb, "给乡村书屋社区阅览室捐了多少册书")


def test_what_the_report_does_not_tell_is_still_declined(kb):
    assert not kb.answer("学习手册有多少页").answered
    assert not kb.answer("领导小组办公室主任是谁").answered
