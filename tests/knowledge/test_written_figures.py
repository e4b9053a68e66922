"""Figures in the document's own form (Chinese numerals shown as written, with the Arabic
reading after), the year of a date told without one, and a place word ending in 里 that is
no set counted within: each class on sentences of our own, not the bench's."""

from bot.knowledge.frames import figure_year, learn_frame
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.surface import written_form
from .conftest import first_line

_BAITANG = """柏塘县政协社会和法制委员会2021年工作总结

2021年，柏塘县政协社会和法制委员会（以下简称“社会法制委”）在县政协党组领导下，坚持“学习立委、法制兴委”的思路，认真履行职能，现将有关情况总结如下。

一、主要工作

普法宣传。委员会在县融媒体中心开设“柏塘法制”“身边案例”两个栏目。全年举办普法讲座三十余场，听众二千四百余人次；委员撰写法治调研文章近五十篇，精选其中16篇汇编成册。

委员学法。委员法治学习活动由委员会依托“柏塘普法·委员法治”线上平台组织。全年开展线上线下法治学习分享会二十余场，参与委员和各界群众九百余人次；委员撰写学法笔记六十余篇，汇编成《柏塘委员法治学习笔记选》。

座谈交流。九月十五日，委员会召开基层法治建设座谈会，14名委员作了交流发言。

资料建设。委员会与县司法局合作，整理了1990年以来编印的18卷法制资料，并于十一月三日正式开通法治资料库，实现资料在线查阅。

防疫建言。疫情发生后，委员会向县委、县政府报送防疫工作建议近20份，多数得到采纳。

二、2022年工作打算

计划举办普法讲座40场，加强与乡镇政协联络组法制委的联动。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("baitang", _BAITANG.split("\n", 1)[0], "2021", _BAITANG)], tmp_path)


def test_a_figure_is_found_as_its_sentence_writes_it():
    sentences = ["会议于十月二十八日召开，收到意见近三百条，共计四十余场、一千二百余人次，另有12篇。"]
    assert written_form("10月28日", sentences) == "十月二十八日"
    assert written_form("近300条", sentences) == "近三百条"
    assert written_form("40余场", sentences) == "四十余场"
    assert written_form("1200余人次", sentences) == "一千二百余人次"
    assert written_form("12篇", sentences) is None  # written in Arabic: shown as it is
    # A number is matched whole: 二月六日 inside 十二月六日 is not 2月6日.
    assert written_form("2月6日", ["十二月六日上线"]) is None
    assert written_form("12月6日", ["十二月六日上线"]) == "十二月六日"
    assert written_form("12.5%", ["增长１２．５％"]) is None  # full-width digits are Arabic still


def test_the_answer_shows_the_document_s_numerals_and_the_arabic_reading(tmp_path):
    kb = _kb(tmp_path)
    line = first_line(kb, "基层法治建设座谈会是哪天开的")
    assert "九月十五日" in line and "9月15日" in line and "2021" in line
    line = first_line(kb, "委员撰写了多少篇法治调研文章")
    assert "近五十篇" in line and "近50篇" in line
    line = first_line(kb, "普法讲座去年办了多少场")
    assert "三十余场" in line and "30余场" in line
    line = first_line(kb, "普法讲座一共多少人次听了")
    assert "二千四百余人次" in line and "2400余人次" in line
    line = first_line(kb, "精选了多少篇汇编成册")
    assert line.startswith("答：16篇") and "（" in line  # Arabic in the document: no second form


def test_a_year_that_starts_a_span_does_not_date_an_event_of_another_clause(tmp_path):
    frame = learn_frame(2021, normalize_text("柏塘县政协2021年工作总结"), "")
    sentence = normalize_text("整理了1990年以来编印的18卷法制资料，并于十一月三日正式开通法治资料库")
    assert figure_year(frame, "", sentence, "11月3日") == 2021
    assert figure_year(frame, "", sentence, "18卷") == 2021
    # A year that dates its own clause still does.
    assert figure_year(frame, "", normalize_text("2019年12月启动，并于3月完成"), "3月") == 2019
    line = first_line(_kb(tmp_path), "法治资料库哪天开通的")
    assert "十一月三日" in line and "2021年11月3日" in line and "1990" not in line


def test_a_place_word_ending_in_li_is_no_set_the_question_counts_within(tmp_path):
    # 县里 (like 市里, 家里) is one word: the question counts 建议 sent to the county, not within a set.
    line = first_line(_kb(tmp_path), "疫情期间委员会给县里报了几份建议")
    assert "近20份" in line


def test_a_short_form_the_documents_write_is_no_slip_for_a_longer_word(tmp_path):
    # 法制委 stands in the documents on its own (联络组法制委): it is not 法制兴委 missing a character.
    index = _kb(tmp_path).answerer.index
    assert index.correct("法制委去年举办了多少场普法讲座")[0] == "法制委去年举办了多少场普法讲座"


def test_a_joined_term_is_told_in_the_list_item_that_holds_its_pieces(tmp_path):
    # 委员法治 (joined as the documents write it) stands whole only in the next item's title; its pieces
    # 委员 and 法治 both stand in the item of the amount asked: that item tells it.
    line = first_line(_kb(tmp_path), "委员法治学习活动2021年一共多少人次参加")
    assert "九百余人次" in line and "900余人次" in line


def test_a_quoted_name_that_swallows_the_head_of_the_next_word_is_cut_again(tmp_path):
    # 柏塘法制 is a name the document quotes; in 柏塘法制委 the question means 柏塘 + 法制委.
    line = first_line(_kb(tmp_path), "柏塘法制委去年举办了多少场普法讲座")
    assert "三十余场" in line
