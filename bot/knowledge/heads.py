"""What a report's head tells of the report itself, learned when it is added:
the day it was delivered and the meeting it was delivered at (the dateline
under its title: ——2026年1月7日在政协…第5次会议上, or a date alone in
brackets), and who delivered it (the post and name under the title:
区政协主席 宋怀瑾).  These are facts of the document, not of a sentence in
it: "这份报告是谁作的 / 是哪天作的" is answered from them, whichever
words the report's own sentences use.

General Chinese only (how a report's head is laid out); no document's words.
Not for choosing which document a question is about (``answer.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable

from .people import find_people, find_person_names, reads_as_name

__all__ = ["DocHead", "addressee_asked", "learn_head", "meeting_ordinals", "session_told", "REPORTER_POSTS"]

# The posts of those who deliver a body's reports: a chair or vice-chair, a secretary-general, a director;
# a sector's or group's convener (界别召集人) or leader (组长); a party's or an association's head (主委, 会长).
REPORTER_POSTS = ("主席", "秘书长", "主任", "召集人", "组长", "主委", "会长")
# A dateline: the date opening a line of the head, or following the title's dash (——2024年1月9日在…,
# (2021年12月28日)); a date inside a sentence is the date of what the sentence tells.
_DATE = re.compile(r"(?:^|--|——|—)[(（]?((?:19|20)\d\d年\d{1,2}月\d{1,2}日)")
# The date alone on a document's last line, under the body signing it (its 落款).
_CLOSING_DATE = re.compile(r"[(（]?((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[)）]?[。.]?")
# "2026年1月7日在政协…第5次会议上": the meeting a report was delivered at.
# …or passed at (2025年12月29日政协…常务委员会第14次会议审议通过): a summary or plan the meeting adopted.
_MEETING = re.compile(r"在([^,;:。，；：]{4,60}?会议)上|^([^,;:。，；：在]{4,60}?会议)(?:审议|讨论)?通过")
# An undated subtitle naming the meeting alone (——在政协…常务委员会第5次会议上): the title's dash leads it.
_UNDATED_MEETING = re.compile(r"(?:^|--|——|—)[(（]?在([^,;:。，；：]{4,60}?会议)上")
# A session of a committee by its ordinals: 第10届…委员会第2次会议, or short, 10届2次会议 / 十届二次全会
# (normalised to digits).  The term's ordinal and the session's stand within a committee's name of each other.
_SESSION = re.compile(r"第?(\d+)届[^,;:。，；：\d]{0,16}?第?(\d+)次(?:会议|全会|全体会议|大会)")
# A report's delivering sentence: on whose behalf (我代表…, 受…委托) it is reported to the meeting.
_DELIVERING = re.compile(r"(?:代表|受)[^。]{2,60}?向[^。,;]{0,12}?(?:报告|汇报)")
# A title-block line made of a reporter's post and a name alone (市政协秘书长 某某): the layout says a person
# stands there, whatever their surname.
_POST_THEN_NAME_LINE = re.compile(r"^([^,;:。，；：()（）]{0,20}?(?:" + "|".join(REPORTER_POSTS) + r"))([\u4e00-\u9fff]{2,3})$")
# The head is the few lines under the title, before the report's first heading.
_HEAD_LINES = 6


@dataclass(frozen=True)
class DocHead:
    delivered: str | None = None  # 2026年1月7日
    meeting: str | None = None  # 政协鹤汀市南渚区第5届委员会第5次会议
    reporter: str | None = None  # 宋怀瑾
    post: str | None = None  # 区政协主席
    line: tuple[int, int] | None = None  # (passage, sentence) of the line giving the reporter, else the first
    dated_line: tuple[int, int] | None = None  # the dateline's own line under the title; None when the title dates it
    # The sentence delivering it (我代表医药卫生界别召集人小组，向会议报告2023年度…工作情况): it names the report
    # and the body it is delivered for as the title does (谁代表召集人小组作的报告).
    opening: str = ""


def learn_head(title_norm: str, lines: Iterable[tuple[int, int, str]], word_frequency=None,
               closing: Iterable[tuple[int, int, str]] = (), names: Iterable[str] = ()) -> DocHead:
    """The head of one document from its normalised title and its first lines
    ``(passage, sentence, text)`` (those under the title, before any heading); ``closing``, its last
    lines, give the day it was issued when no line of the head dates it (the date of its 落款); ``names``, the
    names the index learned (a learned name is a word of the segmenter's dictionary then, no longer read as new)."""
    lines = list(lines)[:_HEAD_LINES]
    delivered = meeting = reporter = post = dated_line = None
    where = (lines[0][0], lines[0][1]) if lines else None
    for at, text in [(None, title_norm)] + [((p, s), line) for p, s, line in lines if len(line) <= 60]:
        dated = _DATE.search(text)
        if dated and delivered is None:
            delivered, dated_line = dated.group(1), at
            held = _MEETING.search(text[dated.end():])
            meeting = (held.group(1) or held.group(2)) if held else None
    if meeting is None:
        # No day told with it: the subtitle still names the meeting, shown on its own line.
        for at, text in [(None, title_norm)] + [((p, s), line) for p, s, line in lines if len(line) <= 60]:
            held = _UNDATED_MEETING.search(text)
            if held:
                meeting, dated_line = held.group(1), dated_line or at
                break
    if delivered is None:
        # A notice or letter signed at its end: the issuing body, then the date alone on the last line.
        last = next(((p, s, text) for p, s, text in reversed(list(closing)) if text.strip()), None)
        signed = _CLOSING_DATE.fullmatch(last[2].strip()) if last else None
        if signed:
            delivered, dated_line = signed.group(1), (last[0], last[1])
    for p, s, text in lines:
        head = text[:80]
        for person in find_people(head, find_person_names(head, word_frequency)):
            # A title-block line ends with the name (or the salutation follows it).
            ends = person.end == len(text) or head.startswith("各位", person.end)
            if ends and person.role and person.role.endswith(REPORTER_POSTS):
                reporter, post, where = person.name, person.role.rsplit("会议上", 1)[-1], (p, s)
                break
        if reporter:
            break
        alone = _POST_THEN_NAME_LINE.match(text)
        if alone and word_frequency is not None and (reads_as_name(alone.group(2), word_frequency) or alone.group(2) in names):
            reporter, post, where = alone.group(2), alone.group(1), (p, s)
            break
    opening = next((text for _, _, text in lines if _DELIVERING.search(text)), "")
    return DocHead(delivered, meeting, reporter, post, where, dated_line, opening)


@lru_cache(maxsize=4096)  # asked of each document's whole text for a question naming a session (plan_items.py)
def meeting_ordinals(text: str) -> frozenset[tuple[int, int]]:
    """The sessions a text names by their ordinals: {(10, 2)} for 政协第10届鹭原市委员会第2次会议 or 10届2次会议."""
    return frozenset({(int(m.group(1)), int(m.group(2))) for m in _SESSION.finditer(text)})


# A session named short in a question (9届4次, as normalised).
SESSION_SHORT = re.compile(r"(\d+)届(\d+)次")


def session_told(word: str, text: str) -> bool:
    """Whether ``word`` names a session short (9届4次) that ``text`` names, however it writes it
    (9届4次会议, or in full: 政协某县第9届委员会第4次会议)."""
    session = SESSION_SHORT.fullmatch(word)
    return bool(session) and (int(session.group(1)), int(session.group(2))) in meeting_ordinals(text)


# Whom a question says a report was sent to (报给市政府的, 向市委报送): the addressee, no word of its name.
_SENT_TO = re.compile(r"(?:报给|报送给?|呈报给?|送给|送交|上报给?|发给|印发给?)([\u4e00-\u9fff]{2,10}?)(?=的|$|[?？])|"
                      r"向([\u4e00-\u9fff]{2,10}?)(?:报送|呈报|报告|上报)")


def addressee_asked(question: str) -> str:
    """The bodies a question about a report names as those it was sent to ("" when none)."""
    return "".join(m.group(1) or m.group(2) for m in _SENT_TO.finditer(question))
