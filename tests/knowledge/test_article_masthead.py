"""A feature article's byline and masthead under its title (本报记者 某某　通讯员 某某; (《某某日报》date 第N版);
来源 … 文/某某 … 发布时间): asked where it appeared, when, who wrote it, who its 通讯员 is, the answer is read there;
a 记者 the text itself speaks of is no byline. On made-up articles of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PAPER_FEATURE = """携手同行绘新景
——桦岭县政协2022年履职纪实

本报记者　欧阳蔓　通讯员　季承恩

（《桦岭时报》二〇二三年一月五日　第二版）

冬日的桦岭，县政协一年的履职成绩单格外厚实。全年组织协商活动19场，立案提案164件。

一、协商议政

县政协副主席韦佳宁告诉记者，今年首次开展“界别协商月”活动，共举办界别协商7场。县政协举办“同心颂”主题征文活动，评出一等奖3篇。
"""

_OFFICE_FEATURE = """聚力同心开新局
——蓼川区政协2023年履职纪实

来源：蓼川区政协办公室　　文/祁慕云　通讯员 甘露白　　发布时间：二〇二四年一月十二日

一年来，区政协共开展专题调研11项，报送社情民意信息96篇。
"""


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return KnowledgeBase([document_from_text("hualing.txt", _PAPER_FEATURE)], tmp_path_factory.mktemp("hualing"))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return KnowledgeBase([document_from_text("liaochuan.txt", _OFFICE_FEATURE)], tmp_path_factory.mktemp("liaochuan"))


@pytest.mark.parametrize("question, fact", [
    ("这篇纪实登在哪份报纸上？", "桦岭时报"),
    ("这篇文章刊登在什么报", "桦岭时报"),
    ("写这篇纪实的记者叫啥", "欧阳蔓"),
    ("通讯员是谁？", "季承恩"),
    ("这篇稿子哪天见报的？", "一月五日"),
    ("这篇文章是谁写的", "欧阳蔓"),
    ("全年立案提案多少件", "164件"),
])
def test_paper_masthead(paper, question, fact):
    assert fact in first_line(paper, question)


@pytest.mark.parametrize("question, fact", [
    ("通讯员是谁", "甘露白"),
    ("这篇文章是谁写的", "祁慕云"),
    ("这篇纪实是哪天发布的", "一月十二日"),
])
def test_office_masthead(office, question, fact):
    assert fact in first_line(office, question)


def test_no_paper_declined(office):
    assert not office.answer("这篇纪实登在哪份报纸上").answered  # put out by an office, in no paper


def test_masthead_not_other_questions(paper):
    assert "欧阳蔓" not in paper.answer("界别协商举办了几场").text
    assert "欧阳蔓" not in paper.answer("征文活动一等奖有哪些作者").text  # the entries' writers, not the article's
    assert "7场" in first_line(paper, "界别协商举办了几场")


_MASTHEAD_ABOVE_TITLE = """《椿溪晚报》2024年3月2日 星期六 第5版·专题

同心谱新篇　协商促发展
——椿溪区政协2023年履职纪实

本报记者　柏若澜　　通讯员　庞修远

溪水长流，春意初萌。一年来，区政协共组织协商活动21场，立案提案187件。

一、协商议政

区政协围绕“河湖长制落实”开展专题协商，提出建议16条。
"""


@pytest.fixture(scope="module")
def above(tmp_path_factory):
    return KnowledgeBase([document_from_text("chunxi.txt", _MASTHEAD_ABOVE_TITLE)], tmp_path_factory.mktemp("chunxi"))


@pytest.mark.parametrize("question, fact", [
    ("这篇纪实登在哪份报纸上？", "椿溪晚报"),
    ("这篇文章是哪天见报的", "2024年3月2日"),
    ("文章的记者是谁", "柏若澜"),
    ("通讯员叫什么名字", "庞修远"),
    ("全年立案提案多少件", "187件"),
])
def test_masthead_printed_above_the_title(above, question, fact):
    """A masthead line above the title (《某某晚报》date 星期六 第5版), the byline under the subtitle."""
    assert fact in first_line(above, question)
