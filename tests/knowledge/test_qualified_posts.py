"""A post qualified by how it is held (专职副主任, 兼职副主任, 常务副主席) is answered by its holders alone, in
a list of the post's kinds (副主任3名，分别为专职副主任…，兼职副主任…（…）、…（…）): the qualified post written
before a run of names joined by 、 is each one's, though each has a bracket of their own. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """鹤川县政协文化文史和学习委员会2023年工作总结

一、基本情况

文史委现有组成人员26名。主任由孟庆之同志担任；副主任3名，分别为专职副主任岑若兰，兼职副主任卢广生（县文联主席）、蒋雪航（县图书馆馆长）。委员会办公室主任由詹美华同志担任。

二、主要工作

全年编辑出版文史资料2辑，征集史料稿件64篇。组织委员开展文物保护专题视察3次，提出意见建议17条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("hechuan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("hechuan"))


def test_the_qualified_post_is_answered_by_its_holder_alone(kb):
    assert first_line(kb, "文史委专职副主任是谁").startswith("答：岑若兰（专职副主任）")
    assert first_line(kb, "鹤川县政协文史委专职副主任叫啥名字").startswith("答：岑若兰（专职副主任）")


def test_a_qualified_post_before_a_run_of_names_is_each_ones(kb):
    assert first_line(kb, "文史委兼职副主任有哪几位").startswith("答：卢广生、蒋雪航（兼职副主任）")


def test_the_plain_post_still_finds_its_holder(kb):
    assert first_line(kb, "文史委主任是谁").startswith("答：孟庆之")
