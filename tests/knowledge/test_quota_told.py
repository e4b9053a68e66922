"""A member's duty asked as a count (每名委员每年至少报几篇社情民意) is a question for the staff, unless a report
sets that very quota per member (明确每名委员每年报送社情民意信息不少于3篇): then the figure answers it, and a
quota on another thing (提案) is still declined (quota_told.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """苍梧区政协经济委员会2023年工作总结

一、社情民意工作

委员会建立“每月一报送”工作机制，明确每名委员每年报送社情民意信息不少于3篇，并选聘社情民意信息员12名。全年共报送社情民意信息64篇，被市政协采用15篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cangwu"))


def test_a_quota_the_report_sets_answers_the_duty_asked(kb):
    # 至少 is how a member says the report's 不少于 (synonyms.txt).
    assert first_line(kb, "每名委员每年至少报几篇社情民意").startswith("答：不少于3篇")
    assert first_line(kb, "委员每年至少报送几篇社情民意信息").startswith("答：不少于3篇")


def test_a_duty_the_report_sets_no_quota_on_is_declined(kb):
    assert not kb.answer("委员每年至少交几件提案").answered
    assert not kb.answer("每个委员每年至少参加几次活动").answered


def test_a_quota_asked_naming_no_thing_is_answered_by_its_unit(tmp_path):
    report = _REPORT.replace("并选聘社情民意信息员12名。", "每名委员全年参加议事活动不少于4场，并选聘社情民意信息员12名。")
    document = SourceDocument("cangwu.txt", report.split("\n", 1)[0], "2023", report)
    kb = KnowledgeBase([document], tmp_path)
    assert first_line(kb, "每名委员至少参加几场").startswith("答：不少于4场")
    assert not kb.answer("每名委员至少参加几次").answered  # a unit the floor is not set in
