"""A name asked of a thing the sentence names in other words: a writing's quoted 关于… title (某委员的提案题目, 写的
社情民意叫啥), the kind of a show written after its quoted name ("…"书画摄影展 for 展览叫什么), a talk given (主讲"…"
for 讲的题目). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年工作总结

一、参政议政

全年共收到提案318件，经审查立案296件，提案办复率100%。

郑启航委员提交的"关于破解小微企业用工难题的建议"，推动县人社局上线"枫堰用工通"平台，全年服务企业300余家。

全年报送社情民意信息56条，被市政协采用21条。

委员冯雪芹撰写的"关于规范农村建房审批的建议"被市政协采用，县自然资源局据此开展专项整治。

二、文化文史

文史委主任钟国樑牵头举办"山水枫堰"书画摄影展，展出作品126件，参观群众3000余人次。

"枫林讲坛"是文史委联合县图书馆共同举办的公益讲座，邀请专家学者登台主讲。全年举办8期，现场听众六百余人次，其中第5期由市社会科学院研究员孔维安主讲《从古驿道看枫堰商贸》，反响热烈。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan17.txt", _REPORT)], tmp_path_factory.mktemp("fengyan17"))


def test_a_writings_title(kb):
    assert "关于破解小微企业用工难题的建议" in first_line(kb, "郑启航委员的提案题目")
    assert "关于规范农村建房审批的建议" in first_line(kb, "冯雪芹写的社情民意叫啥")


def test_a_shows_kind_after_its_name(kb):
    assert "山水枫堰" in first_line(kb, "钟国樑牵头办的展览叫什么")


def test_a_talks_title(kb):
    assert "从古驿道看枫堰商贸" in first_line(kb, "第5期枫林讲坛讲的题目是啥")


def test_a_talk_given_names_its_title(kb):
    from bot.knowledge.question import analyse
    from bot.knowledge.titles import named_thing_untold

    norm = "第5期讲坛讲的题目是啥"
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    assert not named_thing_untold(q, '其中第5期由研究员孔维安主讲"从古驿道看枫堰商贸",反响热烈。')
