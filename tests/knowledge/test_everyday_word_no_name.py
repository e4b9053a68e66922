"""A role word followed by a very common word (加强委员管理) reads no person: 管 is a surname, 管理 is no name.
Learned as a name, it answered who-questions on a whole shelf (辞去委员职务的委员叫什么: 管理).  Given names that are
words too (王平, 和平) are far rarer words and are still read.  A made-up report of our own."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

_REPORT = """枫原县政协2023年工作总结

一、履职管理

（六）加强委员管理。
对连续两年履职积分低于60分的3名委员，已向其推荐单位进行通报，其中1名委员已按程序辞去委员职务。
"""


def test_everyday_word_after_a_role_is_no_name(tmp_path):
    kb = KnowledgeBase([document_from_text("fengyuan.txt", _REPORT)], tmp_path)
    assert "管理" not in kb.index.names
    assert not kb.answer("辞去委员职务的那名委员叫什么名字").answered
    frequency = kb.index.segmenter.word_frequency
    assert "王平" in find_person_names("会议由委员王平主持。", frequency)
    assert "和平" not in find_person_names("加强委员管理。", frequency)
