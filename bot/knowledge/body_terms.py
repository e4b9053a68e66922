"""A body a question names among its words (在某中级人民法院的有几个, 交某局办理的) must be told in the sentence
that answers it, not only around it: a figure of a paragraph next to the one listing that body (a training held
for all the supervisors, 共培训56人次) counts no one of that body.

Read from the question's terms (question.py): a term that is an agency's or an institution's name (…局, …厅,
…办, …法院, …检察院, …医院, …公司, …银行) — not the committee's own bodies (…委员会, …界, 委员工作室), which
their own reports write in every sentence. General Chinese only.

For: the doubt of an amount's answer (asked_untold.py).
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["body_terms_untold"]

# The name of an agency or an institution, as one of a question's words.
_BODY_TERM = re.compile(r"[\u4e00-\u9fff]{2,}(?<![格布大全结开当时])(?:局|厅)|[\u4e00-\u9fff]{2,}(?<![承主协督交创举开兴包代查经申合操置筹])办"
                        r"|[\u4e00-\u9fff]{2,}(?:法院|检察院|医院|公司|银行)")


def body_terms_untold(terms: Iterable[tuple[str, ...]], shown: str) -> bool:
    """Whether a question's term naming an agency or an institution (each given as its text, then its
    equivalents) is written nowhere in ``shown``, the sentence answering."""
    return any(_BODY_TERM.fullmatch(term[0]) and not any(e in shown for e in term if e) for term in terms)
