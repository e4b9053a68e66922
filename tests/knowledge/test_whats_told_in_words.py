"""Whats a sentence tells in its own words, on a made-up 文史 summary:

- a renaming (原某委员会于某年某月更名为某委员会): 某委员会以前叫什么 → the old name, 某委员会后来改名叫什么 → the new,
  哪年哪月改名的 → the date of 更名 (改名 read as 更名);
- a volume asked by its ordinal (第十七辑分成哪三个部分): 第17辑 one word, 第 never a slip (内刊第5期 is no 内刊提质),
  分成 read as 分为, and 全辑 two sentences on still that volume; 第5期为"…专刊" names the issue asked;
- what a principle or motto holds (二亲原则指什么, 按什么原则推进, 宗旨是哪八个字): the sentence quoting its words right
  before its noun, not one only naming it; 哪八个字 counts characters, not items of a list;
- where a thing stands (史料馆在什么地方 → 位于某区某路), and where a show went (巡展去了哪些地方 → 赴…等地巡展, not
  where it was first held);
- when a thing of the past began or flourished, told as a period (创烧于南宋时期, 盛于清代中期), not a date near it;
- the points a lead sentence introduces (我们有以下几点体会：) are told after it, though a point's own sentence
  is read beside it;
- the items a counted short form stands for (两个周年是哪两个), told beside the sentence quoting it."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_SUMMARY = """珞汀市政协学习和文史委员会2020年工作总结

珞汀市政协学习和文史委员会
（二〇二一年一月八日）

根据市政协机构改革方案，原市政协文史和教育委员会于二〇二〇年五月更名为学习和文史委员会（以下简称委员会），相关工作继续由委员会办公室承担。一年来，委员会坚持“亲身、亲历”的二亲原则，围绕“求真、存实、立信、致用”的工作宗旨，扎实推进史料整理和编研出版。

一、主要工作

1．《珞汀文史》如期出版。第十七辑《汀水船影》收录文章30篇，于二〇二〇年六月出版。该辑梳理了汀水航运史。全辑分为“古渡”“船帮”“新篇”三个部分，史料价值和可读性兼具。

2．《珞汀史话》内刊提质增效。全年编印《珞汀史话》6期，刊发文章90篇。其中第5期为“建党百年专刊”，刊发回忆文章12篇。内刊每期印数500册。

3．史料整理实行分步推进。在整理过程中，委员会按照“先旧后新、先文后图”的原则，优先整理纸张老化的旧报刊。

4．市政协史料馆全年开放。市政协史料馆位于汀南区学府路，展陈面积900平方米，全年接待参观者1.2万人次。

5．举办主题展览。5月至7月，在史料馆举办“汀水帆影——航运历史图片展”，参观人数0.8万人次。展览结束后，赴汀南区、璟溪县等地巡展6场。

6．举办汀窑学术研讨会。10月12日，委员会举办“汀窑历史文化研讨会”，邀请专家学者40人参会。与会专家结合出土标本，初步认定汀窑创烧于南宋时期，盛于清代中期。

二、几点体会

回顾一年来的工作，我们有以下几点体会：

一是必须坚持史料求真。史料工作必须实事求是，确保史料真实可信。

二是必须坚持开门办史。既要坚持二亲原则、传承好的做法，又要积极运用新手段推进史料整理。

三、2021年工作计划

2021年是中国共产党成立100周年，也是珞汀建市30周年。委员会将围绕“两个周年”，重点做好以下工作：

（一）继续抓好史料征集。力争全年征集史料3000件。

（二）推出一批精品成果。计划出版第十八辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("luoting-culture.txt", _SUMMARY)], tmp_path_factory.mktemp("luoting"))


@pytest.mark.parametrize("question, answer", [
    ("学习和文史委员会以前叫什么", "文史和教育委员会"),
    ("学习和文史委员会的原名是什么", "文史和教育委员会"),
    ("文史和教育委员会后来改名叫什么", "学习和文史委员会"),
    ("文史和教育委员会哪年哪月改名的", "二〇二〇年五月"),
])
def test_a_renaming_tells_the_other_name_and_its_date(kb, question, answer):
    assert answer in first_line(kb, question)


@pytest.mark.parametrize("question, answer", [
    ("第十七辑分成哪三个部分", "古渡"),
    ("内刊第5期是什么专刊", "建党百年专刊"),
])
def test_a_volume_asked_by_its_ordinal(kb, question, answer):
    assert answer in first_line(kb, question)


@pytest.mark.parametrize("question, answer", [
    ("史料整理按什么原则推进", "先旧后新、先文后图"),
    ("二亲原则指什么", "亲身、亲历"),
    ("工作宗旨是哪八个字", "求真、存实、立信、致用"),
])
def test_a_principle_holds_the_words_quoted_before_it(kb, question, answer):
    assert answer in first_line(kb, question)


@pytest.mark.parametrize("question, answer", [
    ("市政协史料馆在什么地方", "汀南区学府路"),
    ("航运图片展巡展去了哪些地方", "璟溪县"),
])
def test_where_it_stands_and_where_it_went(kb, question, answer):
    assert answer in first_line(kb, question)


@pytest.mark.parametrize("question, answer", [
    ("汀窑是什么时候创烧的", "南宋时期"),
    ("汀窑最兴盛是什么时候", "清代中期"),
])
def test_a_period_of_the_past(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


def test_the_points_a_lead_sentence_introduces(kb):
    line = first_line(kb, "有哪几点体会")
    assert "必须坚持史料求真" in line and "必须坚持开门办史" in line


def test_the_items_of_a_counted_short_form(kb):
    assert "中国共产党成立100周年" in first_line(kb, "两个周年是哪两个")
