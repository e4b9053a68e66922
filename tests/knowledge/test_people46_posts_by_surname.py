"""People and their posts in a county's summary of its work for the villages (the forty-sixth round): names
whose surnames are rarer (匡, 亢, 莘, 帅), a post taken up with 任 right after a two-character name, a person
asked by surname and a workplace's kind (姓某的医院副院长), a 村支书 asked, which village a named 支书 leads,
what a named person does (某某是干什么的), a post written after 是…的一名, and a body named with its place
(配合某州市政协).  On a report of our own, with made-up names."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names, find_people
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协泖溪县委员会2024年助力产业发展工作总结

一、学习培训

县政协党组全年召开理论学习中心组学习会10次，邀请县委党校讲师亢静怡作“乡村产业发展的路径”专题辅导，县政协常委、委员共80余人参加。

二、协商议政

9月3日，围绕“农田水利设施管护”开展“请你来协商”活动，邀请县水利局局长莘志远和县交通运输局负责同志与委员面对面交流，委员提出意见建议18条。

此外，县政协积极参与上下联动，4月配合澂州市政协开展“智慧农业”联动调研，组织本县委员9人参加，报送调研材料1份。

三、定点帮扶

县政协机关定点帮扶椤溪村，选派机关干部匡晓川任驻村第一书记。全年协调帮扶资金80万元，帮助椤溪村建成冷库1座。椤溪村党支部书记帅长林说：“政协帮我们把果子卖出了好价钱。”

茆岭村发展蜜柚产业，村党支部书记阚玉峰带领群众筹资建厂，全村种植蜜柚1200亩。

四、委员服务

医药卫生界委员、县中医院副院长谯振宇牵头组建委员义诊队，深入6个乡镇开展义诊12场。县政协委员、县农业技术推广站高级农艺师戚云舟组织农技培训15期，培训农民900余人次。委员鄢宏亮是榴溪镇的一名乡村医生，他每月为留守老人义诊，全年义诊10次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maoxi.txt", _REPORT)], tmp_path_factory.mktemp("maoxi"))


def test_rarer_surnames_are_names():
    assert "莘志远" in find_person_names("邀请县水利局局长莘志远和县交通运输局负责同志与委员面对面交流")
    assert "帅长林" in find_person_names("椤溪村党支部书记帅长林说")
    assert "亢静怡" in find_person_names("邀请县委党校讲师亢静怡作专题辅导")
    assert "匡晓川" in find_person_names("选派机关干部匡晓川任驻村第一书记")


def test_ren_after_a_two_character_name_takes_up_the_post():
    sentence = "县政协机关定点帮扶椤溪村,选派机关干部顾晓川任驻村第一书记。"
    assert "顾晓川" in find_person_names(sentence)
    assert not any(name.endswith("任") for name in find_person_names(sentence))
    person = find_people(sentence, ["顾晓川"])[0]
    assert person.role == "机关干部、驻村第一书记"  # the post before him and the one taken up; not 选派


def test_post_after_shi_and_de():
    person = find_people("委员鄢宏亮是榴溪镇的1名乡村医生,他每月为留守老人义诊", ["鄢宏亮"])[0]
    assert person.role == "乡村医生"


def test_holder_of_an_agency_post(kb):
    assert "莘志远" in first_line(kb, "县水利局局长叫啥")


def test_who_gave_the_lecture(kb):
    assert "亢静怡" in first_line(kb, "谁给讲的专题辅导")


def test_village_party_secretary(kb):
    assert "帅长林" in first_line(kb, "椤溪村党支部书记是谁")


def test_first_secretary_sent_to_the_village(kb):
    line = first_line(kb, "椤溪村驻村第一书记是谁")
    assert "匡晓川（" in line


def test_surname_and_workplace_kind(kb):
    assert "谯振宇" in first_line(kb, "那个姓谯的医院副院长叫什么")


def test_village_zhishu_asked(kb):
    assert "阚玉峰" in first_line(kb, "姓阚的村支书是谁")


def test_which_village_a_zhishu_leads(kb):
    assert "茆岭村" in first_line(kb, "阚玉峰是哪个村的支书")


def test_what_a_named_person_does(kb):
    assert first_line(kb, "戚云舟是干什么的").startswith("答：戚云舟：县政协委员、县农业技术推广站高级农艺师")
    assert first_line(kb, "鄢宏亮是做什么的").startswith("答：鄢宏亮：乡村医生")


def test_body_named_with_its_place(kb):
    assert "澂州市政协" in first_line(kb, "智慧农业联动调研是配合谁搞的")
