"""Declining by reason a person's posts told back to a question that already names them: asked what
someone does for a living (民建主委某某是做什么工作的, 某某副主席以前是干啥的), a sentence giving only the
post the question calls them by (某某：民建某县总支部主委) tells nothing asked.  (Asked their post plainly,
某某主席是什么职务, the post in full answers: only the job or trade is read here.)
General Chinese only; used by the checks (checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re

__all__ = ["only_post_named_told"]

# What someone does for a living, not which post they hold (是什么职务 is answered by the post).
_ASKS_JOB = re.compile(r"(?:做|干)(?:什么|啥|嘛)(?:工作)?的?|(?:什么|啥)工作|本职")
# A post a person is called by, written right before or after their name (民建主委某某, 某某副主席).
_POST = r"(?:常务)?副?(?:主席|主任|主委|秘书长|书记|召集人|会长|理事长|董事长|总经理|经理|[县市区镇乡局处科院校馆站所社部厅行]长)"
_POST_BEFORE = re.compile(rf"({_POST})$")
_POST_AFTER = re.compile(rf"^({_POST})")


def only_post_named_told(question: str, fact: str) -> bool:
    """Whether a person's job is asked and every post the answer ``fact`` (某某：甲、乙) gives ends with a post
    the question already names them by (主委, 副主席)."""
    if not _ASKS_JOB.search(question) or "：" not in fact:
        return False
    name, _, role = fact.partition("：")
    posts = [p for p in re.split(r"[、,，]", role) if p]
    if name not in question:
        return False
    before, _, after = question.partition(name)
    named = [m.group(1) for m in (_POST_BEFORE.search(before), _POST_AFTER.match(after)) if m]  # 主委, 副主席
    return bool(posts) and bool(named) and all(any(p.endswith(w) and not p[:-len(w)].endswith("副") for w in named) for p in posts)
