"""A change written from one value to another (由本届初的72.8%提高到目前的78.4%): the value reached
answers what it is, whatever time word stands after 由 or 到; and 一个人 is one person, not 个人
(an individual's). On reports of our own."""

from __future__ import annotations

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TITLE = "政协青川县委员会关于2019年提案工作情况的报告"


def _kb(section: str, paragraph: str, tmp_path) -> KnowledgeBase:
    """A one-paragraph report of the 青川 committee under one heading."""
    report = f"{_TITLE}\n\n{section}\n\n{paragraph}\n"
    return KnowledgeBase([SourceDocument("qingchuan.txt", _TITLE, None, report)], tmp_path)


def test_the_value_reached_not_the_one_started_from(tmp_path):
    kb = _kb("一、提案提交情况", "委员参与提交提案的比例由本届初的70.6%提高到目前的81.2%，提案质量稳步提升。", tmp_path)
    assert "81.2%" in first_line(kb, "委员参与提交提案的比例是多少")


def test_one_person_is_no_individual(tmp_path):
    kb = _kb("一、提案提交情况", "委员个人提案198件，占立案总数的83.2%。一人提交3件以上提案的委员有26名。", tmp_path)
    assert "26名" in first_line(kb, "一个人交了3件以上提案的委员有几个")
    assert "198件" in first_line(kb, "委员个人提案有多少件")


def test_jiaogei_is_jiaoyou(tmp_path):
    kb = _kb("一、提案交办情况", "会议将213件立案提案交由49个承办单位办理，其中县直部门41个。", tmp_path)
    assert "49个" in first_line(kb, "提案交给了多少个承办单位")
