"""A place of the region asked (岱溪县养护中心接入了多少处站点) in a city's report: 县级 / 区级 / 市级 is a
level, no place (建成县级平台 names no 建成县), so the figure after it stays the place's that opens the
sentence; and a clause of the fact alone opening a sentence (5月12日，调研组在槿山县召开…) dates what the
rest of the sentence tells, so the place named there owns it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于加快农村公路建设的调研报告

岚岫市政协城乡建设委员会

（二〇二二年二月十日）

一、基本情况

岱溪县2021年建成县级农村公路养护中心，接入养护站点37处，实现路况实时监测。槿山县组建区级养护公司，养护里程达到860公里。

二、调研开展情况

5月12日，调研组在槿山县召开“农村公路建设”专题座谈会，邀请基层干部和群众代表共24人参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu"))


@pytest.mark.parametrize("question, answer", [
    ("岱溪县养护中心接入了多少处站点", "37处"),
    ("槿山县养护公司养护里程多少", "860公里"),
    ("槿山县那个专题座谈会哪天开的", "2021年5月12日"),
])
def test_the_place_opening_the_sentence_owns_its_fact(kb, question, answer):
    assert first_line(kb, question).startswith(f"答：{answer}")


def test_another_place_is_still_declined(kb):
    assert not kb.answer("岱溪县那个专题座谈会哪天开的").answered
