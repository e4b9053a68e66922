"""Reading one sentence closely for the fact a question asks for: an amount with its unit, a person with
their post, a date, a place, or the sentence itself as a summary; with how well it fits and how near the
question's words stand to it.

Used by the answerer on the few sentences retrieval put first; not for retrieval, confidence or rendering.
"""

from __future__ import annotations

import re

from .expected_count import attended_score
from .attended_event import event_attended
from .other_set_part import part_of_other_set
from .term_match import abbreviation_at
from .place_item import other_place_item, places_counted_with
from .facts import Quantity, clause_bounds, compared_amount, find_quantities
from .clause_join import CONTINUED_CLAUSE as _CONTINUED_CLAUSE, crosses, joined_clauses
from .group_members import leaders_clause_before, members_clause
from .counting import CountedThing
from .breakdown_parts import around, heading_counted, total_names
from .ranked_lists import told_top, top_clause_score, top_of_list
from .items import rank_untold
from .counted_others import counts_others
from .meeting_kinds import other_meeting
from .breakdown_lead import item_named, total_of_named_item
from .carried_counts import carried_count, picked_from
from .carried_year import carried_year
from .dated_next import date_fit_with_next
from .dated_parts import day_part, tells_day
from .body_size import FAR_OFF, BodySize
from .place_reading import PlaceReading
from .summary_reading import SummaryReading
from .person_reading import PersonReading
from .members import group_asked, group_in_clause
from .figure_years import asks_change, is_difference
from .figures import FigureChoice
from .listed_counts import item_of_a_list
from .scope_counted import scope_start
from .placed_fact import placed
from .paired_amounts import paired_amount
from .respective_amounts import respective_amount, with_part_named
from .sentence_rows import of_asked_row, row_fit, row_score
from .item_amounts import one_item_of_several
from .named_measure import counts_asked_events, outranked_by_measure
from .named_things import other_locality
from .contrast_asked import other_level_before
from .negated_terms import negated_at
from .frames import offset_years
from .area_parts import area_above, area_mismatch
from .noun_after import counted_elsewhere, noun_follows, other_noun
from .compared_level import compared_level
from .change_kind import narrower_change
from .merged_into import merged_score
from .money_told import MONEY_UNITS, fee_untold, told_in_money
from .deed_before_amount import deed_told_elsewhere
from .denied_asked import denied_in_clause, denied_verbs, named_after_denial, tells_denied
from .ordinal_range import ordinal_range
from .series_items import stage_ordinal
from .titles import named_just_before, quoted_whole, title_governs
from .paragraph_topic import carried_share
from .asked_act import act_told
from .phrase_before import PHRASE_BEFORE_BONUS, asked_item_phrase
from .threshold_amounts import threshold_amount
from .recipient_told import other_recipient
from .doer_named import deed_unseen, doer_untold
from .index import PassageIndex
from .measures import GRADE_UNITS, counted_by_ge, ge_counts_asked, grades_of, ordinals_of, units_fit, years_spent
from .doers import PRONOUN, agent_of, doer_of, leads_a_group
from .told import asked_act, handler_for_proposer
from .year_values import YEAR_BEFORE as _YEAR_BEFORE, counted_from, earlier_year_told
from .question import KIND_NUMBER, KIND_WHEN, KIND_WHERE, KIND_WHO, QuestionAnalysis

__all__ = ["FactReader"]
# Bodies below a committee, whose totals a report gives beside its own.
_LOWER_BODY = re.compile(r"区县政协|县区政协|区[(（]?县[)）]?政协|县级政协|各区县|各县区|基层政协|乡镇政协")
# A body named as a partner (与县区政协联合开展…): the one acting with it is the subject, not the bodies below.
_PARTNER_BEFORE = re.compile(r"(?:与|同|会同|联合|协同)(?:各)?$")
# Nouns that ask for an amount (规模多大, 产值多少; a deed's 量: 播放量, 阅读量) and name the clause that gives it.
_MEASURE_NOUN = re.compile(r"规模|总额|金额|数量|总数|总量|面积|长度|投资|产值|税收|销售额|营收|利润|"
                           r"[\u4e00-\u9fff]{2}量(?=(?:[是有达为共一累总]{0,2}|不少于|不低于|至少|不超过)(?:多少|几))")  # (年收购量不少于多少)
# 2022年的4.6%, (2020年为181件), or the year's value named again (而2023年这一数字是3950人次).
_FIGURE_AGAIN = re.compile(r"(?:这一|这个|该)(?:数字|数据)"  # the count the clause before gives, named again
                           # or one year's part of it (5年共举办读书会46期，其中2020年举办12期)
                           r"|^其中(?:(?:19|20)\d\d年|今年|去年|当年)|^[\u4e00-\u9fff]{0,2}(?:规模|总量|总数|数量)(?:已|已经)?(?:达到?|为|是|超过|突破)")  # or its size (养蜂，养殖规模达到2100箱)
