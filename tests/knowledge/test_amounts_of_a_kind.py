"""Which amount of a sentence answers when the sentence tells several of one kind, or tells it in words a
question does not use:

- a noun of a grade (几个一级指标, 二级指标一共多少个) → the amount written with that grade, not another's;
- a level asked (市级一等奖几篇) → not the amount a later 省级 governs, though the sentence names 市级 earlier;
- an award named after a deed (优秀组织奖发了几个) is a noun, no deed to find told;
- the report's own body before what it counts (2021年学会课题有多少项) is no narrower kind of it;
- a lower body named in a quoted title ("区县政协…研究") makes no amount the lower bodies' total;
- those who came to an event the clauses before name (举办"…论坛",主题为…,…90余人参加);
- a rate (每3个月编印1期) is not how many, the year's total after it (全年编印4期) is;
- a part of another set (形成调研报告9篇，其中3篇在会刊刊发) is not all the journal published;
- a breakdown's item named by a word of its own (由市政协各专门委员会承担5项) before the lead's total;
- a pool (全市9个区县中已有6个…) is not how many of it did the deed;
- followers asked as 粉丝 (关注用户), and what is newly added asked as 新会员 (新发展会员).

On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """柘浦市政协方志学会2022年工作总结

一、2022年主要工作

全年立项研究课题15项，比2021年的11项增加4项。15项课题中，由区县政协承担6项，由市政协各专门委员会承担5项，由各分会承担4项，选题涉及城市记忆、乡村文化等领域。

学会秘书长领衔的"会员履职考核研究"，设计了涵盖3个一级指标、12个二级指标的会员考核体系。学会会长领衔的"区县政协方志工作创新研究"课题组，对全市42个方志工作站开展问卷调查，回收有效问卷860份。

全年组织史料征集评选，共评出优秀史料41篇，其中一等奖4篇、二等奖11篇、三等奖26篇，另评出优秀组织奖3个。在做好市级评选的同时，向省方志学会推荐史料9篇，其中6篇获评省级优秀史料，包括一等奖2篇、二等奖1篇、三等奖3篇。

6月12日，学会在市政协会议中心举办"柘浦方志论坛"，主题为"文脉传承与城市记忆"，会员和专家学者90余人参加。4位论坛嘉宾围绕城市记忆作了交流发言。

会刊"柘浦方志"坚持每3个月编印1期，全年编印4期，刊发史料文章52篇。全年形成调研报告9篇，其中3篇在"柘浦方志"刊发。学会公众号全年推送信息80期，关注用户达到3100余人。

目前，全市9个区县中已有6个建立了方志工作小组，基层方志骨干队伍发展到57人。

二、2023年工作要点

壮大会员队伍，计划新发展会员40名左右，会员总数力争突破300名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhepu-annals.txt", _REPORT)], tmp_path_factory.mktemp("zhepu-annals"))


@pytest.mark.parametrize("question, answer", [("考核体系有几个一级指标", "3个"), ("二级指标一共多少个", "12个")])
def test_a_noun_of_a_grade(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


@pytest.mark.parametrize("question, answer", [("市级一等奖几篇", "4篇"), ("市级三等奖几篇", "26篇"),
                                              ("省级优秀史料拿了几篇", "6篇")])
def test_the_level_asked(kb, question, answer):
    line = first_line(kb, question)
    assert line.startswith("答：") and answer in line


def test_an_award_named_after_a_deed(kb):
    assert first_line(kb, "优秀组织奖发了几个").startswith("答：3个")


def test_the_own_body_before_what_it_counts(kb):
    assert first_line(kb, "2021年学会课题有多少项").startswith("答：11项")


def test_a_lower_body_in_a_quoted_title(kb):
    assert first_line(kb, "有效问卷收回来多少份").startswith("答：860份")


def test_those_who_came_to_the_event_named_before(kb):
    assert first_line(kb, "方志论坛来了多少人").startswith("答：90余人")


def test_a_rate_then_the_years_total(kb):
    assert first_line(kb, "会刊全年编了几期").startswith("答：4期")


def test_a_part_of_another_set(kb):
    assert first_line(kb, "柘浦方志刊发了多少篇").startswith("答：52篇")


def test_an_item_named_by_a_word_of_its_own(kb):
    assert first_line(kb, "专委会承担的课题有几个").startswith("答：5项")


def test_a_pool_and_those_of_it(kb):
    assert first_line(kb, "全市区县里几个已经建了方志工作小组").startswith("答：6个")


def test_followers_and_new_members(kb):
    assert first_line(kb, "公众号粉丝现在多少").startswith("答：3100余人")
    assert "40名" in first_line(kb, "2023年打算发展多少新会员")
