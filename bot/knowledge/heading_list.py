"""A list asked of what a heading names as a whole (存在哪些不足 under 三、存在的不足; 有哪些
经验 under 四、主要经验): the paragraph opening that section writes the items out, while
another section may use the same two words in passing (发现部分地方存在…不足等问题).

Used by answer.py for questions of KIND_WHAT: the first sentence under such a heading
ranks before sentences elsewhere that match the same words. General Chinese only.
"""

from __future__ import annotations

import re

from .mastheads import points_at_document
from .question import QuestionAnalysis

# 哪些 / 哪几 / 有什么 / 是什么: a list or a content asked, not a name or a count.
_ASKS_LIST = re.compile(r"哪些|哪几|有什么|是什么|有啥|是啥")

HEADING_LIST_BONUS = 0.15


def heading_names_all(q: QuestionAnalysis, section: str) -> bool:
    """Whether the question asks a list and every one of its terms stands in the section
    heading (the heading is about exactly what is asked)."""
    if not q.terms or not section or not _ASKS_LIST.search(q.norm):
        return False
    # 总结里说的…, 报告提到的…: words pointing at the document itself, not at what is listed.
    asked = [t for t in q.terms if not points_at_document(t.text)]
    return bool(asked) and all(any(e in section for e in term.equivalents) for term in asked)
