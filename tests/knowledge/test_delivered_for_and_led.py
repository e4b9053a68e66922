"""Who delivered a report, asked by the body it was delivered for (谁代表…委员会作的报告): the report's delivering
sentence (我代表…，向会议报告…) names it as its title does, and a sector's convener or a group's leader
(界别召集人, 组长) delivers reports too. The speaker's line under the title (post and name) is no heading, even
with the first paragraph right under it. And a word of the question that ends one word and starts another
(发展 of 发展调研) is no slip for a document's word missing its first character (开展调研). Made-up reports."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text, split_passages
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_COMMITTEE = """鹭汀区政协社会和法制委员会2022年工作总结

（二〇二二年十二月二十六日在区政协主席会议上）

区政协社会和法制委员会主任　喻青山

现在，我代表社会和法制委员会，向会议报告2022年工作情况，请予审议。

一年来，委员会共开展视察调研9次，围绕平安建设开展调研3次，整改隐患46处。

一、调查研究

一是“社区矫正工作高质量发展”调研。由喻青山主任牵头，走访司法所6个，形成调研报告1篇。二是“基层调解组织建设”调研。由柏明远副主任牵头，走访调解委员会12个。全年开展调研活动14次。
"""

_SECTOR = """苔川市政协经济界别2023年度履职工作总结

（二〇二四年一月十二日在市政协经济界别委员会议上）

市政协常委、经济界别召集人　褚远航

各位委员：

现在，我代表经济界别召集人小组，向会议报告2023年度界别履职工作情况，请予审议。

一年来，界别委员共提交提案41件，开展调研11次。
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory):
    return KnowledgeBase([document_from_text("luting.txt", _COMMITTEE)], tmp_path_factory.mktemp("luting"))


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    return KnowledgeBase([document_from_text("taichuan.txt", _SECTOR)], tmp_path_factory.mktemp("taichuan"))


def test_speaker_line_is_no_heading():
    passages = split_passages(document_from_text("luting.txt", _COMMITTEE))
    assert all("喻青山" not in p.section for p in passages)


@pytest.mark.parametrize("question", ["谁代表社会和法制委员会作的报告", "这个报告是谁作的"])
def test_committee_reporter(committee, question):
    assert "喻青山" in first_line(committee, question)


@pytest.mark.parametrize("question", ["谁代表召集人小组作的报告", "这份总结是谁作的"])
def test_convener_delivers(sector, question):
    assert "褚远航" in first_line(sector, question)


def test_word_ending_before_is_no_slip(committee):
    assert "喻青山" in first_line(committee, "社区矫正工作高质量发展调研谁牵头")


def test_no_character_slipped_in(committee):
    assert committee.index.correct("社区矫正工作高质量发展调研谁牵头")[0] == "社区矫正工作高质量发展调研谁牵头"
