"""Words that ask a person's private details, which a report does not give out (question.py's
off-topic phrases), told apart from the same words asked of a body or a place.

收入 asked of a person (王委员收入多少) is private; a village collective's, a trade's or a household
average's income (村集体收入, 旅游收入, 人均收入) is a figure reports tell.  Not 财政收入: a county's revenue is
no committee's to tell, and a report's 旅游综合收入 would be read for it.
"""

from __future__ import annotations

__all__ = ["PERSONAL_INCOME"]

# The words before 收入 that make it a collective's or a trade's (general Chinese).
_NOT_A_PERSON = ("集体", "经济", "均", "村", "营业", "销售", "旅游", "务工", "产业", "农民", "支配", "居民", "村民", "户")
# A regular expression piece: 收入 not after one of them.
PERSONAL_INCOME = "".join(f"(?<!{word})" for word in _NOT_A_PERSON) + "收入"
