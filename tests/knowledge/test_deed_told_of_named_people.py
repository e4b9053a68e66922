"""What is asked of a named person must be told of them: what else they hold (还兼任什么职务), read in
the clause naming them, not from another person's 并 elsewhere in a long sentence; the deed asked by
its noun (作了啥批示, 批示原话是什么), not another deed beside their name; and a count of their own
deeds (委员提了几件提案), not everyone's total.  On a report of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.deed_told import deed_doubt
from bot.knowledge.question import KIND_NUMBER

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协榆溪市委员会常务委员会关于提案工作情况的报告

一、提案提交情况

全年共收到提案402件，其中集体提案96件、委员个人提案306件。

二、提案办理情况

4月9日，在榆溪经开区召开“智能制造升级”提案办理协商会，市委书记贺东林出席协商会并讲话，九三学社榆溪市委主委蒋文博代表提案者发言；7月3日，在东塘区召开“农贸市场改造”提案办理协商会，市政协主席邵立群主持会议。

副市长龚正平对《关于加快农贸市场改造的提案》作出批示：“请市商务局抓紧研究落实。”

全年市领导带队开展重点提案督办调研19次。

委员尹秋菊提交提案3件，其中1件被列为重点提案。

市政协副主席倪宏涛兼任提案委员会主任，分管提案工作。
"""


def _same(word):
    return (word,)


def _used(word):
    return True


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yuxi-deeds.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yuxi-deeds"))


def test_what_else_someone_holds_is_read_in_their_own_clause(kb):
    # 贺东林出席并讲话 is another person's 并; 蒋文博's clause tells one post only.
    assert not kb.answer("蒋文博还兼任什么职务").answered
    assert not kb.answer("邵立群主席还兼任什么职务").answered
    assert "提案委员会主任" in first_line(kb, "倪宏涛还兼任什么职务")


def test_the_deed_asked_by_its_noun_must_be_told(kb):
    # He attended the meeting and spoke (出席协商会并讲话): no 批示 of his is told.
    assert not kb.answer("贺东林在协商会上作了啥批示").answered
    assert not kb.answer("贺东林在协商会上的批示原话是啥").answered
    assert "商务局" in first_line(kb, "龚正平对农贸市场改造提案作了啥批示")


def test_a_named_person_s_count_is_not_everyone_s_total(kb):
    # 市领导带队…19次 counts every leader's trips, none of them his own; 委员个人提案306件 everyone's.
    asked = SimpleNamespace(norm="倪宏涛副主席去了几次督办调研", names=["倪宏涛"])
    assert deed_doubt(asked, KIND_NUMBER, "全年市领导带队开展重点提案督办调研19次。", _same, _used) < 1.0
    asked = SimpleNamespace(norm="尹秋菊委员去年提了几件提案", names=["尹秋菊"])
    assert deed_doubt(asked, KIND_NUMBER, "其中集体提案96件、委员个人提案306件。", _same, _used) < 1.0
    assert deed_doubt(asked, KIND_NUMBER, "委员尹秋菊提交提案3件。", _same, _used) == 1.0
    assert "3件" in first_line(kb, "尹秋菊委员提交了几件提案")
    assert "19次" in first_line(kb, "市领导带队开展重点提案督办调研多少次")


_SPANS = """政协梧川县委员会关于提案工作情况的报告

一、提案提交情况

全年共收到提案320件。其中，大会期间提交250件，闭会期间提交70件。

提案委员会坚持质量优先，全年共审查立案298件，立案率93.1%，比上年提高1.2个百分点。

二、助力防汛

汛情期间，全县政协委员积极投身抢险救灾一线。委员们共捐款捐物折合46万元，转移安置群众1200余人。
"""


@pytest.fixture(scope="module")
def spans(tmp_path_factory):
    document = SourceDocument("wuchuan-spans.txt", _SPANS.split("\n", 1)[0], None, _SPANS)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuchuan-spans"))


def test_a_count_over_a_span_is_not_answered_by_the_year_s_total(spans):
    # 全年共审查立案298件 counts the whole year's proposals, not those of the recess.
    assert not spans.answer("闭会期间提交的提案立案了多少件").answered
    assert "70件" in first_line(spans, "闭会期间提交了多少件提案")
    assert "250件" in first_line(spans, "大会期间交了几件提案")
    # The span opens the paragraph the amount is told in.
    assert "46万元" in first_line(spans, "汛情期间委员捐款捐物折合多少钱")
