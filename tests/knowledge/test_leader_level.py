"""A leader of a level asked (批示的市领导是谁, 哪位省领导批示的): the holder of another level's post
(县政协主席) is no answer; a holder of that level's post (市委书记) is.  A leader who only wrote on what is asked
(获市领导批示的是哪位委员) says nothing of the level of the member asked.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协漳屿县委员会文化文史委员会2023年工作总结

2023年，漳屿县政协文化文史委员会围绕全县文化建设履职尽责。

《关于加快古渡村传统村落保护的提案》被确定为重点提案，由县政协主席邵明川牵头督办。

委员葛秋芸撰写的《关于加强非遗传承人保护的建议》获市领导批示，漳屿县文旅局据此出台扶持办法。

《关于建设县博物馆新馆的建议》得到市委书记孔令渊批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhangyu.txt", _REPORT)], tmp_path_factory.mktemp("zhangyu"))


def test_another_levels_post_holder_is_no_city_leader(kb):
    assert not kb.answer("牵头督办古渡村提案的市领导是谁").answered


def test_the_same_levels_post_holder_answers(kb):
    assert first_line(kb, "牵头督办古渡村提案的县领导是谁").startswith("答：邵明川")
    assert first_line(kb, "给博物馆新馆建议批示的市领导是谁").startswith("答：孔令渊")


def test_a_leader_who_only_wrote_on_it_says_nothing_of_the_member(kb):
    assert first_line(kb, "哪位委员的建议获市领导批示").startswith("答：葛秋芸")
