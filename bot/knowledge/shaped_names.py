"""Names that minutes and reports write in shapes of their own, read though the surname is one ``SURNAMES``
leaves out (rare surnames, or common ones that start words too):

- a speaker's entry of minutes: (三)市政协委员、某公司董事长某某(经济界):title, or the same without the ordinal —
  the name closes its chain of posts right before its brackets or the colon;
- a line of a meeting's header block that is only a post and its holder (出席:市政协主席某某, and the lines
  under it, written without a label: 副市长某某);
- a post and its holder, then what they said or did at the meeting (市某局副主任某某表示, 副市长某某在回应时说,
  副市长某某到会听取意见).

Which characters are the name is told by the post before it: of the last three or two characters before the
end, the name is the one whose text before ends with a post word (or with 长: 园长, 所长).  The name must read as
one: a listed surname and no stop where a name ends, or (any surname) no word of the general dictionary.

Called by ``people.find_person_names`` with its own word lists and checks (so no import cycle); general
Chinese layout only.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

_HAN = r"[\u4e00-\u9fff]"
# An entry's opening: an ordinal in brackets (（三）) or a numeral with its comma (三、), or nothing.
_ENTRY = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?"
                    r"(?P<chain>[^:：()（），,。；;]{3,60}?)(?:[(（][^()（）]{1,20}[)）])?[:：]")
# A header line: an optional short label and its colon, then only posts and a name.
_HEADER_LINE = re.compile(r"^(?:" + _HAN + r"{1,4}[:：])?(?P<chain>[\u4e00-\u9fff、]{3,40})$")
# What a holder said or did right after their post and name.
_SAID_AFTER = re.compile(r"表示|指出|强调|介绍|回应|到会|在[^，,。；;:：]{1,12}?(?:时|上|中)(?:说|表示|指出|强调|介绍)")


def _ends_post(text: str, roles: tuple[str, ...]) -> bool:
    return text.endswith(roles) or (len(text) >= 2 and text.endswith("长"))


# Characters of a question or a clause, never of a given name (这次到会的委员有多少: no name 有多少), nor of a post.
_NO_NAME = re.compile(r"[有几多少么谁哪啥吗呢的是在]")


def _name_closing(chain: str, roles: tuple[str, ...], is_name: Callable[[str], bool], posts_only: bool = False) -> str | None:
    """The name closing a chain of posts (市政协委员、某院副院长某某 → 某某), or None; ``posts_only``: each part
    of the chain before the name must end with a post (a header line is nothing but posts and a name)."""
    for size in (3, 2):
        name, before = chain[-size:], chain[:-size]
        if len(name) < size or not re.fullmatch(_HAN + "+", name) or _NO_NAME.search(name) or not _ends_post(before, roles):
            continue
        if posts_only and (_NO_NAME.search(before) or not all(_ends_post(part, roles) for part in before.split("、"))):
            continue
        if is_name(name):
            return name
    return None


def shaped_names(sentence: str, roles: Iterable[str], is_name: Callable[[str], bool],
                 is_whole_name: Callable[[str], bool]) -> set[str]:
    """The names the shapes above write in ``sentence``; ``is_name`` says whether a string reads as a name where
    the layout fixes where it ends (brackets, a colon, a verb of saying), ``is_whole_name`` where only the line's
    end does (委员王宏说 is a sentence: 说 ends no name)."""
    roles = tuple(roles)
    names: set[str] = set()
    for pattern, reads in ((_ENTRY, is_name), (_HEADER_LINE, is_whole_name)):
        match = pattern.match(sentence)
        if match and (name := _name_closing(match.group("chain"), roles, reads, pattern is _HEADER_LINE)):
            names.add(name)
    for said in _SAID_AFTER.finditer(sentence):
        chain = re.search(r"[\u4e00-\u9fff]{3,30}$", sentence[:said.start()])
        if chain and (name := _name_closing(chain.group(), roles, is_name)):
            names.add(name)
    return names
