"""A count asked with its noun after 多少 and no measure word (有多少餐位): of a sentence telling several
amounts, the one written right beside that noun answers (提供餐位90个), not one beside another noun whose
clause names the owner asked (开设助餐点2个, 用房380平方米) — noun_after.counted_elsewhere. And a fee asked
(月收费多少) is money charged: a grant in 元 (运营补助…150元) is no fee — money_told.fee_untold. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """岑沅市政协“发展社区助餐服务”专题协商会纪要

一、会议情况

6月12日，市政协召开“发展社区助餐服务”专题协商会，市政协委员、有关部门负责同志共48人参加。

二、委员发言

（一）市政协委员、苎湾街道棠梓社区党委书记葭晓雯：破解助餐点“选址难”。她说，棠梓社区颐年餐厅2023年开设助餐点2个，提供餐位90个，月收费420元，深受老年人欢迎。
（二）市政协委员、葭浦镇敬老院院长岑子衡：补齐农村助餐短板。他说，葭浦镇敬老院利用闲置用房380平方米改建助餐点，提供餐位60个，开业半年就餐率达到九成。
从分布看，城区助餐点提供餐位320个，农村助餐点210个。
（三）市政协委员苎若岚：加大扶持力度。她建议，对社区助餐点按每人每月150元给予运营补助，并将补助标准提高到200元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cenyuan-meals.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenyuan-meals"))


def test_the_amount_beside_the_noun_counted(kb):
    assert first_line(kb, "棠梓社区颐年餐厅有多少餐位").startswith("答：90个")
    assert first_line(kb, "葭浦镇敬老院助餐点有多少餐位").startswith("答：60个")


def test_an_item_of_a_list_with_its_noun_left_out(kb):
    assert "210个" in first_line(kb, "农村助餐点有多少餐位")


def test_a_fee_is_told_where_a_charge_is(kb):
    assert first_line(kb, "棠梓社区颐年餐厅月收费多少").startswith("答：420元")


def test_a_grant_is_no_fee(kb):
    assert not kb.answer("社区助餐点每人每月收费多少").answered
