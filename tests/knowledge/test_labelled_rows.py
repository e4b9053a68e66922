"""Rows of figures each opened by its label (甲区:委员之家1个,工作站9个,…; 合计:…): a question naming a label and
the thing counted gets that row's figure; naming none, the total; asking which has the most, the label of the
row with the most.  Also what those rows need of the places they name: a verb taking the members (入驻市政协委员)
and 多少 before 市政协 name no place, a district's name ending in a common word (棂 + 山区) is one word, a count
asked by its measure noun alone (全年活动场次) is a count, and 街道 before 委员工作站 is the kind at large."""

from __future__ import annotations

import pytest

from bot.knowledge.labelled_rows import row_sets, unasked_row
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.vocabulary import learn_places

from .conftest import first_line

_REPORT = """椑州市政协2023年委员联络工作情况报告

椑州市政协委员联络委员会
（二〇二四年一月十日）

一、委员之家和委员工作站建设

截至2023年12月底，全市5个区县全部建成委员之家，街道（镇）委员工作站由2022年底的21个增加到34个，全年新建13个。棂山区政协主席在会上作了经验介绍。

各区县委员之家和委员工作站情况如下：

榉岭区：委员之家1个，街道（镇）委员工作站10个，其中2023年新建2个，入驻市政协委员66名，全年开展活动41场。
棂山区：委员之家1个，街道（镇）委员工作站7个，其中2023年新建3个，入驻市政协委员52名，全年开展活动33场。
桤塘区：委员之家1个，街道（镇）委员工作站6个，其中2023年新建2个，入驻市政协委员47名，全年开展活动30场。
栲坪县：委员之家1个，街道（镇）委员工作站6个，其中2023年新建5个，入驻市政协委员39名，全年开展活动26场。
栎源县：委员之家1个，街道（镇）委员工作站5个，其中2023年新建1个，入驻市政协委员31名，全年开展活动19场。
合　计：委员之家5个，街道（镇）委员工作站34个，其中2023年新建13个，入驻市政协委员235名，全年开展活动149场。

二、委员履职

全年组织委员视察12次，开展专题调研8项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("beizhou-liaison.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("beizhou-liaison"))


@pytest.mark.parametrize("question, expected", [
    ("榉岭区工作站全年活动几场", "41场"),
    ("栲坪县全年开展活动几场", "26场"),
    ("棂山区入驻了多少市政协委员", "52名"),
    ("栎源县入驻的市政协委员多少名", "31名"),
    ("桤塘区委员工作站全年活动场次", "30场"),
])
def test_a_row_answers_its_label(kb, question, expected):
    assert first_line(kb, question).startswith("答：" + expected)


def test_naming_no_label_asks_the_total(kb):
    assert first_line(kb, "去年新建了多少个委员工作站").startswith("答：13个")


@pytest.mark.parametrize("question, expected", [
    ("哪个区的委员工作站数量最多", "榉岭区"),
    ("去年哪个区县新建工作站最多", "栲坪县"),
])
def test_the_most_is_a_rows_label(kb, question, expected):
    assert first_line(kb, question).startswith("答：" + expected)


def test_the_kind_at_large_is_no_unit(kb):
    assert first_line(kb, "前年底全市有几个街道委员工作站").startswith("答：21个")


def test_rows_are_read_once_and_named_rows_are_asked(kb):
    index = kb.answerer.index
    row = next((p, s) for p, sentences in enumerate(index.sentence_norm) for s, sentence in enumerate(sentences)
               if sentence.startswith("桤塘区:"))
    assert unasked_row(index, "去年新建了多少个委员工作站", *row)
    assert not unasked_row(index, "桤塘区新建了多少个", *row)
    assert not unasked_row(index, "榉岭区新建了多少个", *row)  # another label named: the place's own doubt decides


def test_places_are_learned_as_row_labels():
    sentences = ["棂山区:委员之家1个", "各区县:5个", "椤山区政协主席", "全年工作站:5个", "在椤山县:召开"]
    assert learn_places(sentences, lambda word: False) == ["棂山区"]


_BRANCHES = """栌溪县政协机关2021年党建工作总结

一、组织生活

全年各支部共召开支委会33次。机关党委全年召开党员大会3次。

机关第一党支部：党员12名，党员大会6次，支委会13次，党小组会30次。
机关第二党支部：党员10名，党员大会5次，支委会11次，党小组会28次。
离退休干部党支部：党员8名，党员大会4次，支委会9次，党小组会20次。
合计：党员30名，党员大会15次，支委会33次，党小组会78次。

二、学习

集中学习：14次
提交提案：52件
"""


@pytest.fixture(scope="module")
def branches(tmp_path_factory):
    document = SourceDocument("luxi-party.txt", _BRANCHES.split("\n", 1)[0], "2021", _BRANCHES)
    return KnowledgeBase([document], tmp_path_factory.mktemp("luxi-party"))


def test_a_label_is_named_by_the_part_telling_it_from_the_others(branches):
    index = branches.answerer.index
    row = next((p, s) for p, sentences in enumerate(index.sentence_norm) for s, sentence in enumerate(sentences)
               if sentence.startswith("机关第一党支部:"))
    assert not unasked_row(index, "第一党支部支委会开了几次", *row)
    assert unasked_row(index, "支部支委会一共开了几次", *row)  # 支部: every label holds it


def test_a_list_of_items_each_its_own_measure_is_no_set(branches):
    index = branches.answerer.index
    sets, _ = row_sets(index)
    assert [[label for *_, label in run] for run in sets] == [["机关第一党支部", "机关第二党支部", "离退休干部党支部", "合计"]]
