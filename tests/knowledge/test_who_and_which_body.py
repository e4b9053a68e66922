"""Who and which body — on a report of our own (not the bench's documents or questions).

Classes: who built or paid for a thing (谁建的, 谁投资建的) is the body written as its builder
(由X投资建设的Y), not a person who visited it or spoke of it; the proposer written before a quoted
title still answers 谁提的.
"""

from __future__ import annotations

import pytest

from bot.knowledge.doers import asks_builder, doer_of
from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """柳岸县政协2025年工作回顾

一、视察调研

六月，县政协副主席韦德昌带队视察滨河生态廊道建设，先后察看了由县水务投资公司投资建设的青柳湿地公园和南门码头。韦德昌说：“湿地建好了，还要管得好。”

九月初，社会法制委组织委员参观了由县司法局建设、当年元旦前启用的柳岸法治文化园。园内的宣传长廊让委员们印象深刻。社会法制委主任葛怀山说：“法治文化园建起来了，接下来要让群众常来常学。”

二、提案工作

委员罗小禾提出的《关于改善城郊公交线路的提案》被列为重点提案，县交通运输局牵头办理。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liuan.txt", _REPORT.split("\n", 1)[0], "2025", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("who"))


@pytest.mark.parametrize("question, expected", [
    ("青柳湿地公园是谁投资建的", "县水务投资公司"),
    ("柳岸法治文化园是谁建的？", "县司法局"),
    ("城郊公交线路那件提案是谁提的", "罗小禾"),
])
def test_who_did_it(kb, question, expected):
    answer = kb.answer(question)
    first = answer.text.split("\n")[0]
    assert answer.answered and expected in first, answer.text


def test_builder_asked_only_by_a_build_verb():
    assert asks_builder("公园是谁投资建的") and asks_builder("文化园是谁建的") and asks_builder("哪个单位修的桥")
    assert not asks_builder("调研是谁带队的") and not asks_builder("主任是谁")


def test_builder_needs_the_thing_named_after_it():
    class Term:
        def __init__(self, text):
            self.text, self.equivalents, self.parts = text, (text,), ()
    sentence = "察看了由县水务投资公司投资建设的青柳湿地公园"
    assert doer_of("湿地公园是谁建的", [Term("湿地公园")], sentence) == "县水务投资公司"
    assert doer_of("体育馆是谁建的", [Term("体育馆")], sentence) is None
