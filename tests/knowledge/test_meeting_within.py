"""A meeting asked by its name (九届三次会议啥时候开的) is told by the line of the meeting itself, not by lines where its
name only qualifies another meeting held for it (预备会议, 总结会, 提案交办会) or its closing (meeting_within.py); each of
those still answers when asked by its own words. On a chronicle of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榴溪县委员会2024年大事记

一月

1月8日　县政协召开九届三次会议预备会议，选举产生大会主席团和秘书长。

1月9日—11日　政协榴溪县第九届委员会第三次会议在县人民会堂召开。会议应出席委员186名，实际出席179名。

1月11日　九届三次会议闭幕。会议通过了政治决议。

1月12日　县政协召开九届三次会议总结会，通报大会期间收到委员意见建议情况。

1月16日　县政协召开九届三次会议提案交办会，将198件立案提案交由承办单位办理。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("liuxi-county-2024.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liuxi"))


def test_the_meeting_itself(kb):
    assert "1月9日" in first_line(kb, "九届三次会议啥时候开的")
    assert "1月9日" in first_line(kb, "九届三次会议什么时候召开")


def test_the_meetings_held_for_it_asked_by_their_words(kb):
    assert "1月12日" in first_line(kb, "九届三次会议总结会是哪天")
    assert "1月11日" in first_line(kb, "九届三次会议哪天闭幕")
