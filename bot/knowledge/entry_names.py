"""Names heading an entry of a list of people: the name opens the sentence, its post or workplace follows in
brackets, and a colon leads to what the person did (甲某(农业界,某镇某专业合作社理事长):主持某联络站工作…),
as notices commending members, award lists and rosters write them.  No post word stands before the name, so
the shape itself tells it is a name; the brackets must tell a post or a workplace (people.py
``post_in_brackets``), so a heading such as 某界(3名): is not read as one.

Used by people.py (``find_person_names``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["entry_names"]

# The name alone before the brackets at the start of a sentence (or a line), a colon after them.
_ENTRY = re.compile(r"(?:^|(?<=[\n。；;]))([\u4e00-\u9fff]{2,4})(?=[(（][^()（）]{2,40}[)）][:：])")


def entry_names(sentence: str, trim, post_in_brackets) -> set[str]:
    """The names heading entries in ``sentence``; ``trim`` checks a candidate is a name (people.py
    ``_trim_name``), ``post_in_brackets`` reads the brackets after it."""
    names = set()
    for match in _ENTRY.finditer(sentence):
        candidate = match.group(1)
        if trim(candidate) == candidate and post_in_brackets(sentence, match.end(1)):
            names.add(candidate)
    return names
