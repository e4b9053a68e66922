"""A leader's post written after the name rather than before it (戴某副主席主持…; 戴某副主席兼任县侨联主席):
the post is that person's role, and a post held besides it (兼任…) is told when the person's post is asked.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协柘川县委员会2020年工作报告

一、主席会议成员分工

一年来，主席会议成员各负其责。戴正平主席主持常委会全面工作，牵头县域物流专题协商；戴明远副主席兼任县侨联主席，联系侨界别，牵头侨资企业回归调研；戴素琴副主席分管教科卫体委员会，牵头乡村教师队伍建设调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zechuan-leaders.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zechuan-leaders"))


def test_the_post_after_a_name_is_its_role():
    people = {p.name: p.role for p in find_people("；戴明远副主席兼任县侨联主席，联系侨界别；戴素琴副主席分管教科卫体委员会。",
                                                  ["戴明远", "戴素琴"])}
    assert people == {"戴明远": "副主席、县侨联主席", "戴素琴": "副主席"}


def test_the_post_held_besides_is_told_of_the_one_asked(kb):
    answer = first_line(kb, "戴明远副主席兼任什么职务")
    assert "县侨联主席" in answer and "戴正平" not in answer
    assert "戴明远" in first_line(kb, "侨资企业回归调研是哪位副主席牵头的")
