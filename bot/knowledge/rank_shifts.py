"""Small shifts of a sentence's rank for shapes that tell it cannot answer a kind of question, each a module of its own:
a when-question's meeting named only as the qualifier of another meeting (meeting_within.py), a which-agency question
read in a sentence naming no agency (agency_asked.py), a count read as another committee's figure (other_committee.py) or another level's
(contrast_asked.py),
places asked by a pair of levels read in a sentence naming none (level_pair.py), an ordinal asked that the sentence
does not tell (series_items.py), a plenary session asked by its number read in a sentence telling only of
the standing committee's meetings (meeting_kinds.py).

Used by the answerer's ranking (answer.py): the amount to take off a sentence's rank.
"""

from __future__ import annotations

from .agency_asked import agency_untold
from .contrast_asked import other_level_before
from .facts import find_quantities
from .level_pair import pair_untold
from .meeting_kinds import plenary_untold
from .meeting_within import meeting_within
from .other_committee import other_committee_counted
from .question import KIND_NUMBER, KIND_WHEN, QuestionAnalysis
from .series_items import ordinal_untold

__all__ = ["rank_penalty"]

MEETING_WITHIN_PENALTY = 0.15  # 十一届二次会议预备会议 for 十一届二次会议啥时候开的
AGENCY_UNTOLD_PENALTY = 0.25  # a sentence naming no agency for 哪个单位主办
OTHER_COMMITTEE_PENALTY = 0.3  # 某县政协报送量由2022年的26篇… for 2022年报给省政协的有多少条, of a city's report
PAIR_UNTOLD_PENALTY = 0.3  # 各县区政协要对照先进 for 哪几个县区政协被评为先进集体 (the list names them)
OTHER_LEVEL_PENALTY = 0.3  # …获评省级优秀论文,包括三等奖4篇 for 市级三等奖几篇 (its words all there, of another level)
PLENARY_UNTOLD_PENALTY = 0.3  # 11届常委会第2次会议 for 十一届二次会议啥时候开 (meeting_kinds.py)
ORDINAL_UNTOLD_PENALTY = 0.2  # …拟举办6期 for 第5期啥时候办 (the next paragraph tells 第5期拟于4月…)


def rank_penalty(q: QuestionAnalysis, sentence: str, fact: str = "", home_places=(), places=()) -> float:  # noqa: ANN001
    """What to take off the rank of ``sentence`` read for ``fact`` (``home_places``: the places the loaded documents
    are the committees of; ``places``: those the question names, when another committee's figure is left to the
    checks of the place asked)."""
    penalty = MEETING_WITHIN_PENALTY if q.kind == KIND_WHEN and meeting_within(q.norm, q.terms, sentence) else 0.0
    if q.kind == KIND_NUMBER and fact:
        quantity = next((x for x in find_quantities(sentence) if fact.startswith(x.text)), None)
        if quantity is not None and other_committee_counted(q.norm, sentence, quantity, home_places, places):
            penalty += OTHER_COMMITTEE_PENALTY
        if quantity is not None and other_level_before(q.norm, sentence, quantity.start):
            penalty += OTHER_LEVEL_PENALTY
    penalty += PAIR_UNTOLD_PENALTY if pair_untold(q.norm, sentence) else 0.0
    penalty += PLENARY_UNTOLD_PENALTY if plenary_untold(q.norm, sentence) else 0.0
    penalty += ORDINAL_UNTOLD_PENALTY if ordinal_untold(q.norm, sentence) else 0.0
    return penalty + (AGENCY_UNTOLD_PENALTY if agency_untold(q.norm, sentence) else 0.0)
