"""Suggested questions of a report one member writes of themself (个人履职报告, 述职报告; first_person.py
finds its writer).  The counts such a report gives of its writer's deeds are the writer's own (本人报送社情民意
信息12条, read as 王某报送…), not the committee's: a suggestion made from one names the writer
(王某2024年报送社情民意信息多少条？) where another report's names the committee (某区政协2024年报送…), and a
member can tell whose count it asks.

A clause is the writer's when the sentence names the writer before it (or the clause itself does) and no
other doer stands between: not 区财政安排专项资金380万元, nor 该站新增常用药品36种 after the writer's
talk with a bureau (a body or a pointer opens the clause, or is named after the writer).  Those keep the
committee's label.  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["writer_clause", "writer_question"]

# A clause opening with a doer of its own: a level or place word (区财政…, 区市场监管局随即…), a pointer (该站…,
# 其…), a count of people or things (1位老人…, 3家医院…), or what is left of something (剩余3家…).
_OWN_SUBJECT = re.compile(r"^(?:[省市区县州乡镇村]|全[省市区县]|该|其|各|剩余|其余|\d)")
# Words of time or manner opening a clause before its doer (目前区人民医院…, 2024年9月,区…).
_OPENING = re.compile(r"^(?:(?:19|20)\d\d年(?:度|底|末)?|\d{1,2}月(?:\d{1,2}日)?(?:底|初|中旬|下旬|上旬)?|全年|当年|同时|目前|"
                      r"随后|随即|此外|另外|其中|并且?|还|又|也|已经?|截至[^,;:]*)+")
_CLAUSE = re.compile(r"[^,;:]+")


def _opens_own_subject(clause: str) -> bool:
    return bool(_OWN_SUBJECT.match(_OPENING.sub("", clause)))


def writer_clause(sentence: str, start: int, head: str, writer: str) -> bool:
    """Whether the clause opening at ``start`` in a normalised sentence of ``writer``'s own report tells a
    deed of the writer: it names them (``head``: the words before its amount), or the sentence names them
    before it and no clause from there to it opens with a doer of its own."""
    if not writer:
        return False
    if writer in head:
        return True
    named = sentence.rfind(writer, 0, start)
    if named < 0 or _opens_own_subject(head):
        return False
    return not any(_opens_own_subject(m.group(0)) for m in _CLAUSE.finditer(sentence, named, start))


def writer_question(question: str, writer: str, year: str) -> str:
    """The question naming the writer before its year (王某2024年共提交提案多少件), once."""
    if question.startswith(writer):
        return writer + year + question[len(writer):]
    if writer in question:
        return year + question
    return writer + year + question
