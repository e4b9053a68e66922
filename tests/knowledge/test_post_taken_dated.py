"""When a person took up a post (哪年当选, 什么时候上任, 开始担任) is a milestone: the date of a sentence naming
them with the post at some meeting or visit is not it; a sentence telling them elected or appointed is. So is a
committee's change of term (换届): the date of an ordinary session is no 换届大会's. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.told import milestone_untold

from .conftest import first_line

_REPORT = """榛川区政协2023年履职纪实

一、协商议政

2023年4月18日，榛川区政协与相邻的柘岭区政协在桑溪镇签订《界河生态保护协作协议》，柘岭区政协主席骆景川带队来到榛川。

2023年6月9日，区政协召开十二届八次常委会议，协商"老旧小区改造"议题。

二、自身建设

2023年3月，在区政协十二届三次会议上，严书衡当选区政协副主席。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhenchuan.txt", _REPORT)], tmp_path_factory.mktemp("zhenchuan"))


@pytest.mark.parametrize("question", [
    "骆景川是哪一年当选柘岭区政协主席的",  # the date of a visit, he named with his post
    "骆景川什么时候开始担任柘岭区政协主席",
    "区政协换届大会什么时候开",            # an ordinary session's date
])
def test_a_post_or_term_taken_untold_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, fact", [
    ("严书衡是什么时候当选区政协副主席的", "3月"),
    ("柘岭区政协哪天来签的协议", "4月18日"),
])
def test_the_milestone_told_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, shown, untold", [
    ("宁某是哪一年当选主席的", "2024年9月12日，区政协主席宁某带队来到本区", True),
    ("宁某是哪一年当选主席的", "2021年9月，宁某被任命为区政协主席", False),  # another word of taking a post
    ("宁某什么时候上任的", "2021年9月，宁某当选区政协主席", False),
    ("宁某当选主席后第一次调研是哪天", "宁某当选主席后，于5月6日带队调研", False),  # the visit is asked
    ("区侨联几月换届的", "9月，区侨联完成换届", False),
    ("区政协换届大会什么时候开", "1月18日至21日召开的区政协11届4次会议", True),
    ("换届委员推荐计划什么时候完成", "计划于12月前完成新一届委员协商推荐", False),  # 换届 names what is done
])
def test_milestone_untold(question, shown, untold):
    assert milestone_untold(question, shown) is untold
