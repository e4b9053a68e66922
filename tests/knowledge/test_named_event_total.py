"""A sum over several told of an event the question names by its quoted name (举办"委员活动月"，18个界别共开展活动
54场): that event's own total answers how many it held; one of the several asked is still not answered by the sum.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年履职纪实

一、界别活动

2023年，县政协首次举办"委员活动月"，18个界别共开展活动54场，参与委员620余人次。

县政协组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan12.txt", _REPORT)], tmp_path_factory.mktemp("fengyan12"))


def test_named_events_own_total(kb):
    assert first_line(kb, "委员活动月搞了多少场").startswith("答：54场")


def test_one_of_the_several_is_not_answered_by_the_sum(kb):
    assert not kb.answer("农业界别开展了多少场活动").answered
