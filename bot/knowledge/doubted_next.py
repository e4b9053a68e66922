"""The answer's doubts, and the next candidates when they sink a part told for the whole.

The checks (checks.doubt: another year, an untold subject, one kind's part of a
breakdown, another unit's sentence…) are made on the answer chosen by rank.  When
they sink it below the bar for giving a part where the units at large are asked
(…7个界别委员工作室接待群众814人次, one kind's; 全年该工作室接待…312人次, one unit's),
the whole is often told in another sentence (全年各工作室共接待群众3462人次): the next
few candidates in rank order that tell an amount as a whole (共, 合计, 各…) are put
through the same doubts, and the first still confidently right by the same bar answers.

Only for that doubt: a question sunk for another reason (another year, a session, a
place or a post the report does not tell) is most often asked of what no sentence
tells, and a sentence ranked lower is no safer an answer (tried on every doubt, the
bench's out-of-scope questions were answered wrongly three times for each one fixed).
Only run when a doubt declines an answer that was sure before it, so it costs nothing
on the rest.
"""

from __future__ import annotations

import re

from .asked_untold import added_for_stock
from .books_asked import books_untold
from .dated_events import other_dated_event
from .other_event_part import other_event_part
from .sum_part import part_for_sum
from .listed_items import one_of_listed
from .narrowed_count import narrowed_count
from .members import asks_own_members, members_who_did, other_level_members, tells_membership
from .notice_facts import phone_untold
from .post_asked import names_nobody
from .other_quoted import sub_heading
from .facts import clause_bounds
from .first_person import told_of_writer, writer_of
from .per_head import occasion_figure_told, occasion_sum_told
from .pointed_body import one_body_pointed
from .pronoun_person import pronoun_named
from .rank_cut import rank_cut_told
from .series_items import other_series_item
from .speech_section import section_speaker, told_of_speaker
from .unit_asked import kind_part_counted
from .question import KIND_WHAT, KIND_WHEN, KIND_WHERE, KIND_WHO
from .values import Result
from .wording import quoted_subject_told

__all__ = ["NEXT_AT_MOST", "shown_with", "doubt_of", "part_told", "tells_whole", "next_answer"]

# How many candidates after the doubted one are read again: a bounded second look, not a second pass
# (the engine reads at most READ_CLOSELY sentences closely, reach.py).
NEXT_AT_MOST = 3
# A word of summing (共, 合计, 总计) or of all the units (各工作室) before an amount: the whole, not a part
# (共同, 公共 and 总共's own 共 aside).
_WHOLE = re.compile(r"(?<![公])共(?![同享建性识担商治])|合计|总计|各")
# A stock (共有, 现有, 累计) told early in a sentence, and what makes a later clause's amount no part of it.
_STOCK = re.compile(r"(?<![公])共有|现有|累计|总计|合计")
_PART_OR_ADDED = re.compile(r"其中|新增|新建|新设|增设|增加|减少|比|同比|较")


def shown_with(index, result: Result) -> str:  # noqa: ANN001 - the PassageIndex
    """The text an answer is shown with: its sentence, and the sentence it reads with, in the document's
    order (某某说。这位校长提交的…), or the next paragraph's first one."""
    shown = index.sentence_norm[result.passage][result.sentence]
    if isinstance(result.extra_sentence, tuple):
        shown += index.sentence_norm[result.extra_sentence[0]][result.extra_sentence[1]]
    elif result.extra_sentence is not None:
        extra = index.sentence_norm[result.passage][result.extra_sentence]
        shown = extra + shown if result.extra_sentence < result.sentence else shown + extra
    return shown


