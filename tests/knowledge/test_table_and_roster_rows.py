"""Lines laid out in columns.  A table written as text, cells parted by ｜ or | under a header of names
(县（区）｜通村公路里程｜硬化率): each row is read as the sentence it stands for (岱溪县：通村公路里程1260公里，
硬化率96.4%。), so one place's figure is answered.  A roster whose rows set a name and its post apart by a
column gap (成员：祁文远　市政协委员，…): each row is whole, not run into the next as a line the layout broke,
so a member's post is their own row's, not the one before.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text, split_passages
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.roster_rows import rows_as_roster
from bot.knowledge.table_rows import rows_as_sentences

from .conftest import first_line

_REPORT = """关于加快农村公路建设的调研报告

岚岫市政协城乡建设委员会

（二〇二二年二月十日）

一、基本情况

截至2021年底，全市农村公路总里程达到5120公里，各县农村公路情况见下表。

表1 各县农村公路情况
县（区）｜通村公路里程｜硬化率｜养护经费
岱溪县｜1260公里｜96.4%｜820万元
槿山县｜980公里｜88.7%｜560万元
杏塘区|640公里|99.1%|310万元

二、存在的问题

部分山区县道路等级偏低，养护资金不足，安全设施欠账较多。

附：调研组成员名单

组　长：程立山　市政协副主席
成　员：祁文远　市政协委员，岱溪县交通运输局局长兼县公路事业发展中心主任
　　　　庞晓岚　市政协委员，槿山县柏岗乡党委书记
　　　　倪子涵　市政协常委，市农业科学院研究员
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-rows"))


@pytest.mark.parametrize("question, answer", [
    ("槿山县硬化率是多少", "88.7%"),
    ("岱溪县通村公路里程多少", "1260公里"),
    ("杏塘区养护经费多少钱", "310万元"),
])
def test_a_table_row_answers_its_places_figure(kb, question, answer):
    assert answer in first_line(kb, question)


def test_a_row_is_written_as_a_sentence_under_its_header():
    lines = ["县（区）｜里程｜硬化率", "岱溪县｜1260公里｜96.4%", "说明：数据截至年底"]
    assert rows_as_sentences(lines) == [lines[0], "岱溪县：里程1260公里，硬化率96.4%。", lines[2]]
    assert rows_as_sentences(["岱溪县｜1260公里｜96.4%"]) == ["岱溪县｜1260公里｜96.4%"]  # no header: as written


def test_roster_rows_stay_apart():
    document = document_from_text("lanxiu.txt", _REPORT)
    paragraphs = [p.paragraph for p in split_passages(document)]
    assert "成员：市政协委员、槿山县柏岗乡党委书记庞晓岚。" in paragraphs  # its own row, under the label above it, read as a sentence (roster_rows.py)


def test_a_members_post_is_their_own_rows(kb):
    line = first_line(kb, "庞晓岚是干啥的")
    assert "柏岗乡党委书记" in line and "交通运输局" not in line


# A roster in columns: the name and its posts are one row; normalising would run them together
# (倪子涵市政协常委…), so the row is read as prose writes it, the posts before the name.
@pytest.mark.parametrize("question, answer", [
    ("倪子涵是哪个单位的", "市农业科学院"),
    ("庞晓岚在哪任职", "槿山县柏岗乡党委书记"),
    ("祁文远是什么职务", "岱溪县交通运输局局长"),
    ("程立山是谁", "组长"),
])
def test_a_roster_row_tells_its_persons_post(kb, question, answer):
    assert answer in first_line(kb, question)


def test_roster_rows_are_written_as_sentences():
    rows = ["组 长：程立山 市政协副主席", "成 员：祁文远 市政协委员，县交通运输局局长", "方 涛 县农业技术推广站站长"]
    assert rows_as_roster(rows) == ["市政协副主席程立山担任组长。", "成员：市政协委员、县交通运输局局长祁文远。",
                                    "成员：县农业技术推广站站长方涛。"]
    # A byline, a speaker's line alone, a table row: as written.
    for line in (["本报记者 苏晴 通讯员 赵一鸣"], ["王立新 市政协主席"], ["泓口区 18.6万人", "梅岗区 12.1万人"]):
        assert rows_as_roster(line) == line
