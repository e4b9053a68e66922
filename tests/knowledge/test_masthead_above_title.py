"""A newspaper's masthead printed above an article's title ((《某某日报》date 星期X 第N版·栏目) names the
paper, not the article: the title under it names the document, the masthead still answers where and when
the article appeared, and a title is set in 《》 once (a title within it in 〈〉). On made-up articles."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import bare_title, document_from_text, split_passages
from bot.knowledge.mastheads import is_masthead_line
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_ABOVE_TITLE = """《苔溪晚报》2024年3月8日 星期五 第5版·委员风采

春风化雨润苔溪
——苔溪区政协2023年履职纪实

本报记者　卓雨桐　　通讯员　喻青禾

一年来，苔溪区政协共组织协商活动17场，立案提案213件，报送社情民意信息88篇。

一、协商议政

区政协副主席严慕白告诉记者，全年围绕老旧街区更新开展专题协商3场。
"""

_OTHER = """蒲原区政协2023年工作总结

（二〇二四年一月十日）

2023年，蒲原区政协立案提案156件，组织协商活动12场。
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    return KnowledgeBase([document_from_text("taixi.txt", _ABOVE_TITLE)], tmp_path_factory.mktemp("taixi"))


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    documents = [document_from_text("taixi.txt", _ABOVE_TITLE), document_from_text("puyuan.txt", _OTHER)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("taixi-puyuan"))


def test_the_title_under_the_masthead_names_the_article():
    document = document_from_text("taixi.txt", _ABOVE_TITLE)
    assert document.title == "春风化雨润苔溪——苔溪区政协2023年履职纪实"
    passages = split_passages(document)
    # The masthead stays readable (its own first passage); the title lines are no passages.
    assert passages[0].paragraph.startswith("《苔溪晚报》")
    assert not any(p.paragraph in ("春风化雨润苔溪", "——苔溪区政协2023年履职纪实") for p in passages)


@pytest.mark.parametrize("line, masthead", [
    ("《苔溪晚报》2024年3月8日 星期五 第5版·委员风采", True),
    ("（《蒲原日报》二〇二三年十二月二十九日　第二版）", True),
    ("《溪山时报》 2022-11-04 第3版", True),
    ("《关于推进老旧街区更新的实施意见》", False),  # a document's name, no issue of a paper
    ("《苔溪晚报》记者走访了三个社区。", False),  # a sentence about the paper
])
def test_masthead_line(line, masthead):
    assert is_masthead_line(normalize_text(line)) is masthead


@pytest.mark.parametrize("question, fact", [
    ("这篇报道登在哪份报纸", "苔溪晚报"),
    ("这篇纪实哪天见报的", "2024年3月8日"),
    ("通讯员是谁", "喻青禾"),
    ("全年立案提案多少件", "213件"),
])
def test_masthead_still_answers(article, question, fact):
    assert fact in first_line(article, question)


def test_source_names_the_article_not_the_paper(article):
    text = article.answer("全年立案提案多少件").text
    assert "出处：春风化雨润苔溪——苔溪区政协2023年履职纪实" in text
    assert "《《" not in text


def test_other_document_line_wraps_each_title_once(both):
    text = both.answer("立案提案多少件").text
    assert "《《" not in text and "》》" not in text
    assert "《春风化雨润苔溪——苔溪区政协2023年履职纪实》" in text and "《蒲原区政协2023年工作总结》" in text


@pytest.mark.parametrize("title, bare", [
    ("《蒲原日报》2023年12月29日 第2版", "〈蒲原日报〉2023年12月29日 第2版"),
    ("《关于老旧街区更新情况的报告》", "关于老旧街区更新情况的报告"),
    ("蒲原区政协2023年工作总结", "蒲原区政协2023年工作总结"),
    ("《〈苔溪志〉编纂情况》", "〈苔溪志〉编纂情况"),
])
def test_bare_title(title, bare):
    assert bare_title(title) == bare
