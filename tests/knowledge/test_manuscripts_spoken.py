"""稿子 is how members say 稿件 (专栏发了多少篇稿子 → 刊发稿件37篇): a pair of general Chinese in
synonyms.txt.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澴水县委员会常务委员会工作报告

（二〇二三年一月十二日在政协澴水县第九届委员会第二次会议上）

一、2022年工作回顾

加强宣传工作。在《澴水日报》开设“委员之声”专栏，刊发稿件37篇；在省级媒体发表宣传稿件12篇，微信公众号全年推送信息310条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huanshui-press.txt", _REPORT)], tmp_path_factory.mktemp("huanshui-press"))


def test_manuscripts_asked_as_gaozi(kb):
    assert "37篇" in first_line(kb, "委员之声专栏发了多少篇稿子")
