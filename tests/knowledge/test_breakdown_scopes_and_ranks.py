"""Parts and totals of a committee's counts read as a report writes them, on a report of our own: a question naming
no item of a breakdown asks its total (收到多少件提案 → 198件, not the 大会期间 part), nor does a remainder of a list
(其余各界别共立案61件) answer 立案多少件; a breakdown within a scope (在转为意见建议的22件中，…) answers its items, not
the clause joining them by 或 before it; a paragraph breaking down by a dimension (从内容分类看，…) counts what its
section reports on; a lone character re-joins the word the documents write (支 社交 → 支社 交); a superlative asked
is read in the sentence ranking the items; those a deed was done to (其中有7件…被有关部门吸收采纳) answer
only a question asking that deed; a short clause (共建账36本) counts what the clause before it names."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于政协青杉县第八届委员会第四次会议以来提案工作情况的报告

——二〇二四年一月十日在政协青杉县第八届委员会第五次会议上

一、过去一年提案工作的主要情况

2023年是全县推进高质量发展的关键之年。

（一）提案提交和立案情况

八届四次会议以来，县政协共收到委员和各参加单位提交的提案198件，比上年增加12件。其中，大会期间收到提案171件，闭会期间收到提案27件。

经审查，立案176件，立案率88.9%；对属于个人诉求或者已有明确政策答复的22件提案，转为意见建议交有关部门参考。在转为意见建议的22件中，属于个人诉求的9件，已有明确政策答复或正在落实的8件，内容笼统、缺少可行措施的5件。审查中，对不予立案的意见建议逐件注明转送单位，其中有7件意见建议被有关部门吸收采纳。

从界别分布看，经济界别立案41件，农业界别立案30件，教育界别立案25件，科技界别立案19件，其余各界别共立案61件。

集体提案中，民建青杉县支部提交6件，九三学社青杉县支社提交5件。

提案委员会年初为每个承办单位设立办理台账，共建账36本。

从内容分类看，产业发展类52件，占29.5%；民生保障类47件，占26.7%；城乡治理类40件，占22.7%；生态文明类37件，占21.0%。

承办提案数量较多的单位依次为：县财政局21件、县水利局17件、县民政局14件、县文旅局11件。

二〇二三年五月十日，在县财政局召开“盘活闲置资产”提案办理协商会，提案人和承办单位负责人共20人参加。各承办单位均按期答复。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingshan.txt", _REPORT)], tmp_path_factory.mktemp("qingshan"))


@pytest.mark.parametrize("question, fact", [
    ("青杉县政协2023年收到多少件提案", "198件"),
    ("大会期间收了几件", "171件"),
    ("青杉县政协去年立案了多少件？", "176件"),
    ("经济界别立案几件", "41件"),
    ("转为意见建议的有多少件", "22件"),
    ("已有明确政策答复而转为意见建议的有几件", "8件"),
    ("属于个人诉求的转了几件", "9件"),
    ("内容笼统缺少措施的那种转了几件", "5件"),
    ("不予立案、转成意见建议的有多少件", "22件"),
    ("意见建议被有关部门采纳了几件", "7件"),
    ("一共设立了多少本办理台账", "36本"),
    ("民生保障类有几件提案", "47件"),
    ("九三学社支社交了几件", "5件"),
    ("民建支部交了几件", "6件"),
    ("承办提案最多的是哪个单位？", "县财政局"),
])
def test_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "县政协收到多少条社情民意信息",
    "承办提案最少的是哪个单位",  # the list gives only those with more (较多的单位), not the least
])
def test_declines(kb, question):
    assert not kb.answer(question).answered
