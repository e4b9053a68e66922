"""A question naming a person (郑明远提了啥建议) finds them in the sentence that goes on about them by a
pronoun (…协会会长郑明远说。他在会上提出的"…"的建议…), not only in the one writing the name.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """协商聚力 履职为民--云溪县政协2022年履职纪实

一、全会开局

参加协商的县政协常委、县林业协会会长郑明远表示，协商会上讲的不是空话，每1条都要能落地。他在会上提出的"在溪口林场建设森林防火隔离带"的建议，已在2个乡镇先行实施，建成隔离带9公里。

二、调查研究

围绕农村宅基地改革开展专题调研，提出建议11条，调研报告获县委书记批示，县农业农村局据此出台了实施办法。
围绕乡村民宿发展开展视察，提出意见建议8条，均已得到回复。

三、自身建设

举办委员履职能力培训班2期，培训委员260人次。
机关开展作风建设专项行动，修订完善内部管理制度17项。
全年报送社情民意信息42条，其中9条获县领导批示，提出的建议被有关部门采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunxi-feature.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("pronoun-person"))


def test_the_sentence_going_on_by_pronoun_answers(kb):
    assert "森林防火隔离带" in first_line(kb, "郑明远提了啥建议")
