"""Two counts on a made-up report of our own: the figure of the one with the most, asked by that superlative
(活动最多的那个活动组搞了多少场 → 其中活动最多的…41场, not the total before it), and a noun asked whole that the
report writes with a bracketed other name (多少个乡镇街道 → 乡镇(街道)), so a count of another noun beside it
(5个县(区)和31个乡镇(街道)中的27个) is not taken for it."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协栌阳市委员会2022年界别工作总结

一、界别活动组

各界别活动组结合自身特点，分别确定年度活动计划，全年共开展活动296场，平均每组24.7场，其中活动最多的经济界活动组全年开展活动37场。

二、委员工作站

截至2022年底，全市委员工作站达到36个，覆盖全市5个县（区）和31个乡镇（街道）中的27个，乡镇（街道）覆盖率达到87.1%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liyang.txt", _REPORT)], tmp_path_factory.mktemp("liyang"))


def _first(kb, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_the_figure_of_the_one_with_the_most(kb):
    assert "37场" in _first(kb, "活动最多的那个界别活动组全年搞了多少场")


def test_the_total_still_answers_a_total(kb):
    assert "296场" in _first(kb, "界别活动组全年一共开展了多少场活动")


def test_the_superlatives_clause_scores():
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.ranked_lists import top_clause_score

    sentence = "全年共开展活动296场,其中活动最多的经济界活动组全年开展活动37场。"
    total, top = find_quantities(sentence)[:2]
    asked = "活动最多的那个组搞了多少场"
    assert top_clause_score(asked, sentence, top) > 0 and top_clause_score(asked, sentence, total) == 0
    assert top_clause_score("哪个组活动最多", sentence, top) == 0


def test_a_noun_written_with_its_bracketed_name(kb):
    first = _first(kb, "委员工作站覆盖了多少个乡镇街道")
    assert "27个" in first and "5个" not in first
