"""A sentence going on about a person the sentence before it names, by a pronoun that opens it
(…县环保协会会长许明德说。他在会上提出的"…"的建议, …委员唐秋云牵头发起…。这位…中心小学校长说):
it tells of that person as much as one writing the name, so a question naming them (许明德提了啥建议)
finds them there, not only in the paragraph around.

Used by the answerer's first pass (answer.py) for the question's person names (QuestionAnalysis.names), and by
the doubts on the answer chosen (doubted_next.py), which read the pronoun as the name it stands for.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["goes_on_about", "pronoun_named"]

# A third person opening the sentence (他, 她, 这位, 该委员, 此人), not 他们 (several) nor 其中 (a part).
_OPENS_ON_PERSON = re.compile(r'^"?(?:他|她|这位|该委员|该同志|此人)(?!们)')


# A pronoun standing for the person alone (他, 她), which the person's name may replace word for word.
_PRONOUN = re.compile(r'^("?)[他她](?!们)')


def goes_on_about(name: str, sentences: Sequence[str], s: int) -> bool:
    """Whether sentence ``s`` of a paragraph opens with a pronoun and does not name anyone asked, right after a
    sentence writing ``name``."""
    return s > 0 and name not in sentences[s] and name in sentences[s - 1] \
        and bool(_OPENS_ON_PERSON.match(sentences[s]))


def pronoun_named(names: Sequence[str], sentences: Sequence[str], s: int, shown: str) -> str:
    """``shown`` (sentence ``s`` and what it reads with) with its opening pronoun written as the person asked it goes
    on about (她随即撰写了题为"…"的信息 → 钱慧敏随即撰写了…), so the checks find that person's own clause; unchanged
    when it names someone asked or opens on no pronoun."""
    at = shown.find(sentences[s]) if s < len(sentences) else -1
    if at < 0 or not _PRONOUN.match(sentences[s]):
        return shown  # 这位…校长说: a determiner before the person's own post, read as written (checks.affiliation_doubt)
    for name in names:
        if goes_on_about(name, sentences, s):  # (shown may write the sentence before it first)
            return shown[:at] + _PRONOUN.sub(lambda m: m.group(1) + name, sentences[s], count=1) + shown[at + len(sentences[s]):]
    return shown
