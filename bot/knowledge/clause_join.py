"""A sentence's clauses as the reader weighs nearness in them (reading.py's ``_closeness``): a clause opening
with 占 / 同比 / 比上年 / 其中3件 goes on with the one before, its comma read as 、 (248件,占41.2%).

The joined text depends on the sentence alone and is asked for every figure of every sentence read closely, for
every question: it is made once per sentence.  Whether a stretch of it holds a delimiter is one search, not a
scan character by character.  General Chinese only.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CONTINUED_CLAUSE", "crosses", "joined_clauses"]

# A clause of 占, 同比, a comparison (比上年, 比2019年的21件, 比上届的19名) or a change (，增长76.7%) goes on with the one before;
# so does one counting the members of what the clause before names (…的调研组，成员包括…共17人), or what it has (…服务队由…组成，现有委员志愿者63名).
CONTINUED_CLAUSE = re.compile(r"[,，](?=占|同比|(?:比|较|由|从)(?:上年|去年|上1年|上届|上1届|第?\d+届(?!\d+次)|(?:19|20)\d\d年)|(?:增长|增加|提高|提升|上升|下降|减少|降低)了?\d"
                              r"|(?:成员|组员|队员|组成人员)(?:包括|有|为|由|共)"
                              r"|(?:现有|共有)[\u4e00-\u9fff]{0,8}?\d)")
_PART_CLAUSE = re.compile(r"[,，](?=其中\d)")  # 形成报告31份，其中9份获得批示: a part of what the clause before names


@lru_cache(maxsize=1 << 14)
def joined_clauses(sentence: str) -> str:
    """The sentence with the commas opening a clause that goes on with the one before read as 、 (same length)."""
    return _PART_CLAUSE.sub("、", CONTINUED_CLAUSE.sub("、", sentence))


@lru_cache(maxsize=64)
def _any_of(delimiters: str) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in delimiters) + "]")


def crosses(text: str, lo: int, hi: int, delimiters: str) -> bool:
    """Whether ``text[lo:hi]`` holds any character of ``delimiters`` (a bound below 0 counts from the end, as sliced)."""
    if lo < 0 or hi < 0:
        return any(c in delimiters for c in text[lo:hi])
    return _any_of(delimiters).search(text, lo, hi) is not None
