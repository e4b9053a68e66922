"""Items asked by their number (哪三个界别, 3件集体提案都是啥, 2个课题是什么) are a list like 哪些: the sentence
naming them (分别为《…》《…》, A界、B界委员分别围绕…) answers, not the one counting them (其中界别协商3场);
themes quoted in a row after 围绕 ("A""B") are the themes listed; and quoted items right before their count
("A""B"两个课题) are written out, not only counted.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协梧川区委员会农业和农村委员会2023年工作总结

一、协商议政

全年组织各类协商活动6场，其中专题协商会1场、对口协商2场、界别协商3场。与区农业农村局就“高标准农田建设”开展对口协商，区农业农村局局长到会通报情况；与区水利局就“小型水库除险加固”开展对口协商。指导农业界、科技界、经济界委员分别围绕“村级集体经济发展”“农业科技成果转化”“农村电商提质”开展界别协商3场，形成协商意见3份。

二、提案工作

全年委员会组成人员共提交提案26件，比上年增加4件；其中以委员会名义提交集体提案3件，委员个人提案23件。3件集体提案分别为《关于推进高标准农田建后管护的提案》《关于发展林下特色种养的提案》《关于完善农村寄递物流体系的提案》。

三、2024年工作打算

经初步研究，拟围绕“稳定粮食生产”“盘活农村闲置宅基地”两个课题开展协商议政，计划开展专题调研不少于10次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("wuchuan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuchuan"))


def test_which_three_asks_the_items_not_their_count(kb):
    assert "农业界、科技界、经济界" in first_line(kb, "界别协商是哪三个界别开展的")


def test_count_then_noun_then_what_asks_the_items(kb):
    line = first_line(kb, "3件集体提案都是啥")
    assert "《关于发展林下特色种养的提案》" in line


def test_quoted_themes_in_a_row_are_the_themes(kb):
    assert "村级集体经济发展" in first_line(kb, "界别协商的主题有哪些")


def test_quoted_items_before_their_count_are_written_out(kb):
    assert "盘活农村闲置宅基地" in first_line(kb, "2024年拟协商的两个课题是啥")
