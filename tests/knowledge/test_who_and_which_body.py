"""Who and which body — on a report of our own (not the bench's documents or questions).

Classes: who built or paid for a thing (谁建的, 谁投资建的) is the body written as its builder
(由X投资建设的Y), not a person who visited it or spoke of it; the proposer written before a quoted
title still answers 谁提的, and a 他 who wrote the quoted piece is the person named just before; 率
考察组 tells who led (谁带队); a body whose name joins words by 和 (科教卫体和医药委员会) stays whole in
a holder's post; 哪个学校 a named person teaches at is the body their role names (县实验小学数学教师).
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

县实验小学数学教师、教育界委员邵雨桐常年关注乡村学生阅读。邵雨桐领衔提出的《关于建设乡村学校图书角的提案》获评优秀提案。

三、社情民意

河湾村的村民们，对特邀委员、退休乡镇干部龙春生并不陌生。今年夏天，他在走访中发现，偏远村组借书不便，便写了一篇《关于在山区推广“流动图书车”的建议》的社情民意信息。这篇信息获县领导批示。

七月八日，邻州市政协副主席龚文渊率考察组来柳岸考察河长制工作，走进河湾村。

四、文史工作

县政协科教卫体和医药委员会主任汤一鸣说：“医药卫生的事，要一件一件办实。”
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liuan.txt", _REPORT.split("\n", 1)[0], "2025", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("who"))


@pytest.mark.parametrize("question, expected", [
    ("青柳湿地公园是谁投资建的", "县水务投资公司"),
    ("柳岸法治文化园是谁建的？", "县司法局"),
    ("城郊公交线路那件提案是谁提的", "罗小禾"),
    # 他 who wrote the piece is the person named in the sentence before.
    ("流动图书车那个建议是谁提的？", "龙春生"),
    # Leading a group is written as 率 before the group (率考察组来): it answers 谁带队.
    ("邻州市政协来柳岸考察河长制是谁带队", "龚文渊"),
    # A body whose name joins words by 和 keeps them all in the holder's post.
    ("科教卫体和医药委员会主任是谁", "汤一鸣"),
    ("科教委主任是谁？", "汤一鸣"),
    # Which school: the body the person's role names, also when asked from another sentence of theirs.
    ("邵雨桐在哪个学校教书", "县实验小学"),
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
