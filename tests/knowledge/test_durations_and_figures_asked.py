"""Durations and amounts asked in a member's words: 几个工作日内 asks a length of time and counts no
noun after it (内完成); a measure word starting the noun asked is none (多少项目资金 asks money, not 项);
the colloquial 交上来 is what a report says it received (收到); 原来 / 最后 / 咋 are no content
(原来是几项 → the figure a change starts from); in 多长时间 the word 时间 is the question's, no
content (企业开办时间 does not tell how long a meeting lasted).  A report of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_LINGSHAN = """灵山县政协2022年提案工作情况报告

一、提案提交

一年来，县政协共收到提案204件。其中，大会期间收到提案181件，闭会期间收到提案23件。

二、交办和办理

对承办单位提出异议的提案，提案委员会在7个工作日内协调调整承办单位6件。全年通过提案办理推动落实各类项目资金1.48亿元，推动出台政策性文件9个。

“帮办代办”服务事项由12项扩展到31项，企业开办时间压缩至1个工作日。

《关于修建灵山至北渡旅游公路的提案》，因投资较大，县交通运输局答复留作参考。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("lingshan.txt", "灵山县政协2022年提案工作情况报告", "2022", _LINGSHAN)], tmp_path)


def _first(kb: KnowledgeBase, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_working_days_are_a_length_of_time(tmp_path):
    assert "7个工作日" in _first(_kb(tmp_path), "调整承办单位要在几个工作日内完成")


def test_a_measure_word_starting_the_noun_is_none(tmp_path):
    assert "1.48亿元" in _first(_kb(tmp_path), "通过提案办理推动落实了多少项目资金")


def test_handed_up_is_received(tmp_path):
    assert "23件" in _first(_kb(tmp_path), "闭会期间交上来的提案有多少")


def test_what_it_was_before_is_the_from_figure(tmp_path):
    assert "12项" in _first(_kb(tmp_path), "帮办代办原来是几项")


def test_how_a_proposal_was_answered(tmp_path):
    assert "留作参考" in _first(_kb(tmp_path), "修旅游公路那个提案最后咋答复的")


def test_how_long_a_meeting_lasted_is_not_told(tmp_path):
    assert not _kb(tmp_path).answer("提案交办会开了多长时间").answered
