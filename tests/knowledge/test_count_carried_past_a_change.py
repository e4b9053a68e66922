"""A clause telling how a count changed (由上年的15件增至26件) counts the same thing as the clause
before it: a part told after it (其中7件得到…批示) still counts that thing. On made-up text."""

from __future__ import annotations

from bot.knowledge.carried_counts import carried_count
from bot.knowledge.facts import find_quantities


def test_a_part_after_a_change_clause_counts_the_thing_named_first():
    sentence = "全年委员提交调研报告26件,由2020年的15件增至26件,被市委采用11件,其中7件得到市长批示"
    part = find_quantities(sentence)[-1]
    assert part.text == "7件"
    assert carried_count(("调研报告",), sentence, part)


def test_a_clause_of_another_thing_still_breaks_the_chain():
    sentence = "全年委员提交调研报告26件,编印简报15件,其中7件得到市长批示"
    part = find_quantities(sentence)[-1]
    assert not carried_count(("调研报告",), sentence, part)


def test_a_part_after_qizhong_a_time_and_the_deed_asked_counts_the_thing_named_first():
    sentence = "目前,市政协聘任特约联络员48名,覆盖12个界别,其中去年新聘9名"
    part = find_quantities(sentence)[-1]
    assert part.text == "9名"
    assert carried_count(("联络员",), sentence, part, ["新", "聘"])
    assert not carried_count(("联络员",), sentence, part, ["表彰"])  # another deed after 其中: not told as asked
