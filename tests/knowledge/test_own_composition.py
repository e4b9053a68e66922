"""A committee's own composition and a report's own occasion, on a report of our own: how many
members, standing members, sectors and special committees it has (the plain noun counted, not a part
of them: 表彰优秀政协委员40名); the meeting the report was delivered at; a meeting's span of days;
names and posts shown as written (市第二人民医院, not 市第2人民医院; 钱永和, not 钱永)."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_dates
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协白川市第九届委员会常务委员会工作报告

——2021年1月10日在政协第九届白川市委员会第三次会议上

政协白川市委员会主席　程立军

各位委员：

一、2020年工作回顾

全年共召开常委会议5次、主席会议12次。截至2020年底，本届政协共有委员356名，其中常务委员64名，分属32个界别。
2020年6月，市政协召开委员履职表彰大会，表彰优秀政协委员40名、优秀提案25件。
读书活动中，市政协评选出“书香委员”18名，并组织委员走进社区开展荐书活动9场。
试行常委述职制度，2020年12月，组织15名常委在常委会议上进行书面述职。
组织26名常委和专委会负责人赴外地学习考察，开阔了履职视野。
2020年1月6日至9日召开的市政协九届二次会议，委员们提出提案312件。
2020年8月3日—5日，市政协组织委员赴邻市考察乡村民宿发展。
由医药卫生界委员、市第二人民医院副院长罗文静牵头，组织委员开展义诊18场。
市政协现设提案委员会、经济委员会、社会和法制委员会、文化文史和学习委员会等9个专门委员会。
社会和法制委员会主任钱永和牵头，围绕社区矫正工作开展对口协商。

二、2021年工作安排

认真做好九届四次会议提案的交办工作。
"""


_OTHER = """柳滩县政协2022年工作报告

——2023年1月8日在政协柳滩县第七届委员会第二次会议上

一、2022年工作回顾

全县现有县政协委员198名，其中常委36名。
组织委员开展视察调研21次，参与委员160人次。
县政协表彰履职优秀委员12名，推荐优秀提案5件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    """Both reports in one knowledge base (built once: a question naming no committee is told from each)."""
    documents = [SourceDocument("baichuan.txt", _REPORT.split("\n", 1)[0], None, _REPORT),
                 SourceDocument("liutan.txt", _OTHER.split("\n", 1)[0], None, _OTHER)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("own-composition-both"))


def test_the_membership_is_the_plain_count_not_a_part(kb):
    assert first_line(kb, "白川市政协委员多少人").startswith("答：356名")
    assert first_line(kb, "白川市政协常委有多少名？").startswith("答：常务委员64名")
    assert first_line(kb, "柳滩县政协常委有几名").startswith("答：常委36名")


def test_the_counted_noun_after_the_amount_is_shown(kb):
    assert first_line(kb, "本届政协委员分属几个界别？").startswith("答：32个界别")
    assert first_line(kb, "市政协有几个专委会？").startswith("答：9个专门委员会")
    assert first_line(kb, "专委会有几个").startswith("答：9个专门委员会")


def test_a_part_is_still_the_answer_when_asked(kb):
    assert first_line(kb, "白川市政协表彰了多少名优秀政协委员").startswith("答：40名")
    assert first_line(kb, "多少名常委进行了书面述职").startswith("答：15名")


def test_the_reports_own_meeting_is_told_as_written(kb):
    assert "第三次会议" in first_line(kb, "这个报告是在九届第几次会议上作的？")
    assert "第三次会议" in first_line(kb, "这份报告是在哪次会议上作的")


def test_a_span_of_days_is_one_date(kb):
    assert "2020年1月6日至9日" in first_line(kb, "九届二次会议是什么时候开的？")
    assert "8月3日—5日" in first_line(kb, "委员什么时候去邻市考察乡村民宿的")  # the dash as written
    assert [d.text for d in find_dates("3月5-7日举办")] == ["3月5-7日"]
    assert [d.text for d in find_dates("5月至21日")] == ["5月"]  # a day alone ends no month


def test_names_and_posts_keep_their_own_numerals_and_characters(kb):
    assert "市第二人民医院副院长" in first_line(kb, "罗文静是什么职务？")
    assert first_line(kb, "社会和法制委员会主任是谁").startswith("答：钱永和")


def test_each_reports_own_membership_is_told(kb):
    line = first_line(kb, "委员多少人")
    assert "198名" in line and "356名" in line
    assert "12名" not in line and "40名" not in line
