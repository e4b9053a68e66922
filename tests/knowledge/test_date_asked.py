"""A question dating its event by a month (9月的专题协商会主题是啥) or by a year other than the report's
(2017年立案多少件, asked of a term's review) is answered by the sentence writing that date, not by one
telling the same kind of event on another date in a paragraph whose numbers hold the date asked too.
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_YEAR = """政协松岚市委员会2024年工作报告

一、协商议政

全年召开专题协商会2次，组织委员9名以上参加的视察调研21次。4月16日，在市政协会议中心召开"推进山区林下经济发展"专题协商会，副市长到会通报情况，委员们提出建议15条。9月，围绕"社区嵌入式托育服务"召开专题协商会，提出的6项建议全部被采纳。

市政协主席会议成员带头联系界别，接待群众来访320余人次，协调解决实际问题54个。

二、自身建设

举办委员履职能力培训班2期，培训委员260人次；编印《委员读本》1册，发放到每位委员。
机关开展作风建设专项行动，修订完善内部管理制度17项。
"""

_TERM = """政协松岚市第9届委员会常务委员会工作报告(2017年至2021年)

一、提案工作

5年来(2017年至2021年)，市政协共收到提案1960件，满意率逐年提高。其中，2021年立案提案402件。

2017年是本届开局之年，9届1次会议共收到委员和各参加单位提案398件，经提案委员会逐件审查，立案351件；此后推行提案"少而精"导向。

二、协商议政

5年来，围绕全市中心工作开展全会专题议政5次、常委会专题协商19次。
组织委员视察调研136次，形成调研报告88篇，报送社情民意信息1240条。

三、自身建设

举办委员履职能力培训班12期，修订完善内部管理制度37项。
"""


@pytest.fixture(scope="module")
def kb_year(tmp_path_factory):
    document = SourceDocument("songlan.txt", _YEAR.split("\n", 1)[0], "2024", _YEAR)
    return KnowledgeBase([document], tmp_path_factory.mktemp("date-asked-year"))


@pytest.fixture(scope="module")
def kb_term(tmp_path_factory):
    document = SourceDocument("songlan-term.txt", _TERM.split("\n", 1)[0], "2021", _TERM)
    return KnowledgeBase([document], tmp_path_factory.mktemp("date-asked-term"))


def test_the_month_asked_chooses_its_sentence(kb_year):
    assert "社区嵌入式托育服务" in first_line(kb_year, "9月的专题协商会主题是啥")


def test_an_earlier_year_asked_chooses_its_sentence(kb_term):
    assert "351件" in first_line(kb_term, "2017年立案提案多少件")
