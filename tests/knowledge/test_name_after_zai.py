"""A name written after 在 and before its post (在郑德海主席的指导下) is a person's name, as after 由 or 和:
the chairman asked is the one so written.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协梅川县委员会文史委员会2018年工作总结

一年来，在郑德海主席和分管副主席罗晓梅的具体指导下，文史委认真履行职能，较好地完成了各项工作任务。
全年编印文史资料2辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("meichuan.txt", _REPORT.split("\n", 1)[0], "2018", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("meichuan"))


def test_a_name_after_zai():
    assert "郑德海" in find_person_names("在郑德海主席和分管副主席罗晓梅的具体指导下")
    assert not find_person_names("在会上主席作了讲话")


def test_the_chairman_asked(kb):
    assert "郑德海" in first_line(kb, "县政协主席是谁")
    assert "罗晓梅" in first_line(kb, "分管副主席是谁")
