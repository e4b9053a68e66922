"""A chronicle (大事记) of dated entries: the day heading an entry dates what its later sentences tell, and what
the day's own sentence tells after the meeting it opens with (印发 at a 推进会) (entry_date.py, told.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.entry_date import dated_entries, entry_day
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_CHRONICLE = """政协芷湾县委员会2021年大事记

三月

3月9日　县政协召开十届十五次常委会议。会议听取了县政府关于一季度全县经济运行情况的通报，审议通过了人事事项，免去柯望舒同志县政协秘书长职务。

四月

4月2日　县政协召开提案交办会，将98件立案提案交有关单位办理。县政府副县长钱若溪出席会议并讲话。

4月14日　县政协召开乡村医生队伍建设推进会，印发《芷湾县政协委员健康服务站工作规范》，明确服务站建设标准。

4月27日　县政协召开十届十六次常委会议。会议经过投票表决，增补祁远帆为县政协副主席。

五月

5月20日　县政协组织委员视察全县河道整治工作，共查看河段12处。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhiwan.txt", _CHRONICLE.split("\n", 1)[0], "2021", _CHRONICLE)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhiwan"))


def test_the_day_opening_an_entry_dates_its_later_sentences():
    sentences = ["4月27日县政协召开十届十六次常委会议。", "会议经过投票表决,增补祁远帆为县政协副主席。"]
    assert entry_day(sentences, 1) == "4月27日"
    assert entry_day(sentences, 0) is None
    assert entry_day(["2021年,县政协召开会议。", "会议增补委员3名。"], 1) is None  # a year heads no entry


@pytest.mark.parametrize("question, expected", [
    ("去年是哪天增补的副主席", "4月27日"),
    ("柯望舒什么时候被免去秘书长职务", "3月9日"),
    ("委员健康服务站工作规范是哪天印发的", "4月14日"),
])
def test_when_questions_get_the_entrys_day(kb, question, expected):
    assert expected in first_line(kb, question)


def test_a_meeting_the_entry_named_is_the_one_its_next_sentence_attends(kb):
    assert "钱若溪" in first_line(kb, "交办会上哪位副县长讲了话")  # …召开提案交办会。副县长某某出席会议并讲话


_PROSE = """芷湾县政协2021年视察工作报告

一、视察概况

县政协组织委员开展农村供水专题视察，听取了县水务局的情况介绍。

9月10日，视察组察看了石湾水厂二期工程。石湾水厂是全县规模最大的水厂，二期工程总投资1.2亿元，于2021年6月建成投运。

二、主要成效

全县农村自来水普及率达到98%，规模化供水工程覆盖人口35万人。

三、存在问题

部分村供水设施老化，管护经费不足。

四、意见建议

建议加大投入，完善县级统管机制。
"""


def test_a_report_with_a_dated_paragraph_now_and_then_is_no_chronicle(tmp_path):
    document = SourceDocument("zhiwan-visit.txt", _PROSE.split("\n", 1)[0], "2021", _PROSE)
    kb = KnowledgeBase([document], tmp_path)
    assert not dated_entries(kb.index, 0)
    assert "2021年6月" in first_line(kb, "石湾水厂二期啥时候投运的")


def test_a_chronicle_is_made_of_dated_entries(kb):
    assert dated_entries(kb.index, 0)
