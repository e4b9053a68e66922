"""The members of a named body asked (某联谊会有多少会员, 市台联有多少会员): told only by a sentence naming that body.

A report on a committee's liaison work tells the membership of one association it works with (某同乡总会…现有会员约
3800名); asked the members of another (某联谊会, 台联), that count is another body's, a neighbouring fact.  The body
asked is the words before 有多少会员 / 多少成员; its head word (the question's last term in them: 联谊会, 台联) must
be written in the sentence or the one before it (the subject a sentence goes on from).

For: the doubt on an amount (asked_untold.py).  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["other_body_members"]

# The body before the members asked (某联谊会有多少会员, 研究会现在多少会员, 台联一共有几名成员).
_ASKS_MEMBERS = re.compile(r"^(?:请问)?([\u4e00-\u9fff]{2,14}?)(?:现在|目前|现)?(?:一共|总共|共)?有?(?:多少|几)(?:个|名|位)?(?:会员|成员)")


def other_body_members(question: str, terms, told: str) -> bool:  # noqa: ANN001 - the question's Terms
    """Whether the question asks the members of a body whose head word (the last of ``terms`` ending the body's words)
    the ``told`` text (the sentence, with the one before it) does not write in any of its forms."""
    asked = _ASKS_MEMBERS.match(question)
    if asked is None:
        return False
    body = asked.group(1)
    head = next((t for t in reversed(terms) if len(t.text) >= 2 and not t.entity and body.endswith(t.text)), None)
    return head is not None and not any(e in told for e in head.equivalents)
