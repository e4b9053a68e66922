"""A person named in one sentence and gone on about in the next by their post (这位…学院的教授…): the next
sentence's deed and workplace are theirs (某某是哪所学校的教授, 某某委员的提案推动了多少所学校…). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年履职纪实

一、委员风采

县政协今年遴选重点提案16件，由主席、副主席分别领衔督办，全部按期办结。

"以前交了提案就等答复，现在全过程都能参与。"委员郑岳明深有感触。这位枫堰师范学院的教授去年提交的"关于推进校园食堂明厨亮灶的提案"被列为重点提案，推动全县64所学校完成食堂改造。

县政协组织委员开展视察活动11次，提出意见建议47条，郑岳明、孔令华等委员参加了教育专题视察。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan10.txt", _REPORT)], tmp_path_factory.mktemp("fengyan10"))


def test_workplace_told_by_the_post_in_the_next_sentence(kb):
    assert "枫堰师范学院" in first_line(kb, "郑岳明是哪所学校的教授")


def test_deed_told_by_the_post_in_the_next_sentence(kb):
    assert first_line(kb, "郑岳明委员的提案推动多少所学校完成了食堂改造").startswith("答：64所")
