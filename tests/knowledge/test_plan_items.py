"""A plan's items and what each is told with, on a made-up county plan (a year's review, then the year's items):

- who leads an item is the body written before 牵头 (某委员会牵头), not the vice-chair who 负责 it;
- its helpers are the bodies written before 配合 (or after 配合单位:);
- its topic is what it is held 围绕"…" (议啥, 啥议题), its convener the person named 召集人;
- the main venue is the place written with 主会场, not the branch venues; 去年 asks the review's item;
- its month is its own (计划于4月召开) or its schedule line's (5月:…;开展与某单位的对口协商);
- a vice-chair's items of one form come from that vice-chair's line of the division of duties;
- an item of the year before that no review tells is not answered from this year's."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协箐沅县委员会2021年度协商工作计划

一、二〇二〇年协商工作回顾

　　全年召开专题协商会2场，议题分别为山区道路养护（5月）和农村电商（9月）。11月份首次开展远程协商，以县政协机关为主会场，在峃口镇、漕岙乡设立2个分会场，围绕“山区群众看病难”开展协商。

二、二〇二一年度协商议题及安排

（一）专题议政性常委会议

　　全年安排专题议政性常委会议1次。

　　1．推动竹木加工业转型升级。计划于6月份召开。由分管副主席乜守衡负责，经济委员会牵头，县经济和信息化局、县林业局配合。

（二）专题协商会

　　第一场：农村养老服务体系建设。计划于4月份召开，由分管副主席禚曼青负责，社会和法制委员会牵头，县民政局、县卫生健康局配合。

（三）双周协商座谈会

　　1．城区菜市场改造提升——3月，教科卫体委员会牵头；配合单位：县商务局、县市场监督管理局。
　　2．茶陂水库水源保护——8月，人口资源环境委员会牵头；配合单位：县水利局。

（四）对口协商

　　全年安排对口协商2场。5月，社会和法制委员会与县人民检察院围绕“公益诉讼检察”开展对口协商；7月，农业和农村委员会与县林业局围绕“油茶产业发展”开展对口协商。

（五）界别协商

　　——农业界：围绕“高山蔬菜品牌培育”开展协商，6月份举行，召集人郦承泽，农业和农村委员会配合；
　　——教育界：围绕“乡村学校食堂管理”开展协商，10月份举行，召集人帅晓棠，教科卫体委员会配合。

（六）远程协商

　　12月份开展远程协商1次，议题为“山区独居老人照护”，主会场设在县政协议政会客厅，在峃口镇、漕岙乡、麂岭乡设立3个分会场。

（七）全年协商工作月度安排

　　五月：开展与县人民检察院的对口协商。
　　七月：开展油茶产业发展对口协商。

附件：责任分工

　　县政协副主席乜守衡：负责经济委员会协商工作，具体牵头竹木加工业转型升级专题议政性常委会议，以及城区菜市场改造提升、茶陂水库水源保护2次双周协商座谈会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingyuan-plan.txt", _PLAN)], tmp_path_factory.mktemp("qingyuan"))


@pytest.mark.parametrize("question, answer", [
    ("养老服务专题协商会谁牵头", "社会和法制委员会"),
    ("竹木加工业常委会议谁牵头", "经济委员会"),
    ("菜市场改造双周协商谁牵头", "教科卫体委员会"),
])
def test_the_lead_is_the_body_before_qiantou(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


@pytest.mark.parametrize("question, answer", [
    ("养老服务专题协商会配合单位", "县民政局"),
    ("竹木加工业常委会议配合部门有哪些", "县经济和信息化局"),
    ("水源保护双周协商配合单位", "县水利局"),
])
def test_the_helpers_are_the_bodies_before_peihe(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


@pytest.mark.parametrize("question, answer", [
    ("农业界界别协商议啥", "高山蔬菜品牌培育"),
    ("教育界界别协商啥议题", "乡村学校食堂管理"),
    ("跟县检察院的对口协商议题是啥", "公益诉讼检察"),
])
def test_the_topic_is_what_the_item_is_held_around(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


@pytest.mark.parametrize("question, answer", [("农业界召集人是谁", "郦承泽"), ("今年教育界界别协商召集人是谁", "帅晓棠")])
def test_the_convener_named_with_the_item(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


def test_the_main_venue_not_the_branches(kb):
    assert first_line(kb, "远程协商主会场在哪").startswith("答：县政协议政会客厅")


def test_last_years_branch_venues_from_the_review(kb):
    line = first_line(kb, "去年远程协商分会场设在哪些乡")
    assert "漕岙乡" in line and "麂岭乡" not in line


@pytest.mark.parametrize("question, month", [
    ("养老服务专题协商会几月开", "4月"), ("跟县检察院对口协商安排几月", "5月"), ("去年农村电商专题协商会几月", "9月"),
])
def test_the_month_of_an_item(kb, question, month):
    assert month in first_line(kb, question)


def test_a_vice_chairs_items_of_one_form(kb):
    line = first_line(kb, "乜副主席牵头的是哪两次双周协商")
    assert "城区菜市场改造提升" in line and "茶陂水库水源保护" in line


def test_last_years_item_untold_is_not_this_years(kb):
    answer = kb.answer("去年菜市场改造双周协商是几月开的")
    assert not answer.answered or "3月" not in answer.text.split("\n", 1)[0]


_REVIEW = """笕溪市政协妇联界别2022年工作总结

　　本界别现有委员30名，来自妇联组织、教育系统和企业的委员各10名。界别召集人竺安澜。召集人小组全年召开会议4次。

　　4月中旬，界别举办委员读书班。6月15日，由市政协副主席佴秋实牵头的“托育服务”专题协商会召开，会后由市卫健委牵头逐项落实。

　　拟于2023年5月举办“巾帼协商论坛”；拟于10月举办家风建设研讨会。
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    return KnowledgeBase([document_from_text("jianxi-review.txt", _REVIEW)], tmp_path_factory.mktemp("jianxi"))


def test_a_convener_is_a_name_and_a_sector_its_own(review):
    assert first_line(review, "妇联界别召集人是谁").startswith("答：竺安澜")
    assert "竺安澜" not in review.answer("教育界别召集人是谁").text.split("\n", 1)[0]


def test_a_deeds_lead_is_no_items_lead(review):
    assert "市卫健委" not in first_line(review, "托育服务专题协商会是谁牵头的")


@pytest.mark.parametrize("question, month", [("读书班几月办的", "4月中旬"), ("巾帼协商论坛打算几月份办", "2023年5月")])
def test_a_month_with_its_part_or_year(review, question, month):
    assert month in first_line(review, question)


_REVIEWED = """政协琮溪市委员会2025年度协商工作计划

一、2024年协商工作回顾

　　6月，由经济委员会牵头召开“完善冷链物流体系”专题协商会，提出建议12条；9月，由农业和农村委员会牵头召开“发展林下经济”专题协商会，形成意见建议16条。

二、2025年协商议题安排

　　1.推进老旧街区更新。时间：5月。牵头单位：人口资源环境委员会。
"""


@pytest.mark.parametrize("question, answer", [
    ("去年冷链物流专题协商会谁牵头的", "经济委员会"),
    ("林下经济那次专题协商会哪个委牵头", "农业和农村委员会"),
])
def test_the_body_after_you_leads_the_meeting_it_convenes(tmp_path, question, answer):
    """由某委员会牵头召开"…"专题协商会: the body after 由 leads the meeting the clause convenes."""
    kb = KnowledgeBase([document_from_text("琮溪协商计划2025", _REVIEWED)], tmp_path)
    assert answer in first_line(kb, question), question
