"""A question asking which one has the most (or the least) of something (哪个单位承办提案最多, 报送社情民意最多的
委员是谁, 哪类提案最多): the sentence that ranks them is the one to read, whatever else it writes.

A member asks by the kind (哪个单位, 哪类) and by 最多; a report answers by naming the one (承办提案最多的是市某局,
某某…居全体委员首位, or a list of like figures: 经济界58件、教育界41件…). 最多 is no search word (a stop word),
so without this a sentence naming the kind in general (交由96家承办单位办理) covers the question as well as the one
that answers it.

For: the answerer (``soften_ranked_kind`` after the question is analysed; ``top_told_bonus`` in its first pass,
which moves a sentence ranking what is asked (items.ranks_told) up among those read closely, and in its ranking).
Only for a question asking for one (not 哪几个, 前三), with a superlative and a which-word.
"""

from __future__ import annotations

import re

from .facts import find_quantities
from .items import rank_untold
from .named_top import asks_named_top
from .question import QuestionAnalysis, once_per_question
from .ranked_lists import ranks_other, told_top

__all__ = ["asks_top", "top_told_bonus", "top_told_spec", "with_top_told", "TOP_TOLD_BONUS"]

# A question asking which one has the most or the least (哪个单位承办提案最多, 最多的委员是谁), not several (哪几个,
# 哪些, 前三, 最多的3个: the list answers), nor a count (最多能报几件).
_ASKED = re.compile(r"最([多少高低大小])(?![\u4e00-\u9fff]{0,3}?(?:多少|几))")
_WHICH = re.compile(r"哪|什么|啥|谁")
_SEVERAL = re.compile(r"哪些|哪几|前\d|前[二两三四五六七八九十]|最[多少高低大小]的?\d")
# The sentence ranking what is asked moves up by this much among the sentences read closely.
TOP_TOLD_BONUS = 0.3


def asks_top(norm: str) -> bool:
    """Whether a normalised question asks which one has the most or the least of something."""
    return bool(_ASKED.search(norm)) and bool(_WHICH.search(norm)) and not _SEVERAL.search(norm) \
        or asks_named_top(norm)  # 哪个读书群最活跃, 排第一的是哪个组 (named_top.py)


def top_told_bonus(q: QuestionAnalysis, sentence: str) -> float:
    """``TOP_TOLD_BONUS`` for a sentence saying which has the most (or least) of what a question asking so asks
    (it writes the superlative, or an item with its figure put first: ranked_lists.told_top); a third of it for
    one ranking them otherwise (items.ranks_told); else 0."""
    if not once_per_question(q, "asks_top", lambda q: asks_top(q.norm)):
        return 0.0
    if rank_untold(q.norm, sentence):
        return 0.0
    if _SCORE_ASKED.search(q.norm) and not any(x.unit == "分" for x in find_quantities(sentence)):
        return -TOP_TOLD_BONUS  # 哪个部门得分最高: a list of scores (市某局92.6分), not one of counts (486条, 281条)
    if any("最" + word in sentence for word in _ASKED.findall(q.norm)) and not ranks_other(q.norm, sentence) \
            or told_top(q.norm, sentence):
        return TOP_TOLD_BONUS  # 承办提案最多的是…; 经济界提交68件，居各界别首位: the sentence says which
    # A list of three or more like figures ranks them, though a list of any parts does; one put first (…提案数量
    # 居各专委会首位) is said to be, though maybe not by what is asked.
    return TOP_TOLD_BONUS / 6


def top_told_spec(q: QuestionAnalysis, sentence: str, spec_ref: float) -> float:
    """What a sentence saying which one has the most (or least) of the kind asked adds to how specifically it
    answers (哪个委员提案最多 → 某某委员提交提案9件，为全区委员中最多): the ranking asked is told there, though the
    question's only search word (提案, in every sentence of a 提案 report) says little; 0 otherwise."""
    if not once_per_question(q, "asks_top", lambda q: asks_top(q.norm)):
        return 0.0
    return spec_ref if told_top(q.norm, sentence) else 0.0


