"""Two readings on a made-up report of our own: the steps of a process asked by a general word the report never
writes (哪几个环节 → 实行"登记、转办、跟踪、回访"闭环管理), and a thing put into a year's programme (纳入了2023年民生
实事项目), whose year names the programme, not a plan of that year asked."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协檀溪县委员会2022年委员联络工作总结

一、委员接待日

坚持每月第一个星期三为“委员接待日”，全年举办接待日12期，受理群众诉求316件。对接待日受理的诉求，实行“登记、转办、跟踪、回访”闭环管理，一般诉求在10个工作日内反馈办理结果。

二、意见建议

全年共收集意见建议860条。县政协对群众反映集中的问题进行综合分析，形成专题报告报送县委、县政府主要领导参阅，其中关于“推进老旧小区加装电梯”的建议被纳入县政府2023年民生实事项目。

三、2023年工作打算

计划确定委员帮办实事项目60件，力争办结率达到95%以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanxi.txt", _REPORT)], tmp_path_factory.mktemp("tanxi"))


def test_the_steps_asked_by_a_general_word(kb):
    answer = kb.answer("接待日诉求闭环管理是哪几个环节")
    assert answer.answered and "登记、转办、跟踪、回访" in answer.text.split("\n", 1)[0]


def test_a_year_naming_the_programme_put_into(kb):
    answer = kb.answer("哪条建议被纳入了县政府2023年民生实事项目")
    assert answer.answered and "推进老旧小区加装电梯" in answer.text.split("\n", 1)[0]


def test_the_year_of_a_programme_put_into_is_no_year_asked():
    from bot.knowledge.frames import plan_name_years

    assert plan_name_years("哪条建议被纳入了县政府2023年民生实事项目") == {2023}
    assert plan_name_years("2023年计划确定多少件") == set()
