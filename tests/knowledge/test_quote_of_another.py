"""A name asked of a thing a person did (林晓峰带队调研的是什么课题): a sentence quoting a name right by
the question's words (副主席周立群牵头开展"…"调研) but missing the person others hold is not lifted
before the sentence that tells the person's own ("…"专题调研). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """政协枫溪区委员会常务委员会工作报告

一、调查研究

副主席林晓峰带队开展"农村寄递物流体系建设"专题调研，走访乡镇快递网点23个，召开座谈会5场，提出建议12条。副主席周立群牵头开展"城市书房布局优化"调研，深入街道社区实地察看15处，提出打造"15分钟阅读圈"等建议。

二、提案工作

全年共收到提案286件，经审查立案251件，已全部办复。
区委书记领衔督办"关于加快老旧小区改造的提案"，推动改造小区43个。

三、自身建设

举办委员履职能力培训班2期，培训委员260人次。
机关开展作风建设专项行动，修订完善内部管理制度17项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("fengxi.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("quote-of-another"))


def test_the_persons_own_quoted_name_answers(kb):
    assert "农村寄递物流体系建设" in first_line(kb, "林晓峰带队调研的是什么课题")
