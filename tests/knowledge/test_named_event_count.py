"""A count asked of an event the report names in quotes ("委员法律服务日"), asked without the quotes: the
amount must be told by a sentence naming the event (or going on from one that does), not by the year's
total told before it in the same paragraph. A sentence naming the event by the kind the report writes
after its quoted name ("乡贤议事"协商平台 → 协商平台) goes on telling of it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """南岙市政协社会法制界别2022年工作总结

一、服务群众

全年开展送法下乡活动20余场，服务群众900余人次，发放法律宣传资料5200余份。12月4日国家宪法日期间，界别在东溪镇举办"委员法律服务日"，设立咨询台6个，吸引周边群众300余人参加。

二、协商平台

"乡贤议事"协商平台每月围绕1个话题开展协商。

目前协商平台形成的30多个问题和建议，均已转交相关职能部门。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("nanao.txt", _REPORT)], tmp_path_factory.mktemp("nanao"))


def test_the_events_own_count_answers(kb):
    assert first_line(kb, "委员法律服务日设立了多少个咨询台？").startswith("答：6个")


def test_the_years_total_before_it_is_not_the_events(kb):
    assert not kb.answer("委员法律服务日发放了多少份资料？").answered


def test_the_kind_written_after_the_name_refers_back_to_it(kb):
    assert first_line(kb, "乡贤议事平台形成了多少问题建议？").startswith("答：30多个")
