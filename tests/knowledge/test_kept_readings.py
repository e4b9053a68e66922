"""Readings kept for speed (a shelf of a thousand reports) read exactly as made afresh: made-up text only."""

from __future__ import annotations

import random
from types import SimpleNamespace

from bot.knowledge.clause_join import crosses, joined_clauses
from bot.knowledge.list_names import listed_names, listed_names_kept
from bot.knowledge.others_told import newest_first, newest_kept
from bot.knowledge.sentence_rows import listed_rows, ordinal_rows

_LIST = "全镇建成议政点9个,其中桐溪村3个、柳湾村2个、石坪村4个,比上年增加2个;培训联络员15名"


def test_crosses_is_a_scan_of_the_stretch() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("议政点,;:。!?、占比12") for _ in range(rng.randint(0, 30)))
        lo, hi = sorted(rng.randint(-2, 34) for _ in range(2))
        for delimiters in (",;:。!?", ";。!?", ";。!?、"):
            assert crosses(text, lo, hi, delimiters) == any(c in delimiters for c in text[lo:hi])


def test_joined_clauses_keep_the_length() -> None:
    sentence = "收到建议48条,占全部的30%,比上年增加6条,其中3条已办结"
    joined = joined_clauses(sentence)
    assert len(joined) == len(sentence) and joined.count("、") == 3


def test_listed_names_kept_by_key() -> None:
    kept: dict = {}
    by_unit = lambda x: x.unit == "个"  # noqa: E731
    first = listed_names_kept(kept, ("unit", "个"), _LIST, by_unit)
    assert first == listed_names(_LIST, by_unit) and first
    assert listed_names_kept(kept, ("unit", "个"), _LIST, lambda x: False) is first  # read back by its key
    assert listed_names_kept(None, ("unit", "个"), _LIST, lambda x: False) == {}  # nothing kept without a dict


def test_rows_kept_are_fresh_lists() -> None:
    sentence = "各组提交建议:第一组12条,第二组9条,第三组7条。"
    rows = ordinal_rows(sentence)
    rows.clear()
    assert len(ordinal_rows(sentence)) == 3
    listed = listed_rows("收到来稿:桐溪村12篇、柳湾村9篇、石坪村7篇")
    listed.append(("x", 0, 0))
    assert [label for label, *_ in listed_rows("收到来稿:桐溪村12篇、柳湾村9篇、石坪村7篇")] == ["桐溪村", "柳湾村", "石坪村"]


def test_newest_kept_tests_only_what_it_needs() -> None:
    years = [2019, 2023, 2021, 2023, 2020, 2022]
    index = SimpleNamespace(frames=[SimpleNamespace(year=y) for y in years], passage_doc=list(range(len(years))))
    others = [SimpleNamespace(passage=p, keep=p % 3 != 1) for p in range(len(years))]
    asked = []
    keeps = lambda other: asked.append(other.passage) or other.keep  # noqa: E731
    kept = newest_kept(index, others, keeps, at_most=2)
    assert kept == [o for o in newest_first(index, others) if o.keep][:2]
    assert len(asked) < len(others)  # the oldest were never tested
