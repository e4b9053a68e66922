"""A name asked of a thing the question says a verb made (调研形成的成果叫什么, 撰写的文章叫什么,
反映的…信息叫什么): the sentence quoting a name as that verb's object (形成《…》, 撰写的《…》) names it,
when it tells who or what made it; another survey's result is no answer. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄溪市社会法制委员会2019年工作总结

一、调查研究

（一）围绕基层治理开展调研。4月8日至10日，副主任苏明远带队，就“城乡社区网格化管理”开展调研，走访社区12个，召开座谈会4场。委员温丽华结合调研撰写的《社区网格员队伍建设的几点思考》被收入调研报告附件。

（二）围绕法治宣传开展调研。6月17日至19日，主任何雅君带队，就“普法宣传进农村”开展前瞻性调研，形成《澄溪市农村普法工作现状与对策研究》。

二、信息工作

今年共报送社情民意信息36篇。委员宋晓芸（市中心医院副院长）反映的《关于规范医疗纠纷人民调解工作的建议》获省领导批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi"))


def test_the_name_a_survey_formed(kb):
    assert "澄溪市农村普法工作现状与对策研究" in first_line(kb, "普法宣传调研形成的成果叫什么？")


def test_the_name_of_the_article_a_member_wrote(kb):
    assert "社区网格员队伍建设的几点思考" in first_line(kb, "温丽华撰写的被收入调研报告附件的文章叫什么？")


def test_the_name_of_the_information_a_member_reported(kb):
    line = first_line(kb, "宋晓芸反映的获省领导批示的信息叫什么？")
    assert "关于规范医疗纠纷人民调解工作的建议" in line


def test_another_surveys_result_does_not_answer(kb):
    # 基层治理's survey formed nothing named: 普法's 形成《…》 is not its result.
    assert not kb.answer("基层治理调研形成的成果叫什么？").answered
