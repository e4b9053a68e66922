"""A byline under an article's title (本报记者 某某 通讯员 某某, 文/某某, 责任编辑：某某) says who wrote the
article, not what the paragraphs under it are about: it is never their section, so an answer's 出处 names
the article alone, while 记者是谁 / 通讯员是谁 / 登在哪份报纸 are still read from the head. Made-up articles."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text, split_passages
from bot.knowledge.mastheads import is_byline_line
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

# The byline stands right above the first paragraph: a short line over a paragraph, like a heading.
_FEATURE = """《榆川晨报》2023年2月3日 星期五 第4版·协商之声

笃行致远启新篇
——榆川区政协2022年履职纪实

本报记者　欧阳晴川　　通讯员　柏素衣

一年来，榆川区政协共开展协商活动23场，立案提案187件，委员进社区服务群众1400余人次。

区政协主席聂远舟告诉记者，全年围绕老街改造开展视察4次。
"""


@pytest.fixture(scope="module")
def feature(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuchuan.txt", _FEATURE)], tmp_path_factory.mktemp("yuchuan"))


@pytest.mark.parametrize("line, byline", [
    ("本报记者　欧阳晴川　　通讯员　柏素衣", True),
    ("新华社记者 蒋一帆 邹小满", True),
    ("文/图 祁远山", True),
    ("责任编辑：闵小禾", True),
    ("来源：榆川区政协办公室　文/庞青青", True),
    ("（记者 冉秋生）", True),
    ("记者手记", False),  # a column's heading: no name after the label
    ("文化惠民", False),
    ("一、协商议政", False),
    ("区政协主席 聂远舟", False),  # who delivered a report (heads.py), no byline
])
def test_byline_line(line, byline):
    assert is_byline_line(normalize_text(line)) is byline


def test_byline_is_no_section():
    passages = split_passages(document_from_text("yuchuan.txt", _FEATURE))
    assert all("本报记者" not in p.section for p in passages)
    assert any(p.paragraph.startswith("本报记者") for p in passages)  # still read as a line of the head


def test_source_line_names_the_article_only(feature):
    text = feature.answer("全年立案提案多少件").text
    assert "187件" in text.splitlines()[0]
    source = next(line for line in text.splitlines() if line.startswith("出处："))
    assert source == "出处：笃行致远启新篇——榆川区政协2022年履职纪实"


@pytest.mark.parametrize("question, fact", [
    ("这篇报道登在哪份报纸上", "榆川晨报"),
    ("这篇纪实哪天见报的", "2023年2月3日"),
    ("文章的记者是谁", "欧阳晴川"),
    ("通讯员叫什么名字", "柏素衣"),
])
def test_head_still_answers(feature, question, fact):
    assert fact in first_line(feature, question)


def test_writer_shown_on_the_byline(feature):
    text = feature.answer("通讯员叫什么名字").text
    assert "原文：本报记者" in text
