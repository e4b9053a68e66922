"""The finders that ask whether a sentence names someone read names as the index does (people.py, with the
general dictionary): a word starting with a surname-character (宣传, 沙龙) is no name there either."""

import tempfile

import pytest

from bot.knowledge.first_person import report_author
from bot.knowledge.named_doer import deed_of_another
from bot.knowledge.normalize import normalize_text
from bot.knowledge.people import is_surname_name
from bot.knowledge.post_asked import names_nobody
from bot.knowledge.role_only import only_role_told
from bot.knowledge.segment import Segmenter


@pytest.fixture(scope="module")
def frequency():
    return Segmenter(tempfile.mkdtemp(prefix="finders-names-")).general_frequency


def test_a_role_then_a_word_names_no_one(frequency):
    assert only_role_told("请了哪些专家学者", normalize_text("邀请专家学者宣传政策8期"), frequency)


def test_a_listed_word_is_no_listed_name(frequency):
    assert names_nobody("安排哪些委员", normalize_text("会议期间,委员将开展视察、宣传"), frequency)
    assert not names_nobody("安排哪些委员", normalize_text("发言委员分别是蔺望舒、柯晓湄"), frequency)


def test_a_part_naming_no_one_goes_on_with_the_named(frequency):
    shown = normalize_text("蔺望舒副主席出席开幕式;委员沙龙主持读书交流")
    assert not deed_of_another(["蔺望舒"], ["主持", "读书"], shown, frequency)


def test_a_department_opening_a_title_is_no_writer(frequency):
    sentences = ["本人分管宣传工作。", "本人参加会议18次。", "本人报送信息9条。"]
    assert report_author("宣传部2023年度述职报告", [], sentences, frequency) is None
    assert report_author("蔺望舒2023年度述职报告", [], sentences, frequency) == "蔺望舒"


def test_one_check_for_a_name_where_only_the_shape_says_one(frequency):
    assert is_surname_name("蔺望舒", "、柯晓湄", frequency)
    assert not is_surname_name("宣传", "", frequency) and not is_surname_name("沙龙", "", frequency)


def test_a_taught_name_is_read_as_before(frequency):
    segmenter = Segmenter(tempfile.mkdtemp(prefix="finders-taught-"))
    before = segmenter.general_frequency("宣望")
    segmenter.add_names(["宣望"])
    assert segmenter.word_frequency("宣望") == 2000 and segmenter.general_frequency("宣望") == before
