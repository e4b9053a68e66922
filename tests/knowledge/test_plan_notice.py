"""A county committee's year plan issued as a red-header notice: the meeting that adopted it and its day, the day of
a session rather than the month the schedule writes it in, what a month of the schedule holds, a deadline, the
bodies the paper is copied to, the paper it is reported in, and the places a sentence puts among the first few.
On a plan of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_NUMBER, KIND_WHEN, detect_kind

from .conftest import first_line

_PLAN = """政协莼湾县委员会文件

莼政协发〔2021〕2号

关于印发《政协莼湾县委员会2021年度协商工作计划》的通知

各乡镇政协委员联络组，县政协各专门委员会：

　　《政协莼湾县委员会2021年度协商工作计划》已经县政协十届第七次主席会议研究通过，现印发给你们，请认真贯彻落实。

政协莼湾县委员会
二〇二一年一月二十日

政协莼湾县委员会2021年度协商工作计划

（2021年1月12日县政协十届第七次主席会议通过）

一、二〇二〇年工作回顾

　　2020年10月至11月，县政协办公室通过书面征集、座谈走访等方式，共征集到协商议题建议52条。2020年3月下旬召开的县政协十届四次会议，安排大会发言12个，委员共提交提案186件。各乡镇委员联络组开展“协商在基层”活动30场，其中蘅塘镇、菱塘镇联络组各开展7场，位居全县前列。

二、二〇二一年协商安排

　　县政协十届五次会议计划于3月2日至4日召开，围绕县政府工作报告开展全体会议协商。全年安排双周协商座谈会6次，由分管副主席主持。依托“莼协通”平台开展网络议政2次：5月围绕“县城公交线网优化”，9月围绕“乡村振兴规划”，面向全体委员征集意见建议。

三、月度安排

　　一月：主席会议研究通过年度协商工作计划，报县委审定。
　　三月：召开县政协十届五次会议，开展全体会议协商。
　　四月：召开乡村养老服务双周协商座谈会。

四、工作要求

　　县政协办公室要通过《莼湾报》和“莼湾发布”客户端，及时报道协商活动情况。各专门委员会要于7月10日前对上半年协商计划执行情况进行小结，报县政协办公室汇总。

抄送：县委办公室，县政府办公室，市政协办公室。
政协莼湾县委员会办公室　　　　2021年1月20日印发
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chunwan-plan.txt", _PLAN)], tmp_path_factory.mktemp("chunwan-plan"))


def test_the_meeting_that_adopted_the_plan(kb):
    assert "十届第七次主席会议" in first_line(kb, "这个协商计划是哪个会通过的？")


def test_the_day_the_plan_was_adopted_not_the_month_of_the_schedule(kb):
    assert "2021年1月12日" in first_line(kb, "年度协商计划主席会议啥时候通过的")


def test_the_days_of_a_session_not_the_month_of_the_schedule(kb):
    assert "3月2日至4日" in first_line(kb, "十届五次会议啥时候开")


def test_what_a_month_of_the_schedule_holds(kb):
    assert "十届五次会议" in first_line(kb, "三月份安排的是啥会")


def test_a_deadline_not_the_period_the_question_names(kb):
    assert "7月10日前" in first_line(kb, "上半年协商计划执行小结要啥时候前交")


def test_a_span_of_time_asked(kb):
    assert "2020年10月至11月" in first_line(kb, "议题征集是啥时间段搞的")


def test_the_bodies_the_paper_is_copied_to(kb):
    assert "县委办公室，县政府办公室，市政协办公室" in first_line(kb, "这个文件抄送给哪些单位")


def test_the_newspaper_by_its_kind(kb):
    assert "莼湾报" in first_line(kb, "报纸叫什么")


def test_the_places_put_among_the_first_few(kb):
    line = first_line(kb, "协商在基层哪两个镇联络组搞得最多")
    assert "蘅塘镇" in line and "菱塘镇" in line


@pytest.mark.parametrize("question, kind", [("议题征集是啥时间段搞的", KIND_WHEN), ("教育专题前期调研时间", KIND_WHEN),
                                            ("前期调研用了多长时间", KIND_NUMBER)])
def test_a_time_asked_by_a_noun_phrase(question, kind):
    assert detect_kind(question) == kind
