"""Declining by reason an answer to which books (要读哪些书, 导读的是什么书, 哪本书) whose sentence names no book: no
title in 《》, no noun of books (图书, 书目, 读本 …), nothing quoted after a verb of reading or giving.  A sentence
about the reading group or the campaign asked (新增"某某读书群") tells that it reads, not what.

Used by doubted_next.doubt_of on the answer chosen, with the sentence as the document writes it (its 《》 kept);
general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["books_untold"]

# Which books asked: 哪些书, 哪几本书, 什么书, 啥书 (not 书屋, 书记, 书法 …: another noun).
_BOOKS_ASKED = re.compile(r"(?:哪些|哪几本|哪本|哪部|哪几部|什么|啥)(?:图书|书籍|书)(?![\u4e00-\u9fff])")
# A book named: a title, a noun of books, or a quoted name right after a verb of reading or giving.
_BOOK_TOLD = re.compile(r"《|图书|书籍|书目|丛书|读本|著作|读物|典籍|经典|"
                        r"(?:读|推荐|赠送|捐赠|编印|编写|出版|选编)[^,，;；。]{0,3}[\"“]")


def books_untold(question: str, written: str) -> bool:
    """Whether ``question`` asks which books and ``written`` (the answer's sentence as written) names none."""
    return bool(_BOOKS_ASKED.search(question)) and not _BOOK_TOLD.search(written)
