"""A notice's lines made only of people and their brackets (苗某（民盟界，某校副校长）, or 经济界（2名）：甲（…）、乙（…）)
name those people with the post or workplace in the brackets; a person's sector (界别) asked is read from the
brackets, the line's label or the post written before the name; one named in the brackets after a quoted title
(执笔：某某) is that title's writer.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协雁汀市委员会办公室关于2025年度委员履职工作的通报

各位委员：

一、总体情况

全年委员共报送信息640篇，提交提案212件。常委、经济界委员、雁汀鸿远纺织有限公司总经理詹启航全年积分最高。

二、先进个人

苗书禾（民盟界，雁汀第三中学副校长）
柏云川（农业界，雁汀县菌菇协会会长）
蔺秋白（雁汀县政协办公室副主任）

三、优秀信息

1.《关于山区学校午餐补助标准偏低的建议》（苗书禾）
2.《关于村级卫生室常用药品短缺的反映》（农工党雁汀市委会，执笔：柏云川）

四、优秀委员名单

教育界（2名）：戴青柠（雁汀实验小学校长）、祁望舒（县教育局副局长）
经济界（1名）：詹启航（县政协常委，雁汀鸿远纺织有限公司总经理）

雁汀市政协办公室
2026年1月20日
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("yanting-notice.txt", _NOTICE)], tmp_path_factory.mktemp("yanting"))


@pytest.mark.parametrize("line, name, role", [
    ("苗书禾(民盟界,雁汀第三中学副校长)", "苗书禾", "雁汀第三中学副校长"),
    ("教育界(2名):戴青柠(雁汀实验小学校长)、祁望舒(县教育局副局长)", "祁望舒", "县教育局副局长"),
])
def test_a_line_of_entries_names_its_people(line, name, role):
    assert name in find_person_names(line)
    assert role in [p.role for p in find_people(line, [name])]


def test_a_line_of_other_entries_names_nobody():
    assert not find_person_names("教育界(2名):中小学(12所)、幼儿园(8所)") & {"中小学", "幼儿园"}


@pytest.mark.parametrize("question, expected", [
    ("苗书禾是什么职务", "雁汀第三中学副校长"),
    ("柏云川是干啥的", "菌菇协会会长"),
    ("蔺秋白是什么职务", "政协办公室副主任"),
    ("祁望舒在哪上班", "县教育局"),
    ("苗书禾是哪个界别的", "民盟界"),
    ("柏云川是什么界别的", "农业界"),
    ("戴青柠属于哪个界别", "教育界"),
    ("詹启航是哪个界别的", "经济界"),
    ("柏云川执笔的是哪条信息", "卫生室常用药品短缺"),
])
def test_notice(notice, question, expected):
    assert expected in first_line(notice, question)
