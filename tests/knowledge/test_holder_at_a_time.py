"""Who held a post at a time the question names (汛期初期当县长的, 那会儿的秘书长): the holder the report
writes as holding it then (时任县长) answers, not the one holding it when the report was written
(heads_answers.then_holder_first, post_words.ASKED_THEN); asked plainly, the holder now answers.
A verb of holding the post (当县长) names no place (frames.NOT_A_PLACE).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """同心聚力 履职为民——栎川县政协2021年履职纪实

（《栎川日报》2021年12月29日 第三版）

一、抗洪救灾中的委员身影

汛期，县政协开通"防汛建言直通车"，收到委员建议36条。其中《关于加快山洪灾害预警设施建设的建议》获县委书记唐立群、时任县长柏建平（今年八月已调离栎川）作出批示。

二、协商议政

九月十四日，县政协召开常委会议，围绕"推进灾后重建和防汛能力提升"开展协商，县委副书记、县长冯启航到会听取意见。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan.txt", _TEXT.split("\n", 1)[0], "2021", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("holder-at-a-time"))


def test_the_holder_then_answers_a_time_asked(kb):
    assert "柏建平" in first_line(kb, "汛期初期当县长的是哪位？")
    assert "柏建平" in first_line(kb, "防汛那会儿的县长是谁")


def test_the_holder_now_answers_a_plain_question(kb):
    assert "冯启航" in first_line(kb, "县长是谁")
