"""One sector or party asked (林业界交了几件, 民进提了几件提案), the sentence naming several and its amount's clause
another one or all of them: declined (unit_of_several.py). The sector's own clause (其中科技界5件) and a part of the
sentence about the one asked alone still answer. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青苇县第六届委员会常务委员会关于提案工作情况的报告

——2023年1月9日在政协青苇县第六届委员会第三次会议上

一、提案提交情况

界别提案来自林业界、科技界、体育界、新闻出版界等9个界别，其中科技界提交界别提案5件，居各界别之首。

以界别名义提交提案17件，涉及工商界、林业界、妇联界、青年界等9个界别。

支持民进、民革、致公党县级组织开展活动，各民主党派以党派名义提交提案26件。

二、界别活动情况

工商界别召集人罗青、林业界别召集人程远带领委员深入基层，全年界别活动共计88次。

11月，本界别与体育界别联合举办"全民健身进乡村"座谈会，两个界别的委员共19名参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingwei.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingwei"))


@pytest.mark.parametrize("question", ["林业界交了几件界别提案", "体育界提了几件界别提案", "工商界以界别名义交了几件",
                                      "林业界别去年活动搞了多少次", "民进提交了几件提案"])
def test_one_sector_or_party_asked_the_figure_of_others_declined(kb, question):
    assert not kb.answer(question).answered, question


def test_the_sector_of_the_amounts_own_clause_answers(kb):
    assert first_line(kb, "科技界提交了几件界别提案").startswith("答：5件")


def test_a_part_about_the_one_sector_asked_answers(kb):
    assert first_line(kb, "和体育界别联合座谈有多少名委员参加").startswith("答：19名")


def test_several_sectors_asked_together_are_not_one(kb):
    assert kb.answer("界别提案一共来自几个界别").answered
