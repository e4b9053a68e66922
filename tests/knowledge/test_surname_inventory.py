"""The surname inventory (surnames.py): the 百家姓 single surnames and the commoner modern ones, each placed by
jieba's general dictionary (the engine's word_frequency): a surname that starts words too is read through the
dictionary check, so the words it starts (宣传, 申报, 卫生, 终于) are no names; function words and characters
starting too many words (和, 时, 安, 全) stay out.  A place before its members (某县委员之家) is no name, and a
committee's place ending in a surname character (岑阳) keeps its post when asked.  On made-up sentences of our own."""

from __future__ import annotations

import collections

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.posts import asked_post
from bot.knowledge.segment import Segmenter
from bot.knowledge.surnames import (COMPOUND_SURNAMES, LEFT_OUT_ALONE, LEFT_OUT_STARTS, SURNAMES,
                                    WORD_START_FLOOR, WORD_STARTING_SURNAMES, _SELDOM_WORDS,
                                    _STARTING_WORDS_READ_BEFORE)
from bot.knowledge.wordtable import import_jieba


@pytest.fixture(scope="module")
def frequency(tmp_path_factory):
    return Segmenter(tmp_path_factory.mktemp("surname-inventory")).word_frequency


@pytest.mark.parametrize("sentence, name", [
    ("文史委员会主任卫嘉琛出席会议并讲话", "卫嘉琛"),  # 卫 starts 卫生
    ("市政协副主席华屹峰带队视察", "华屹峰"),  # 华 starts 华侨
    ("副秘书长宣绍棠主持会议", "宣绍棠"),  # 宣 starts 宣传
    ("主任季沛然强调", "季沛然"),  # 季 starts 季度
    ("提案委员会主任庾明澈说", "庾明澈"),  # seldom a word
    ("市政协常委嵇若霖发言", "嵇若霖"),
    ("副主席轩辕启明出席", "轩辕启明"),  # a two-character surname
])
def test_new_surnames_after_a_post_are_names(sentence, name, frequency):
    assert name in find_person_names(sentence, frequency)


def test_names_counted_in_a_list(frequency):
    assert {"申沐尧", "蓝亦舟"} <= find_person_names("委员申沐尧、蓝亦舟2名委员参加", frequency)


@pytest.mark.parametrize("sentence", [
    "组织委员宣传政策法规", "委员申报课题12项", "副主任终于完成任务", "委员支持企业发展", "委员卫生健康界别",
    "委员华侨代表", "委员季度例会", "委员融合发展", "组织委员扶贫济困",
    # characters left out: function words and very common word starts
    "委员和群众座谈", "主任时刻关注民生", "委员安心履职", "主席全面部署工作",
])
def test_words_starting_with_a_surname_are_no_names(sentence, frequency):
    assert not find_person_names(sentence, frequency)


def test_groups_follow_the_general_dictionary():
    """Each group is what the rule of surnames.py says of jieba's counts (alone; summed over words it starts)."""
    jieba = import_jieba()
    start, alone = collections.Counter(), {}
    with jieba.get_dict_file() as lines:  # the dictionary file jieba (and the engine's word table) reads
        for line in lines:
            word, count = line.decode("utf-8").split()[:2]
            if len(word) == 1:
                alone[word] = int(count)
            else:
                start[word[0]] += int(count)
    assert all(start[c] < WORD_START_FLOOR for c in _SELDOM_WORDS)
    starting = WORD_STARTING_SURNAMES | set(_STARTING_WORDS_READ_BEFORE)
    assert all(start[c] >= WORD_START_FLOOR for c in starting)
    assert all(alone.get(c, 0) < LEFT_OUT_ALONE and start[c] < LEFT_OUT_STARTS for c in starting - set("章鄂"))
    assert not set("和时从安全上") & SURNAMES
    assert len(SURNAMES) > 380 and {"欧阳", "司马", "上官", "诸葛"} <= set(COMPOUND_SURNAMES)


def test_a_place_ending_with_a_surname_character_keeps_its_post():
    """岑阳市长是谁: 阳 ends the committee's place here, no surname before 市长 (posts.asked_post)."""
    asked = asked_post("岑阳市长是谁", {"岑阳"})
    assert asked is not None and asked.body == "岑阳市" and not asked.surname
    assert asked_post("经济委员会宣主任是谁", {"岑阳"}).surname == "宣"


@pytest.mark.parametrize("sentence", ["先后在市委党校和松岫县委员之家举办培训班3期", "柏岙镇委员工作室开展协商4场"])
def test_a_place_before_its_members_is_no_name(sentence, frequency):
    assert not find_person_names(sentence, frequency)
