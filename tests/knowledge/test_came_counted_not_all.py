"""All there are counted (市政协一共有多少委员, 全省一共有多少个县), the amount counting those who came to an event
(委员、会员和专家学者140余人参加) or the places they came from (来自全省6个县的…): declined (asked_untold.py).
How many came, asked as such, answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """汶溪市政协理论研究会2021年工作总结

一、研讨交流

4月12日，研究会举办"汶溪协商论坛"，市政协委员、理事会员和专家学者140余人参加。

9月6日，承办全省政协理论研究片区研讨会，来自全省6个县的政协理论工作者55人参加，交流论文18篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("wenxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wenxi"))


@pytest.mark.parametrize("question", ["市政协一共有多少委员", "全省一共有多少个县"])
def test_all_there_are_asked_those_who_came_told_declined(kb, question):
    assert not kb.answer(question).answered, question


def test_how_many_came_answers(kb):
    assert "140余人" in first_line(kb, "协商论坛一共多少人参加")
    assert "55人" in first_line(kb, "片区研讨会有多少人参加")
