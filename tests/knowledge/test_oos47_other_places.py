"""Out-of-scope questions a city report's neighbouring figure must not answer (a report on its overseas Chinese
work): the province's figure asked, the city's told; a city no report writes asked; persons asked, 人次 told; a
narrower kind counted (侨资企业, 特邀委员), the head word of another kind told; another body's members told; a venue
asked, the home of the people who came told; a site asked, only its choice told; an address asked, the district
told.  On reports of our own, their names made up."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.vague_place import only_vague_place

from .conftest import first_line

_REPORT = """政协翎汐市委员会2023年港澳台侨工作总结

一、主要工作

翎汐是蕤川省重点侨乡，现有归侨侨眷约3.2万人。把建设海外联络站作为凝聚侨心的重要抓手，2023年新设立海外联络站2个，分别是马来西亚槟城联络站和泰国曼谷联络站，全市海外联络站总数达到9个。全年通过海外联络站联系海外侨胞和侨团860余人次。港澳台侨委充分发挥委员和海外联络站的桥梁作用，全年共引荐招商项目14个。走访归侨侨眷和侨资企业，发现问题9个。市政协特邀委员邬慕云担任槟城联络站站长。

截至2023年底，全市共有台资企业38家。针对新任委员较多的实际，年初举办新任委员培训班1期，参训委员31名。

委员会与市台联于10月联合举办第三届"翎台青年交流营"，采取线上线下相结合方式，吸引台湾青年96名参加。

其中，关于在芫港区设立"侨商一站式服务窗口"的建议已经落地，窗口自9月开设以来已服务侨胞和外籍人士1300余人次。邬慕云委员提交的"关于建设翎汐侨乡文化馆的建议"被列为重点督办提案，目前文化馆选址已基本确定，计划投资2600万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingxi.txt", _REPORT)], tmp_path_factory.mktemp("lingxi"))


def _declined(kb, question: str) -> bool:
    return not kb.answer(question).answered


def test_the_provinces_figure_is_not_the_citys(kb):
    assert _declined(kb, "蕤川省去年一共有多少归侨侨眷")  # 翎汐是蕤川省重点侨乡，现有归侨侨眷约3.2万人: the city's
    assert "3.2万" in first_line(kb, "现有归侨侨眷多少")


def test_a_city_no_report_writes_is_not_the_reports(kb):
    assert _declined(kb, "琮阳市去年引荐了多少招商项目")
    assert "14个" in first_line(kb, "翎汐市去年引荐了多少招商项目")


def test_persons_asked_are_not_told_by_visits(kb):
    assert _declined(kb, "在马来西亚的侨胞有多少人")  # 联系海外侨胞和侨团860余人次
    assert _declined(kb, "在芫港区的外籍人士有多少人")  # 服务侨胞和外籍人士1300余人次
    assert "1300余人次" in first_line(kb, "窗口服务了多少人次")


def test_a_narrower_kind_counted_is_not_told_by_another_kind(kb):
    assert _declined(kb, "全市一共有多少家侨资企业")  # 全市共有台资企业38家
    assert _declined(kb, "培训班有多少名特邀委员")  # 参训委员31名
    assert "38家" in first_line(kb, "全市一共有多少家台资企业")
    assert "31名" in first_line(kb, "新任委员培训班有多少名参训委员")


def test_where_asked_is_not_told_by_whence_people_came_nor_a_site_only_chosen(kb):
    assert _declined(kb, "第三届交流营在哪个场馆办的")  # 吸引台湾青年96名参加: 台湾 is whence they came
    assert _declined(kb, "侨乡文化馆选址在哪里")  # 关于建设…的建议…选址已基本确定: no site told
    assert "10月" in first_line(kb, "交流营是哪个月办的")


def test_an_address_asked_is_not_told_by_a_district():
    shown = '其中,关于在芫港区设立"侨商一站式服务窗口"的建议已经落地'
    assert only_vague_place("一站式服务窗口的办公地址在哪", shown, shown)
    assert not only_vague_place("一站式服务窗口的办公地址在哪", "文昌路18号", shown)


_CLUBS = """政协翎汐市委员会2023年港澳台侨工作总结

一、主要工作

克服疫情影响，全年通过视频连线方式与香港翎汐同乡会、澳门翎汐归侨联谊会等港澳社团开展线上交流12场。香港翎汐同乡会是联系港澳同胞的重要平台，现有会员约2600名，年内新吸收青年会员150名。

组织召开台胞台属座谈会2次，市台联会长介绍了全市台胞台属工作情况，与会代表提出意见建议17条。
"""


def test_another_bodys_members_are_not_the_body_asked(tmp_path):
    kb = KnowledgeBase([document_from_text("clubs.txt", _CLUBS)], tmp_path)
    assert _declined(kb, "市台联有多少会员")  # 香港翎汐同乡会…现有会员约2600名: another body's
    assert "2600名" in first_line(kb, "香港翎汐同乡会有多少会员")
