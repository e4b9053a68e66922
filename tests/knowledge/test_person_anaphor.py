"""A sentence that goes on about a person by a pronoun (他…, 其中; 这位医生…) tells of them, though their name
stands only in the clause or sentence before: what they proposed, quoted there, answers a question on them.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """柏川县政协2022年工作回顾

委员邵明川是县中医院主任医师，他去年报送信息14条，其中《关于完善乡村卫生室药品配送的建议》被省政协采用。

“提案办得实，群众才认可。”委员葛如岚说。这位县实验中学的校长提交的《关于推进校园食堂明厨亮灶的提案》被列为重点提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("baichuan.txt", _REPORT)], tmp_path_factory.mktemp("baichuan"))


@pytest.mark.parametrize("question, fact", [
    ("邵明川被省政协采用的那条建议题目是什么", "关于完善乡村卫生室药品配送的建议"),
    ("葛如岚提交的提案是关于什么的", "关于推进校园食堂明厨亮灶的提案"),
])
def test_pronoun_goes_on_about_the_person(kb, question, fact):
    assert fact in first_line(kb, question)
