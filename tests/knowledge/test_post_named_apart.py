"""Who holds a post asked (县长叫什么名字, 批示的副县长叫啥), the sentence naming someone else and the post only
apart, unnamed (李某委员…获县长批示, 得到分管副县长批示): declined; a sentence naming the holder beside the post
(县长周某出席) answers.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.post_words import post_apart
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑溪县委员会2021年工作报告

一、建言资政

李慕远委员牵头形成的"关于打造岑溪山茶区域公用品牌的建议"获县长批示，县农业农村局已将其纳入工作计划。

何素琴委员反映的"农村客运班线停运"问题，得到分管副县长批示，县交通运输局随即恢复班线3条。

二、协商议政

9月，县政协召开"县域商贸流通体系建设"专题协商会，县长周景行出席并讲话。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("cenxi.txt", _REPORT)], tmp_path_factory.mktemp("cenxi"))


@pytest.mark.parametrize("question", ["李慕远建议批示的县长叫什么名字", "农村客运班线那个批示的副县长叫啥"])
def test_a_post_named_apart_from_the_person_is_not_theirs(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


def test_the_holder_named_beside_the_post_answers(kb):
    assert first_line(kb, "专题协商会上讲话的县长叫什么").startswith("答：周景行")


def test_post_apart():
    assert post_apart("李某", "县长", "李某委员的建议获县长批示")
    assert not post_apart("周某", "县长", "县长周某出席")
    assert not post_apart("周某", "县长", "周某县长出席")
    assert not post_apart("周某", "县长", "县长、党组书记周某出席")
    assert not post_apart("县长周某", "县长", "县长周某出席")
    assert not post_apart("周某、李某", "常委", "界别中有县政协常委2名,分别是周某、李某和县科技局副局长马某")
