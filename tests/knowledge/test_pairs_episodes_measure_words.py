"""Measure words a count is asked in and told in: pairs (结对24对), episodes (微视频18集), tables (摆宴席180桌),
groups (几组); and a range in Chinese numerals (二至四组) read as one amount. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年履职纪实

一、助推乡村振兴

课题组走访了全县48个行政村，提出的"先富村带后进村"模式已在北岗镇试点推广，首批结对村庄21对。
县政协还拍摄制作"有事好商量"系列微视频18集，累计播放量超过60万次。
重阳节期间，委员们参加敬老宴活动，活动共摆宴席180桌。
委员提交的每件集体提案平均附有二至四组调研数据，参与调研委员85人。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan.txt", _REPORT)], tmp_path_factory.mktemp("fengyan"))


def test_pairs_episodes_and_tables_are_amounts():
    told = "首批结对村庄21对,开展1对1帮扶,微视频18集,摆宴席180桌,有5对此表示关切"
    assert [x.text for x in find_quantities(told)] == ["21对", "18集", "180桌"]


def test_range_in_chinese_numerals_is_one_amount():
    assert normalize_text("平均附有二至四组调研数据") == "平均附有2至4组调研数据"
    assert normalize_text("两到三次") == "2到3次"
    assert [x.text for x in find_quantities(normalize_text("附有二至四组"))] == ["2至4组"]


def test_pairs_asked_are_answered_by_pairs(kb):
    assert first_line(kb, "首批结对的村庄有多少对").startswith("答：21对")


def test_episodes_asked_are_answered_by_episodes(kb):
    assert first_line(kb, "微视频拍了几集").startswith("答：18集")


def test_tables_asked_are_answered_by_tables(kb):
    assert first_line(kb, "敬老宴摆了多少桌").startswith("答：180桌")


def test_groups_asked_are_answered_by_the_range(kb):
    assert first_line(kb, "集体提案每件附了几组调研数据").startswith("答：二至四组")