def doubt_of(answerer, q, result: Result, places: set[str]) -> float:  # noqa: ANN001 - the Answerer, a QuestionAnalysis
    """How much less to trust ``result`` for each reason it may not answer ``q`` (checks.doubt), read as
    its writer's own report where it is one (first_person.py) or its speaker's speech (speech_section.py), and for a quoted title it does not name."""
    index = answerer.index
    shown = shown_with(index, result)
    doubted, doubted_shown = told_of_writer(q, shown, writer_of(index, result.passage))
    doubted, doubted_shown = told_of_speaker(doubted, doubted_shown, section_speaker(  # 某某主席讲话要点 (speech_section.py)
        index.section_norm[result.passage], index.passage_norm[result.passage], getattr(index.segmenter, "word_frequency", None)))
    doubted_shown = pronoun_named(doubted.names, index.sentence_norm[result.passage], result.sentence, doubted_shown)
    factor = answerer.checks.doubt(doubted, result, doubted_shown, places)
    if result.kind in ("number", KIND_WHO, KIND_WHEN) and not quoted_subject_told(q.norm, shown, index, result, q.terms):
        factor *= 0.4  # the title quoted is what is counted or done, and this sentence does not name it
    if result.kind == "number" and result.fact:
        if one_body_pointed(q.norm, index.sentence_norm[result.passage][result.sentence], result.fact, _before(index, result)):
            factor *= 0.4  # 委员工作室接待多少人次 asked, 某镇委员工作室…全年该工作室接待312人次 told (pointed_body.py)
        at = shown.find(result.fact)
        if at >= 0 and asks_own_members(q, places, index.frames) and members_who_did(shown[slice(*clause_bounds(shown, at))]):
            factor *= 0.4  # 市政协委员总共有多少名 asked, 平台注册委员405名 told: those who did a thing (members.py)
        if at >= 0 and narrowed_count(q.norm, q.counted, shown, at, at + len(result.fact), answerer.segmenter.words,
                                      answerer.segmenter.lexicon.tag):
            factor *= 0.4  # 机关一共有多少干部职工 asked, 机关干部职工注册志愿者58名 told: a narrower group (narrowed_count.py)
        if at >= 0 and other_level_members(q.norm, shown[slice(*clause_bounds(shown, at))]):
            factor *= 0.4  # 区县政协委员有多少人 asked, …356名市政协委员编入… told: another level's (members.py)
        if rank_cut_told(q.norm, result.fact, shown):
            factor *= 0.4  # 某委员会有几名委员 asked, 对积分排名后10位的委员… told: one end of a ranking (rank_cut.py)
        if part_for_sum(q.norm, shown, result.fact):
            factor *= 0.4  # 今年一共开几次常委会议 asked, …;5月次之,安排…常委会议1次 told: one month's (sum_part.py)
        words = [t.text for t in q.terms if len(t.text) >= 2]
        if words and other_dated_event(words, index.sentence_norm[result.passage], result.sentence):
            factor *= 0.4  # 某河远程协商多少委员参加 asked, 3月,开展首场网络议政…参与委员238人 told (dated_events.py)
    if result.kind in ("number", KIND_WHEN, KIND_WHO, KIND_WHAT, KIND_WHERE) and other_event_part(
            q.norm, [t.text for t in q.terms], shown, result.fact or "", sub_heading(index, result.passage)):
        factor *= 0.4  # 某某专题协商会提了几条建议 asked, the next part's "另一议题"专题协商会…18条 told (other_event_part.py)
    if other_series_item(q.norm, index.passage_norm[result.passage]):
        factor *= 0.4  # 某讲堂第6期讲什么 asked, "某沙龙"6期。…第6期以"…"为题 told: that series' item (series_items.py)
    if books_untold(q.norm, "".join(_written(index, result))):
        factor *= 0.4  # 某读书群要读哪些书 asked, 新增"某读书群" told: no book named (books_asked.py)
    if phone_untold(q.norm, shown):
        factor *= 0.4  # 某科联系电话是多少 asked, 委员17名,日常工作由…某科承担 told (notice_facts.py)
    if (result.kind == KIND_WHAT and not result.fact or result.kind == KIND_WHO) and names_nobody(q.norm, shown, answerer.segmenter.general_frequency, getattr(index, "names", ())):
        factor *= 0.4  # 大会发言安排哪些委员 asked, 会议期间,委员将列席… told: no one named (post_asked.py); 前10名有哪些人, 单位 read
    return factor


def part_told(index, q, result: Result) -> bool:  # noqa: ANN001 - the PassageIndex, a QuestionAnalysis
    """Whether ``result`` gives a part where ``q`` asks the units at large: one kind's amount in a breakdown by
    kind (7个界别委员工作室接待群众814人次, unit_asked.py), or one unit's pointed back at (该工作室, pointed_body.py).
    The whole is then often told elsewhere (全年各工作室共接待…); a question doubted for another reason (another
    year, a place or a post the report does not tell) is not read again: what it asks may be told nowhere."""
    if result.kind != "number" or not result.fact:
        return False
    sentences = index.sentence_norm[result.passage]
    shown = shown_with(index, result)
    at = shown.find(result.fact)
    if at < 0:
        return False
    clause = shown[slice(*clause_bounds(shown, at))]
    if kind_part_counted(q.norm, shown, clause, index.frames[index.passage_doc[result.passage]].places):
        return True
    if asks_own_members(q, set(), index.frames) and members_who_did(clause):
        return True  # 市政协有多少名委员 asked, 试点地区共有委员143名纳入积分管理 told: some of them (members.py)
    if added_for_stock(q, shown, result.fact):
        return True  # 托位一共多少个 asked, 新增托位3460个 told: the new ones are a part of all there are
    if occasion_sum_told(q.norm, clause):
        return True  # 每次请多少委员 asked, 8次座谈会共邀请委员96人次 told: the sum, each one's told elsewhere (per_head.py)
    if one_of_listed(q.norm, shown[:at]):
        return True  # 进乡镇几场 asked, 进乡镇、进社区…活动23场 told: the items' sum, each one's told after it (其中,进乡镇9场)
    return one_body_pointed(q.norm, sentences[result.sentence], result.fact, _before(index, result))


