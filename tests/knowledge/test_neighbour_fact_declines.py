"""Declined by reason: a neighbour of what is asked told for it — another volume's print run, a count of shops
for a book's print run, a span of papers for a death year, a factory's founding for the year one entered it, a
county plan for the level of a protected site, a year's total fees for a rate per thousand characters, one
body's members for the whole 政协's, a post held now for a former job, a book's description for its prize.
The facts asked rightly are still answered.  A report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.award_asked import award_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.former_work import former_work_untold
from bot.knowledge.grade_asked import grade_or_kind_untold
from bot.knowledge.per_head import per_head_untold
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.sub_body_counted import sub_body_counted

from .conftest import first_line

_REPORT = """芩川市政协文化文史和学习委员会2021年文史工作总结

一、主要工作

文史委现有委员27名，其中文史、档案等领域的专业人士15名。

在分管副主席郗望岑的关心指导下，文史委扎实推进文史资料征集和编研工作。

文史委编辑出版了《口述芩川（第二卷）》，收录口述文章40篇，共30万字，印数2600册。

《芩川旧铺》一书已完成初稿，收录老字号店铺36家，计划明年正式出版。

第十辑《芩水行舟》收录文章30篇，共21万字，印数1200册，于二〇二一年九月出版，汇集了芩水航运的历史沿革。

已故学者晏秋萍先生的家属捐赠了晏先生生前手稿9册，时间跨度从1950年至1990年。

原芩川第二纺织厂工程师、82岁的蒯素琴，回忆了1962年建厂初期从外地引进纺纱设备的往事。

以荻浦窑史料征集成果为基础，文史委提交了保护利用提案，芩川县已将荻浦窑址保护纳入县级文物保护规划。

对全年采用稿件的撰稿人按标准发放稿酬，全年发放稿酬共计19.5万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qinchuan-history.txt", _REPORT)], tmp_path_factory.mktemp("qinchuan-history"))


@pytest.mark.parametrize("question", [
    "口述芩川第一卷印了多少册",
    "《芩川旧铺》印数多少",
    "晏秋萍先生是哪年去世的",
    "蒯素琴哪年进的纺织厂",
    "荻浦窑址是哪一级文物保护单位",
    "撰稿人稿酬标准千字多少元",
    "芩川市政协委员总共有多少人",
    "郗望岑副主席以前在哪个部门工作",
    "《芩水行舟》获过什么奖",
])
def test_a_neighbour_of_what_is_asked_is_declined(kb, question):
    assert not kb.answer(question).answered, question


def test_the_facts_told_are_still_answered(kb):
    assert "2600册" in first_line(kb, "口述芩川第二卷印了多少册")
    assert "1200册" in first_line(kb, "《芩水行舟》印数多少")
    assert "27名" in first_line(kb, "文史委有多少委员")
    assert "19.5万元" in first_line(kb, "全年发放稿酬多少")


def test_the_reasons_alone():
    assert grade_or_kind_untold("某窑址是哪一级文物保护单位", "某县已将窑址保护纳入县级文物保护规划。")
    assert not grade_or_kind_untold("某窑址是哪一级文物保护单位", "某窑址被公布为省级文物保护单位。")
    assert award_untold("这本书获过什么奖", "what", "", "该书收录文章30篇,于9月出版。")
    assert not award_untold("这本书获过什么奖", "what", "", "该书获全省优秀成果一等奖。")
    assert not award_untold("她获得了什么荣誉", "what", "", "她扎根社区20年,获评\"全国优秀社区工作者\"。")
    assert per_head_untold("稿酬标准千字多少元", "全年发放稿酬共计19.5万元。", "全年发放稿酬共计19.5万元")
    assert not per_head_untold("稿酬标准千字多少元", "稿酬按千字80元发放。", "稿酬按千字80元发放")
    assert sub_body_counted("某市政协委员总共有多少人", "文史委现有委员")
    assert not sub_body_counted("文史委有多少委员", "文史委现有委员")
    assert not sub_body_counted("某市政协委员总共有多少人", "本届市政协共有委员")
    assert not sub_body_counted("市政协委员共有多少名", "市政协八届委员会共有委员")
    assert former_work_untold("某副主席以前在哪个部门工作", "在分管副主席某某的关心指导下,工作扎实推进。")
    assert not former_work_untold("某某退休前是做什么的", "聘请退休出版社编审某某为特邀审读专家。")
