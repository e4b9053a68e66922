"""A thing's own name asked (委员工作室叫什么名字, 供水公司叫啥名, 品牌定的名字叫什么) where the sentence quotes
names only of other things (a book, a slogan, a suggestion's title) is declined (name_untold.py); a quote
ending with the thing's noun or standing against it still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协柘川县委员会2022年工作报告

（2022年12月26日）

一、委员工作

将在东岭乡、西岙镇等地新建委员工作室5个，实现委员工作室覆盖所有乡镇；编纂出版《柘川文史》第九辑，启动《柘川竹编史》编写工作。

在南湾镇设立“竹韵议事”委员工作室，全年接待群众三百余人次。

二、专题调研

北坞县已实现城乡供水“统一建设、统一管理”，南岭县组建县级水务公司，对全县农村供水工程实行统一运营管理。

去年，委员提交了《关于打造柘川竹编区域公用品牌的建议》，推动县里成立竹产业发展工作专班。

形成《关于加快柘川竹产业发展的调研报告》，提出建议8条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("zhechuan-county-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhechuan-names"))


def test_name_asked_and_only_other_things_quoted(kb):
    assert not kb.answer("西岙镇今年新建的委员工作室叫什么名字").answered
    assert not kb.answer("南岭县的县级水务公司叫啥名").answered
    assert not kb.answer("竹编区域公用品牌定的名字叫什么").answered


def test_name_asked_and_quoted_against_the_thing(kb):
    assert "竹韵议事" in kb.answer("南湾镇设立的委员工作室叫什么名字").text.split("\n", 1)[0]
    assert "关于加快柘川竹产业发展的调研报告" in kb.answer("竹产业调研报告叫什么名字").text.split("\n", 1)[0]
