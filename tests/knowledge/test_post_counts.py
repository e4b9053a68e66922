"""How many hold a post (专委会有几名副主任): the amount written beside that post (其中主任1名、副主任4名),
never the members' (现有委员41名); asked of a post the report counts nowhere (几位副主席), declined.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.posts import counted_post, counts_post
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青禾市第九届委员会社会法制委员会2022年工作总结

市政协社会法制委员会（以下简称“专委会”）现有委员41名，其中主任1名、副主任4名，对口联系市公安局、市司法局等9个部门，联系社会福利界、法律界2个界别，2个界别共有市政协委员57名。

一、调查研究

全年开展重点调研4项，召开座谈会12场，形成调研报告4篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinghe-shefa.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinghe-shefa"))


def test_the_post_counted_and_the_amount_beside_it():
    assert counted_post("专委会有几名副主任") == "副主任"
    assert counted_post("副主席一共有几位") == "副主席"
    assert counted_post("专委会有几名委员") is None  # members are counted by body_size.py
    sentence = "现有委员41名,其中主任1名、副主任4名"
    assert counts_post("副主任", sentence, sentence.find("4名"), sentence.find("4名") + 2)
    assert not counts_post("副主任", sentence, sentence.find("41名"), sentence.find("41名") + 3)
    assert not counts_post("主任", sentence, sentence.find("4名"), sentence.find("4名") + 2)  # a 副主任 is no 主任
    assert counts_post("副主席", "3位副主席出席", 0, 2)


def test_the_holders_of_a_post_are_counted_not_the_members(kb):
    assert first_line(kb, "专委会有几名副主任？").startswith("答：副主任4名")
    assert first_line(kb, "社会法制委员会有几个副主任").startswith("答：副主任4名")
    assert first_line(kb, "专委会现有委员多少名？").startswith("答：现有委员41名")


def test_a_post_counted_nowhere_is_declined(kb):
    assert not kb.answer("市政协共有几位副主席？").answered
