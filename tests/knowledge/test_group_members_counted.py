"""How many people a group has, counted in the clause after the one naming it (成立了…的调研组，成员包括…
共15人): that clause counts the group's members.  And 几个人 counts people, so an amount of 个 things
(8个乡镇) does not answer it, though 个人 starts with 个.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于推进山区茶产业发展的调研报告

一、调研开展情况

县政协高度重视此次调研，成立了由县政协副主席詹立群任组长的调研组，成员包括部分县政协常委、委员和农业方面的专家共15人。

6月至8月，调研组先后深入8个乡镇、26个行政村，实地察看茶园和加工厂31处，召开座谈会9场。

二、基本情况

全县茶园面积达到12.6万亩，年产干茶8400吨，综合产值21亿元。

全县共有茶叶加工企业146家，其中省级龙头企业3家，茶叶专业合作社87个。

三、存在的问题

部分茶园品种老化，机械化采摘率不足三成，品牌影响力不强。

四、对策建议

建议加快低产茶园改造，每年改造茶园1万亩以上，培育区域公用品牌。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chashan.txt", _REPORT)], tmp_path_factory.mktemp("group-members"))


@pytest.mark.parametrize("question", ["调研组一共几个人", "调研组有几个人", "调研组一共多少人"])
def test_the_groups_members_are_counted_after_it(kb, question):
    assert "15人" in first_line(kb, question)
