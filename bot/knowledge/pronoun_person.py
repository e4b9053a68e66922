"""A sentence going on about a person the sentence before it names, by a pronoun that opens it
(…县环保协会会长许明德说。他在会上提出的"…"的建议, …委员唐秋云牵头发起…。这位…中心小学校长说):
it tells of that person as much as one writing the name, so a question naming them (许明德提了啥建议)
finds them there, not only in the paragraph around.

Used by the answerer's first pass (answer.py) for the question's person names (QuestionAnalysis.names).
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["goes_on_about"]

# A third person opening the sentence (他, 她, 这位, 该委员, 此人), not 他们 (several) nor 其中 (a part).
_OPENS_ON_PERSON = re.compile(r'^"?(?:他|她|这位|该委员|该同志|此人)(?!们)')


def goes_on_about(name: str, sentences: Sequence[str], s: int) -> bool:
    """Whether sentence ``s`` of a paragraph opens with a pronoun and does not name anyone asked, right after a
    sentence writing ``name``."""
    return s > 0 and name not in sentences[s] and name in sentences[s - 1] \
        and bool(_OPENS_ON_PERSON.match(sentences[s]))
