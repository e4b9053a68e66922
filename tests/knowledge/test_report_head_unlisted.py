"""A report's head read whatever its words: a long title (a body, a subject and two years, over forty
characters) ending with the kind of document it is stays the title, so "这个报告" finds it; the line of a
reporter's post and a name alone under it names the reporter though the surname is not a listed one; and
这个数字… is no count asked (个数), so 这个数字文旅报告是谁作的 asks the reporter.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_NUMBER, KIND_WHO, analyse

from .conftest import first_line

_TITLE = "政协澧岚县委员会办公室关于2023年“数字文旅”协商议政情况和2024年工作打算的报告"
_REPORT = _TITLE + """
（二〇二四年一月十五日在政协澧岚县第六届委员会第九次主席会议上）
县政协秘书长　仉远航

各位主席：

2023年，县政协办公室围绕“数字文旅”建设开展协商议政，全年组织网络议政活动9次，收到委员意见建议214条。

一、主要工作

全年编发《澧岚政协信息》36期，被县委、县政府领导批示17篇次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lilan.txt", _REPORT)], tmp_path_factory.mktemp("lilan"))


def test_a_long_title_ending_with_its_kind_is_the_title():
    assert document_from_text("lilan.txt", _REPORT).title == _TITLE


@pytest.mark.parametrize("question, answer", [
    ("这个数字文旅的报告是谁作的？", "仉远航"),
    ("报告啥时候作的", "1月15日"),
    ("这个数字文旅报告是在哪次会议上讲的", "第九次主席会议"),
])
def test_the_head_answers(kb, question, answer):
    assert answer in first_line(kb, question)


def test_this_number_word_is_no_count_asked(kb):
    segmenter, index = kb.answerer.segmenter, kb.index
    assert analyse("这个数字文旅的报告是谁作的?", "这个数字文旅的报告是谁作的?", segmenter, index).kind == KIND_WHO
    assert analyse("这个数有多少", "这个数有多少", segmenter, index).kind == KIND_NUMBER
