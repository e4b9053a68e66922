"""Declined by reason, where the answer's sentence tells a neighbour of what is asked: a class (读书班, 研修班)
named by words the passage does not tell (二十大精神读书班 asked, a 党史 读书班 told); the date of a deed the
sentence does not write (哪年建的 asked, an event held at the place told); an amount of another quoted
campaign than the one asked. The same questions asked of what the report does tell are still answered. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.dated_deed import dated_deed_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.other_quoted import other_quoted_told
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_WHEN, analyse
from bot.knowledge.subjects import subject_phrases

from .conftest import first_line

_REPORT = """政协菰城市委员会2022年委员学习工作总结和2023年工作打算

一、2022年主要工作

全年共举办各类培训班32期，参训委员2680人次，委员人均参训38学时，委员年度参训率达到95.2%。

组织全会精神网上专题测试，参加测试委员356名，测试合格率98.6%。全年在常委会议前开展集体学习6次。

编印委员履职手册，全书约10万字，共印发1200册，做到每名委员人手一册。

建设网上学习平台，平台累计上线课程150门，委员全年线上学习累计1.8万人次。

组建委员读书小组20个，开展线下读书分享会15场，委员撰写读书心得920篇。

组织委员赴省外考察学习2批次，参加委员64人次，形成考察报告6篇。

市政协提案委员会举办提案业务培训2场，参训委员近二百人次。全年共收到提案512件，经审查立案468件。

2022年3月至5月，举办“学党史、强担当”专题读书班3期，参训委员近四百人次。

第一期研修班于2022年6月在荷渚书院举办，参训委员72名。

2022年5月20日，市政协与菰城师范学院签订合作协议。双方商定联合开展委员履职研究课题，年内已完成课题开题工作。

组织委员讲师团深入芦湾区、苕溪市开展“法润万家”活动14场，其中芦湾区8场，苕溪市6场。

芦湾区委员联络组开展“邻里议事进小区”活动，全年开展活动9场。

荷渚书院于2019年建成，是市政协委员学习基地。

二、2023年工作打算

党的二十大召开后，及时举办学习贯彻党的二十大精神专题读书班。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("gucheng.txt", _REPORT)], tmp_path_factory.mktemp("gucheng"))


def _asked(kb, question):
    norm = normalize_text(question)
    return analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)


def test_a_reading_class_is_an_event_named_by_the_words_before_it(kb):
    phrases = dict(subject_phrases(_asked(kb, "二十大精神读书班参训了多少人")))
    assert "二十大" in phrases.get("读书班", [])
    assert not kb.answer("二十大精神读书班参训了多少人").answered
    assert "400" in first_line(kb, "学党史强担当读书班参训了多少人")


def test_the_date_of_a_deed_the_sentence_does_not_write(kb):
    equivalents = kb.answerer.segmenter.lexicon.equivalents
    built = _asked(kb, "荷渚书院是哪年建的")
    assert dated_deed_untold(built, KIND_WHEN, "第一期研修班于2022年6月在荷渚书院举办,参训委员72名。", equivalents)
    assert not dated_deed_untold(built, KIND_WHEN, "荷渚书院于2019年建成,是市政协委员学习基地。", equivalents)
    closed = _asked(kb, "履职研究课题哪天结题的")
    assert dated_deed_untold(closed, KIND_WHEN, "2022年5月20日,市政协与菰城师范学院签订合作协议。", equivalents)
    held = _asked(kb, "研修班是哪天办的")  # 办 names no deed of its own: any event is held
    assert not dated_deed_untold(held, KIND_WHEN, "第一期研修班于2022年6月在荷渚书院举办。", equivalents)
    month = _asked(kb, "研修班是几月几号")  # no deed asked at all
    assert not dated_deed_untold(month, KIND_WHEN, "第一期研修班于2022年6月在荷渚书院举办。", equivalents)
    assert not kb.answer("履职研究课题哪天结题的").answered
    assert "2019年" in first_line(kb, "荷渚书院是哪年建的")
    assert "2022年5月20日" in first_line(kb, "合作协议哪天签的")


def test_an_amount_of_another_quoted_campaign(kb):
    asked = _asked(kb, "苕溪市邻里议事进小区搞了几场")
    assert other_quoted_told(asked, '开展"法润万家"活动14场,其中芦湾区8场,苕溪市6场。')
    assert not other_quoted_told(asked, '芦湾区委员联络组开展"邻里议事进小区"活动,全年开展活动9场。')
    assert not other_quoted_told(asked, '对"列入计划解决"的9件提案进行跟踪。', '二是开展"邻里议事进小区"。')  # named before it
    assert not kb.answer("苕溪市邻里议事进小区搞了几场").answered
    assert "9场" in first_line(kb, "邻里议事进小区搞了几场")
    assert "6场" in first_line(kb, "法润万家活动苕溪市搞了几场")
