"""A detail the report does not write, asked where it writes a neighbour of it, is declined: people counted, a
gift of books told (counted_kind.py); books counted, events told; one group of people, a count of several
listed with 等 told (joint_total.groups_total); a body's members, one end of a ranking told (rank_cut.py); an
item of one series, another series' item told (series_items.other_series_item); the date or place of one
item, another item's told in its own clause (wording.figure_of_other_ordinal); which hall, none named
(neighbour_parts.py); which publisher, only 出版 the verb told (checks.names_category); which books, none
named (books_asked.py).  The near questions
the report does answer stay answered.  On a report of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.books_asked import books_untold
from bot.knowledge.counted_kind import other_kind_counted
from bot.knowledge.joint_total import groups_total, joint_total
from bot.knowledge.neighbour_parts import neighbour_part_doubt
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.rank_cut import rank_cut_told
from bot.knowledge.series_items import other_series_item
from bot.knowledge.wording import figure_of_other_ordinal

from .conftest import first_line

_TEXT = """政协瀞川县委员会关于2023年度委员读书活动的总结

一、总体情况

县政协现有委员198名。2023年，报名参加读书活动的委员186名；另有县政协机关干部、各乡镇（街道）政协工作联络员等47名同志参加读书。

二、主要做法

1. “棂星讲坛”读书讲座全年举办7期。第1期以“读懂县域经济”为题，第2期以“古村落里的乡愁”为题，第3期于2023年9月6日在藜溪镇桤木村举办，以“茶园与乡村振兴”为题，31名委员参加；第4期以“河湖长制与生态保护”为题。

2. 与县图书馆联合举办“栝楼学堂”4期，线上线下听众累计八百余人次。

3. 2023年10月12日，邀请瀞川师范学院教授鄢望舒作客“栝楼学堂”，作题为《数字乡村建设的路径》的专题辅导，现场和线上共有委员一百二十余人参加。

4. 2023年11月，“青年委员读书小组”走进县工业园区槿园电子有限公司，开展读书交流活动，为企业职工书屋捐赠图书800册。

5. 2023年7月，“巾帼委员读书小组”在藜溪镇桤木村开展“暑期伴读”青少年阅读活动3场，服务留守儿童90余名。

6. 对年度读书积分排名后8位的委员，由学习委员会逐一进行谈心提醒。

7. 委员在读书基础上编写《瀞川耆旧录》初稿，收录人物故事36个，计划于2024年正式出版。

8. 委员邬砚秋在“文化文史群”领读《瀞川山水记》，群内委员提交心得41篇。

三、2024年工作打算

将读书群调整为9个，新增“澄碧读书群”；委员参与率保持在95%以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("jingchuan-reading.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("neighbour-detail"))


def _q(norm: str, counted: str | None = None, unit: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(norm=norm, counted=counted, unit=unit)


def test_another_kind_counted():
    assert other_kind_counted(_q("某公司有多少职工", "职工"), "册")
    assert other_kind_counted(_q("有多少名志愿者", "志愿者", "名"), "场")
    assert not other_kind_counted(_q("有多少名志愿者", "志愿者", "名"), "名")
    assert other_kind_counted(_q("暑期活动捐了多少书"), "场")
    assert not other_kind_counted(_q("暑期活动捐了多少书"), "册")
    assert not other_kind_counted(_q("建了多少书屋", "书屋"), "个")  # a 书屋 is no book


def test_groups_counted_together():
    terms = [SimpleNamespace(text=w) for w in ("乡镇", "政协", "联络员", "参加")]
    sentence = "另有县政协机关干部、各乡镇政协联络员等47名同志参加读书"
    at = sentence.find("47")
    assert groups_total(terms, sentence, at)
    assert joint_total("乡镇政协联络员有多少名参加", terms, sentence, at)
    assert not joint_total("机关干部和联络员等多少名同志参加", terms, sentence, at)  # the groups together asked
    plain = "另有机关干部47名参加读书"
    assert not groups_total(terms, plain, plain.find("47"))


def test_rank_cut():
    shown = "对年度读书积分排名后8位的委员,由学习委员会逐一进行谈心提醒"
    assert rank_cut_told("学习委员会有几名委员", "8位", shown)
    assert not rank_cut_told("积分排名后几位的委员要谈心", "8位", shown)
    assert not rank_cut_told("学习委员会有几名委员", "12名", "学习委员会现有委员12名")


def test_other_series_item():
    paragraph = '"棂星讲坛"读书讲座全年举办7期。第1期以"读懂县域经济"为题,第2期以"古村落里的乡愁"为题'
    assert other_series_item("栝楼学堂去年第2期讲的什么", paragraph)
    assert not other_series_item("棂星讲坛第2期讲的什么", paragraph)
    assert not other_series_item("第2期讲的什么", paragraph)  # no series named


def test_date_of_another_item():
    shown = '第2期以"古村落里的乡愁"为题,第3期于2023年9月6日在藜溪镇桤木村举办'
    assert figure_of_other_ordinal("第2期", "2023年9月6日", shown)
    assert not figure_of_other_ordinal("第3期", "2023年9月6日", shown)


def test_hall_untold():
    q = SimpleNamespace(norm="鄢望舒那场辅导在哪个会场举办的", names=[], unit=None, counted=None)
    assert neighbour_part_doubt(q, "where", "", '邀请瀞川师范学院教授鄢望舒作客"栝楼学堂",作专题辅导') == 0.4
    assert neighbour_part_doubt(q, "where", "", "辅导在县政协3楼报告厅举办") == 1.0
    assert neighbour_part_doubt(q, "where", "在县图书馆报告厅", "辅导在县图书馆报告厅举办") == 1.0
    assert neighbour_part_doubt(q, "where", "赴藜溪镇", "赴藜溪镇开展辅导") == 0.4


def test_books_untold():
    assert books_untold("澄碧读书群要读哪些书", "新增“澄碧读书群”；委员参与率保持在95%以上")
    assert not books_untold("邬砚秋领读了什么书", "委员邬砚秋在“文化文史群”领读《瀞川山水记》")
    assert not books_untold("推荐了哪些书", "全年推荐书目86种")
    assert not books_untold("澄碧读书群有几个", "新增“澄碧读书群”")  # no books asked


def test_neighbours_declined(kb):
    for question in ("槿园电子有限公司有多少职工", "桤木村暑期伴读活动捐了多少书", "乡镇政协工作联络员有多少名参加读书",
                     "学习委员会有几名委员", "栝楼学堂第2期讲的什么", "第2期棂星讲坛是哪天办的", "棂星讲坛第4期在哪儿举办的",
                     "鄢望舒那场辅导在哪个会场举办的", "瀞川耆旧录由哪个出版社出版", "澄碧读书群要读哪些书"):
        assert not kb.answer(question).answered, question


def test_what_is_told_still_answered(kb):
    assert "800册" in first_line(kb, "槿园电子有限公司捐了多少书")
    assert "9月6日" in first_line(kb, "第3期棂星讲坛是哪天办的")
    assert "桤木村" in first_line(kb, "棂星讲坛第3期在哪儿举办的")
    assert "8位" in first_line(kb, "读书积分排名后几位的委员要谈心提醒")
    assert "47名" in first_line(kb, "机关干部和联络员等多少名同志参加读书")
    assert "198名" in first_line(kb, "县政协现有多少委员")
    assert "瀞川山水记" in first_line(kb, "邬砚秋领读了什么书")
