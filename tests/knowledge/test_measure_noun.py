"""A quantity asked by its own noun (人口, 点赞, 库容) is told with that noun: a sentence that names the place or the
platform asked and counts something else (参加委员26名, 鸬滩镇31场, 发布短视频140条, 日供水能力4万吨) declines;
money asked (利用外资) is not answered by a count of firms. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澪岙县政协2023年工作总结

一、履职成效

全年开展"澪岙议事"协商活动214场，其中鸬滩镇31场、石渡乡27场。

六月下旬，组织委员赴鸬滩镇革命历史纪念馆开展主题教育活动，参加委员26名。

走访外贸企业和外资企业13家，帮助企业解决问题21个。

截至年底，"澪声"视频号共发布短视频140条，累计播放量52万次，关注人数6100余人。

建议加快建设蕖湾水库至县城的联网供水工程，新建日供水能力4万吨的蕖湾水厂。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liaoao.txt", _REPORT)], tmp_path_factory.mktemp("liaoao"))


@pytest.mark.parametrize("question", [
    "鸬滩镇人口多少",  # 鸬滩镇31场 counts meetings
    "鸬滩镇常住人口有多少",  # 参加委员26名 counts members
    "澪声视频号去年点赞多少",  # 短视频140条
    "蕖湾水库库容有多大",  # 日供水能力4万吨
    "全县去年实际利用外资多少",  # 外资企业13家: firms, not money
])
def test_measure_untold_declines(kb, question):
    assert not kb.answer(question).answered, question


def test_measure_told_answers(kb):
    assert "52万次" in first_line(kb, "澪声视频号播放量多少")
    assert "6100余人" in first_line(kb, "澪声视频号关注人数多少")
