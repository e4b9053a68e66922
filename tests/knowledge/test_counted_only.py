"""Which ones asked (哪几件, 那2件是啥内容, 3篇信息是讲什么的) where the sentence only counts them is
declined (counted_only.py); a sentence naming them (quoted titles, a list) still answers. On a report
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.counted_only import only_counted
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松溪县委员会提案委员会2021年工作总结

（2021年12月20日）

一、提案办理

组织委员对县水利局、县交通局等7个承办单位的办理情况开展评议，对答复不到位的4件提案退回重新办理。

全年报送社情民意信息52条，其中被省政协采用3条，获县领导批示11条。

二、专题协商

召开对口协商会6场，邀请有关部门负责同志到会听取意见。

三、明年打算

力争新建委员工作室6个，实现乡镇委员工作室全覆盖。

全年评出优秀提案3件，分别是《关于发展林下经济的提案》《关于加强山塘水库管护的提案》《关于推进农村电商的提案》。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("songxi-proposals-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songxi"))


def test_which_ones_asked_and_only_counted(kb):
    assert not kb.answer("退回重新办理的4件提案是哪几件？").answered
    assert not kb.answer("被省政协采用的3条社情民意是讲什么的？").answered
    assert not kb.answer("对口协商会具体有哪些题目？").answered


def test_names_of_things_given_asked_and_only_counted(kb):
    # 都叫什么 of six studios counted: the plan only counts them.
    assert not kb.answer("明年新建的6个委员工作室都叫什么").answered
    assert "6个" in first_line(kb, "明年计划新建几个委员工作室")


def test_which_ones_asked_and_named(kb):
    assert "林下经济" in kb.answer("评出的3件优秀提案是哪几件？").text
    assert "4件" in first_line(kb, "退回重新办理的提案有几件？")


def test_a_plans_item_ends_at_its_semicolon():
    # The quoted "回头看" belongs to the next item of the plan, not to the six studios counted.
    shown = ('新的1年,县政协计划围绕"林下经济"等议题开展协商15项;力争新建委员工作室6个,实现乡镇(街道)委员工作室全覆盖;'
             '将继续深化提案办理"回头看",力争提案满意率保持在98%以上。')
    assert only_counted("明年新建的6个委员工作室都叫什么", shown, ["新建", "委员工作室"])
    named = '全年评出优秀提案3件;《关于发展林下经济的提案》等获评一等奖。'
    assert not only_counted("评出的3件优秀提案是哪几件", named, ["评出", "优秀提案"])


def test_items_listed_after_a_colon_are_not_cut_at_semicolons():
    # 不足3次 is no count of the 不足 asked; the items named after the colon answer, across their semicolons.
    shown = ('1年来,界别工作仍存在一些不足:一是部分委员履职积极性不够高,有3名委员全年参加活动不足3次;'
             '二是调研成果转化不够充分;三是委员之间、界别之间交流联系不够经常。')
    assert not only_counted("存在哪些不足", shown, ["存在", "不足"])
