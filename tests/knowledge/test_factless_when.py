"""A date asked (那场对口协商是几月) is answered by the sentence that gives one,
not by the sentence before it naming the subject in the same words and giving none, as a count is
(answer.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """协商聚力 履职为民--云溪县政协2023年履职纪实

一、协商议政

此外，县政协全年围绕"提升社区居家养老服务水平""优化公共法律服务供给"等议题，与县民政局、县司法局开展对口协商4场。

对口协商中，"提升社区居家养老服务水平"1场尤其引人关注。去年6月，县政协社会福利界委员与县民政局负责人围坐一堂，委员们拿出了前期对全县9个社区开展问卷调查的结果。会后，县民政局新建社区助餐点14个。

二、自身建设

举办委员履职能力培训班2期，培训委员260人次。
机关开展作风建设专项行动，修订完善内部管理制度17项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunxi.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("factless-when"))


def test_a_month_asked_is_told_by_the_sentence_giving_it(kb):
    assert "6月" in first_line(kb, "社区居家养老服务那场对口协商是几月")

