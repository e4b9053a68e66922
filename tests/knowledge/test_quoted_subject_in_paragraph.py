"""A count asked of a quoted title (「委员巡湖行」巡湖监督了多少次) is told by a sentence that quotes no
title of its own when the last sentence of its paragraph quoting any names that title (开展"委员巡湖行"
…活动。今年共开展巡湖监督28次), even nested in a longer one; a title quoted elsewhere, or never, is
not its subject, nor is it when the sentence tells nothing else the question asks (…包括"X志"。全年新增
数字化文史资料120万字 for 《X志》有多少万字). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭市人口资源环境委员会2022年工作总结

一、开展民主监督

（一）深化"委员巡湖行"监督活动。专委会与市湖长制办公室联合开展"委员巡湖行"民主监督活动，组织委员担任湖泊民主监督员。今年共开展巡湖监督28次，发现问题41个。

（二）开展"委员护绿行"活动。组织委员参加义务植树，全年植树1200株。

三、文史工作

编印文史书籍3册，包括"云岭风物志"。全年新增数字化文史资料120万字。

二、调查研究

7月，专委会就养老服务开展调研，形成"关于完善我市"银龄关爱"服务体系的调研报告"。报告提出加快社区养老设施建设等建议9条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunling.txt", _REPORT)], tmp_path_factory.mktemp("yunling"))


def test_the_title_quoted_just_before_is_the_sentences_subject(kb):
    assert first_line(kb, "「委员巡湖行」巡湖监督了多少次？").startswith("答：28次")
    assert first_line(kb, "“银龄关爱”调研报告提了几条建议？").startswith("答：9条")  # nested in the report's title


def test_a_title_quoted_elsewhere_or_never_is_not_its_subject(kb):
    assert not kb.answer("「委员护绿行」巡湖监督了多少次？").answered  # another paragraph's title
    assert not kb.answer("「委员护林行」巡湖监督了多少次？").answered
    assert not kb.answer("“护苗关爱”调研报告提了几条建议？").answered
    assert not kb.answer("《云岭风物志》有多少万字").answered  # the next sentence counts something else
