"""哪个委员工作室 / 哪个委员工作站 / 哪个代表联络站 asks for a place named after its members, not a person: it is
answered by the sentence naming the place (“茶岭委员工作室”被评为…), though no one is named there; 哪个委员 alone still
asks who.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_WHAT, KIND_WHO, detect_kind

from .conftest import first_line

_REPORT = """峦溪市政协2024年工作报告

一、履职为民

峦溪市政协推动委员工作室建设，全市建成委员工作室26个。峦溪县“茶岭委员工作室”被评为全省政协委员工作室示范点。

枫坪街道委员工作站报送的“关于解决老旧小区停车难问题的建议”，获市领导批示后推动新增停车泊位430个。

委员祁望川提出的“关于加强峦溪河生态保护的提案”被评为优秀提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("luanxi.txt", _REPORT)], tmp_path_factory.mktemp("luanxi"))


@pytest.mark.parametrize("question, kind", [
    ("哪个委员工作室被评为全省示范点", KIND_WHAT),
    ("停车难的建议是哪个委员工作站报送的", KIND_WHAT),
    ("哪个代表联络站最先建成", KIND_WHAT),
    ("生态保护的提案是哪个委员提的", KIND_WHO),
    ("哪个委员会牵头调研", KIND_WHAT),
])
def test_a_place_named_after_members_is_no_person(question, kind):
    assert detect_kind(question) == kind


def test_the_place_is_answered(kb):
    assert "茶岭委员工作室" in first_line(kb, "哪个委员工作室被评为全省示范点")
    assert "枫坪街道委员工作站" in first_line(kb, "停车难的建议是哪个委员工作站报送的")


def test_who_is_still_answered_with_the_person(kb):
    assert first_line(kb, "生态保护的提案是哪个委员提的").startswith("答：祁望川")
