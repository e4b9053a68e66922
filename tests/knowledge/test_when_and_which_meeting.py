"""When and at which meeting something was decided, and by whom: a day asked is told by the date
with a day, not by the year of a title beside the question's words (…审议通过"关于表彰2024年度…的决定");
第几次…会议 by the meeting named with its term's and its own ordinal (九届七次常委会议); 谁审定的 by the
body written between 经 and the verb (经市政协主席会议审定).  A report of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_SONGLING = """政协松岭市委员会关于2024年提案工作情况的报告

——2025年1月8日在政协松岭市第九届委员会第四次会议上

各位委员：

一、提案提出和审查情况

九届三次会议以来，市政协共收到提案318件，经审查立案276件。

在各界别推荐和提案委员会初审的基础上，经市政协主席会议审定，确定2024年度重点提案9件。

二、表彰情况

为激励委员履职，二〇二四年十一月二十日，市政协九届七次常委会议审议通过《关于表彰2024年度优秀提案的决定》，表彰优秀提案16件。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("songling.txt", "政协松岭市委员会关于2024年提案工作情况的报告", "2024",
                                         _SONGLING)], tmp_path)


def _first(kb: KnowledgeBase, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_a_day_asked_is_the_date_with_a_day(tmp_path):
    first = _first(_kb(tmp_path), "优秀提案表彰决定是哪天通过的")
    assert "十一月二十日" in first or "11月20日" in first


def test_which_meeting_is_named_by_its_ordinals(tmp_path):
    first = _first(_kb(tmp_path), "表彰决定是在第几次常委会议上审议通过的")
    assert "九届七次常委会议" in first or "9届7次常委会议" in first


def test_who_decided_is_the_body_after_jing(tmp_path):
    assert "市政协主席会议" in _first(_kb(tmp_path), "重点提案最后是谁审定的")
