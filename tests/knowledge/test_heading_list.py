"""A list asked of what a heading names as a whole (存在哪些不足 under 三、存在的不足): the
paragraph opening that section answers, not a sentence elsewhere using the same words in
passing (发现部分地方存在…不足等问题).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚屿县社会福利界别2022年工作总结

一、主要工作

（一）开展视察监督。6月，界别组织委员分组赴东坪镇、西柳乡，对农村养老服务站运营情况开展视察监督，随机走访养老服务站18个，发现部分站点存在“重挂牌、轻运营”、护理人员配备不足等问题，及时向县民政局反馈意见，推动相关乡镇完成问题整改。

（二）提交集体提案。界别提交集体提案3件，其中《关于完善农村互助养老的建议》被列为重点提案。

二、存在的不足

一年来，界别工作虽然有所进展，但也存在一些不足：一是调研选题还不够聚焦；二是委员参加活动不够均衡；三是成果转化跟踪还不到位。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanyu.txt", _REPORT)], tmp_path_factory.mktemp("lanyu-heading"))


@pytest.mark.parametrize("question", ["存在哪些不足", "总结里说的存在的不足有哪些？"])
def test_the_section_named_answers_the_list(kb, question):
    assert "调研选题还不够聚焦" in first_line(kb, question)


def test_a_question_of_the_passing_words_keeps_its_sentence(kb):
    assert "养老服务站" in first_line(kb, "养老服务站视察发现了什么问题")
