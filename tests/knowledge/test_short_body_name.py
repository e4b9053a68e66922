"""A sector's report titled with its committee first (政协松岩县委员会科学技术界别…): the report is the 科学技术界别's,
and a question calling it short (科技界别有多少名委员) asks of that body, whose membership the report tells under
its full name.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.told import body_named

from .conftest import first_line

_TITLE = "政协松岩县委员会科学技术界别2019年履职工作总结"
_REPORT = f"""{_TITLE}

一、基本情况
政协松岩县第8届委员会科学技术界别现有委员31名，比上届增加3名。
二、履职活动
6月，界别委员12人视察县科技馆新馆建设项目。
8月，界别与市政协科技界别开展交流，参加委员和科技工作者共40人。
界别有5名委员受聘担任县政府有关部门特约监督员。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songyan-science.txt", _TITLE, "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songyan-science"))


def test_the_body_of_a_title_naming_its_committee_first(kb):
    assert kb.index.frames[0].body == "科学技术界别"


def test_a_short_form_of_a_sector_names_it_in_full():
    assert body_named("科技界", "政协松岩县第8届委员会科学技术界别现有委员31名")
    assert not body_named("科技界", "经济界别现有委员20名")


@pytest.mark.parametrize("question", ["科技界别有多少名委员", "科技界别现有委员多少名", "咱们科技界别委员有几名"])
def test_the_sector_asked_short_gets_its_membership(kb, question):
    assert "31名" in first_line(kb, question)
