"""Issues of a periodical and sessions of a course (《民情直通车》96期, 读书班4期) and batches (分3批) count
rounds of something, not the items a question counts by 篇 / 件 / 条: 编报了多少篇 is never answered by 96期,
while 多少期 and 第几期 still are. And 每一件提案 is every proposal, no amount of one. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_SUMMARY = """苇塘区政协2022年工作总结

（二〇二三年一月六日）

2022年，区政协共收到社情民意信息860条，编报《民情直通车》96期。全年举办委员读书班4期，参训委员210人次。

这一年，委员们提交的每一件提案、反映的每一条民意，都饱含着对苇塘发展的关切。

一、协商议政

第二期委员读书班于6月在苇塘书院开班。全年立案提案173件，分3批集中交办，办复率100%。
"""


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    return KnowledgeBase([document_from_text("weitang.txt", _SUMMARY)], tmp_path_factory.mktemp("weitang"))


@pytest.mark.parametrize("question", ["民情直通车编报了多少篇", "民情直通车编了几件"])
def test_issues_do_not_count_items(summary, question):
    answer = summary.answer(question)
    assert not answer.answered or "96期" not in answer.text.splitlines()[0]


def test_batches_do_not_count_items(summary):
    answer = summary.answer("提案集中交办了多少件")
    assert not answer.answered or "3批" not in answer.text.splitlines()[0]


@pytest.mark.parametrize("question, fact", [
    ("编报《民情直通车》多少期", "96期"),
    ("读书班办了几期", "4期"),
    ("6月开班的是第几期读书班", "第二期"),
    ("收到社情民意信息多少条", "860条"),
    ("反映了多少条民意", "860条"),  # not 每一条民意
    ("立案提案多少件", "173件"),
])
def test_rounds_and_items_still_answered(summary, question, fact):
    assert fact in first_line(summary, question)


@pytest.mark.parametrize("sentence, amounts", [
    ("委员们提交的每一件提案、反映的每一条民意都饱含关切。", []),
    ("每个街道推荐1名联络员。", ["1名"]),
    ("各专委会确定1名联络员。", ["1名"]),
])
def test_every_one_is_no_amount(sentence, amounts):
    assert [x.text for x in find_quantities(normalize_text(sentence))] == amounts
