"""A title quoted, then the work's measures in the clauses after it ("X"…出版，全书收录文章36篇，约19万字):
each measure is the quoted work's, however far from its title, until another title is quoted. Only a
written work's measures: those an activity named "X" trained are no size of it.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协龙溪县委员会2021年工作报告

一、文史工作

由文史委员会主任负责编辑的《龙溪古村落》（龙溪文史资料第八辑）于11月正式出版，全书收录文章36篇、历史图片150余幅，约19万字，副主席担任编委会主任。

二、界别活动

委员牵头组建"龙溪科技服务队"，全年在各乡镇开展农技培训12场，培训农民900余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("longxi.txt", _REPORT)], tmp_path_factory.mktemp("longxi"))


def test_the_words_of_the_work(kb):
    assert first_line(kb, "《龙溪古村落》大约多少字？").startswith("答：约19万字")


def test_the_articles_of_the_work(kb):
    assert first_line(kb, "龙溪古村落收录了多少篇文章").startswith("答：36篇")


def test_those_an_activity_trained_are_not_its_size(kb):
    assert not kb.answer("龙溪科技服务队有多少人").answered
