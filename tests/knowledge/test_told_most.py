"""Which has the most, told by a sentence of one item (其中文化艺术界提交4件，在各界别中最多; 为各街道中最多):
that item answers, before a list of other figures ranks anything else; a kind the sentence does not
rank (哪个党派…最多) is not answered by it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.ranked_lists import told_top

from .conftest import first_line

_REPORT = """政协澜溆区委员会关于提案工作情况的报告

一、提案提交情况

集体提案中，各民主党派提案24件，界别提案9件，专门委员会提案5件。界别提案来自6个界别，其中文化艺术界提交4件，在各界别中最多。

二、街道联络组

全年各街道联络组收集群众意见238条，其中白鹭街道报送51条，为各街道中最多。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxu.txt", _REPORT)], tmp_path_factory.mktemp("lanxu"))


@pytest.mark.parametrize("question, item", [("哪个界别的界别提案最多", "文化艺术界"), ("哪个界别提交的界别提案最多", "文化艺术界"),
                                            ("哪个街道报送的意见最多", "白鹭街道")])
def test_the_item_told_to_have_the_most_answers(kb, question, item):
    assert first_line(kb, question).startswith("答：" + item)


def test_another_kind_is_not_ranked_by_it():
    sentence = "界别提案来自6个界别,其中文化艺术界提交4件,在各界别中最多。"
    assert told_top("哪个界别提案最多", sentence) == "文化艺术界，4件"
    assert told_top("哪个党派提案最多", sentence) == ""
    assert told_top("哪个界别提案最少", sentence) == ""
