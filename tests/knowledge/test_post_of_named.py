"""A post asked of one the engine does not read as a name (a rare surname: 关某的本职工作, 关某是啥职务) is
declined, never answered with another person's post from the list; a name it reads still gets its own
post.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """雾川区政协民族宗教界别2022年工作总结

一年来，雾川区政协民族宗教界别在区政协党组的领导下履职尽责。

界别主要委员有：东岭清真寺教务主任、区伊斯兰教协会副会长马文亮（回族），青竹彝族乡人大主席杨春和（彝族），紫云观住持、区道教协会会长李清真，柳塘镇中心卫生院副院长龙金秀（苗族），区第三中学副校长关志远（满族）等。

委员关志远提交的《关于在中小学开展民族团结教育的提案》被区教育局采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuchuan.txt", _REPORT)], tmp_path_factory.mktemp("wuchuan-posts"))


@pytest.mark.parametrize("question, post", [("龙金秀的本职工作", "副院长"), ("李清真是啥身份", "住持"),
                                            ("马文亮委员是啥职务", "教务主任")])
def test_a_named_persons_post(kb, question, post):
    line = first_line(kb, question)
    assert line.startswith("答：" + question[:3]) and post in line


@pytest.mark.parametrize("question", ["关志远的本职工作", "关志远是啥职务"])
def test_a_post_of_one_not_read_as_a_name_is_no_others(kb, question):
    answer = kb.answer(question)
    assert not answer.answered or not any(n in answer.text.split("\n", 1)[0] for n in ("龙金秀", "李清真", "马文亮"))
