"""listed_names reads a sentence's list pieces once (list_names._pieces); what each question
counts as an answer still chooses the items, call after call on the same sentence."""

from bot.knowledge.list_names import listed_names
from bot.knowledge.facts import find_quantities

_SENTENCE = "全年共建成书屋40个，其中东岭镇12个、西岗乡9座、南湖街道19个"


def test_the_same_sentence_read_for_two_measures():
    by_ge = listed_names(_SENTENCE, lambda x: x.unit == "个")
    by_zuo = listed_names(_SENTENCE, lambda x: x.unit == "座")
    assert set(by_ge.values()) == {"全年共建成书屋", "东岭镇", "南湖街道"}
    assert list(by_zuo.values()) == ["西岗乡"]
    assert listed_names(_SENTENCE, lambda x: x.unit == "个") == by_ge  # asked again: the same


def test_the_items_start_where_their_figures_stand():
    starts = {x.start for x in find_quantities(_SENTENCE)}
    assert set(listed_names(_SENTENCE, lambda x: True)) <= starts
