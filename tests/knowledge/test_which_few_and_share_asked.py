"""Two readings of a count in a question that are no count given (asked_untold.py): 哪两个界别 asks which ones,
their number the answer's, so a sentence counting all the 界别 (28个界别) still names them; a share of a deed
asked (网上提交占比实际多少) is the deed's count's share, nothing the deed was done to.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚溪市政协2023年履职纪实

一年来，市政协各界别积极开展界别活动。全年28个界别共开展界别活动160余次，其中工商联界、经济界委员联合开展“亲清沙龙”活动6场，科技界委员围绕创新平台建设开展调研4次。

全年共收到提案402件。通过网上平台在线提交的提案290件，占提交总数的72.1%，网上提交第一次成为主渠道。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxi.txt", _REPORT)], tmp_path_factory.mktemp("lanxi"))


def test_which_two_asked_is_answered_by_the_two_named(kb):
    line = first_line(kb, "亲清沙龙活动是哪两个界别联合开展的")
    assert "工商联界" in line and "经济界" in line


def test_a_share_of_a_deed_is_no_thing_done_to(kb):
    assert first_line(kb, "去年网上提交占比实际多少").startswith("答：72.1%")


def test_another_number_given_is_still_declined(kb):
    assert not kb.answer("那5个界别联合开展的活动叫什么").answered
