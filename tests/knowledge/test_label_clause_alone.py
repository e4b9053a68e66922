"""A clause that is only a label and its amount (委员6名) is shown with its label when the question names it,
though the sentence tells no other amount of that measure word (label_before.py)."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """石渠县政协农业界别2022年度履职工作总结

一、活动组建设

1.东城街道活动组，组长王立新，委员6名，活动阵地设在东城农贸市场，全年开展活动8次；

2.西河镇活动组，组长李春燕，活动阵地设在西河镇农技站，全年开展活动5次。
"""


def _first(tmp_path, question: str) -> str:
    kb = KnowledgeBase([SourceDocument("石渠", _REPORT.split("\n", 1)[0], "2022", _REPORT)], tmp_path)
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_the_label_of_a_clause_of_its_own(tmp_path):
    assert _first(tmp_path, "东城活动组有几个委员").startswith("答：委员6名")


def test_no_label_where_the_clause_tells_a_deed(tmp_path):
    assert _first(tmp_path, "东城活动组全年开展了几次活动").startswith("答：8次")
