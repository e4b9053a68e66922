"""How many of a set are of one kind, asked with the set's noun right before 有 (社会事业类提案有多少是重点提案,
as 提案中有多少件是重点提案): the clause counting the whole set (社会事业方面97件) is no answer and is declined
(asked_untold._COUNT_OF_KIND); a clause counting the kind still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧汀县委员会常务委员会关于提案工作情况的报告

（2021年1月8日）

一、提案提交和立案

把提案工作作为履职的重要载体，推动提案工作高质量发展。十届五次会议以来，共收到提案268件，经审查立案241件，比上次会议立案数226件增加15件。立案提案中，经济建设方面92件，社会事业方面86件，生态文明方面41件，其他方面22件。目前，立案提案已全部办结，办结率100%。

二、提案办理

强化重点提案督办。从立案提案中遴选重点提案7件，由县委、县政府领导领衔督办。委员周明提出的《关于加快县城停车场建设的提案》被列为重点提案，县财政投入资金2100万元，新建停车泊位860个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuting-county-proposals-2020.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuting-kinds"))


def test_kind_of_set_asked_and_only_the_set_counted(kb):
    assert not kb.answer("社会事业方面有多少是重点提案").answered


def test_kind_counted_answers(kb):
    assert "7件" in kb.answer("立案提案有多少是重点提案").text.split("\n", 1)[0]
    assert "86件" in kb.answer("社会事业方面的提案有多少件").text.split("\n", 1)[0]
