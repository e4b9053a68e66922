"""People whose surname is rarer (卞, 邝, 阚, 郜): their characters are hardly ever anything else, so a
post written right before such a name (区民政局局长卞晓川) gives the person, asked by post or by name.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苇塘区委员会关于提案办理协商的情况通报

一、协商情况

5月9日，区政协在云台街道召开养老服务提案办理协商会，区民政局局长卞晓川、区财政局局长邝明远与提案委员面对面交流。

二、办理成效

会后，区民政局新建社区助餐点12个，区财政安排养老服务补助资金860万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weitang.txt", _REPORT)], tmp_path_factory.mktemp("weitang"))


@pytest.mark.parametrize("question, name", [("区民政局局长是谁", "卞晓川"), ("民政局局长叫什么", "卞晓川"),
                                            ("财政局局长是哪位", "邝明远")])
def test_a_post_gives_the_person_of_a_rarer_surname(kb, question, name):
    assert first_line(kb, question).startswith("答：" + name)


# Surnames hardly ever anything else but a surname (仉, 庹, 眭, 谯, 殳), after a post in a count of instructions or
# before the duty a committee head carries out.
_PLAN = """政协莼湾县委员会2020年度协商工作计划

一、去年工作回顾

县领导对协商成果作出批示15件次，其中县长仉立群批示6件次，常务副县长庹建民等县领导批示4件次。

二、责任分工

县政协副主席殳明哲负责经济委员会协商工作，经济委员会主任眭惠兰具体负责。全年协商会议由县政协主席谯文渊主持。
"""


@pytest.fixture(scope="module")
def plan_kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chunwan.txt", _PLAN)], tmp_path_factory.mktemp("chunwan"))


@pytest.mark.parametrize("question, name", [("县长叫啥", "仉立群"), ("常务副县长是谁", "庹建民"),
                                            ("经济委员会主任是谁", "眭惠兰"), ("县政协主席是谁", "谯文渊")])
def test_a_post_gives_the_person_of_a_surname_hardly_anything_else(plan_kb, question, name):
    assert first_line(plan_kb, question).startswith("答：" + name)
