"""A 界别's officers: its 召集人 and 副召集人 are posts of the reporting 界别 (as 主任 and 副主任 are of a
专委会), asked however the 界别 is named (界别的召集人, 咱们界别召集人, its full name with 的); 界别的 is
read as 界别 + 的, never 界 + 别的. A bracket after a member's name ending in a title or a workplace
(委员陶静(市疾病预防控制中心主任医师)) tells where that member works, and asked what a member does
(是做什么的), the sentence telling their post answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SECTOR = """澄江市政协医药卫生界别2021年工作总结和2022年工作打算

（二〇二二年一月十日）

2021年，市政协医药卫生界别在中共澄江市委的领导下，围绕健康澄江建设履职尽责，较好完成了全年各项任务。

界别现有委员29名。界别由召集人周明远（澄江市第一人民医院院长）、副召集人林晓岚（市卫生健康委员会副主任）和副召集人韩书亮（西岭县中医医院副院长）组成召集人小组，负责界别日常工作。

一、2021年工作回顾

（一）聚焦群众关切建言献策

界别集体提案“关于加强基层医疗卫生人才队伍建设的建议”由召集人周明远牵头，被市政协确定为重点提案。委员陶静（市疾病预防控制中心主任医师）提交的“关于完善传染病监测预警体系的建议”被评为优秀提案。委员邵广平（东湖区社区卫生服务中心）反映的基层用药问题得到市医保局答复。

（二）开展界别协商

10月，副召集人韩书亮介绍了西岭县县域医共体建设的经验，委员们提出建议11条。
"""


def _document(name: str, text: str) -> SourceDocument:
    return document_from_text(name, text)  # as a member's upload is read: its year from the title


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    return KnowledgeBase([_document("chengjiang-health-sector.txt", _SECTOR)], tmp_path_factory.mktemp("health"))


@pytest.mark.parametrize("question", ["界别的召集人是谁？", "医药卫生界别的召集人是谁？", "咱们界别召集人是谁",
                                      "召集人是谁"])
def test_the_convener(sector, question):
    assert "周明远" in first_line(sector, question), question


@pytest.mark.parametrize("question", ["界别的副召集人有哪几位？", "副召集人有哪些"])
def test_the_deputy_conveners(sector, question):
    line = first_line(sector, question)
    assert "林晓岚" in line and "韩书亮" in line, (question, line)


@pytest.mark.parametrize(("question", "workplace"), [
    ("陶静委员是哪个单位的？", "市疾病预防控制中心"),
    ("陶静在哪个单位工作？", "市疾病预防控制中心"),
    ("邵广平委员在哪个单位工作？", "东湖区社区卫生服务中心"),
    ("韩书亮是哪个单位的？", "西岭县中医医院"),
])
def test_a_bracketed_workplace(sector, question, workplace):
    assert workplace in first_line(sector, question), question


def test_a_post_not_told_is_declined(sector):
    assert not sector.answer("界别的秘书长是谁？").answered
    assert not sector.answer("陶静以前在哪个单位工作？").answered


@pytest.mark.parametrize(("question", "post"), [
    ("陶静是做什么的？", "主任医师"),
    ("韩书亮是干什么的", "西岭县中医医院副院长"),
])
def test_what_a_member_does_is_their_post(sector, question, post):
    assert post in first_line(sector, question), question


def test_workplace_and_post_asked_together_are_told_in_one(sector):
    line = first_line(sector, "召集人周明远是哪个单位的，什么职务？")
    assert "澄江市第一人民医院院长" in line, line
    answer = sector.answer("界别现有多少名委员？召集人是谁？")  # two things: each part told
    assert "29名" in answer.text and "周明远" in answer.text
