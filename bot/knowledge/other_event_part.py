"""Another event's part of a sentence: a question naming an event by its topic (农村供水双周座谈几月开的,
某某专题协商会提了几条建议) is not answered from the part of a sentence about another event of its own.

A review often tells several events in one sentence, one part each (6月,…召开"甲"专题协商会,…;9月,…召开"乙"
专题协商会,形成建议18条), or one event in a paragraph that lists the topics of all (议题分别为甲、乙…。关于丙的
座谈会在11月召开).  The part holding the answer (between semicolons or full stops) names its own event by a
topic — quoted ("乙"), or 关于丙的 — and when none of the words the question names its event by stands in that
part, the figure, date or doer is that other event's.  Likewise a question naming the kind of event
(对口协商) is not answered by a part telling only events of another named kind (专题协商会).

The question's topic is the run of its words written before the event's name (after a year or month it opens
with, before a demonstrative 那次): 农村供水 of 去年农村供水双周座谈.  A question naming no topic before
its event (去年专题协商会提了几条建议) is never judged here.  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["other_event_part", "part_holding"]

# An event's name as a question writes it: its kind's prefix and the meeting or deed (双周座谈, 专题协商会, 网络议政).
_KINDS = r"双周协商|双周|专题议政性|专题|网络|远程|对口|界别|提案办理|上下联动|联动"
_EVENT = re.compile(rf"(?:{_KINDS})?(?:协商座谈会|座谈会?|协商会议?|协商|议政|常委会议?|调研|视察|论坛)")
# What a question opens with before its topic: a year, a month, a level's body (去年, 2023年, 5月份, 市政协).
_LEAD = re.compile(r"^(?:(?:19|20)\d\d年|去年|今年|明年|前年|上年|本年|上半年|下半年)?(?:\d{1,2}月份?)?"
                   r"(?:[市县区]政协)?(?:的)?")
# A demonstrative or particle between the topic and the event's name (食品安全那次协商).
_POINTER = re.compile(r"(?:那次|这次|那场|这场|那个|这个|那项|这项|的)+$")
# A part's own topic, as the topic of its event: quoted after 围绕 / 就 / 以 or before the event's name (围绕"甲"开展,
# "乙"专题协商会), or 关于丙的 before its meeting; not any quoted name ("某某"改革等问题 is an item talked of).
_EVENT_WORDS = r"专题协商会|协商会|座谈会|协商|议政|议题|调研|视察|会议"
_OWN_TOPIC = re.compile(rf'(?:围绕|就|以)"([^"]{{2,40}})"|"([^"]{{2,40}})"(?=(?:{_EVENT_WORDS}))'
                        rf'|关于([\u4e00-\u9fff]{{2,20}}?)的(?=[\u4e00-\u9fff]{{0,6}}(?:会|协商|议政|调研|视察))')
# A kind of event named in a text, by its distinguishing prefix.
_NAMED_KIND = re.compile(r"(双周|专题议政性|专题|网络|远程|对口|界别|提案办理)(?:协商|议政|座谈|常委)")
_PART_END = re.compile(r"[;；。]")
# An ordinal before the event's name (第1次, 首次, 第3场): it counts the events, it names no topic.
_ORDINAL = re.compile(r"第\d+[次场届期轮]|首[次场届期轮]")
# A heading is a short line of its own ((四)双周协商座谈会(8次)); a longer one is a paragraph.
_HEADING_AT_MOST = 30


def part_holding(shown: str, fact: str) -> str:
    """The part of ``shown`` (between semicolons or full stops) holding ``fact``, or all of it."""
    at = shown.find(fact) if fact else -1
    if at < 0:
        return shown
    starts = [m.end() for m in _PART_END.finditer(shown, 0, at)]
    end = _PART_END.search(shown, at)
    return shown[starts[-1] if starts else 0:end.start() if end else len(shown)]


def _topic_words(norm: str, words: list[str]) -> tuple[list[str], str]:
    """The question's words naming its event's topic, and the event's kind prefix (对口 of 对口协商)."""
    event = _EVENT.search(norm)
    if event is None:
        return [], ""
    lead = _LEAD.match(norm).end()
    topic = _POINTER.sub("", norm[lead:event.start()]) if event.start() > lead else ""
    topic = _ORDINAL.sub("", topic)  # 第1次网络议政: which of the events, no topic of it
    kind = _NAMED_KIND.match(event.group())
    return [w for w in words if len(w) >= 2 and w in topic], kind.group(1) if kind else ""


def other_event_part(norm: str, words: list[str], shown: str, fact: str, heading: str = "") -> bool:
    """Whether the part of ``shown`` holding ``fact`` tells another event than the one question ``norm`` names by
    its topic (``words``: the question's terms): the part names a topic of its own and none of the question's
    topic words, or names only events of another kind than the one asked (the part, else the numbered
    ``heading`` its paragraph stands under: （四）双周协商座谈会 over a plan's items, a line of its own)."""
    topic, kind = _topic_words(norm, words)
    part = part_holding(shown, fact)
    if topic and not any(w in part for w in topic):
        own = [a or b or c for a, b, c in _OWN_TOPIC.findall(part)]
        if own and sum(len(w) for w in topic) >= 3:
            return True  # 县域商业 asked, 9月,…"推进全域旅游"专题协商会,形成建议18条 told
    if kind:
        heading = heading if len(heading) <= _HEADING_AT_MOST else ""  # (a numbered paragraph before is no heading)
        told = {m.group(1) for m in _NAMED_KIND.finditer(part)} or {m.group(1) for m in _NAMED_KIND.finditer(heading)}
        return bool(told) and kind not in told and kind not in part + heading
    return False
