"""A person a plan names (牵头人：某某秘书长 under 2024年主要工作) is tagged with the planned year,
not the year the paper reviews; a person in the review keeps the reviewed year."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

PAPER = """政协璩州市委员会2024年工作要点

二〇二四年一月十二日

一、2023年工作回顾

2023年，市政协召开常委会议4次，饶启明副主席带队开展专题视察6次。

二、2024年主要工作

1.做好委员增补调整工作。责任单位：市政协办公室，牵头人：郜景川秘书长。

2.全年计划组织视察12次。

三、主要工作责任分工

1.全面工作：穆临风主席负总责，郜景川秘书长协助，责任单位为市政协办公室。
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("paper.txt", PAPER)], tmp_path)


def test_a_holder_named_in_the_plan_is_of_the_planned_year(tmp_path):
    kb = _kb(tmp_path)
    first = kb.answer("璩州市政协秘书长是谁").text.split("\n", 1)[0]
    assert "郜景川" in first and "2024年" in first and "2023年" not in first
    post = kb.answer("郜景川是什么职务").text.split("\n", 1)[0]
    assert "秘书长" in post and "2024年" in post


def test_a_person_in_the_review_keeps_the_reviewed_year(tmp_path):
    first = _kb(tmp_path).answer("饶启明是什么职务").text.split("\n", 1)[0]
    assert "副主席" in first and "2023年" in first
