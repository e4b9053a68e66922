"""Holders listed under one post, their brackets qualifying it (副主任为甲（专职）、乙（兼职，某局副局长））:
each holds the post as qualified (专职副主任), so 专职副主任是谁 is answered by the one written 专职; and
a body asked with a verb of overseeing before it (分管…委员会的副主席) is still that body. On a report
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青禾市第九届委员会农业农村委员会2022年工作总结

一年来，在分管副主席鞠长河同志的具体指导下，市政协农业农村委员会扎实开展各项工作。专委会现有委员35名，其中主任1名、副主任3名。现任副主任为裴志远（专职）、裴晓雯（兼职，市农业农村局副局长）、聂卫东（兼职，农工党青禾市委副主委）。

一、调查研究

9月，副主任裴志远带队开展高标准农田建设调研，走访6个县。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinghe-nongye.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinghe-nongye"))


def test_each_listed_holder_holds_the_post_as_qualified():
    sentence = "现任副主任为裴志远(专职)、裴晓雯(兼职,市农业农村局副局长)、聂卫东(兼职,农工党青禾市委副主委)。"
    roles = {p.name: p.role for p in find_people(sentence, ["裴志远", "裴晓雯", "聂卫东"])}
    assert roles == {"裴志远": "专职副主任", "裴晓雯": "兼职副主任、市农业农村局副局长",
                     "聂卫东": "兼职副主任、农工党青禾市委副主委"}
    # Not listed under a post (a clause of its own): no post is lent.
    assert [p.role for p in find_people("参加调研的有裴志远(专职)、裴晓雯(兼职)。", ["裴志远", "裴晓雯"])] == ["", ""]


def test_the_holder_of_the_qualified_post_is_answered(kb):
    assert "裴志远" in first_line(kb, "专委会的专职副主任是谁？")
    assert "裴晓雯" in first_line(kb, "哪位姓裴的副主任是兼职的？")
    assert "市农业农村局副局长" in first_line(kb, "副主任裴晓雯还担任什么职务？")


def test_a_body_overseen_is_the_body(kb):
    assert "鞠长河" in first_line(kb, "青禾市政协分管农业农村委员会的副主席是谁？")
    assert not kb.answer("青禾市政协分管文化文史委员会的副主席是谁？").answered
