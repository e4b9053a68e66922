"""Figures asked in the plain words of a member, on a report of our own: copies printed asked as
印了多少 (册, not the photos the book holds), an ordinal told by the paragraph's heading (二期 under
(三)推进数据库二期建设), a periodical's figure told under its kind noun (内刊每期印数…), a year's own plans."""

from __future__ import annotations

import pytest

from bot.knowledge.place_item import places_counted_with
from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """芑塘市政协文史委员会2020年工作总结

一、总体情况

2020年，文史委共征集各类资料3150件，比上年增长18.2%；编辑出版书籍3种。

二、资料征集

1．征集总量稳步增长。征集的资料中，文字史料420篇、实物96件。

2．资料来源不断拓宽。全年征集的3150件资料中，文字史料420篇、老照片1200张、实物96件。从来源看，来自市民个人捐赠的占58%，来自机关单位移交的占26%，来自区县政协报送的占16%。从地域分布看，蘋山区、芷口县、菱渚县3个区县均有资料报送，其中芷口县报送数量最多，达1136件（张）；菱渚县次之，为640件（张）。

3．“老照片里的芑塘”征集活动反响热烈。2020年3月，文史委启动“老照片里的芑塘”征集活动。活动期间共收到320名市民寄送或送交的老照片860张，年代最早的1张摄于1920年。本市一位摄影家将其珍藏的底片300张无偿捐赠给市政协，经冲洗扫描后全部纳入征集成果。活动结束后，文史委组织专家从中精选二百四十张编入画册《芑塘旧影集》，并评选出“最具史料价值老照片”15张，向提供者颁发了收藏证书。

4．口述史工程深入推进。口述史工作组深入3个区县的14个乡镇（街道），全年完成访谈52人。

三、编研出版

1．画册出版。《芑塘旧影集》画册收录老照片二百六十张，配以文字说明约5.2万字，印数1800册，于2020年9月出版。

2．《芑塘史苑》内刊质量提升。全年编印《芑塘史苑》6期，刊发文章97篇，约41万字。其中第6期为“建市70周年专刊”，刊发回忆文章22篇。内刊每期印数600册，免费赠阅市政协委员和有关单位。

3．选题论证。2020年11月召开2021年度选题论证会，从15个备选选题中确定了“芑塘老街巷”等5个年度选题。

4．资料库一期建成上线。经过6个月的建设，资料库一期于11月正式上线运行。一期共扫描纸质文献9.8万页，全文录入620万字。

四、存在的问题

口述资料后期工作量大，目前仍有约四十人的口述录音尚未完成文字校对。

五、2021年工作计划

（一）推进资料库二期建设。计划新增扫描纸质文献5万页，力争年底累计扫描量突破15万页；力争注册用户达到2000个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qutang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qutang-figures"))


def _first_line(kb, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_copies_printed_are_told_in_volumes(kb):
    assert "1800册" in _first_line(kb, "《芑塘旧影集》印了多少")


def test_a_periodicals_figure_told_under_its_kind_noun(kb):
    assert "600册" in _first_line(kb, "《芑塘史苑》每期印多少册")


def test_an_ordinal_told_by_the_paragraphs_numbered_heading(kb):
    assert "5万页" in _first_line(kb, "资料库二期计划新增扫描多少页")


def test_a_years_own_set_is_counted_in_the_year_before(kb):
    assert "5个" in _first_line(kb, "2021年度确定了几个选题")


def test_a_stage_named_by_its_ordinal_is_no_amount(kb):
    line = _first_line(kb, "2021年资料库注册用户目标多少")
    assert "2000个" in line and "2期" not in line


def test_a_deed_not_yet_finished_is_denied(kb):
    assert "约四十人" in _first_line(kb, "还有大约多少人的口述录音没校对")


def test_a_heading_naming_the_figure_asked_gives_way_to_the_figure(kb):
    assert "18.2%" in _first_line(kb, "征集总量比上年增长了多少")


def test_the_years_whole_before_one_events_part(kb):
    assert "1200张" in _first_line(kb, "全年征集到的老照片总共多少张")


def test_a_noun_counted_keeps_its_bracketed_alternative(kb):
    assert "14个乡镇（街道）" in _first_line(kb, "口述史深入了多少个乡镇")


def test_a_places_figure_is_not_the_count_of_places_listing_it(kb):
    assert "640件（张）" in _first_line(kb, "菱渚县报了多少")


def test_an_amount_picked_from_the_set_before_counts_its_things(kb):
    assert "二百四十张" in _first_line(kb, "画册精选了多少张老照片")


def test_sent_in_is_what_was_received(kb):
    assert "860张" in _first_line(kb, "老照片活动期间市民送来多少张")


def test_a_measure_word_after_a_figure_is_no_slip(kb):
    assert kb.answerer.index.correct("资料库1期扫描了多少页")[0] == "资料库1期扫描了多少页"
    assert "9.8万页" in _first_line(kb, "资料库一期扫描了多少页")


def test_places_counted_when_places_are_asked():
    sentence = "菱渚县12个乡镇中只有5个乡镇设有联络点"
    at = sentence.find("12个")
    assert places_counted_with("菱渚县报了多少", ["菱渚县"], sentence, at, at + 3)
    assert not places_counted_with("菱渚县有多少个乡镇", ["菱渚县"], sentence, at, at + 3)
    assert not places_counted_with("菱渚县报了多少", ["菱渚县"], "菱渚县5条乡道纳入计划", 3, 5)