# A time written between a verb and its amount (由上年的38%, 提高到2022年的4.6%).
_TIME_BEFORE = re.compile(r"(?:(?:19|20)\d\d|上|去|前|今|当|本)年(?:的|底|末)?$")
_COMPARED_WITH_YEAR = re.compile(r"(?:比|较|与|和|同)(?:19|20)\d\d年")  # the year asked is the baseline, no figure's
# The rest asked (还有几部…已签协议), told right after 另有 / 仍有 / 其余 (另有6部已签订…; not the 14部 done before it).
_ASKS_REST, _TOLD_REST = re.compile(r"还有(?:几|多少)"), re.compile(r"(?:另有|仍有|还有|其余|另外)$")
_TO_IN_QUESTION = re.compile(r"(?:降低|提高|提升|增加|减少|下降|上升|增长|压缩|缩短|扩大|达)到")
# Units of people against units of their visits (人次): neither answers a question asking the other.
_PEOPLE_OR_VISITS = {("人次", u) for u in ("名", "位", "个")} | {(u, "人次") for u in ("名", "位", "个", "人")}
_ASKS_MEETING = re.compile(r"第几次[\u4e00-\u9fff]{0,6}?(?:会议|全会|常委会)")
# A clause telling how often a thing named before is held (每季度一期, 每月1次, 每周推出1期): a rate, not what is counted.
_FREQUENCY = re.compile(r"每(?:年|半年|季度?|月|旬|周|天|日)(?:推出|出版|编发|刊发|播出|举办|召开|开展)?"
                        r"[\d一二两三四五六七八九十]+[\u4e00-\u9fff]?[,;，；]")
# A short clause summing up a year or all (全年编印6期, 累计举办12场): it goes on with the clause before.
_SUMS_UP = re.compile(r"全年|年内|累计|共计|总计|合计")


