"""Who handed in how many, the thing handed in left out (民盟…区委会提交7件，民进…区委会提交6件): the
list counts what its section reports on (一、提案提交情况 → 提案), so 民盟交了几件提案 is answered by the
body's bare amount; a body the list does not name is still declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协翠微区委员会常务委员会关于提案工作情况的报告

政协翠微区委员会副主席　庞叙白

各位委员：

一、提案提交情况

一年来，委员和各参加单位共提交提案173件，比上年增加9件。集体提案中，党派提案19件，界别提案6件。

民革翠微区支部提交8件，民进翠微区总支提交6件，九三学社翠微区支社提交5件，数量居前3位。

二、提案办理情况

全部提案由41家承办单位办理，满意率为96.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("cuiwei.txt", _REPORT)], tmp_path_factory.mktemp("cuiwei"))


@pytest.mark.parametrize("question, amount", [("民革交了几件提案", "8件"), ("民进提交了几件提案", "6件"),
                                              ("九三學社提了几件提案", "5件"), ("九三学社交了几件", "5件")])
def test_a_bodys_bare_amount_counts_its_proposals(kb, question, amount):
    assert first_line(kb, question).startswith("答：" + amount)


def test_a_body_not_listed_is_declined(kb):
    assert not kb.answer("民盟提交了几件提案").answered
