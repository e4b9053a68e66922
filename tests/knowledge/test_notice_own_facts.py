"""An issued paper's own facts told by its layout: its number under the title (〔2026〕3号), the body and the date
of its 落款 (before an annex printed after it), the contact named above it; shown as written (二〇二六年…).
A long title read run together with the number line still gives the number.  On papers of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协岚桥县委员会关于2025年度委员履职情况的通报

岚政协发〔2026〕3号

各位委员：

一、总体情况

全年委员共提交提案148件，报送社情民意信息392篇。

二、下步打算

继续完善委员履职档案。

附件：2025年度优秀委员名单

政协岚桥县委员会
二〇二六年三月九日

附件

2025年度优秀委员名单

农业界（1名）：邝禾生（岚桥县茶叶协会会长）
"""

_LONG = """政协汀阳市委员会办公室关于2025年度全市政协系统社情民意信息工作情况的通报
汀政协办发〔2026〕7号
各县（区）政协，各位委员：

一、总体情况

全年收到社情民意信息稿件880篇。

（联系人：市政协办公室信息科　司马青，电话：5555 0000）

政协汀阳市委员会办公室
二〇二六年二月十二日
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanqiao-notice.txt", _NOTICE)], tmp_path_factory.mktemp("lanqiao"))


@pytest.fixture(scope="module")
def long_notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingyang-notice.txt", _LONG)], tmp_path_factory.mktemp("tingyang"))


@pytest.mark.parametrize("question, expected", [
    ("这个通报是哪个单位发的", "政协岚桥县委员会"),
    ("通报的文号是多少", "岚政协发〔2026〕3号"),
    ("这份通报落款日期是哪天", "二〇二六年三月九日"),
    ("这个通报哪天印发的", "二〇二六年三月九日"),
])
def test_notice_with_an_annex_after_its_closing(notice, question, expected):
    assert expected in first_line(notice, question)


@pytest.mark.parametrize("question, expected", [
    ("这个通报是哪个单位发的", "政协汀阳市委员会办公室"),
    ("通报文号多少", "汀政协办发〔2026〕7号"),
    ("信息工作的联系人是谁", "司马青"),
])
def test_notice_with_a_long_title(long_notice, question, expected):
    assert expected in first_line(long_notice, question)


def test_a_phone_number_stays_declined(long_notice):
    assert not long_notice.answer("联系电话是多少").answered
