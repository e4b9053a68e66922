"""A named person's post asked in a member's words: 啥身份 and 是什么领导 ask the post as 什么职务 does;
在哪上班 asks the workplace as 在哪工作 does, answered with the whole post that names the body (a body
cut at its kind word errs: 某事务局局长 is no 某事务局局, 某镇中心卫生院 no 某镇中心); posts of
religious bodies and heritage bearers written before a name (某寺住持, 某堂长老) are the person's role.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.doers import workplace_of
from bot.knowledge.people import Person, find_people
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协枫川区委员会民族宗教界别2021年工作总结

一、界别基本情况

界别主要委员有：松云寺住持孟清远，枫川礼拜堂长老韩素琴，石门镇中心卫生院副院长邵春燕，区档案事务局局长蒋立凡。

二、主要工作

6月8日，民建枫川区委主委沈季平在界别座谈会上发言。9月，市委常委、秘书长卢东明对界别调研报告作出批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("fengchuan.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("fengchuan"))


def test_religious_posts_before_a_name_are_the_role():
    sentence = "界别主要委员有：松云寺住持孟清远，枫川礼拜堂长老韩素琴，石门镇中心卫生院副院长邵春燕。"
    roles = {p.name: p.role for p in find_people(sentence, ["孟清远", "韩素琴", "邵春燕"])}
    assert roles == {"孟清远": "松云寺住持", "韩素琴": "枫川礼拜堂长老", "邵春燕": "石门镇中心卫生院副院长"}


def test_the_workplace_is_the_whole_post_naming_the_body():
    people = [Person("蒋立凡", "区档案事务局局长", 0, 3), Person("邵春燕", "石门镇中心卫生院副院长", 0, 3)]
    assert workplace_of("蒋立凡是哪个单位的", ["蒋立凡"], people) == "区档案事务局局长"
    assert workplace_of("邵春燕在哪个单位工作", ["邵春燕"], people) == "石门镇中心卫生院副院长"


def test_workplace_asked_with_shangban(kb):
    assert "石门镇中心卫生院副院长" in first_line(kb, "邵春燕在哪上班")
    assert "区档案事务局局长" in first_line(kb, "蒋立凡是哪个单位的")


def test_post_asked_as_sha_shenfen_or_shenme_lingdao(kb):
    assert "民建枫川区委主委" in first_line(kb, "沈季平是啥身份")
    assert "市委常委、秘书长" in first_line(kb, "卢东明是什么领导")
    assert "松云寺住持" in first_line(kb, "孟清远是什么职务")
    assert "枫川礼拜堂长老" in first_line(kb, "韩素琴是干什么的")


def test_a_person_not_in_the_report_gets_no_post(kb):
    assert not kb.answer("方子墨是啥身份").answered
    assert not kb.answer("方子墨在哪上班").answered
