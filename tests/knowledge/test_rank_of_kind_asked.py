"""Which one of a kind ranks first asked (哪个界别开的最多, 哪个专门委员会交的提案最多): a list ranked by its
figures answers only where it names ones of that kind (经济界别立案31件、…), not a list of other things (专题协商会
5场、界别协商9场 are kinds of meeting; 民盟某县委12件 is a party's committee).  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.ranked_lists import kind_ranked

from .conftest import first_line

_REPORT = """政协澄岭县委员会2022年提案工作报告

一、提案提交

集体提案中，各民主党派县委提交38件，其中民盟澄岭县委12件、民建澄岭县委9件、九三学社澄岭县委8件。

经济界别立案31件，农业界别立案24件，教育界别立案19件。

二、协商议政

全年组织专题协商会5场、对口协商7场、界别协商9场、提案办理协商6场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengling.txt", _REPORT)], tmp_path_factory.mktemp("chengling"))


@pytest.mark.parametrize("question", ["哪个专门委员会交的提案最多", "9场界别协商里哪个界别开的最多"])
def test_a_list_of_other_things_ranks_none_of_the_kind(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


def test_a_list_of_the_kind_answers(kb):
    assert first_line(kb, "哪个界别立案最多").startswith("答：经济界别")


def test_kind_ranked():
    assert kind_ranked("哪个委员会提得最多", "经济委员会12件、文史委员会9件、农业委员会8件")
    assert not kind_ranked("哪个委员会提得最多", "党派团体提案31件、专门委员会提案13件、个人提案90件")
    assert kind_ranked("哪个民主党派交的提案最多", "民盟12件、民建9件、九三学社8件")


# A party's body opens with the party's short name (民盟某县委), never with the word 党派: a question asking
# which party proposed the most is answered by the list of parties, not by a total naming 各民主党派.
_PARTIES = """政协澄岭县委员会2023年提案工作报告

一、提案提交

全年共收到委员、各民主党派县委、县工商联和各界别提交的提案212件，比上年增加15件。

集体提案中，民进澄岭县委提交8件，农工党澄岭县总支提交5件，民革澄岭县委提交4件，九三学社澄岭县支社提交2件。
"""


@pytest.fixture(scope="module")
def parties(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengling2.txt", _PARTIES)], tmp_path_factory.mktemp("chengling2"))


@pytest.mark.parametrize("question", ["哪个党派提案最多", "提案最多的是哪个民主党派", "哪个党派交的提案最多"])
def test_which_party_the_most_is_read_in_the_list_of_parties(parties, question):
    line = first_line(parties, question)
    assert line.startswith("答：民进澄岭县委") and "8件" in line


def test_a_total_naming_every_party_ranks_none():
    from bot.knowledge.ranked_lists import top_of_list

    total = "全年共收到委员、各民主党派县委、县工商联和各界别提交的提案212件,比上年增加15件。"
    assert top_of_list("哪个党派提案最多", total) == ""
