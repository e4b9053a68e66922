"""Declining by reason what a person named in the question did is asked (林某副主席主持编辑的文史资料
叫什么) and the sentence tells the deed asked in another person's part (林某副主席分管提案委员会…;
何某副主席…主持编辑"某书": the book is 何某's); a part naming no one goes on with theirs. A sentence not naming them is kept: it may follow the one
that does (某某的提案…。推动新增床位680张).

Also: when, where or how many asked of what a person named did (某某哪天去督办调研的), and neither the
sentence nor the one before it names them or goes on about them by a pronoun (person_untold).

Used by asked_untold.untold_doubt and checks.Checks.doubt on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re
from .patterns import pattern
from .people import find_person_names

__all__ = ["deed_of_another", "person_untold"]

_PRONOUN = re.compile(r'["]?(?:他|她|其|这位|该委员|此人)')


def deed_of_another(names: list[str], words: list[str], shown: str, word_frequency) -> bool:
    """Whether the sentence names the question's people (``names``) and a part of it naming none of them
    writes two or more of the question's other ``words`` that its parts naming them do not (another person
    read there with the general dictionary's ``word_frequency``: 沙龙 is no name)."""
    if not names:
        return False
    if not any(name in shown for name in names):
        return False  # told in the sentence before (某某的提案…。推动新增床位680张): no telling whose
    if any(pattern(re.escape(name) + r".{0,4}?(?:说|介绍|表示|谈到|坦言|告诉)").search(shown) for name in names):
        return False  # "…工作队全年解决问题275个。"某某介绍: the words quoted are theirs, whatever part
    deeds = [w for w in set(words) if not any(w in name or name in w for name in names)]
    parts = [p for p in re.split(r"[;。]", shown) if p]
    # A part naming them, or going on about them by a pronoun (某某说。这位校长提交的…), is theirs.
    theirs = [any(name in p for name in names) or bool(_PRONOUN.match(p)) for p in parts]
    own = "".join(p for p, mine in zip(parts, theirs) if mine)
    untold = [w for w in deeds if w not in own]
    # Two of the deed's words or more told in a part naming another person (主持, 编辑): another's deed; one alone
    # (领衔督办的"某建议" asked, another's 领衔督办的"某提案" beside it) may be the same deed worded otherwise.  A part
    # naming no one goes on with the one before (他建议,在甲区试点…;在某平台上线…): theirs still.
    return any(sum(1 for w in untold if w in p) >= 2 and find_person_names(p, word_frequency) for p, mine in zip(parts, theirs) if not mine)


_GOES_ON_ABOUT = re.compile(r"他|她|其|这位|该委员|此人|本人")


def person_untold(names: list[str], shown: str, previous: str) -> bool:
    """Whether a question names people (``names``) and the sentence answering it tells of none of them: it
    names none, nor refers back by a pronoun (他, 其, 该委员), nor follows a sentence naming one."""
    return bool(names) and not any(name in shown or name in previous for name in names) \
        and not _GOES_ON_ABOUT.search(shown)
