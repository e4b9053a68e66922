"""Speed that changes no answer. Warming a knowledge base up (what a long-running bot does once
after loading) learns now what the first questions would otherwise learn, and changes no answer: on a report of our own, a
warmed and a cold knowledge base answer every kind of question alike, and the warmed one has
its lazily made tables ready."""

from __future__ import annotations

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """政协栖凤市委员会常务委员会工作报告

——二〇二三年一月九日在政协栖凤市第九届委员会第二次会议上

市政协主席　龚立言

一、2022年工作回顾

一年来，市政协共召开常委会会议6次、主席会议11次，开展协商活动二十四场。
全年立案提案312件，办复率100%；报送社情民意信息186篇，其中被省政协采用23篇。
市政协社会和法制委员会（以下简称社法委）组织委员视察社区矫正工作3次。
五月十二日，市政协召开“美丽河湖”专题协商会，副市长庞雅琴到会听取意见。

二、2023年工作安排

力争全年报送社情民意信息200篇以上。
"""

_QUESTIONS = [
    "去年开了几次常委会会议",
    "协商活动开展了多少场",
    "社请民意报送了多少篇",  # a homophone slip: the table of readings
    "社法委视察了几次",  # a declared short name
    "美丽河湖专题协商会是哪天开的",
    "市政协主席是谁",  # a post's holder
    "今年社情民意目标多少篇",
    "栖凤市的地铁修了几条",  # declined, with suggestions from the pool
]


def _kb(tmp_path, name: str) -> KnowledgeBase:
    document = SourceDocument("qifeng.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path / name)


def test_warmed_and_cold_answer_alike(tmp_path):
    cold = _kb(tmp_path, "cold")
    warm = _kb(tmp_path, "warm").warm_up()
    for question in _QUESTIONS:
        assert warm.answer(question).text == cold.answer(question).text, question
    assert warm.answer("社请民意报送了多少篇").text.startswith("答：186篇")


def test_warm_up_makes_the_lazy_tables(tmp_path):
    kb = _kb(tmp_path, "kb")
    assert kb.index.speller._sounds is None
    kb.warm_up()
    assert kb.index.speller._sounds  # the documents' characters by reading
    assert kb.answerer._ranking is not None
    assert kb.answerer._posts is not None and kb.answerer._declared is not None
    assert kb.index._agency_stems is not None  # what the documents write before 局/厅/办


def test_a_word_taught_after_a_cut_changes_the_next_cut(tmp_path):
    """The segmenter keeps its cuts (answering cuts the same sentences again and again); a word
    taught later (a name, a learned word) empties them, so no cut is stale."""
    kb = _kb(tmp_path, "kb")
    segmenter = kb.segmenter
    text = "委员蔺舟砚发言"
    assert "蔺舟砚" not in segmenter.words(text)
    segmenter.add_names(["蔺舟砚"])
    assert "蔺舟砚" in segmenter.words(text)
    segmenter.add_words(["舟砚发言"])
    first = segmenter.words(text)
    first.append("x")  # a caller's list is its own
    assert "x" not in segmenter.words(text)
