"""A where-question (培训班是在哪办的) whose sentence names the thing asked in clauses telling no place
(举办…培训班2期) is declined, though another clause writes 在 (在会前面向社会征集…: a time, and
面向 no direction); one telling where
(在市委党校举办…培训班) is answered; so is where people came from (请的是哪里的人), told by the body
they are of.  A report of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_QIANTANG = """潜塘市政协2024年提案工作情况报告

一、提高提案质量

为提高提案质量，市政协在会前面向社会征集提案线索88条；举办提案业务培训班3期，培训委员156人次，邀请临江市政协提案委员会有关同志作专题辅导。

二、委员学习

市政协在市委党校举办委员读书班2期。近年来，市政协持续就湿地保护向省政协提案建言。

三、表彰

对获评的优秀提案，市政协颁发荣誉证书，并在《潜塘政协》刊物上择优刊登。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("qiantang.txt", "潜塘市政协2024年提案工作情况报告", "2024", _QIANTANG)], tmp_path)


def test_a_place_untold_is_declined(tmp_path):
    assert not _kb(tmp_path).answer("提案培训班是在哪办的").answered


def test_a_place_told_is_answered(tmp_path):
    answer = _kb(tmp_path).answer("委员读书班是在哪办的")
    assert answer.answered and "市委党校" in answer.text.split("\n", 1)[0]


def test_where_people_come_from_is_no_place_of_a_deed(tmp_path):
    answer = _kb(tmp_path).answer("专题辅导请的是哪里的人")
    assert answer.answered and "临江市政协提案委员会" in answer.text.split("\n", 1)[0]


def test_a_clause_writing_zai_before_a_name_tells_where(tmp_path):
    answer = _kb(tmp_path).answer("优秀提案会在哪个刊物上登")
    assert answer.answered and "潜塘政协" in answer.text.split("\n", 1)[0]


def test_whom_it_went_to_is_where(tmp_path):
    answer = _kb(tmp_path).answer("市政协就湿地保护向哪里提案建言")
    assert answer.answered and "省政协" in answer.text.split("\n", 1)[0]
