"""An off-topic word inside a phrase the report writes (家庭 of 家庭农场) asks of that phrase; a year that
opens a span (2015年以来) asks the figure the report tells for that span; and a person's post asked in the
committee's own body (在委员会里任什么职务) is the post its report gives bare.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.told_words import inside_told_phrase, span_told

from .conftest import first_line

_REPORT = """柳溪县政协经济委员会2016年工作总结

一、调研视察

全县现有农民专业合作社215家，家庭农场186家，比上年新增41家。
该课题由副主任钟晓岚牵头，调研组走访了石桥镇、青山乡等乡镇。
委员会办公室主任韩立新做好服务保障工作。
该课题由主任黎国平牵头，调研组深入5个乡镇开展调研。
调研中了解到，2015年以来全县各级调解组织共受理劳动争议纠纷52起，调处成功47起。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liuxi.txt", _REPORT.split("\n", 1)[0], "2016", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liuxi"))


def test_an_off_topic_word_inside_a_told_phrase():
    text = "全县现有家庭农场186家"
    assert inside_told_phrase("全县家庭农场有多少家", 2, 4, text.__contains__)
    assert not inside_told_phrase("钟晓岚的家庭情况", 4, 6, "家庭情况".__contains__)  # a person's details
    assert not inside_told_phrase("钟晓岚家庭住址", 3, 5, text.__contains__)


def test_a_span_from_a_year():
    assert span_told("2015年以来受理纠纷多少起", "2015年以来共受理纠纷52起")
    assert not span_told("2015年受理纠纷多少起", "2015年以来共受理纠纷52起")
    assert not span_told("2014年以来受理纠纷多少起", "2015年以来共受理纠纷52起")


def test_answered_from_the_report(kb):
    assert "186家" in first_line(kb, "全县家庭农场有多少家")
    assert "52起" in first_line(kb, "2015年以来受理劳动争议纠纷多少起")
    assert not kb.answer("钟晓岚的家庭住址在哪").answered


def test_the_committee_named_bare_is_its_own(kb):
    assert "副主任" in first_line(kb, "钟晓岚在委员会里担任什么职务")
    assert not kb.answer("钟晓岚在县农业局担任什么职务").answered  # another body: its post untold
    assert "黎国平" in first_line(kb, "姓黎的那位，谁是委员会主任")
