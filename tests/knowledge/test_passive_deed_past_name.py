"""A count of those a deed was done to (有几篇读书心得被市政协《学习园地》选登了): the deed is the
verb after 被 and after the agent and the quoted name of where it was done; the counted noun
the question's word only begins (读书 → 读书心得) may stand before 被. The amount of the clause
telling that deed answers (其中9篇被…选登), not the total written (发布读书心得60余篇). On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石桥县第七届委员会常务委员会工作报告

——2021年1月12日在政协石桥县第七届委员会第五次会议上

一、2020年主要工作

深化"书香政协"建设，开设专题读书群4个，委员发布读书心得60余篇，其中9篇被市政协《学习园地》刊物选登。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiqiao-du.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiqiao-du"))


def test_those_the_deed_was_done_to_are_counted(kb):
    assert first_line(kb, "有几篇读书心得被市政协《学习园地》选登了").startswith("答：9篇")


def test_the_total_written_still_answers_the_plain_count(kb):
    assert first_line(kb, "委员发布了多少篇读书心得").startswith("答：60余篇")
