"""Who/what questions about a committee's own group and lists, on a made-up report of our own: members of one
rank taking a group's post (副主席甲、乙任副组长), a bare post asked at the committee's level (在市政协任什么职务),
a research topic told by what it was done around (课题 → 围绕"…"), a list written out after 分别是, and a
negated deed that names no unit (没建委员工作站的乡镇)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协柘原市委员会2022年委员联络工作总结

一、加强组织领导

调整市政协委员联络工作领导小组，由主席甄明远任组长，副主席魏承泽、龚立群任副组长，副秘书长蔺书舟具体负责日常协调工作。领导小组全年召开工作会议3次。

二、开展接待日活动

9月14日，副主席魏承泽带领教育界委员在沅溪县开展接待日活动，现场受理诉求17件。11月9日，副主席龚立群带领社会福利界委员在蒲湾区接待群众，听取意见建议。

三、建好委员工作站

全市委员工作站达到27个，覆盖全市5个县（区）。全市5个县（区）分别是蒲湾区、芷岭区、沅溪县、柞溪县、枳岗县。

四、专题调研

社会和法制委员会主任霍书衡带领社会法制界委员，围绕"城市社区物业纠纷调处"走访社区和街道18个，形成的调研报告获市委主要领导批示。各专委会全年共完成调研课题6项。

五、存在的不足

一是个别委员主动性不强；二是沅溪县、柞溪县仍有3个乡镇未建立委员工作站。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zheyuan.txt", _REPORT)], tmp_path_factory.mktemp("zheyuan"))


def _answer(kb, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_deputies_taking_the_groups_deputy_post(kb):
    first = _answer(kb, "领导小组副组长都有谁")
    assert "魏承泽" in first and "龚立群" in first


def test_the_post_taken_after_the_names():
    from bot.knowledge.post_words import post_taken

    assert post_taken("魏承泽、龚立群", "副主席魏承泽、龚立群任副组长,副秘书长") == "副组长"
    assert post_taken("甄明远", "由主席甄明远任组长") == "组长"
    assert post_taken("蔺书舟", "副秘书长蔺书舟具体负责") == ""


def test_a_bare_post_asked_at_the_committees_level(kb):
    assert "副秘书长" in _answer(kb, "蔺书舟在市政协担任啥职务")


def test_a_committee_named_by_its_level_is_the_reports_own():
    from bot.knowledge.told_words import names_own_body

    assert names_own_body("市政协") and names_own_body("县政协里")
    assert not names_own_body("市委") and not names_own_body("柘原市人民医院")


def test_a_research_topic_told_by_what_it_was_done_around(kb):
    assert "城市社区物业纠纷调处" in _answer(kb, "霍书衡主任带队调研的课题是什么")


def test_a_list_written_out_after_each_answers(kb):
    first = _answer(kb, "柘原市5个县区分别是哪些")
    assert "蒲湾区" in first and "枳岗县" in first


def test_a_negated_deed_names_no_unit(kb):
    first = _answer(kb, "没建委员工作站的乡镇在哪两个县")
    assert "沅溪县" in first and "柞溪县" in first
