"""A date ending a span that starts at an event (自七届三次会议开幕至2021年12月31日，共收到提案…) is the span's
end, not the event's date: asked when the session opened, the sentence is declined; an end asked (统计截至哪天),
or a date of its own (截至11月30日全部办复), is not doubted.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.told import event_doubt

_REPORT = """政协梧溪市委员会常务委员会关于七届三次会议以来提案工作情况的报告

一、提案提交情况

自七届三次会议开幕至2021年12月31日，市政协共收到委员和各参加单位提交的提案412件，经审查立案376件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuxi.txt", _REPORT)], tmp_path_factory.mktemp("wuxi-span"))


def test_the_opening_is_not_the_spans_end(kb):
    assert not kb.answer("七届三次会议是哪天开幕的").answered


@pytest.mark.parametrize("question, shown, doubted", [
    ("七届三次会议是哪天开幕的", "自7届3次会议开幕至2021年12月31日,市政协共收到提案412件", True),
    ("提案统计截至哪天", "自7届3次会议开幕至2021年12月31日,市政协共收到提案412件", False),
    ("提案什么时候全部办复", "截至2021年11月30日,立案提案全部办复", False),
])
def test_span_end(question, shown, doubted):
    assert (event_doubt(normalize_text(question), "2021年12月31日" if "12月31日" in shown else "2021年11月30日",
                        normalize_text(shown)) < 1.0) is doubted
