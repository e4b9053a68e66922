"""A member's studio named by a word of the general dictionary ("石泉委员工作室") names no member: a studio
named after one writes the member's full name (蔺望舒委员工作室)."""

import tempfile

from bot.knowledge.people import find_person_names
from bot.knowledge.segment import Segmenter


def test_a_word_before_the_studio_is_its_name_not_a_member():
    frequency = Segmenter(tempfile.mkdtemp(prefix="studio-names-")).word_frequency
    assert not find_person_names('"石泉委员工作室"设在某乡农业服务中心', frequency)
    assert not find_person_names('"梅园委员工作室""同心委员工作室"等成为委员服务群众的平台', frequency)
    assert find_person_names('"蔺望舒委员工作室"设在某乡农业服务中心', frequency) == {"蔺望舒"}
