"""A government agency a question names by the short form Chinese makes of its name (文广旅局 for
文化广电旅游局, 发改局 for 发展改革局): the first character of each two-character word, then
the agency's last character (局, 厅, 办); of a name joined by 和, some of its words may be left out
(住建局 for 住房和城乡建设局). When the documents do not write the short form but
name exactly one agency so shortened, the question names it in full.

Learned from the documents' own text when first asked; no list of agencies. Not for the
committees' own bodies (经委会 → 经济委员会: vocabulary.py) nor for declared short names.
"""

from __future__ import annotations

from .normalize import find_all

_SUFFIXES = "局厅办"
_LONGEST = 5  # characters kept of a name: 文广旅体 of 文化广电旅游体育局
_STEM = 2 * _LONGEST  # characters read before an agency's last character
# What follows 办 where it starts a word of doing, not ends an agency's name (办结, 办理, 办复, 办件, 办法).
_DOING_AFTER_BAN = set("结理复件案好成事法公过了")


def agency_stems(corpus: str) -> dict[str, set[str]]:
    """Per last character, the runs of characters written before it in the documents."""
    return {suffix: {corpus[max(0, at - _STEM):at] for at in find_all(corpus, suffix)} for suffix in _SUFFIXES}


def _full_name(short: str, stems: set[str]) -> str | None:
    """The one full name (文化广电旅游) whose two-character words start with the short form's characters."""
    width = 2 * len(short)
    found = {stem[-width:] for stem in stems if len(stem) >= width
             and all(stem[-width + 2 * k] == char for k, char in enumerate(short))}
    found = {name for name in found if all("\u4e00" <= c <= "\u9fff" for c in name)}
    if not found:  # 住建局 for 住房和城乡建设局, 人社局 for 人力资源和社会保障局: some words are left out
        found = {name for stem in stems for name in _skipping_names(short, stem)}
    return next(iter(found)) if len(found) == 1 else None


def _skipping_names(short: str, stem: str) -> set[str]:
    """The names ending ``stem`` that are two-character words joined by 和 (住房和城乡建设: 住房, 城乡,
    建设) whose first word starts with the short form's first character and some later words'
    first characters, in order, are the rest of it."""
    found = set()
    for at in range(len(stem) - 2 * len(short) - 1, -1, -1):
        if stem[at] != short[0] or "和" not in stem[at:]:
            continue
        words = [w for part in stem[at:].split("和") for w in (part[k:k + 2] for k in range(0, len(part), 2))]
        if any(len(w) != 2 for w in words) or not all("\u4e00" <= c <= "\u9fff" for c in stem[at:]):
            continue
        rest = iter(w[0] for w in words[1:])
        if all(char in rest for char in short[1:]):
            found.add(stem[at:])
    return found


def expand_agency_short_forms(text: str, corpus: str, stems: dict[str, set[str]]) -> str:
    """The question with an agency's short form the documents do not write named in full."""
    for suffix in _SUFFIXES:
        at = text.find(suffix)
        while at >= 0:
            if suffix == "办" and text[at + 1:at + 2] in _DOING_AFTER_BAN:
                at = text.find(suffix, at + 1)
                continue  # 上年办结率: 办 starts a verb (办结, 办理), it ends no agency's name
            for length in range(min(_LONGEST, at), 1, -1):
                short = text[at - length:at]
                if short + suffix in corpus or not all("\u4e00" <= c <= "\u9fff" for c in short):
                    continue
                name = _full_name(short, stems[suffix])
                if name is not None:
                    text = text[:at - length] + name + text[at:]
                    at += len(name) - length
                    break
            at = text.find(suffix, at + 1)
    return text
