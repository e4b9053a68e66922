"""The items one leader leads, of one form (某副主席牵头的是哪两次双周协商): a plan's division of duties writes each
leader's line (县政协副主席某某:负责…,具体牵头甲、乙2次双周协商座谈会,与某局的对口协商,…), the items of a form
listed before the form's count and name (甲、乙2次双周协商).  The answer is that list, from the line naming the
leader (by full name, or by surname after a post word: 柯副主席 → 副主席柯某某) and 牵头.

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese layout only.
"""

from __future__ import annotations

import re

__all__ = ["leader_items_answer"]

# 某副主席牵头的是哪两次双周协商, 某某主任牵头哪些专题协商会: the leader, the post, the form asked.
_ASKS = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,3}?)(?P<post>副主席|主席|副主任|主任|秘书长)(?:具体)?牵头(?:的)?(?:是)?"
                   r"(?:哪|什么|啥)(?:两|几|些|\d+)?(?:次|场|项|个)?(?P<form>[\u4e00-\u9fff]{2,8}?)(?:座谈会)?(?:呢|啊)?\??$")
# The words that open a list of items after the leading verb (具体牵头甲、乙; 以及甲、乙).
_OPENING = re.compile(r"^(?:具体)?(?:牵头)?(?:以及|和|及)?")


def _leader(who: str, post: str) -> re.Pattern:
    """A leader named in full (柯慕远), or by surname after the post (副主席柯慕远 for 柯副主席)."""
    if len(who) >= 2:
        return re.compile(re.escape(who))
    return re.compile(rf"{re.escape(post)}{re.escape(who)}[\u4e00-\u9fff]{{1,2}}")


def leader_items_answer(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """The items of the form asked in the line of the leader asked, after 牵头; None when not asked so or not
    told (the general reading goes on)."""
    asked = _ASKS.search(norm)
    if not asked:
        return None
    leader = _leader(asked.group("who"), asked.group("post"))
    form = re.escape(asked.group("form"))
    listed = re.compile(rf"([^,;:。]+?)(?:\d+|[两几])(?:次|场|项|个){form}")
    index = answerer.index
    found = []
    for p in range(index.size):
        for s, sentence in enumerate(index.sentence_norm[p]):
            named = leader.search(sentence)
            lead = sentence.find("牵头", named.end()) if named else -1
            if lead < 0:
                continue
            for m in listed.finditer(sentence, lead):
                items = _OPENING.sub("", m.group(1))
                if "、" in items or len(items) >= 2:
                    found.append((p, s, items))
                    break
    if len({items for _, _, items in found}) != 1:
        return None  # none told, or several leaders' lines alike
    p, s, items = found[0]
    return answerer._fact_result("name", items, (p, s), norm)
