"""Which one ranks first, asked by its place (提交集体提案排名第一的是哪个党派, 哪个界别提案排第一, 排在最后的是哪个),
is asked which has the most (or the least): the question is read with 最多 / 最少 (最高 / 最低 for a score or a
rate), as ranked_lists.py and top_asked.py read a superlative — the list of like figures (民盟12件、民建9件…) then
answers with its top item, and a sentence saying which has the most (…最多的是…, 居各界别首位) comes first.

Only a question with a which-word (哪, 谁, 什么, 啥) asking one (not 前三, 哪几个, nor 第几, which asks the place);
general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["ranked_as_most"]

# The first place asked (排名第一, 排第一, 排在第一位, 排首位, 居首位, 位居第一), and the last (排名最后, 倒数第一).
_FIRST = re.compile(r"(?:排名|排位|排行|排在|排)(?:第一|第1|首位)位?|(?:位居|居)(?:第一|第1|首位)位?|居首")
_LAST = re.compile(r"(?:排名|排位|排行|排在|排)(?:最后|末位)(?:1|一)?位?|倒数第(?:一|1)位?")
_WHICH = re.compile(r"哪|谁|什么|啥")
_SEVERAL = re.compile(r"哪些|哪几|前[二两三四五六七八九十\d]|第几")
# A score or a rate ranks by 最高 / 最低, a count by 最多 / 最少.
_MEASURED = re.compile(r"分|率")


def ranked_as_most(norm: str, texts=()) -> str:  # noqa: ANN001 - the documents' normalised paragraphs
    """The normalised question with the first (or last) place asked written as the superlative, unless the documents
    (``texts``) write that very place (…考核排名第一): then the question's words find it as they are."""
    if not _WHICH.search(norm) or _SEVERAL.search(norm):
        return norm
    measured = bool(_MEASURED.search(norm))

    def most(word: str):  # noqa: ANN202
        return lambda m: m.group() if any(m.group() in text for text in texts) else word
    norm = _FIRST.sub(most("最高" if measured else "最多"), norm)
    return _LAST.sub(most("最低" if measured else "最少"), norm)
