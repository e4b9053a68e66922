"""A committee's own report names itself 专委会: a question naming the committee (人资环委, in full
人口资源环境委员会) is about the sentences that say 专委会, not one about another body of the same name
(省政协人口资源环境委员会). The body is learned from a title that names the committee with its
term first (政协云岭市第八届委员会人口资源环境委员会…). 专委会办公室 is its office, and another
committee's report, which says 专委会 too, is not this one's. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import learn_frame
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_OWN = """政协云岭市第八届委员会人口资源环境委员会2022年工作总结

一、调查研究

2022年，专委会紧扣市委中心工作和群众关切，共开展重点调研4项，比上年增加1项。

此外，专委会还配合省政协人口资源环境委员会来云岭调研3次，协助开展"湿地保护"相关调研，提供书面材料6份。
"""

_OTHER = """政协云岭市第八届委员会文化文史委员会2022年工作总结

一、调查研究

2022年，专委会围绕文化强市建设，共开展重点调研7项，编辑出版文史资料2辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text("own.txt", _OWN), document_from_text("other.txt", _OTHER)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("yunling"))


def test_the_body_is_read_from_a_title_naming_the_term_first():
    assert learn_frame(2022, "政协云岭市第8届委员会人口资源环境委员会2022年工作总结", "").body == "人口资源环境委员会"
    assert learn_frame(2022, "政协第8届云岭市委员会2022年工作报告", "").body is None  # the committee itself


def test_a_question_naming_the_committee_reads_its_own_sentences(kb):
    assert first_line(kb, "2022年人资环委开展了几项重点调研？").startswith("答：4项")
    assert first_line(kb, "文化文史委员会开展了几项重点调研？").startswith("答：7项")
    assert first_line(kb, "省政协人口资源环境委员会来云岭调研了几次？").startswith("答：3次")


def test_another_committees_zhuanweihui_is_not_this_one(kb):
    assert not kb.answer("文化文史委员会提供了几份书面材料？").answered
    assert not kb.answer("人资环委编辑出版了几辑文史资料？").answered
