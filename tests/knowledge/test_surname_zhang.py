"""章 is a common surname (章立群), read as one where a post introduces the name, though it starts words
too (章程, 章节): a name running into a general word is still cut off (people.SURNAMES, _runs_into_word).
Asked who holds a post, that holder answers, not another's post of the same name. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协2022年提案工作情况报告

3月10日，市委办公室、市政府办公室、市政协办公室联合召开提案交办会，市政协主席罗永安，市委常委、秘书长章立新，市政府秘书长贺文波出席会议。

市政协组织委员认真学习政协章程，全年开展集中学习4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-zhang.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("surname-zhang"))


def test_a_holder_surnamed_zhang_answers(kb):
    assert "章立新" in first_line(kb, "市委秘书长叫啥")
    assert "贺文波" in first_line(kb, "市政府秘书长是谁")


def test_zhang_is_read_as_a_surname_after_a_post():
    assert "章立新" in find_person_names("市委常委、秘书长章立新出席会议")
    assert not any(name.startswith("章") for name in find_person_names("委员认真学习章程，主席罗永安作辅导"))
