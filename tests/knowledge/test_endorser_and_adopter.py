"""Who endorsed (批示) a report or proposal, and which body took a proposal up (被…采纳): the endorser is
written as the subject of a clause (市委副书记某某作出批示), often in the sentence after the one naming
what was endorsed, or after 获; the body that took a proposal up stands between 被 and 采纳. A general
word for the endorser (获市领导批示) names no one asked for by 哪位市领导; a thing the text tells no
endorsement of has no endorser to give. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """鹤川市政协教育界别2021年工作总结

一、提案工作

界别集体提案"关于加强乡村学校教师队伍建设的建议"由召集人方景明牵头，在深入北岭县、南湖区等地9所学校调研的基础上形成。市长陆承宇作出批示，要求市教育局研究吸纳。界别集体提案"关于推进职业教育产教融合的建议"被市人力资源和社会保障局采纳，相关内容写入全市职业教育三年行动方案。委员韩素琴提交的"关于改善农村学校食堂条件的建议"被市财政局采纳，推动全市改造学校食堂42个。

二、调查研究

全年形成调研报告5篇，其中2篇获市领导批示。4月，界别赴北岭县开展"学前教育普惠发展"专题调研，走访幼儿园16所，形成了"关于推进学前教育普惠发展的调研报告"，提出建议8条。报告报送市委后，市委副书记沈立平作出批示，要求市教育局抓好落实。9月，副召集人邹海燕带队赴南湖区调研校外培训治理情况，形成"关于规范校外培训机构的调研报告"，提出建议6条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("hechuan.txt", _REPORT)], tmp_path_factory.mktemp("hechuan"))


def test_the_endorser_told_in_the_next_sentence_answers(kb):
    assert "陆承宇" in first_line(kb, "乡村学校教师队伍那件提案是哪位市领导作的批示？")


def test_the_endorser_as_the_subject_of_a_clause_answers_not_the_general_word(kb):
    line = first_line(kb, "学前教育调研报告是哪位市领导批示的？")
    assert "沈立平" in line


def test_no_endorsement_told_is_declined(kb):
    assert not kb.answer("邹海燕带队的校外培训调研报告是哪位领导批示的？").answered
    assert not kb.answer("韩素琴那件学校食堂的提案是哪位市领导批示的？").answered


def test_the_body_after_bei_answers_which_body_took_it_up(kb):
    assert "市人力资源和社会保障局" in first_line(kb, "\u201c关于推进职业教育产教融合的建议\u201d被哪个部门采纳了？")
    line = first_line(kb, "韩素琴关于学校食堂的提案被哪个单位采纳了？")
    assert "市财政局" in line
