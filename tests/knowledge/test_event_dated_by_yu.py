"""A when-question about a meeting answered by "会议于<date>召开": the meeting written before the date, as the
subject 于 dates, is the event dated (not another event the date's one built on), so the reading is sure.
A made-up report of our own."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_CLOSING = """在政协柳岸县第九届委员会第四次会议闭幕会上的讲话

各位委员：

本次会议于1月9日上午开幕，1月12日上午闭幕，会期三天半。会议期间，委员们共提交提案208件。
"""

_BULLETIN = """柳岸县政协办公室关于2024年度委员履职情况的通报

一、参加会议情况

县政协九届四次会议于2024年1月13日至16日召开，应出席委员236名，实际出席221名。
"""


def _kb(tmp_path, name, text):
    return KnowledgeBase([document_from_text(name, text)], tmp_path)


def test_meeting_dated_by_yu_is_sure(tmp_path):
    answer = _kb(tmp_path, "closing.txt", _CLOSING).answer("这次政协会议几号开幕的")
    assert answer.answered and "1月9日" in answer.text.split("\n", 1)[0]
    assert answer.confidence > 0.9


def test_session_dated_by_yu_is_sure(tmp_path):
    answer = _kb(tmp_path, "bulletin.txt", _BULLETIN).answer("九届四次会议是什么时候开的")
    assert answer.answered and "1月13日" in answer.text.split("\n", 1)[0]
    assert answer.confidence > 0.9
