"""Names in lines that are nothing but people with their brackets, as notices list those commended:
a line per person (郑某（民盟界，某校副校长）), or a label and its people (经济界（2名）：甲某（某局副局长）、
乙某（某公司董事长）).  No verb or post word stands before such a name, so the other readings of names
(people.py) miss it; the whole line being entries, each bracket holding a post or workplace, says it is a name.

Pure functions on a normalised sentence; called by ``find_person_names`` (people.py).  General layout only.
"""

from __future__ import annotations

import re

__all__ = ["entry_line_names"]

# One entry: a name (a surname and one or two characters, or a two-character surname and one or two), its brackets.
_ENTRY = r"[\u4e00-\u9fff]{2,4}[(（][^()（）]{2,48}[)）]"
# The whole line: an optional label ending in a colon (经济界(4名):, 先进个人:), then entries parted by 、 or ,/，.
_LINE = re.compile(r"^(?:[^:：()（）]{1,20}(?:[(（][^()（）]{1,10}[)）])?[:：])?(" + _ENTRY + r"(?:[、,，;；]" + _ENTRY + r")*)[。;；]?$")
_ONE = re.compile(r"([\u4e00-\u9fff]{2,4})[(（]([^()（）]{2,48})[)）]")


def entry_line_names(sentence: str, trim, has_post, surnames, compound_surnames) -> set[str]:  # noqa: ANN001
    """The names of a line made only of ``name(post…)`` entries; ``trim`` cuts a would-be name
    (people.py ``_trim_name``), ``has_post`` tells brackets holding a post or workplace."""
    line = _LINE.match(sentence)
    if line is None:
        return set()
    names: set[str] = set()
    for entry in _ONE.finditer(line.group(1)):
        name = entry.group(1)
        if not has_post(sentence, line.start(1) + entry.end(1)):
            return set()  # one entry of something else (a body's count, a year): not a list of people
        if name.startswith(compound_surnames) and len(name) in (3, 4):
            names.add(name)
        elif len(name) <= 3 and name[0] in surnames and trim(name) == name:
            names.add(name)
        else:
            return set()
    return names
