"""A target told as a thing set, with its figures (确定了新建通村公路120公里、改造危桥15座两项年度目标，年底均已完成):
a question asking the target (目标是多少) is answered by the figure, though the sentence tells the target was
met.  And an amount of a measure ends its item: the count after it (120公里2项) is an amount of its own, not
one merged with it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚岫县政协城乡建设委员会2021年工作总结

（二〇二二年一月二十日）

一、专题调研

2021年，县政府将“农村公路提升工程”列入十件民生实事，确定了新建通村公路120公里、改造危桥15座两项年度目标，年底均已超额完成。全年组织视察活动5次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-target"))


@pytest.mark.parametrize("question, answer", [
    ("民生实事新建通村公路的目标是多少公里", "答：120公里（"),
    ("改造危桥的目标多少座", "答：15座"),
])
def test_a_target_set_answers_the_target_asked(kb, question, answer):
    assert first_line(kb, question).startswith(answer)


@pytest.mark.parametrize("sentence, amounts", [
    ("新建通村公路120公里2项目标", ["120公里", "2项"]),
    ("分为6大类47项", ["6大类47项"]),
])
def test_a_count_after_a_measured_amount_stands_alone(sentence, amounts):
    assert [q.text for q in find_quantities(sentence)] == amounts
