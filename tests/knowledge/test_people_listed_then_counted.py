"""People listed by name and then counted (甲、乙、丙等5人作交流发言) are those a count of people asks for
(几个人发言), unlike things listed and counted together (提案、专报等59份). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年履职纪实

一、团结联谊

7月12日，委员会在县文化馆举办"守正创新"书画界人士座谈会，书画团体负责人和文艺工作者共41人参加，章明远、柯晓岚、卢文杰等5人作交流发言。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan2.txt", _REPORT)], tmp_path_factory.mktemp("fengyan2"))


def test_people_listed_then_counted_answer_how_many_spoke(kb):
    assert first_line(kb, "书画界座谈会几个人发言").startswith("答：5人")
    assert first_line(kb, "书画界座谈会上几人作了交流发言").startswith("答：5人")


def test_those_who_came_are_still_counted_apart(kb):
    assert first_line(kb, "书画界座谈会多少人参加").startswith("答：41人")
