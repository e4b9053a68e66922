"""Questions a sentence only neighbours are declined: the term before asked, the amount's clause naming no term
(term_told.previous_term_unnamed); a body asked that the answering sentence does not name (body_terms.py); a part
told only in counting brackets (bracket_part.py); which nationalities or religions, none named (checks.names_category);
the next one asked, or a milestone named only in a body's name (told.event_doubt, milestone_untold).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.body_terms import body_terms_untold
from bot.knowledge.bracket_part import asked_only_in_bracket_part
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.term_told import previous_term_unnamed
from bot.knowledge.told import event_doubt, milestone_untold

from .conftest import first_line

_TEXT = """蓟川市政协换届工作总结

一、委员构成

新一届委员共286名。研究生学历委员64名，占22.4%（博士研究生9名）。少数民族委员12名，占4.2%。女委员71名，比第8届的58名增加13名。

二、工作进程

2022年5月8日至9日，省政协换届工作督导组来蓟川督导。

三、特约监督员

市政协向市中级人民法院、市公安局等9家单位推荐特约监督员27名。

8月，市政协举办特约监督员培训班，共培训41人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("jichuan-term.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("neighbour-declined"))


def test_previous_term_unnamed():
    assert previous_term_unnamed("上届研究生学历委员多少", "研究生学历委员64名,占22.4%", "64名")
    assert not previous_term_unnamed("上届女委员多少", "女委员71名,比第8届的58名增加13名", "58名")
    assert not previous_term_unnamed("研究生学历委员多少", "研究生学历委员64名", "64名")


def test_body_terms_untold():
    assert body_terms_untold([("人民法院",), ("监督员",)], "举办特约监督员培训班,共培训41人次")
    assert not body_terms_untold([("人民法院",), ("监督员",)], "向市中级人民法院推荐特约监督员27名")
    assert not body_terms_untold([("提案委员会",)], "召开主任会议3次")  # the committee's own bodies: not this rule's


def test_bracket_part():
    shown = "研究生学历委员64名,占22.4%(博士研究生9名)"
    assert asked_only_in_bracket_part(["博士", "委员"], shown, shown.find("22.4%"))
    assert not asked_only_in_bracket_part(["博士"], shown, shown.find("9名"))
    assert not asked_only_in_bracket_part(["研究生"], shown, shown.find("22.4%"))


def test_next_and_body_named_milestones():
    shown = "2022年5月8日至9日,省政协换届工作督导组来蓟川督导"
    assert milestone_untold("省政协啥时候换届", shown)
    assert not milestone_untold("省政协啥时候换届", "2022年1月,省政协完成换届")
    assert event_doubt("下一次换届是哪年", "2022年", "2022年1月,省政协完成换届") < 1.0
    assert event_doubt("下一次换届是哪年", "2027年", "下一次换届拟于2027年进行") == 1.0


def test_declined(kb):
    for question in ("上届研究生学历委员多少", "特约监督员在市中级人民法院的有几个人", "博士委员占比多少",
                     "少数民族委员都是哪些民族", "省政协啥时候换届", "下一次换届是哪年"):
        assert not kb.answer(question).answered, question


def test_still_answered(kb):
    assert "64名" in first_line(kb, "研究生学历委员多少")
    assert "9名" in first_line(kb, "博士研究生有多少名")
    assert "41人次" in first_line(kb, "特约监督员培训班培训了多少人次")


def test_bracket_without_amount():
    shown = "编辑出版了《口述澂阳(第2卷)》,印数1800册"
    assert not asked_only_in_bracket_part(["2卷"], shown, shown.find("1800册"))


def test_last_place_untold():
    from bot.knowledge.items import rank_untold
    assert rank_untold("评议中排最后的部门", "对15个市直部门开展民主评议,提出意见建议48条")
    assert not rank_untold("评议中排最后的部门", "评议结果排名末位的是市某局")


def test_days_not_counted_by_ge(kb):
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.measures import counted_by_ge
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse
    norm = normalize_text("大会发言安排几个")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    sentence = "会议拟于3月上旬召开,会期4天"
    quantity = next(x for x in find_quantities(sentence) if x.text.startswith("4"))
    assert not counted_by_ge(q, sentence, quantity)


def test_each_person_asked_none_named(kb):
    from bot.knowledge.post_asked import names_nobody
    frequency = kb.answerer.segmenter.general_frequency
    assert names_nobody("重点提案9件都是谁领衔的", "9件重点提案分别由市政协主席、副主席领衔督办", frequency)
    assert not names_nobody("重点提案9件都是谁领衔的", "9件重点提案分别由主席沣若川、副主席鄞岭松领衔督办", frequency, {"沣若川"})


def test_part_picked_by_a_de_phrase():
    from bot.knowledge.listed_items import untold_part
    from bot.knowledge.question_terms import Term
    terms = [Term(text, 1.0, (text,), False, known) for text, known in (("推荐", True), ("人选", True), ("民企", False))]
    assert untold_part("推荐人选里民企的有几个", terms)
    assert not untold_part("推荐人选里民企的有几个", terms[:2])


def test_count_named_in_its_clause():
    from bot.knowledge.count_named import other_count_named
    assert other_count_named(["大会", "发言"], "重点提案数量不少于", "重点提案数量不少于12件")
    assert not other_count_named(["重点", "提案"], "重点提案数量不少于", "重点提案数量不少于12件")
    assert not other_count_named(["大会", "发言"], "安排大会发言", "安排大会发言8个")


def test_count_named_by_a_short_term():
    from bot.knowledge.count_named import other_count_named
    assert not other_count_named(["优秀", "提案"], "评选数量不超过", "评选数量不超过9件", ["评"])
