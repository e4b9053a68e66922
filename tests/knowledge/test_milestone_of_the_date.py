"""When a thing was published (什么时候出书, 出版) is the date of its own clause telling it: a date of
another event in the sentence (拟编辑出版《A》…拟于10月举办座谈会) is not it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协临溪县委员会2022年工作报告

一、文史工作

编辑的《临溪古桥》于9月正式出版，全书约18万字。

二、2023年工作安排

拟编辑出版《临溪民俗》，继续推进"老兵记忆"口述史整理，拟于10月举办建县纪念座谈会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linxi.txt", _REPORT)], tmp_path_factory.mktemp("linxi"))


def test_the_date_of_another_event_is_not_the_publishing(kb):
    assert not kb.answer("老兵记忆口述史计划什么时候出书？").answered


def test_the_publishing_date_is_answered(kb):
    assert first_line(kb, "临溪古桥什么时候出版的").startswith("答：2022年9月")  # the month with its year (fullest_date)