def _written(index, result: Result) -> tuple[str, ...]:  # noqa: ANN001 - the PassageIndex
    """The answer's sentence as its document writes it (titles in 《》), or its whole paragraph where the
    written sentences do not match the normalised ones one for one."""
    passage = index.passages[result.passage]
    sentences = passage.sentences
    if len(sentences) == len(index.sentence_norm[result.passage]):
        return (sentences[result.sentence],)
    return (passage.paragraph,)


def _before(index, result: Result) -> str:  # noqa: ANN001 - the PassageIndex
    """What stands before an answer's sentence in its paragraph, with the heading above it."""
    return index.section_norm[result.passage] + "\n" + "".join(index.sentence_norm[result.passage][:result.sentence])


def tells_whole(index, result: Result) -> bool:  # noqa: ANN001 - the PassageIndex
    """Whether an amount is told as the whole of what it counts: a word of summing or of all the units before it
    in its clause (全年各工作室共接待群众3462人次, 合计…), not one unit's (全年该工作室接待…) nor a count of some
    (有4个工作室全年接待群众不足50人次)."""
    sentence = index.sentence_norm[result.passage][result.sentence]
    at = sentence.find(result.fact) if result.fact else -1
    if at < 0:
        return False
    start = clause_bounds(sentence, at)[0]
    if _WHOLE.search(sentence[start:at]) or tells_membership(sentence[slice(*clause_bounds(sentence, at))]):
        return True  # (…市政协有委员387名: all the members there are, members.py)
    # A stock told through the sentence (全市共有…机构286家,…;提供托位1.87万个): a summing word or 现有 earlier in it,
    # and the amount's own clause adds nothing new (新增…) nor counts a part (其中…).
    return bool(_STOCK.search(sentence[:start])) and not _PART_OR_ADDED.search(sentence[start:at])


def next_answer(answerer, q, best: Result, candidates: list[tuple[float, Result]],  # noqa: ANN001
                places: set[str]) -> tuple[float, Result] | None:
    """The first of the next ``NEXT_AT_MOST`` candidates after the doubted ``best`` (``candidates``: every
    sentence read closely, with its rank) that were sure before the doubts and tell a whole, that stays sure
    after them, with its rank; None when none does.  The bar is the answerer's own threshold: never lowered."""
    index, threshold = answerer.index, answerer.settings.threshold
    doubted = (best.passage, best.sentence)  # (after the lean to the newest report, a copy of its candidate)
    following = sorted((row for row in candidates if (row[1].passage, row[1].sentence) != doubted
                        and row[1].confidence >= threshold and (tells_whole(index, row[1]) or _each_told(index, q, row[1])
                             or _item_told(index, q, row[1]))),
                       key=lambda row: -row[0])
    for rank, result in following[:NEXT_AT_MOST]:
        result.confidence *= doubt_of(answerer, q, result, places)
        if result.confidence >= threshold:
            return rank, result
    return None


def _item_told(index, q, result: Result) -> bool:  # noqa: ANN001 - the PassageIndex, a QuestionAnalysis
    """Whether ``result`` tells one item's figure, a word the question names right before it (其中,进乡镇9场、进社区6场
    for 进乡镇活动几场), as a breakdown after the items' sum writes it."""
    sentence = index.sentence_norm[result.passage][result.sentence]
    at = sentence.find(result.fact) if result.kind == "number" and result.fact else -1
    lead = sentence[max(clause_bounds(sentence, at)[0], at - 6):at] if at >= 0 else ""
    # (and every word the question asks stands in it or in the sum's sentence before it: 义诊在某镇办了几场 is not
    # told by 某镇8场 of 协商议事)
    around = sentence + (index.sentence_norm[result.passage][result.sentence - 1] if result.sentence else "")
    return bool(lead) and any(len(e) >= 2 and lead.endswith(e) for t in q.terms for e in t.equivalents) \
        and "、" in sentence and all(any(e in around for e in t.equivalents) for t in q.terms)


def _each_told(index, q, result: Result) -> bool:  # noqa: ANN001 - the PassageIndex, a QuestionAnalysis
    """Whether ``result`` tells the figure per occasion ``q`` asks (每次邀请委员12名左右 for 每次请多少委员)."""
    sentence = index.sentence_norm[result.passage][result.sentence]
    at = sentence.find(result.fact) if result.kind == "number" and result.fact else -1
    return at >= 0 and occasion_figure_told(q.norm, sentence[slice(*clause_bounds(sentence, at))])
