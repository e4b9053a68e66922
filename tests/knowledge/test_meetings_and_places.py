"""Dates of meetings and where things are (issue 11, events): a dateline's date is
the date of the session it names, a 截至 date ends a count rather than dating the
meeting named beside it, and a where-question about a place the question names
itself is not answered by the sentence that only names that place."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.heads import meeting_ordinals
from bot.knowledge.public import KnowledgeBase

REPORT = """关于政协第八届青屿市委员会第一次会议以来提案工作情况的报告

——2023年1月12日在政协第八届青屿市委员会第二次会议上

青屿市政协副主席　林海

各位委员：

一、提案提交情况

八届一次会议以来，截至2022年12月20日，共收到提案512件，立案468件。

全年召开提案审查会议4次，退回修改提案15件。

二、2023年工作安排

计划于今年10月在市民文化中心举办提案工作成果展，集中展示优秀提案办理成果。
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("qingyu.txt", REPORT)], tmp_path)


def test_meeting_ordinals_are_read_long_and_short():
    assert meeting_ordinals("政协第8届青屿市委员会第2次会议") == {(8, 2)}
    assert meeting_ordinals("8届3次会议什么时候开") == {(8, 3)}
    assert meeting_ordinals("第3次会议") == set()


def test_a_datelines_date_is_only_its_own_sessions(tmp_path):
    kb = _kb(tmp_path)
    answer = kb.answer("八届二次会议是哪天开的")
    assert answer.answered and "2023年1月12日" in answer.text.split("\n", 1)[0]
    # Another session of the same term: the document never dates it.
    assert not kb.answer("八届三次会议什么时候开").answered


def test_a_count_end_date_does_not_date_the_meeting_beside_it(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("八届一次会议是哪天开幕的").answered
    # Asked as the end of the count, it is the answer.
    answer = kb.answer("截至哪天共收到提案512件")
    assert answer.answered and "2022年12月20日" in answer.text.split("\n", 1)[0]


def test_a_place_named_by_the_question_is_not_its_own_whereabouts(tmp_path):
    kb = _kb(tmp_path)
    answer = kb.answer("成果展计划在哪办")
    assert answer.answered and "市民文化中心" in answer.text.split("\n", 1)[0]
    assert not kb.answer("市民文化中心在哪条路上").answered
