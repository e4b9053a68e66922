"""A clause of a time and the asked verb only (全年编印12期) goes on counting what the clause before,
of the same verb and measure word, named (每月编印1期“政协简报”).  On a fictitious report of our own,
not the bench's."""

from bot.knowledge.carried_counts import carried_count
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase, SourceDocument

_LIUSHA = """政协柳沙县委员会文化文史界别2023年工作总结

一、加强自身建设

全年召开界别全体会议3次、召集人会议5次。界别办公室坚持每月编印1期“柳沙文史简报”，全年编印12期，及时反映委员履职动态。

二、开展视察调研

围绕古村落保护开展专题调研4次，形成调研报告2篇。
"""


def test_a_time_before_the_verb_still_carries_the_count():
    sentence = "界别办公室坚持每月编印1期\"柳沙文史简报\",全年编印12期,及时反映委员履职动态"
    twelve = next(x for x in find_quantities(sentence) if x.text == "12期")
    assert carried_count(("文史简报",), sentence, twelve, ("编印",))


def test_how_many_issues_of_a_bulletin_were_printed(tmp_path):
    kb = KnowledgeBase([SourceDocument("柳沙", _LIUSHA.split("\n", 1)[0], "2023", _LIUSHA)], tmp_path)
    answer = kb.answer("界别去年编印了几期文史简报")
    assert answer.answered
    assert "12期" in answer.text.split("\n", 1)[0]
