"""On a shelf of several reports, whether a report's amount can count the persons a question asks of.

Asked how many persons there are or were (提案委员会有多少委员, 少数民族委员有多少, 采访的老战士有几个), a
report answers with persons counted: 名, 位, 人, 个.  Read alone, a report with no such count may still
offer the amount nearest the question's words: 8场 of an activity those members held, 15万字 of the
transcripts of those interviewed, 420人次 of those trained in a year.  None of them counts the persons
asked, whatever the words around it: another report's answer in such a unit is a false answer to a
question its report does not answer, and is not told.  Person-times (人次) do count persons taking part
in something (培训委员多少人 → 培训委员380人次), but never how many persons a body or a kind has (有多少委员,
with no deed asked): the same person counts again at each session.

For: each_alone.py, which leaves such a report's answer untold.  General Chinese only.
"""

from __future__ import annotations

import re

from .counting import DOING

__all__ = ["counts_persons_asked"]

# Nouns naming persons, as a question counts them: the last characters of the counted noun (少数民族委员, 老战士, 侨胞,
# 老艺人, 亲历者, 教师), the endings of Chinese nouns of persons, and a few whole nouns.
_PERSON_END = r"(?:[人者士员师胞]|代表|群众|干部|学生|医生|农民|居民|村民|妇女|儿童)"
# A count of persons asked: the noun then 有多少 / 多少名 (委员有多少, 战士有几个), or 多少名 / 几位 then the noun
# ending the question or followed by what follows a subject (几个委员交了提案; not 几个委员工作室, 多少个群众急难愁盼问题:
# the persons only qualify the thing counted), or 多少人 / 几人 itself; not 哪几位 (a list of names asked), nor a
# measure word of another kind the question gives itself (多少户居民, 多少副春联送群众, 几月份换的人, 多少钱给学生).
_SUBJECT_FOLLOWS = r"(?:$|[?？,，]|[交提参去来到出获被是在有同中的都和与还])"
_OTHER_MEASURE = r"(?![户副月年日天号次场件篇条份项家所元万亿钱期批轮届辑版])"
_ASKS_PERSONS = re.compile(_PERSON_END + r"(?:一共|总共|共|现在|目前|现)?(?:有|是)?(?:多少|几)(?:个|名|位|人)?[?？]?$"
                           r"|(?<!哪)(?:多少|几)" + _OTHER_MEASURE + r"(?:个|名|位)?[\u4e00-\u9fff]{0,4}?" + _PERSON_END
                           + _SUBJECT_FOLLOWS + r"|(?<!哪)(?:多少|几)(?:名|位|人)")
# Asked how many there are (提案委员会有多少委员), not how many did or underwent something (看直播的人有多少, 培训委员多少人).
# A place written before them (在某国的侨胞有多少人) only says where they are.
_HAVE = re.compile(r"^(?:在[^的]{1,12}的)?[^的]*有(?:多少|几)")
# Coming to see an event (展览有多少群众来看, 参观, 观展) is a deed too: each visit is counted in 人次.
_DEED = re.compile(DOING.pattern.rstrip("$") + r"|参会|出席|采访|服务|报名|来看|观看|参观|观展|前来|到场")
# The amounts of a fact and their measure words (420人次, 约15万字, 8场, 3至5名, 63户208人, 五千册（5000册）).
_AMOUNT = re.compile(r"\d[\d.]*(?:[至到~-]\d[\d.]*)?(?:余|多)?(?:万|亿)?(?:余|多)?(人次|[\u4e00-\u9fff])")
# Units counting persons, or the households and bodies they make up (惠及纳税人4.5万户).
_PERSON_UNITS = frozenset("名位人个户家")


def counts_persons_asked(question: str, fact: str) -> bool:
    """False when the normalised ``question`` asks a count of persons and ``fact`` tells only amounts in units that
    cannot count them (场, 字, 件; 人次 where no deed is asked); True otherwise (a name, an amount of persons,
    or a question asking no count of persons)."""
    if "人次" in question or not _ASKS_PERSONS.search(question):
        return True
    units = set(_AMOUNT.findall(fact))
    if not units or units & _PERSON_UNITS:
        return True  # a name, or persons counted (63户208人: the households and the persons in them)
    if "人次" in units:
        return not _HAVE.search(question) or bool(_DEED.search(question))
    return False
