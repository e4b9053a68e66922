"""Which sector, company or road asked (哪个界别, 哪个公司, 哪条路) is answered by a sentence naming one as Chinese
writes it: a sector by its field and 界 (文化艺术界提交的…), a company as a 集团 (华兴食品集团总经理), a road as a
大道 (在滨江大道一处下穿通道); 世界, 各界 name no sector, and a sentence naming none of the kind is still doubted.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """沅屿市政协2022年提案工作情况报告

一、提案办理成效

文化艺术界提交的“关于保护沅屿传统村落的提案”，推动沅屿市修缮传统民居42处。

监督小组在沅屿市东湖区滨江大道一处下穿通道发现排水泵站长期“带病运行”，随即形成监督建议。

温望川委员(沅屿华兴食品集团总经理)荣获“全省优秀民营企业家”称号。

社会各界踊跃参与沅屿市“文明城市”创建，提出建议300余条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuanyu.txt", _REPORT)], tmp_path_factory.mktemp("yuanyu"))


@pytest.mark.parametrize("question, answer", [
    ("传统村落提案是哪个界别提的", "文化艺术界"),
    ("排水泵站是在东湖区哪条路的下穿通道发现的", "滨江大道"),
])
def test_the_kind_is_named_as_chinese_writes_it(kb, question, answer):
    assert answer in first_line(kb, question)


@pytest.mark.parametrize("asked, sentence, named", [
    ("公司", "温望川委员(沅屿华兴食品集团总经理)荣获称号", True),
    ("路", "在滨江大道一处下穿通道发现", True),
    ("界别", "农业和农村界提交的建议", True),
    ("界别", "社会各界踊跃参与", False),
    ("界别", "放眼世界", False),
])
def test_names_category(kb, asked, sentence, named):
    assert kb.answerer.checks.names_category(asked, sentence) is named


def test_all_walks_of_life_name_no_sector(kb):
    assert not kb.answer("文明城市创建是哪个界别提的建议").answered
