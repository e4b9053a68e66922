"""Declined by reason, not answered with a neighbouring fact: a post nobody holds in the text (副主任, the 主任
told), a season not written (第二季), the other end of a ranking (最低, the 最高 told) or its top places
(前10名), streets not named (重点向山区县倾斜), people not named (老委员名单), a phone not printed, a publisher
not told, another level's members (区县政协委员, the city's members told) and a yes/no about a deed the
documents never write (劝辞).  What the report does tell is still answered.  A report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.items import names_place_of_kind, rank_untold, top_places_untold
from bot.knowledge.members import other_level_members
from bot.knowledge.notice_facts import phone_untold
from bot.knowledge.post_asked import names_nobody
from bot.knowledge.series_items import ASKED_ORDINAL
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蔺江市委员会办公室关于2022年度委员服务工作情况的报告

一、主要工作

委员联络委员会由市政协副主席冼望川分管，濮怀远任主任，另设副主任2名、委员11名，日常工作由市政协办公室联络科承担。

全市共有218名市政协委员编入各委员工作站，委员工作站全年开展活动96场。

2022年全体委员平均履职积分为75.2分，积分最高的是濮怀远委员，为142分。

办公室每季度通报一次委员履职积分情况，并将通报情况抄送委员所在单位和委员企业。

二〇二二年五月六日，“蔺江书香”委员读书活动正式启动。全年共有120名委员参加读书活动，优秀心得汇编成《蔺江书香文集》一书。

对新任委员实行结对帮带，由履职经验丰富的老委员与新任委员结成对子，全年结对60对。

对考核不合格的3名委员，由市政协副主席冼望川逐一进行约谈。

二、2023年工作打算

2023年计划新建街道（镇）委员工作站8个，重点向山区县倾斜。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linjiang-service.txt", _REPORT)], tmp_path_factory.mktemp("linjiang"))


def test_the_reasons_read_alone():
    assert rank_untold("积分最低的委员多少分", "积分最高的是某某委员,为142分。")
    assert not rank_untold("积分最高的委员多少分", "积分最高的是某某委员,为142分。")
    assert not rank_untold("每人最多报几条", "每人最多报3条。")  # a bound, no ranking
    assert rank_untold("哪个读书群最活跃", "读书活动设立读书群5个。")
    assert top_places_untold("积分前10名有哪些人", "积分最高的是某某委员。")
    assert not top_places_untold("积分前10名有哪些人", "积分前10名为甲、乙、丙等。")
    assert other_level_members("全市区县政协委员总共有多少人", "全市共有218名市政协委员编入各委员工作站")
    assert not other_level_members("全市区县政协委员总共有多少人", "全市共有区县政协委员1260名")
    assert not other_level_members("市政协委员有多少人", "全市共有218名市政协委员编入各委员工作站")
    assert not other_level_members("县区政协委员注册了多少人", "县市区政协委员1403名")
    assert not top_places_untold("积分前3名是谁", "积分排名前3位的分别是甲、乙、丙委员。")
    assert phone_untold("联络科联系电话是多少", "另设副主任2名、委员11名,日常工作由联络科承担。")
    assert not phone_untold("联络科联系电话是多少", "联系人:联络科某某,电话:6236 1087。")
    assert names_nobody("结对帮带的老委员名单有哪些", "由老委员与新任委员结成对子,全年结对60对。")
    assert names_place_of_kind("街道", "某区望川街道委员工作站推出夜谈")
    assert not names_place_of_kind("街道", "计划新建街道(镇)委员工作站8个,重点向山区县倾斜。")
    assert ASKED_ORDINAL.findall("第2季读书活动哪天启动") == ["第2季"]
    assert ASKED_ORDINAL.findall("第4季度积分通报了几次") == ["第4季"]  # a quarter asked must be told too (二季度: wording)


def test_the_report_declines_what_it_does_not_tell(kb):
    for question in ("委员联络委员会两个副主任分别是谁", "积分最低的委员多少分", "第二季蔺江书香哪天启动",
                     "明年新建的8个工作站分别在哪些街道", "结对帮带的老委员名单有哪些", "积分通报前十名有哪些人",
                     "联络科联系电话是多少", "《蔺江书香文集》是哪个出版社出的", "全市区县政协委员总共有多少人",
                     "考核不合格的委员后来被劝辞了吗"):
        assert not kb.answer(question).answered, question


def test_the_report_still_answers_what_it_tells(kb):
    assert "冼望川" in first_line(kb, "委员联络委员会由谁分管")
    assert "2名" in first_line(kb, "委员联络委员会设几个副主任")
    assert "142分" in first_line(kb, "积分最高的委员多少分")
    assert "218名" in first_line(kb, "编入委员工作站的市政协委员有多少名")
    assert "5月6日" in first_line(kb, "蔺江书香哪天启动")
