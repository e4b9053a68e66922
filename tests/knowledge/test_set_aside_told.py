"""An amount that takes in what the question leaves out is no answer: 捐款多少(不含物资) asked, 捐款捐物价值…
told; 一共收到多少件(不是立案数) asked, the 立案 count told; one town asked 单独, the sentence giving its figure
joined with another town's (甲县、乙县两县…).  The genuine questions of the same shape (no part left out, the
money told apart from the goods, the town's own figure) are still answered.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协棠汐县委员会常务委员会2023年工作报告

各位委员：

一年来，棠汐县政协常委会团结带领全县委员履职尽责。

十届二次会议以来，共收到提案286件，经审查立案241件，其中委员个人提案203件，集体提案38件。

组织委员结对帮扶村（社区）36个，捐款捐物价值860万元。

在抗旱救灾中，委员捐款52万元，捐赠救灾物资价值31万元。

委员推动在汀口镇、梧桥镇开展医共体试点，两镇群众就医满意率达到93.5%；沙洲镇群众就医满意率达到88.6%。

委员对民生实事办理结果表示满意和基本满意的占97.2%。全年召开听证会和议事会共23场，另召开座谈会9场。

棠汐县政协在全县设立委员活动组5个，其中芦湾·东塘街道活动组有委员7名，溪头镇活动组有委员9名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tangxi.txt", _REPORT)], tmp_path_factory.mktemp("tangxi"))


@pytest.mark.parametrize("question", ["委员结对帮扶捐款多少万元（不含物资）", "委员个人提案一共收到多少件（不是立案数）？",
                                      "一共提出了多少件提案？（不光立案的）"])
def test_an_amount_taking_in_the_part_left_out_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_the_money_told_apart_from_the_goods_answers(kb):
    assert first_line(kb, "抗旱救灾委员捐款多少万元（不含物资）").startswith("答：委员捐款52万元")


def test_the_same_amounts_asked_plainly_answer(kb):
    assert first_line(kb, "委员结对帮扶捐款捐物价值多少").startswith("答：860万元")
    assert first_line(kb, "委员个人提案立案多少件").startswith("答：委员个人提案203件")


@pytest.mark.parametrize("question", ["梧桥镇群众就医满意率单独是多少", "东塘街道活动组单独有几个委员"])
def test_a_place_asked_alone_told_with_another_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_place_with_its_own_figure_answers_alone(kb):
    assert first_line(kb, "沙洲镇群众就医满意率单独是多少").startswith("答：88.6%")
    assert first_line(kb, "溪头镇活动组单独有几个委员").startswith("答：9名")


@pytest.mark.parametrize("question", ["全年单算听证会开了多少场", "议事会开了多少场（只算议事会）",
                                      "民生实事办理只算\u201c满意\u201d的比例是多少"])
def test_a_thing_counted_alone_told_joined_with_another_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_thing_counted_alone_with_its_own_figure_answers(kb):
    assert "9场" in first_line(kb, "单算座谈会开了多少场")
    assert "97.2%" in first_line(kb, "民生实事办理满意率是多少")
    assert "23场" in first_line(kb, "听证会和议事会一共开了多少场")
