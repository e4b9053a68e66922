"""What a member does, asked by their name and 委员 (某某委员是干什么工作的, 某某委员是做啥的): their post or what the
report says they are (某某委员是某镇的一名乡村医生), never the other members a sentence lists beside them."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澧源县委员会2024年度委员履职情况报告

一、履职积分

全体委员平均履职积分为82.6分，积分最高的是城关镇社区卫生服务中心主任邰雨桐委员，为151分。

二、服务群众

蒯晓峰委员是一名建筑设计工程师，他牵头提交了加装电梯的提案。北山县冼振东委员是澧源镇的一名乡村医生，他每月为留守老人义诊。

三、考核情况

全年组织委员参加履职培训3期，委员参训率98%。委员履职档案实现全覆盖，委员述职12人次。

在考核为优秀的42名委员中，邰雨桐、蒯晓峰、冼振东等委员表现尤为突出。邰雨桐委员全年参加接待日活动12次；蒯晓峰委员提交提案5件；冼振东委员扎根山区，服务留守老人。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lixian.txt", _REPORT)], tmp_path_factory.mktemp("lixian"))


@pytest.mark.parametrize("question, told", [
    ("邰雨桐委员是干什么工作的", "社区卫生服务中心主任"),
    ("冼振东委员是做啥的", "乡村医生"),
    ("蒯晓峰委员是做什么的", "建筑设计工程师"),
])
def test_what_the_member_named_does(kb, question, told):
    line = first_line(kb, question)
    assert line.startswith("答：" + question[:3]) and told in line and "、" not in line
