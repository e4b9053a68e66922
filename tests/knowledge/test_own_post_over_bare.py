"""Asked a named member's post (某某是什么职务), a sentence writing the member's own post (县农业农村局副局长,
某合作社理事长) answers before one naming only the committee's bare post (组长, 召集人, a numbered
"3.委员"): the bare post still answers where nothing else is told of the member."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """榆川县政协农业和农村界别2021年工作总结

一、界别基本情况

界别现有委员17名。界别召集人由县政协副主席、农工党榆川县支部主委蒲立新担任。界别主要委员有：县农业农村局副局长柯远山，青石镇果蔬专业合作社理事长温秀兰，县农技推广中心主任范长庚。

二、活动组

1.青石镇活动组，组长温秀兰，委员6名，全年开展活动8次。
2.河湾乡活动组，组长柯远山，委员5名，全年开展活动6次。
3.北岭活动组，组长蒋小禾，委员6名，全年开展活动5次。

三、提案工作

1.委员柯远山提交的《关于完善农机购置补贴的提案》被县农业农村局采纳。
2.委员范长庚提交的《关于加强基层农技队伍建设的提案》被县人社局采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yuchuan-agri.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yuchuan-agri"))


def test_the_own_post_answers_before_a_group_leader(kb):
    assert "理事长" in first_line(kb, "温秀兰是什么职务？")
    assert "县农业农村局副局长" in first_line(kb, "柯远山是什么职务")


def test_the_own_post_answers_before_a_numbered_member(kb):
    assert "县农技推广中心主任" in first_line(kb, "范长庚是什么职务")


def test_the_own_post_answers_before_the_convener(kb):
    assert "县政协副主席" in first_line(kb, "蒲立新是什么职务")


def test_a_bare_post_still_answers_alone(kb):
    assert "组长" in first_line(kb, "蒋小禾是什么职务")
