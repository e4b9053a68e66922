"""A thing's own name asked (形成的建议叫什么, 发言题目是啥): the reports quote a made thing's name, so a sentence
that quotes none tells no name, and the question is declined rather than answered with it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栎阳市委员会2022年履职工作报告

一、协商议政

2022年，市政协聚焦供水保障、托育服务两个主题，先后召开2次专题协商会，有关部门负责人到会听取意见。

托育服务协商由副主席梁秋实牵头，委员们走访了28家托育机构，形成的建议得到市委主要领导批示。

市检察院检察长韩明远到会听取意见，介绍了公益诉讼工作情况。

供水保障协商后，委员们形成《关于提升城乡供水保障能力的建议》，被市政府采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liyang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liyang"))


@pytest.mark.parametrize("question", ["托育协商形成的建议叫什么", "托育协商形成的建议题目是啥"])
def test_a_name_asked_of_a_sentence_quoting_none_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_quoted_name_still_answers(kb):
    assert "关于提升城乡供水保障能力的建议" in first_line(kb, "供水保障协商形成的建议叫什么")


def test_a_person_asked_by_叫啥_is_not_a_thing(kb):
    assert "韩明远" in first_line(kb, "市检察院检察长叫啥")