# The words any sentence saying which one has the most writes (ranked_lists.told_top).
_RANKING_WORDS = re.compile(r"最|首位|之首|第一")
# At most so many passages saying which one has the most join a question's candidates.
_TOLD_AT_MOST = 4


def with_top_told(index, q: QuestionAnalysis, hits: list) -> list:  # noqa: ANN001 - a PassageIndex, its Hits
    """The passages a question asking which one has the most (谁报的信息最多) reads: the search's, and those whose
    sentence says which one has the most of the kind asked (报送量最多的是某某委员), however many others write its
    search words more (报, 信息 in every paragraph of a 社情民意 report; 最多 is no search word)."""
    if not hits or not once_per_question(q, "asks_top", lambda q: asks_top(q.norm)):
        return hits
    seen = {hit.passage for hit in hits}
    floor = min(hit.score for hit in hits)
    ranking = index.__dict__.get("_ranking_passages")
    if ranking is None:  # the passages writing a superlative at all, found once per index
        ranking = index.__dict__["_ranking_passages"] = [
            p for p, text in enumerate(index.passage_norm) if _RANKING_WORDS.search(text)]
    extra = [p for p in ranking if p not in seen and any(_RANKING_WORDS.search(sentence) and told_top(q.norm, sentence)
                                                          for sentence in index.sentence_norm[p])]
    return hits + [type(hits[0])(p, floor) for p in extra[:_TOLD_AT_MOST]]


# The superlative itself as a question's word (最高, 最低), and words general Chinese names a score by.
_SUPERLATIVE_WORD = re.compile(r"最[多少高低大小]")
_SCORE_WORDS = ("得分", "分数", "分值", "评分", "打分", "测评分")
# A question ranking by score (得分最高, 哪个分最低): only figures in 分 rank them.
_SCORE_ASKED = re.compile(r"得分|分数|分值|评分|打分|(?<![部百])分最[高低]")
# The kind asked right after the which-word (哪个单位, 哪一类, 哪家医院).
_KIND_AFTER_WHICH = r"哪(?:一|1)?[个家位种所]?"
# Words general Chinese names a class of things by, any of which a report may write for the class a member asks
# (哪类, 哪方面, 哪个领域).
_CATEGORY_WORDS = ("类", "方面", "类别", "领域")


def soften_ranked_kind(q: QuestionAnalysis) -> None:
    """The kind noun right after the which-word of a question asking which has the most (哪个单位承办提案最多:
    单位) weighs less: the answer names the one (承办提案最多的是市交通运输局), seldom the kind; a class asked (哪类)
    is told by any word for a class (社会事业方面的108件: ``_CATEGORY_WORDS``). So does a word
    the documents never write that holds the superlative (提案数最多 cut as 数最多): the ranking asked, which
    ``top_told_bonus`` weighs, not a word to find."""
    if asks_top(q.norm):
        for term in q.terms:
            if re.search(_KIND_AFTER_WHICH + re.escape(term.text), q.norm):
                term.weight *= 0.5
                if term.text in _CATEGORY_WORDS:  # 哪类提案最多 → 社会事业方面的108件: a report's word for a class
                    term.equivalents = tuple(dict.fromkeys(term.equivalents + _CATEGORY_WORDS))
            elif not term.known and _ASKED.search(term.text):
                term.weight *= 0.05
            elif _SUPERLATIVE_WORD.fullmatch(term.text):
                term.weight *= 0.2  # 哪个部门得分最高: the ranking asked (the list of scores tells it), seldom written
            elif term.text in _SCORE_WORDS:
                # 得分, 分数 asked: a list of scores writes each as a figure in 分 (市某局92.6分), seldom the word;
                # the ranking (top_told_bonus) finds the list, the word only says what is ranked
                term.equivalents = tuple(dict.fromkeys(term.equivalents + ("分",)))
                term.weight *= 0.2
