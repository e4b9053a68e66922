"""A person asked by surname and post (隗委员是干啥的): read as the one person of that surname the report tells
with that post, and left as asked where two of the surname hold it. On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协檀川市委员会2022年界别工作总结

一、界别走访

9月14日，副主席隗建业带领教育界委员在河湾镇开展接待日活动，现场受理诉求17件。教育界委员、檀川市第二中学校长隗秀芝带领教育界委员开展“送教下乡”活动11次，惠及乡村学校师生近两千人。

二、科技服务

科技界委员邸国强长期在山溪村开展科技服务，全年驻村指导30余天。农业界委员邸文华组织开展技术培训8场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanchuan.txt", _REPORT)], tmp_path_factory.mktemp("tanchuan"))


def test_the_one_member_of_the_surname_is_read(kb):
    answer = kb.answer("隗委员是干啥的")
    assert answer.answered and "隗秀芝" in answer.text.split("\n", 1)[0]


def test_the_surname_and_post_is_read_as_the_name(kb):
    from bot.knowledge.surname_post import surname_post_named

    index = kb.answerer.index
    assert surname_post_named("隗委员是干啥的", index) == "隗秀芝委员是干啥的"
    assert surname_post_named("那位隗委员是干啥的", index) == "那位隗秀芝委员是干啥的"
    assert surname_post_named("邸委员是干啥的", index) == "邸委员是干啥的"  # two of them: not told apart
    assert surname_post_named("隗秀芝委员是干啥的", index) == "隗秀芝委员是干啥的"
    assert surname_post_named("隗委员叫什么名字", index) == "隗委员叫什么名字"  # the name itself asked


def test_a_rare_surname_of_the_old_families_reads_as_a_name():
    from bot.knowledge.people import find_person_names

    assert "隰明川" in find_person_names("工商联界委员、某机械有限公司董事长隰明川针对企业反映的问题提出建议")
