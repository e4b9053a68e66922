"""Items asked by their noun (小程序有哪些栏目): the sentence enumerating them right before the noun ("甲""乙""丙"等
栏目) answers, not one naming a single item of the noun ("丁"栏目) whose other quotes are another noun's (议题).
On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

_REPORT = """政协栌阳市委员会2022年委员联络工作总结

一、拓展联系渠道

3月1日，市政协开发的“栌政通”微信小程序正式上线，设置“群言信箱”“民情直报”“办理回音”等栏目，群众可以随时向委员留言。截至12月底，小程序注册用户达0.86万人。

二、网络议政

依托“栌政通”小程序开设“网上议事”栏目，围绕“背街小巷整治”“社区食堂建设”“乡村客运提升”等3个议题开展网络议政，参与群众六千余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("luyang.txt", _REPORT)], tmp_path_factory.mktemp("luyang"))


def test_the_items_enumerated_before_the_noun(kb):
    answer = kb.answer("栌政通小程序有哪些栏目")
    assert answer.answered and "群言信箱" in answer.text.split("\n", 1)[0]


def test_one_quoted_item_of_the_noun_lists_none(kb):
    from bot.knowledge.items import lists_asked_items

    index = kb.answerer.index
    q = analyse("栌政通小程序有哪些栏目", "栌政通小程序有哪些栏目", kb.answerer.segmenter, index)
    assert lists_asked_items(q, '设置"群言信箱""民情直报""办理回音"等栏目,群众可以随时向委员留言。')
    assert not lists_asked_items(q, '依托"栌政通"小程序开设"网上议事"栏目,围绕"背街小巷整治""社区食堂建设"等3个议题开展网络议政。')
