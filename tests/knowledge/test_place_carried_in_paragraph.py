"""A paragraph opening on a place (溪口镇委员工作室成立于2019年，…) goes on about it in sentences that do not name it
again (全年开展接待活动22次…): a question on that place (溪口镇工作室接待群众多少人次) is answered from them, while
one on another place of the kind is still declined.  A place word right before another (园区工作室) says which one,
no place of its own; a town's 集镇 (its market centre) is no town named.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.town_names import town_names
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岫川县政协经济界别2021年工作总结

三、建好委员工作室

2021年，界别在原有桐溪镇委员工作室的基础上，新建岫川工业园区委员工作室，目前界别共有委员工作室2个。

桐溪镇委员工作室成立于2019年，由陈望舒委员负责，有入驻委员6名。全年开展接待活动27次，接待群众二百余人次，收集意见建议38条，协调解决群众反映问题11件，其中推动解决桐溪集镇菜市场排水不畅问题。

岫川工业园区委员工作室于2021年5月揭牌成立，由祁晓岚委员负责，有入驻委员8名。工作室开展“委员进企业”活动12次，走访企业49家，建立企业诉求“受理—交办—反馈”闭环机制。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiuchuan.txt", _REPORT)], tmp_path_factory.mktemp("xiuchuan"))


@pytest.mark.parametrize("question, answer", [
    ("桐溪镇工作室接待群众多少人次", "二百余人次"),
    ("桐溪镇工作室收集意见建议几条", "38条"),
    ("园区工作室走访企业多少家", "49家"),
])
def test_the_paragraphs_place_answers(kb, question, answer):
    assert first_line(kb, question).startswith(f"答：{answer}")


@pytest.mark.parametrize("question", ["青禾乡工作室接待群众多少人次", "桐溪镇服务站接待群众多少人次"])
def test_another_place_is_still_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_market_centre_is_no_town():
    assert town_names("推动解决桐溪集镇菜市场排水不畅问题") == []
    assert town_names("在桐溪镇召开座谈会") == ["桐溪镇"]