class FactReader(CountedThing, FigureChoice, BodySize, PlaceReading, PersonReading, SummaryReading):
    """The fact-finding half of answering, over one index."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self.segmenter = index.segmenter

    def _occurrences(self, q: QuestionAnalysis, sentence: str) -> list[tuple[int, int, int, float]]:
        """Where the question's terms occur: (start, end, term number,
        strength); a piece of a long term counts for its share."""
        spans = []
        for number, term in enumerate(q.terms):
            for text in term.equivalents + term.parts:
                strength = 1.0 if text in term.equivalents else 0.8 * len(text) / len(term.text)
                start = sentence.find(text)
                while start >= 0:
                    spans += [] if negated_at(sentence, start, q.norm) else [(start, start + len(text), number, strength)]  # 非中共党员
                    start = sentence.find(text, start + 1)
            if term.text not in sentence:  # 运维 asked, 平台运行维护支出33.5万元 told (term_match.py)
                spans += [(at, at + 4, number, 0.8) for at in abbreviation_at(term.text, sentence)]
        for value in q.numbers:
            # A number the question gives (谁捐了170万) marks the spot.
            for match in re.finditer(rf"(?<![\d.]){re.escape(value)}(?![\d.])", sentence):
                spans.append((match.start(), match.end(), -1, 1.0))
        return spans

    def fit(self, q: QuestionAnalysis, p: int, s: int, sentence: str) -> tuple[float, str, int | None, float]:
        """How well the sentence holds the kind of fact asked for: (fit in
        [0, 1], the fact, an extra sentence to show, local closeness)."""
        fit, fact, extra, local = self._fit(q, p, s, sentence)
        if fit and other_locality(q, sentence, self.index.contains):
            fit *= 0.5  # 岩背村 asked: what another village did is read after what it did (named_things.py)
        elif fit and q.kind == KIND_NUMBER:  # 全县一共多少场 asked, 青石镇…112场 told; or the reverse (area_parts.py)
            fit *= area_mismatch(q, sentence, fact, self.index.passage_norm[p], self.index.contains)
        if fit and other_recipient(q.norm, sentence):
            fit = min(fit, 0.25)  # 退回提案人的有几件 → not …退回承办单位重新办理，其中3件… (recipient_told.py)
        return fit, fact, extra, local

    def _fit(self, q: QuestionAnalysis, p: int, s: int, sentence: str) -> tuple[float, str, int | None, float]:
        if q.kind == KIND_NUMBER:
            frame = self.index.frames[self.index.passage_doc[p]]
            sentence = day_part(q, sentence, self.index.passage_norm[p])  # 5月13日…;8月19日…: the day's (dated_parts.py)
            if sentence is None:
                return 0.0, "", None, 0.0
            year = carried_year(self.index.sentence_norm[p], s) or frame.year  # 2024年，…。全年新建…: 2024's (carried_year.py)
            total, parts = around(self.index.sentence_norm[p], s)  # …312件。其中，大会期间提交278件
            total = total or heading_counted(self.index.sentence_norm[p], s, self.index.section_norm[p])
            topic = carried_share(self.index.sentence_norm[p], s, q.terms, q.total_weight)  # paragraph_topic.py
            return self._fit_number(q, sentence, self._asked_years(q, p), year, frame.session, total, parts, topic)
        if q.kind == KIND_WHO:
            fit, fact, extra, local = self._fit_person(q, p, s, sentence)
            told = sentence + (self.index.sentence_norm[p][extra] if isinstance(extra, int) else "")  # 由…带队。围绕…调研
            if fit and not self._tells_action(q, told):
                fit *= 0.35  # 调研是谁带队的: 冯建军出席 the meeting on it, he led no group
            if fit and handler_for_proposer(q.norm, fact.partition("（")[0], told):
                fit = min(fit, 0.15)  # …提案是谁提交的: 周某牵头督办的"…提案" supervised it (told.py)
            elif fit and (doer_untold(q.norm, fact, told) or deed_unseen(q.norm, told)):
                # 发言的委员有谁: 作协商发言,区长某某作出批示 names him out of the deed's clause; 某某主持 tells no
                # speech at all (doer_named.py): the sentence naming the speakers reads first.
                fit = min(fit, 0.15)
            return fit, fact, extra, local
        if q.kind == KIND_WHEN:
            return date_fit_with_next(self, q, p, s, sentence)  # dated_next.py
        if q.kind == KIND_WHERE:
            return self._fit_place(q, sentence, p)
        agent = agent_of(q.norm, q.terms, sentence, q.names) or area_above(q.norm, sentence)  # 被哪个部门采纳 (doers.py);
        if agent:  # 杏花村是哪个镇的 → 桃源镇 of 桃源镇杏花村 (area_parts.py)
            return 1.0, agent, None, 1.0
        workplace = self._workplace(q, p, sentence)  # 钱某是哪个单位的: as where he works
        if workplace:
            return workplace
        # 哪个党派提的: the body written as proposing it; which proposed the most is not who proposed them all
        # (各民主党派…提交的提案286件 ranks none: 哪个党派提案最多 is read in the list below).
        if (doer := doer_of(q.norm, q.terms, sentence)) and not rank_untold(q.norm, sentence):
            return (1.0, doer, None, 1.0) if doer != PRONOUN else (0.0, "", None, 0.0)
        fit, fact, extra, local = self._fit_summary(q, p, s, sentence)
        # 哪个单位承办最多 → the list ranking them by figures; a sentence saying which has the most, before any list.
        local = 1.5 if told_top(q.norm, sentence) else 1.0 if top_of_list(q.norm, sentence) else local
        fit *= 0.5 if local < 1.0 and rank_untold(q.norm, sentence) else 1.0  # …, not a sentence ranking nothing (items.py)
        return (fit if tells_day(q, sentence) else 0.5 * fit), fact, extra, local  # a day asked: the sentence telling it

    def _tells_action(self, q: QuestionAnalysis, sentence: str) -> bool:
        """Whether the sentence tells the act a who-question asks about (谁带队的 → 带队, 带领 …)."""
        act = asked_act(q.norm)  # 调研是谁带队的 → 带队
        if not act:
            return True
        term = next((t for t in q.terms if t.text == act), None)
        return term is None or any(e in sentence for e in term.equivalents) or leads_a_group(term.equivalents, sentence)

    def _closeness(
        self, q: QuestionAnalysis, spans, start: int, end: int, sentence: str, delimiters: str = ",;:。!?"
    ) -> float:
        """How near the question's terms stand to the span [start, end):
        weighted, in [0, 1]; a term in the same clause counts mostly by being
        there and a little by being near, a term in another clause little."""
        # "248件,占41.2%": a clause opening with 占 / 同比 / 比上年 goes on with the one before.
        joined = joined_clauses(sentence)  # (clause_join.py)
        per_term: dict[int, float] = {}
        for a, b, number, strength in spans:
            if b <= start:
                gap, lo, hi = start - b, b, start
            elif a >= end:
                gap, lo, hi = a - end, end, a
            else:
                gap, lo, hi = 0, 0, 0
            same_clause = not crosses(joined, lo, hi, delimiters)
            # 侨资项目4个,协议投资5.62亿元;港资项目2个,协议投资3.15亿元: an item a semicolon closes tells of its own
            # subject; a word of the next item, however near, names another's.
            across = 0.15 if ";" not in joined[lo:hi] else 0.05
            value = strength * ((0.6 + 0.4 / (1 + gap / 10)) if same_clause else across / (1 + gap / 20))
            per_term[number] = max(per_term.get(number, 0.0), value)
        anchor = 2.0
        score = sum((q.terms[n].weight if n >= 0 else anchor) * v for n, v in per_term.items())
        return score / ((q.total_weight + (anchor if q.numbers else 0.0)) or 1.0)

    def _compatible(self, q: QuestionAnalysis, quantity: Quantity) -> bool:
        return units_fit(q, quantity, self._unit_compatible)  # own_measure_fits, then a unit: once per units (measures.py)

    def _unit_compatible(self, q: QuestionAnalysis, unit: str) -> bool:
        unit_class = self.segmenter.lexicon.units.get(unit) or unit
        if unit in MONEY_UNITS:
            unit_class = "钱"
        if q.unit_class is None:
            return True
        if unit in ("万", "亿"):
            return q.unit != "%" and not q.wants_money  # 关注人数突破5万: a bare magnitude counts anything
        if (unit, q.unit) in _PEOPLE_OR_VISITS:
            return False  # 多少名委员 counts people, 接待多少人次 visits: 10名 answers the one, 2.6万人次 the other
        if q.unit == "%" or unit == "%":  # a rate is answered by a percentage, or its change in points
            return unit == q.unit or (q.unit == "%" and unit.endswith("百分点"))
        if q.unit_class == "人" and unit == "个":
            return False  # 几个人 counts people: 23个乡镇 is no answer, though 个人 starts with 个
        if q.unit and unit != q.unit and (unit.startswith(q.unit) or q.unit.startswith(unit) or (q.unit, unit[-3:]) == ("天", "工作日")):
            return True  # 多少件 is answered by 260件次, 多少批次 by 27批, 几天 by 3个工作日 (not 多长时间: 在5个工作日内 is a limit)
        if q.unit == "个":
            return unit_class not in ("次", "钱", "轮")
        return unit_class == q.unit_class

    def _asked_years(self, q: QuestionAnalysis, p: int) -> list[int]:
        """The years asked, 去年 / 今年 read in the frame of the passage's document."""
        return list(q.years) + offset_years(q.norm, q.year_offsets, self.index.frames[self.index.passage_doc[p]])

    def _fit_number(self, q: QuestionAnalysis, sentence: str, years: list[int] | None = None,
                    own_year: int | None = None, session: tuple[int, int] | None = None, total: str = "",
                    parts: str = "", topic: float = 0.0):
        years = list(q.years) if years is None else years
        quantities = find_quantities(sentence)
        if q.ordinal:
            # 第几辑 is answered by 第三辑, never by an amount; 第几次…会议 by 10届11次常委会议 too.
            quantities = ordinals_of(sentence, q.unit, bool(_ASKS_MEETING.search(q.norm)))
        elif q.unit in GRADE_UNITS:
            quantities += grades_of(sentence, q.unit)  # 水质提升到几类 → iii类
        elif q.unit == "年":
            quantities += years_spent(sentence)  # 教了多少年 → 任教23年
        if not quantities:
            return 0.0, "", None, 0.0
        spans = self._occurrences(q, sentence)
        head = self._asked_head(q)
        best, best_score, best_order = None, -1.0, -9.0
        # The very measure word asked (多少篇) beats others of its class (1篇 over 建议12条), not an item named (named_measure.py).
        outranked = outranked_by_measure(q, sentence, quantities, self._compatible)
        group = group_asked(q.norm)  # the people of one sex or group counted (女委员, 党外委员)
        change_asked = asks_change(q)
        named_at = [x for x, *_ in spans]
        asked_words = [e for t in q.terms for e in t.equivalents]
        event_words = {n for n, t in enumerate(q.terms) if len(t.text) >= 2}  # what names the event (attended_event.py)
        denied = denied_verbs(q.norm, q.terms)  # 没立案的有几件: only those the deed was denied (denied_asked.py)
        others = tuple(e for e in named_after_denial(q.norm, q.terms, q.counted) if e not in denied) if denied else ()
        for quantity in quantities:
            denied_at = tells_denied(sentence, quantity, denied, others) if denied else None
            if denied and denied_at is None:
                continue
            if not counts_asked_events(q, sentence, quantity, self._compatible) or not counted_by_ge(q, sentence, quantity) \
                    or not ge_counts_asked(q, sentence, quantity) \
                    or other_noun(q.norm, sentence, quantity, quantities) or stage_ordinal(q.unit, sentence, quantity.start) \
                    or counted_elsewhere(() if q.unit or q.unit_class else self._counted_words(q), sentence, quantity, quantities) \
                    and not of_asked_row(q, sentence, quantity):  # 几个县 → not 2个区 of 2个区、4个县; 有多少托位 → not
                continue  # 托班2个 before 托位40个 (noun_after.py); 其中甲区12个: the row asked (sentence_rows.py)
            if quantity.start in outranked or other_place_item([t.text for t in q.terms], sentence, quantity.start) \
                    or places_counted_with(q.norm, [t.text for t in q.terms], sentence, quantity.start, quantity.end):
                continue  # (乙县…多少 asked: not 甲区…4.06个 of another item of the sentence, place_item.py)
            score = self._closeness(q, spans, quantity.start, quantity.end, sentence) + topic
            a, b = clause_bounds(sentence, quantity.start)
            if 0 < a and sentence[a - 1] != ";" and (b - a <= 8 or _FIGURE_AGAIN.search(sentence[a:quantity.start])) \
                    and (not any(a <= x < b for x, *_ in spans) or _SUMS_UP.match(sentence, a)):
                # 组建科技服务队，队员58人: a short clause of a word and an amount counts what the clause before names;
                # so does one naming that count again for another year (而2023年这一数字是3950人次). A semicolon
                # closes an item of a list (…致公党市委会提交4件;市工商联提交2件): the next names its own. One summing up
                # the year (…坚持每2个月编印1期,全年编印6期) counts what the clause before names, whatever it repeats.
                prior = clause_bounds(sentence, a - 1)[0]
                if 0 < prior and _FREQUENCY.match(sentence, prior) and not any(prior <= x < a for x, *_ in spans):
                    prior = clause_bounds(sentence, prior - 1)[0]  # 开设讲堂，每季度一期，全年举办4期: how often, then how many
                if not item_of_a_list(sentence, quantities, prior, a, lambda x: self._compatible(q, x)):  # listed_counts.py
                    score = max(score, 0.9 * self._closeness(q, spans, prior, quantity.end, sentence))
            elif (counted_at := counted_from(sentence, quantity)) is not None:  # (…,2021年为15次): year_values.py
                score = max(score, 0.9 * self._closeness(q, spans, counted_at, quantity.end, sentence))
            if (event_at := event_attended(q.norm, sentence, quantity, spans, event_words)) is not None:  # attended_event.py
                score = max(score, 0.9 * self._closeness(q, spans, event_at, quantity.end, sentence))  # 举办"…论坛",…160余人参加
            if (scope := scope_start(sentence, quantity)) is not None:  # 在参加评议的164名委员中，评为优秀等次的22名
                score = max(score, 0.9 * self._closeness(q, spans, scope, quantity.end, sentence))  # (scope_counted.py)
            if denied_at is not None and denied_at < clause_bounds(sentence, quantity.start)[0]:
                # 立案463件,…,其余49件: the rest is counted where the deed is
                score = max(score, 0.9 * self._closeness(q, spans, denied_at, quantity.end, sentence))
            level = compared_level(sentence, quantity, quantities, named_at) \
                if change_asked and is_difference(sentence, quantity) else None
            if level is not None:  # 重点提案15件，…，比上年增加3件: the difference is as near as its level, whose
                joined = sentence[:level[1]] + re.sub(r"[,，]", "、", sentence[level[1]:level[0].start]) \
                    + sentence[level[0].start:]  # words may open the clause before (开展"亲清茶叙"，全年举办8场)
                score = max(score, self._closeness(q, spans, level[0].start, level[0].end, joined))
            if q.unit and (quantity.unit == q.unit or quantity.text.endswith(q.unit)):
                score += 0.1
            beside = q.counted and any(sentence.startswith(e, quantity.end) or sentence.endswith(e, 0, quantity.start)
                                       for e in self.segmenter.lexicon.equivalents(q.counted))
            if beside or noun_follows(q.norm, sentence, quantity):
                score += 0.3  # 194位爱心房东 for 多少个爱心房东; 意见建议93条 for 多少条建议; 分4个组 for 几个组
            a, _ = clause_bounds(sentence, quantity.start)
            size = self._body_size(q, sentence, quantity) or 0  # body_size.py
            score += 0.3 * size  # 委员多少人 → 共有委员485名, not 表彰优秀政协委员50名
            if sentence[quantity.start - 1:quantity.start] == "等" and "、" in sentence[a:quantity.start] and size <= 0 \
                    and not beside and not (q.unit_class == "人" and self.segmenter.lexicon.units.get(quantity.unit) == "人"):
                # 考察了余村、…等8个点位 for 几个点位: the things listed are those asked; 甲、乙、丙等6人作发言 for
                # 几个人发言: the people listed are those counted
                score -= 0.4  # "提案、专报等59份": several things counted together, not the one asked
            if head and any(e in sentence[slice(*clause_bounds(sentence, quantity.start))] for e in head):
                score += 0.1  # 提案立案了多少件: the word next to 多少 is what is counted (立案488件)
            if head and not q.counted and any(sentence.startswith(e, quantity.end)
                                              for e in head + self._head_phrase(q)):
                score += 0.2  # 承办单位有多少个 → 82个承办单位: the amount stands right before the asked thing
            elif head and self._counted_before(q, sentence, quantity, head):
                score += 0.2  # 提案立案多少件 → 经审查立案186件: the asked thing right before its amount
            if head and self._counts_doers(q, sentence, quantity, head):
                score -= 0.25  # 常委有几名 → 其中常委41名, not 21位常委作发言: those who did something are a part
            if head and self._counts_other_term(q, sentence, quantity, head):
                score -= 0.3  # 承办单位有多少个 → not "不满意的4件提案…承办单位": the amount counts 提案
            score += self._whole_or_part(q, sentence, quantity) - 0.3 * self._counts_qualified_kind(q, sentence, quantity)
            year_before = _YEAR_BEFORE.search(sentence[:quantity.start])
            if years and year_before and not (change_asked and _COMPARED_WITH_YEAR.search(q.norm)):  # 比2023年底提高了多少:
                score += 0.3 if int(year_before.group(1)) in years else -0.3  # 2022年的4.6%, not 2021年的3.2%
            elif years and own_year not in years and earlier_year_told(sentence, quantity, quantities, years):
                score -= 0.3  # 2019年采用多少篇 (of 2020's report) → not 采用36篇, the year's own, but 比2019年的29篇
            elif year_before and own_year is not None and not _TO_IN_QUESTION.search(q.norm):
                # No year asked: the year the document reports on (由2017年的61%提高到2018年的72% → 72%).
                # Another year's value in a clause of its own (…2460万元，2023年为1980万元) is only compared with.
                score += 0.15 if int(year_before.group(1)) == own_year else -0.3 if counted_from(sentence, quantity) is not None \
                    else -0.15
            if _TO_IN_QUESTION.search(q.norm):
                lead = _TIME_BEFORE.sub("", sentence[:quantity.start])[-2:]  # 提高到2022年的4.6%, 由上年的38%
                if lead.endswith(("到", "至", "为")):
                    score += 0.2  # 漏损率降低到多少 → 由18%降低到11%: the amount reached, not the one left
                elif lead.endswith(("由", "从")):
                    score -= 0.2
            score += self._shape_score(q, sentence, quantity, head, years, own_year, session, parts)  # figures.py
            if total and self._part_of_total_before(q, total, sentence, quantity):
                score -= 0.5  # 一共收到多少件 → not 其中，大会期间收到提案259件 after 共收到…提案286件
            if one_item_of_several(q.norm, asked_words, sentence, quantity):
                score -= 0.5  # 协议投资总额 asked, 侨资项目4个,协议投资5.62亿元;港资项目… told (item_amounts.py)
            if self._per_head(q, sentence, quantity):
                score -= 0.4  # 人均参加履职活动7次 is no total
            if threshold_amount(q.norm, sentence, quantity):
                score -= 0.4  # 报送信息多少条 → not the group's threshold, 报送信息10条以上的委员 (threshold_amounts.py)
            score += attended_score(q.norm, sentence, quantity.start) + top_clause_score(q.norm, sentence, quantity)  # 有多少委员出席 → 实际出席271名, not 应出席委员286名; 最多的那个组几场 (ranked_lists.py)
            if _ASKS_REST.search(q.norm) and _TOLD_REST.search(sentence[max(0, quantity.start - 2):quantity.start]):
                score += 0.3  # 还有几部电梯已经签了协议 → 另有6部已签订…
            if denied and denied_in_clause(sentence, quantity, denied):
                score += 0.3  # 不予立案的有多少件 → 不予立案的74件, before 其中16件 told apart from the denial (denied_asked.py)
            if self._counts_other_people(q, sentence, quantity):
                score -= 0.3  # 农业界委员有多少人 → "委员会5名成员…联系农业界委员": those counted are others
            clause_start = clause_bounds(sentence, quantity.start)[0]
            if any(noun in sentence[clause_start:quantity.start] for noun in _MEASURE_NOUN.findall(q.norm)):
                score += 0.3  # 转贷金额达到多少 → 转贷金额达到9.3亿元, not 规模2亿元
            if group:  # 女委员有几名 → 其中女委员11名, not 现有委员30名
                score += 0.3 if group_in_clause(group, sentence, quantity.start) else -0.3
            if self._counts_a_subset(q, sentence, quantity) or narrower_change(q, sentence, quantity, quantities, self.segmenter.words, self.index.corpus_text):
                score -= 0.25  # "15件重点提案" asked "提案多少件"; 集体提案…比上年增加9件 for 提案多了几件 (change_kind.py)
            if self._deed_not_told(q, sentence, quantity):
                score -= 0.5  # 几份拿到批示 → 其中9份获得…批示, not the 31份 formed
            score += merged_score(q.norm, sentence, quantity, quantities)  # 并案的提案几件 → 有38件…, not 合并为15件 (merged_into.py)
            if part_of_other_set(asked_words, sentence, quantity, quantities):
                score -= 0.3  # 某论丛刊发了多少篇 → not 形成调研报告16篇，其中6篇在"某论丛"刊发 (other_set_part.py)
            if other_level_before(q.norm, sentence, quantity.start):
                score -= 0.4  # 市级一等奖几篇 → not …获评省级优秀论文,包括一等奖1篇 (contrast_asked.py)
            if other_meeting(q.norm, sentence, quantity.start):
                score -= 0.3  # 常委会议出席率 asked → not 全体会议出席率保持在96%以上 beside it (meeting_kinds.py)
            if item_named(sentence, quantity.start, asked_words):
                score += 0.2  # 一季度被采用多少条 → 第一季度17条, an item of …的87条信息中 (breakdown_lead.py)
            elif total_of_named_item(sentence, quantity.start, asked_words):
                score -= 0.3  # …not the lead's 87条, all the items' (breakdown_lead.py)
            score = row_score(q, sentence, quantity, score,  # 二季度发言多少条 → 第二季度7400余条 (sentence_rows.py)
                              lambda told, a, b: self._closeness(q, self._occurrences(q, told), a, b, told))
            if head and deed_told_elsewhere(q, head, sentence, quantity, quantities, lambda x: self._compatible(q, x)):
                score -= 0.3  # 立案提案多少件 → 经审查立案1893件, not 共收到提案2147件 (deed_before_amount.py)
            money = told_in_money(q, quantity)  # (40块 for 多少块: money_told.py)
            if q.wants_money and not (asks_change(q) and is_difference(sentence, quantity)):  # 捐款涨了多少 → 增长15%
                score += 0.2 if money else -0.3
            # An amount that counts others (capped below) only where no other fits: 走访了多少家重点企业 →
            # 走访…重点企业17家, not 书面调研近百家企业; its own score stays what the sentence is worth.
            order = score - 0.3 * counts_others(q, sentence, quantity, self.segmenter.words) \
                + PHRASE_BEFORE_BONUS * asked_item_phrase(q.norm, sentence, quantity, quantities)  # 老照片300余张: chosen, the sentence not raised
            if score > -1.0 and order > best_order:
                best, best_score, best_order = quantity, score, order
        if best is None:
            return 0.1, "", None, 0.0
        fact = paired_amount(q.norm, sentence, best) or placed(best.text, best.start)  # 几章几条 → 6章32条 (paired_amounts.py); which 4件 (placed_fact.py)
        if q.ordinal:
            fact = ordinal_range(q.norm, sentence, best) or fact  # 第几辑到第几辑 → 第十九辑至第二十三辑
        # Two amounts of one kind side by side (330多位委员和50多位机关干部; not 老花镜1500副、挂图4200幅).
        for other in quantities:
            if other is best or not self._compatible(q, other) or other_noun(q.norm, sentence, other, quantities):
                continue
            first, second = (best, other) if best.start < other.start else (other, best)
            between = sentence[first.end:second.start]
            if len(between) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+(?:和|及|与|、)[\u4e00-\u9fff]*|和|及|与|、", between) and (
                self.segmenter.lexicon.units.get(first.unit) == self.segmenter.lexicon.units.get(second.unit)
            ):
                fact = quoted_whole(sentence, first.start, second.end)  # (a slogan whole: titles.py)
        fit = 1.0 if best_score >= 0.2 else 0.6
        # (Not one named in a quoted title, "县级政协协商议政…研究", nor in an earlier item a semicolon closes.)
        lower = any(not _PARTNER_BEFORE.search(sentence[:m.start()]) and sentence.count('"', 0, m.start()) % 2 == 0
                    and ";" not in sentence[m.end():best.start] for m in _LOWER_BODY.finditer(sentence[:best.start]))
        if lower and not _LOWER_BODY.search(q.norm) and not of_asked_row(q, sentence, best):
            fit = min(fit, 0.5)  # the total of the bodies below (6个区县政协共立案2416件), not of this one nor a row asked
        if self._counts_a_subset(q, sentence, best) or self._counts_qualified_kind(q, sentence, best):
            fit = min(fit, 0.5)  # a part of what is asked (15件重点提案; 界别协商活动17次 when all of them are)
        if change_asked and narrower_change(q, sentence, best, quantities, self.segmenter.words, self.index.corpus_text):
            fit = min(fit, 0.5)  # 提案比上年多了多少件 → not 闭会期间提交的提案比上年增加13件 (change_kind.py)
        if part_of_other_set(asked_words, sentence, best, quantities):
            fit = min(fit, 0.5)  # a part of another set (…调研报告16篇，其中6篇在"某论丛"刊发)
        if self._counts_other_people(q, sentence, best) or other_level_before(q.norm, sentence, best.start):
            fit = min(fit, 0.25)  # (…, or another level's: 省级 told last before it, 市级 asked)
        size = self._body_size(q, sentence, best)
        if size is not None and size <= 0:
            # Asked only how many there are: a part of them (表彰优秀政协委员50名), or an amount of another thing.
            fit = min(fit, 0.6 if not size else 0.2 if size in FAR_OFF else 0.5)
        if self._members_of_another_group(q, sentence, best):
            fit = min(fit, 0.25)  # 由330多位委员…组成的34支工作小分队: the team's members, not the committee's
        if self._per_head(q, sentence, best):
            fit = min(fit, 0.4)  # the only amount here counts a part of what is asked
        if q.wants_money and q.unit != "%" and not (told_in_money(q, best) and not fee_untold(q.norm, sentence, best)) \
                and not re.search(r"(?:下降|增长|提高|降低|减少|增加)(?![到至])|比上年|同比|降了|涨了|节约|节省|比预算", q.norm):
            fit = min(fit, 0.25)  # asks money (经费 → not 8.5%; 补贴提高到多少 → the sum reached, not 300部)
        a, b = clause_bounds(sentence, best.start)
        short = b - a <= 8 or bool(_FIGURE_AGAIN.search(sentence[a:best.start]))  # 而2023年这一数字是…: the count before
        a = a if (at := counted_from(sentence, best)) is None else at  # (…,2021年为15次): the clause before names what it counts (year_values.py)
        members = False  # …任视察组组长，…任副组长，成员包括…共26人: over the leaders to the group (group_members.py)
        while 0 < a and (short or _CONTINUED_CLAUSE.match(sentence, a - 1)
                         or members and leaders_clause_before(sentence, a - 1)) and not any(a <= x < b for x, *_ in spans):
            # ，队员58人 / ，比上年的698件 / 41件，占15.5%，比上年增加7件: the clause before counts it.
            members = members or members_clause(sentence, a - 1)
            a, short = clause_bounds(sentence, a - 1)[0], False
        level = compared_level(sentence, best, quantities, named_at) if change_asked and is_difference(sentence, best) else None
        a = a if level is None else min(a, level[1])  # …重点提案15件，…，比上年增加3件: the level names it
        rest_at = tells_denied(sentence, best, denied, others) if denied else None
        a = a if rest_at is None else min(a, clause_bounds(sentence, rest_at)[0])  # 立案463件,…,其余49件 (denied_asked.py)
        a = a if (event_at := event_attended(q.norm, sentence, best, spans, event_words)) is None else min(a, event_at)  # …160余人参加
        measured = any(n in sentence[a:b] for n in _MEASURE_NOUN.findall(q.norm)) or act_told(q.norm, sentence[a:b])
        if not any(a <= start and end <= b for start, end, number, _ in spans if number >= 0) and not q.numbers and not topic \
                and not measured and not title_governs(q, sentence, best.start) \
                and not named_just_before(q, sentence, a, best) \
                and merged_score(q.norm, sentence, best, quantities) <= 0:  # "，规模达到5亿元" for 基金规模多大; 有38件…并案
            # Nothing the question names stands in the amount's clause (提案委员会有几个人 → 194位爱心房东): another count.
            fit = min(fit, 0.25)
        fit = min(fit, self._shape_fit(q, sentence, best, head, years, own_year, parts, session), row_fit(q, sentence, best))
        compared = compared_amount(sentence, best)  # 编报486条，比上年的412条: 412条 counts what 486条 does
        if q.counted and not self._counted_in_clause(q.counted, sentence, compared) \
                and not ((rest_at is not None or _TOLD_REST.search(sentence[max(0, best.start - 2):best.start]))  # 另有6部
                         and any(e in sentence[:b] for e in self.segmenter.lexicon.equivalents(q.counted))) \
                and not self._scope_names_counted(q, sentence, compared) \
                and not total_names(self.segmenter.lexicon.equivalents(q.counted), total) \
                and attended_score(q.norm, sentence, best.start) <= 0 \
                and not carried_count(self.segmenter.lexicon.equivalents(q.counted), sentence, compared,
                                      [e for t in q.terms if t.text != q.counted for e in t.equivalents]) \
                and not picked_from(q.unit, sentence, best) \
                and not of_asked_row(q, sentence, best):  # 从中精选320张; 其中甲区12个、乙区10个… (sentence_rows.py)
            # The sentence counts something else (194位爱心房东 for 多少名委员).
            fit = min(fit, 0.25)
        if self._deed_not_told(q, sentence, best):
            fit = min(fit, 0.25)  # 留言有多少条被采纳 → 收到留言2700余条: those received, not those adopted
        if self._told_in_another_item(q, sentence, best) and rest_at is None:
            fit = min(fit, 0.25)  # "…资助困难学生200名；计划在西岭镇中心学校设立…": the place is another item's
        if counts_others(q, sentence, best, self.segmenter.words) and rest_at is None:  # 其余25件作为意见建议: the deed's rest
            fit = min(fit, 0.25)  # 被市委市政府采用 asked, 被全国政协采用5条 told; 常委会议, 全体会议4次 (counted_others.py)
        if one_item_of_several(q.norm, asked_words, sentence, best):
            fit = min(fit, 0.5)  # 协议投资总额 asked, 侨资项目4个,协议投资5.62亿元;港资项目… told (item_amounts.py)
        respective = respective_amount(q.term_words(), sentence, quantities,
                                       None if change_asked else best)  # 比上年分别增长…: the change asked, whatever was chosen
        if respective is not None and (is_difference(sentence, respective[1]) if change_asked
                                       else self._compatible(q, respective[0])):
            # 甲局、乙局和丙委员会，分别承办47件、39件和36件: 乙局's is the second (respective_amounts.py)
            if respective[2] is not None:  # 4个季度分别提交…: as near as if the part asked (第二季度) were written there
                named, shift = with_part_named(sentence, respective[2])
                best_score = max(best_score, self._closeness(q, self._occurrences(q, named), respective[0].start + shift,
                                                             respective[0].end + shift, named))
            return max(fit, 1.0 if best_score >= 0.2 else 0.6), respective[0].text, None, max(best_score, 0.0)
        return fit, fact, None, max(best_score, 0.0)
