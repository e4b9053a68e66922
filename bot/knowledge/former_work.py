"""Declining by reason a sentence that names a person only in the post they hold now, for where they worked
before asked: 某副主席以前在哪个部门工作 (原来是干什么的, 之前在哪里任职) is told by a post held before (原任,
曾任, 此前在…工作, 退休前, 退休出版社编审, 调任, 市工商联主席某某当选…), and a sentence naming the person as 分管副主席 tells none.

Used by asked_untold.untold_doubt on any answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["former_work_untold"]

# Where one worked or what one did before asked (以前在哪个部门工作, 之前在哪任职, 原来是干什么的, 过去做什么工作).
_ASKS_FORMER = re.compile(r"(?:以前|之前|原来|原先|过去|早先|从前|曾经|退休前)(?:是|在)?(?:哪|什么|啥|干什么|做什么|干啥|做啥)"
                          r"[\u4e00-\u9fff]{0,4}?(?:工作|任职|上班|就职|的|职务)")
# A post or work held before, as reports write it (原任, 原某厂工程师, 曾任, 曾在, 此前, 历任, 退休前, 调任).
_FORMER_TOLD = re.compile(r"曾|此前|之前|以前|早年|历任|前任|退休|离休|调任|调入|调来|转任|"
                          r"原(?!则|因|料|本|有|定|始|貌|创|地|稿|件|汁|生|先|计划|打算)"
                          # …or the post held when elected, before the name (市工商联主席某某当选副主席)
                          r"|(?:主席|主任|书记|主委|长)[\u4e00-\u9fff]{2,3}当选")


def former_work_untold(question: str, shown: str) -> bool:
    """Whether ``question`` asks where a person worked before and ``shown`` writes no post held before."""
    return _ASKS_FORMER.search(question) is not None and _FORMER_TOLD.search(shown) is None
