"""People counted by a noun standing before the question word, with no measure word (听众有多少, 观众一共多少,
参会代表是多少): the amount asked is of people (300余人次, 42名), not of the sessions or things the same
sentence counts (宣讲3场).

Used by question.analyse; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["people_counted_before"]

# Nouns of people who came, listened, watched or read (a hand list of general Chinese).
_PEOPLE = ("听众", "观众", "读者", "学员", "游客", "嘉宾", "参会人员", "参加人员", "参与者", "参加者", "受众",
           "委员", "群众", "代表", "干部", "志愿者", "居民", "村民", "师生", "学生", "职工")
_BEFORE_ASKING = re.compile(r"(" + "|".join(_PEOPLE) + r")(?:数|人数)?(?:有|是|为|达|共|一共|总共|累计|合计|大约|大概|约)*"
                            r"(?:多少|几)(?:人|个人|人次)?[?？]?$")


def people_counted_before(norm: str) -> bool:
    """Whether the question counts people named right before 多少 at its end (听众有多少)."""
    return bool(_BEFORE_ASKING.search(norm.strip()))
