"""A section of minutes or a summary giving one person's speech under a heading naming them
(五、某某主席讲话要点, 某某同志讲话摘要, 二、某某在会上的讲话): its paragraphs are that person's words,
though they seldom name them (一是提高站位…要坚持"…"), so a question naming the speaker (某某强调了什么)
or their post (主席说要怎样) is answered there as a report written of oneself is (first_person.py).

A paragraph under such a heading that opens with someone else speaking (某某在主持会议时指出…) is theirs,
not the speaker's.  Read by the checks through ``doubt_of`` (doubted_next.py); general Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .people import is_surname_name
from .post_words import holds

__all__ = ["section_speaker", "speaks_as", "told_of_speaker"]

# A heading giving one person's speech: an enumerator, the speaker (name, post), maybe the occasion (在…上的),
# the word for a speech, and maybe 要点 / 摘要 / 精神.
_SPEECH_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、]|[(（][一二三四五六七八九十\d]+[)）])?"
                             r"([\u4e00-\u9fff]{2,12}?)(?:同志)?(?:在[\u4e00-\u9fff]{0,16}?上)?的?"
                             r"(?:总结讲话|讲话|致辞|发言|讲评)(?:要点|摘要|精神|内容|纪要)?$")
# Words naming several speakers or a group, not one person (委员和专家发言, 部门负责同志发言).
_GROUP = re.compile(r"[和与及、]|^(?:委员|代表|专家|领导|嘉宾|部门|有关|各)")
# Another person opening a paragraph as its speaker (某某在主持会议时指出, 某某表示, 某某说).
_OTHER_OPENS = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:在[^,，。]{0,16}?时|在[^,，。]{0,16}?上)?"
                          r"(?:指出|表示|说|强调|认为|要求|提出|介绍)")
# Posts the speaker may be asked by (主席说…, 书记强调…).
_POSTS = ("主席", "副主席", "书记", "副书记", "秘书长", "主任", "副主任", "市长", "副市长", "县长", "副县长",
          "区长", "副区长", "部长", "局长", "组长", "会长", "院长", "校长")


def section_speaker(heading: str, paragraph: str, word_frequency=None) -> str:
    """The words naming the speaker (某某主席) when ``heading`` gives one person's speech and ``paragraph``
    under it does not open with another person speaking; else "".  Names are read by people.is_surname_name
    with the general dictionary's ``word_frequency``."""
    m = _SPEECH_HEADING.match(heading or "")
    if not m or not _opens_with_name(m.group(1), word_frequency) or _GROUP.search(m.group(1)):
        return ""
    speaker = m.group(1)
    other = _OTHER_OPENS.match(paragraph or "")
    if other and is_surname_name(other.group(1), paragraph[other.end(1):], word_frequency) and other.group(1) not in speaker:
        return ""
    return speaker


def _opens_with_name(words: str, word_frequency) -> bool:
    """Whether ``words`` (某某主席, 某某) open with a name of two or three characters, the rest following it."""
    return any(is_surname_name(words[:k], words[k:], word_frequency) for k in (2, 3) if len(words) >= k)


def told_of_speaker(q, shown: str, speaker: str):  # noqa: ANN001, ANN201 - a QuestionAnalysis, and it with the text
    """The question and the answer's text as the checks should read them when the answer stands in ``speaker``'s
    speech: the speaker named in the question is no one else to look for, and the text names them with their post
    (so 主席说… finds its 主席)."""
    if not speaker:
        return q, shown
    named = [name for name in q.names if name in speaker]
    if not named and not any(post in q.norm and holds(speaker, post) for post in _POSTS):
        return q, shown
    return replace(q, names=[name for name in q.names if name not in named]), speaker + shown


def speaks_as(word: str, names, speaker: str) -> bool:  # noqa: ANN001 - the question's names
    """Whether a question's word (a name among ``names``, or a post) is the ``speaker`` of the section."""
    if not speaker or len(word) < 2:
        return False
    return word in names and word in speaker or word in _POSTS and holds(speaker, word)
