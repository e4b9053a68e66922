"""The people of a history or a memoir: named after a calling (老窑工, 民间收藏家, 特约编辑, 出版社编审)
or an age (84岁的某某), with rarer surnames (邴, 屠, 荀, 瞿) (people.py, aged_names.py); asked by that calling
(那个教授叫啥, 老船工叫啥名: name_asked.py), a post taken besides the one held (秘书长某某任…副主任; 聘请…编审某某为特邀
审读专家: posts_given.py), writers told by a deed done to them (受表彰的作者里点名的有谁), ages written beside them
(某某几岁开始上船, 今年多大: off_topic_told.py, age_asked.py) and steps counted by 道 (几道工序).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.doers import asks_workplace
from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_HISTORY = """泖川市政协文史委员会2021年文史资料工作总结

一、口述史征集

全年完成访谈41人。年龄最大的受访者是汐口镇91岁的老船工瞿长福，他12岁上船跟随父辈跑运输，讲述了码头的往事。原泖川丝厂技术员、84岁的甄秋禾，回忆了建厂初期的经过；渚头村79岁的老窑工邴石生，详细口述了柴窑烧制的九道工序。

汐口镇中心小学将瞿长福老人的口述故事编入乡土教材。

二、实物和照片征集

全年征集实物96件，其中民间收藏家屠敬宗捐赠船运实物31件。

三、编研出版

编辑出版《泖川旧事》，由泖川学院历史系教授荀望川担任学术顾问，特约编辑简听雨负责统稿。文史委聘请退休出版社编审鲍云岫为特邀审读专家。《泖川政协志》编纂工作启动，由市政协秘书长戚远帆任编纂委员会副主任。荀望川教授任泖川地方史研究中心主任。

四、队伍建设

评选年度优秀文史稿件8篇，对柯晚晴、裘伯言等8位作者给予表彰。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maochuan.txt", _HISTORY)], tmp_path_factory.mktemp("maochuan"))


def test_names_after_a_calling_or_an_age_are_read():
    assert find_person_names("汐口镇91岁的老船工瞿长福,他12岁上船") == {"瞿长福"}
    assert find_person_names("原泖川丝厂技术员、84岁的甄秋禾,回忆了建厂初期的经过") == {"甄秋禾"}
    assert find_person_names("其中民间收藏家屠敬宗捐赠船运实物31件") == {"屠敬宗"}
    # 任 after a title written after a name is the verb of a post taken, no surname (任泖川…).
    assert find_person_names("荀望川教授任泖川地方史研究中心主任") == set()
    assert find_person_names("由院长某某和教授任建舟担任研究中心主任") >= {"任建舟"}
    assert find_person_names("全年征集86岁的老人口述资料,其中80岁以上的有41人") == set()


def test_a_person_asked_by_their_calling(kb):
    assert first_line(kb, "泖川学院历史系那个教授叫啥").startswith("答：荀望川")
    assert first_line(kb, "《泖川旧事》是谁负责统稿的").startswith("答：简听雨")
    assert first_line(kb, "捐了船运实物的民间收藏家是谁").startswith("答：屠敬宗（民间收藏家）")
    assert first_line(kb, "两个姓瞿的，那个老船工叫啥名").startswith("答：瞿长福")


def test_a_post_taken_besides_the_one_held(kb):
    assert first_line(kb, "市政协秘书长是谁").startswith("答：戚远帆（市政协秘书长、编纂委员会副主任）")
    assert first_line(kb, "请的特邀审读专家是谁").startswith("答：鲍云岫（退休出版社编审、特邀审读专家）")


def test_writers_told_by_a_deed_done_to_them(kb):
    assert first_line(kb, "受表彰的作者里点名的有谁").startswith("答：柯晚晴、裘伯言")


def test_an_age_written_beside_the_person_is_told(kb):
    assert first_line(kb, "瞿长福几岁开始上船的").startswith("答：12岁")
    assert first_line(kb, "甄秋禾今年多大").startswith("答：84岁")
    assert first_line(kb, "邴石生几岁了").startswith("答：79岁")
    # No age written beside the person: still a private detail.
    assert not kb.answer("柯晚晴几岁了").answered


def test_steps_counted_by_dao(kb):
    assert "九道工序" in first_line(kb, "邴石生口述了柴窑烧制的几道工序")


def test_a_school_doing_something_to_the_person_is_no_workplace_asked(kb):
    assert asks_workplace("瞿长福在哪个单位", ["瞿长福"])
    assert not asks_workplace("哪所学校把瞿长福的故事编进了乡土教材", ["瞿长福"])
    assert "汐口镇中心小学" in first_line(kb, "哪所学校把瞿长福的故事编进了乡土教材")
