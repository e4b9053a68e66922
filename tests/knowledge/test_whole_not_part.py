"""A whole asked (全市现在一共有多少个, 某县一共有多少个乡镇, 全村总共有多少户) and only a part told: the
new ones set up (新设服务点52个), the places a visit went into (深入…9个乡镇调研), the households a deed
was done to (结对帮扶困难户31户) — declined, while the part asked as such is answered. A verb form a
report sets in quotes ("落实了") is no name a question must find. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """桐川市政协社会福利界别2021年工作总结

一、提案工作

界别集体提案"关于完善农村养老服务的建议"由召集人周若兰牵头，在深入北溪县、云台县等地9个乡镇调研的基础上形成。委员孟广平提交的建议被市民政局采纳，推动全市新设村级养老服务点52个。推动提案办理从"答复了"向"落实了"转变。委员严冬梅提交的建议推动全市建立长效机制，落实村级护理员1480名。

二、结对帮扶

界别与云台县石岭乡柏树村建立结对帮扶关系，界别委员结对帮扶困难户31户。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongchuan.txt", _REPORT)], tmp_path_factory.mktemp("tongchuan"))


def test_new_ones_set_up_do_not_tell_the_stock(kb):
    assert not kb.answer("全市现在一共有多少个村级养老服务点？").answered
    assert first_line(kb, "全市新设了多少个村级养老服务点？").startswith("答：52个")


def test_places_visited_do_not_tell_how_many_there_are(kb):
    assert not kb.answer("桐川市一共有多少个乡镇？").answered


def test_households_helped_do_not_tell_the_village_total(kb):
    assert not kb.answer("柏树村全村困难户总共有多少户？").answered
    assert first_line(kb, "界别委员结对帮扶困难户多少户？").startswith("答：31户")


def test_a_quoted_verb_form_is_no_name(kb):
    assert first_line(kb, "全市落实了多少名村级护理员？").startswith("答：1480名")
