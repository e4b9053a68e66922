"""Answering a member's question from the index: the fact first (a number
with its unit, a person with the role, a date, or a one- or two-sentence
summary), then the sentence it came from and its source — or an honest
"not found" with questions the documents can answer.

Plain values in and out; nothing here knows about Telegram or storage.
"""

from __future__ import annotations

import re
from typing import Sequence

from bot import texts
from .date_asked import DATE_TOLD_BONUS, date_asked_told, days_asked_told
from .person_entry import one_items_entry
from .one_person_count import one_persons_figure
from .facts import find_quantities
from .faq_match import bigrams, faq_answer, similarity
from .frames import PLAN, RESULTS, is_plan, question_mode, question_places
from .index import PassageIndex
from .periods import period_fit
from .normalize import normalize_text
from .question_terms import deed_untold_after_how, unknown_words
from .question import KIND_WHAT, KIND_WHEN, KIND_WHERE, KIND_WHO, KIND_WHY, PART_NOUNS, YES_NO_RE, QuestionAnalysis, Term, analyse
from .checks import Checks
from .amount_beside import amount_beside, counted_beside
from .paragraph_topic import carried_words
from .top_asked import soften_ranked_kind, top_told_bonus, top_told_spec, with_top_told
from .rank_shifts import rank_penalty
from .list_heading import heading_of_list
from .items import asked_item_term, item_strength, lists_asked_items
from .labelled_rows import top_row_answer, unasked_row
from .sentence_rows import unasked_part
from .members import MEMBERSHIP_WORDS, asks_own_members, names_this_body, short_name_asked, tells_membership
from .numbers_told import later_year_alone, numbers_told
from .compound import split_compound
from .term_match import term_strength, within_text
from .patterns import pattern
from .heading_list import HEADING_LIST_BONUS, heading_names_all
from .heads_answers import ASKS_REPORTER, HeadAnswers, then_holder_first
from .all_holders import roster_first
from .mastheads import asks_writer_of_told_piece
from .others_told import RECENCY_BONUS, newest_kept, other_documents
from .plan_result import asked_at, plan_span, told_of_report_year
from .plan_making import tells_plan_making
from .paper_plans import marked_done, paper_plans
from .pronoun_person import goes_on_about
from .persons_untold import persons_told
from .first_person import about_author, writer_of
from .doubted_next import doubt_of, next_answer, part_told
from .rate_asked import rate_named
from .ordinal_units import ordinal_named
from .surname_post import surname_post_named
from .reach import READ_CLOSELY, reachable
from .reading import FactReader
from .declining import Declining
from .score_rules import score_rule_answer
from .frequency_told import frequency_answer
from .speech_section import section_speaker, speaks_as
from .section_parts import section_parts_answer
from .place_above import place_above_answer
from .renamed import renamed_answer
from .historic_period import period_answer
from .counted_short import counted_short_answer
from .quoted_gloss import GLOSS_BONUS, glossed_in_quotes
from .plan_items import plan_item_answer
from .plan_reach import plan_searched
from .leader_items import leader_items_answer
from .item_byline import byline_answer, piece_named
from .notice_facts import notice_fact, office_phone_asked
from .asked_year_rank import year_shift
from .rendering import Renderer
from .titles import named_in_quotes, quoting_name, titled_as_asked
from .total_told import PART_TOLD_PENALTY, TOTAL_TOLD_BONUS, part_of_asked, phrase_counted_bonus, total_told, with_phrase_counted
from .whole_kind import WHOLE_KIND_BONUS, whole_kind_told
from .month_day import with_day_of_month
from .month_line import MONTH_LINE_BONUS, month_line_spec
from .decider_told import decider_spec
from .values import Answer, AnswerSettings, FaqPair, Result, Source
from .wording import head_reference, is_lead_heading, plan_word_as_told

__all__ = ["Source", "Answer", "FaqPair", "AnswerSettings", "Answerer", "similarity"]

_ASKS_WRITER = re.compile(r"谁写|写的|(?<!工)作者|撰稿|执笔|谁拍|拍的|摄影|照片|图片")
_HOW_RE = re.compile(r"(?:怎么|怎样|如何|咋)(?!评价|说|看|讲|样|回事)")


class Answerer(HeadAnswers, Declining):
    """Answers a member's question from the knowledge base, or declines."""

    answered_only = False  # each_alone.py reads only answers: no close reading where none could answer (reach.py)

    def __init__(self, index: PassageIndex, settings: AnswerSettings | None = None) -> None:
        self.index = index
        self.settings = settings or AnswerSettings()
        self.segmenter = index.segmenter
        self._verified: dict[str, bool] = {}  # pooled questions checked: answered with their own fact? (declining.py)
        self._ranking = None  # the pooled questions' PoolRanking, made on first need (declining.py)
        self.reader = FactReader(index)
        self.render = Renderer(index)
        self.checks = Checks(index, self.settings.threshold)
        self._titles = [normalize_text(info.title) for info in index.documents]
        self.each_alone = None  # each report's own answerer, with a few reports loaded (each_alone.py)

    # ------------------------------------------------------------ public

    def answer(self, question: str, faqs: Sequence[FaqPair] = ()) -> Answer:
        question = (question or "").strip()
        if not question:
            return self._declined(0.0, "", text=texts.EMPTY_QUESTION)
        faq = faq_answer(question, faqs, self.settings.faq_threshold)
        if faq is not None:
            return faq
        norm = normalize_text(question)
        results, expanded, corrected = self._results(norm)
        if not results:
            return self._declined(0.0, norm)
        if len(results) == 1:
            # Each report alone too, asked with the short forms all the reports name (人资环委 is 栖梧's, not 岚溪's).
            result = self.each_alone.add_to(results[0], expanded) if self.each_alone else results[0]
            if not result.answered:
                return self._declined(result.confidence, corrected)
            return self.render.single(result)
        if not any(r.answered for r in results):
            return self._declined(max(r.confidence for r in results), corrected)
        return self.render.many(results)

    def single_result(self, norm: str) -> Result | None:
        """The answer being made to a normalised one-part question, before it is rendered (None when it asks two things)."""
        results = self._results(norm)[0]
        return results[0] if len(results) == 1 else None

    def _results(self, norm: str) -> tuple[list[Result], str, str]:
        """Each part's answer (none off topic), the question with short forms in full (经委会 → 经济委员会), mended."""
        if self._off_topic(norm, named_piece=True):
            return [], norm, norm
        expanded = about_author(self.index.expand_short_forms(norm), getattr(self.index, "authors", ()), self.index.names)  # 她 → the writer
        expanded = rate_named(expanded, self.index)  # 立案的比例 → 立案率, as the report writes it (rate_asked.py)
        expanded = ordinal_named(expanded, self.index.corpus_text)  # 二支部 → 第二支部 (ordinal_units.py)
        results, corrected = self._parts(expanded)
        named = surname_post_named(expanded, self.index)  # 谯委员 → 谯某某委员, where as asked it finds nothing (surname_post.py)
        if named != expanded and not any(r.answered for r in results):
            (results, corrected), expanded = self._parts(named), named
        return results, expanded, corrected

    def _parts(self, expanded: str) -> tuple[list[Result], str]:  # each part's answer, and the question mended
        corrected, fixes = self.index.correct(expanded)
        return [self._answer_part(part, fixes) for part in split_compound(corrected, self.segmenter)], corrected

    def _off_topic(self, norm: str, named_piece: bool) -> bool:
        """Whether the question asks of a matter off the committee's work (checks.py), unless it asks an
        office's phone (信息科电话: notice_facts.py) or, with ``named_piece``, a piece whose title holds the
        off-topic word (快递 of 快递进村那条是谁执笔的: item_byline.py).  The whole question's check (``_results``)
        lets a named piece through; a part's (``_read_part``), made after the byline reader, deliberately not."""
        return (self.checks.off_topic(norm) and not (named_piece and piece_named(self.index, norm))
                and not office_phone_asked(norm))

    # ------------------------------------------------------------ retrieval

    def _answer_part(self, norm: str, fixes: int = 0) -> Result:
        q = analyse(norm, norm, self.segmenter, self.index, corrections=fixes)
        soften_ranked_kind(q)  # 哪个单位承办最多: the one is named, not the kind (top_asked.py)
        return persons_told(self.index, norm, self._or_each_holder(q, self._read_part(q, norm)))  # persons_untold.py

    def _read_part(self, q: QuestionAnalysis, norm: str) -> Result:
        if (byline := byline_answer(self, norm)) is not None:
            return byline  # 电动车充电那条是谁报的 → the name in brackets after its title (item_byline.py)
        if q.off_topic and self._off_topic(norm, named_piece=False):
            return Result(False, 0.0, q.kind, question=norm)
        if q.author and (paper := notice_fact(self, q, norm)) is not None:
            return paper  # 这份总结是哪个单位写的: its 落款, not a byline (notice_facts.py)
        if q.author:
            authored = self._answer_author(q, norm)
            if authored.answered or (_ASKS_WRITER.search(norm) and not ASKS_REPORTER.search(norm)
                                     and not asks_writer_of_told_piece(norm)):
                return authored  # (no byline: who wrote a piece told of, 那条信息是谁写的, is read in the text)
            # Who delivered a report, or made a speech, the text tells of (唐秀兰作提案工作情况报告): read on.
        if q.numbers and q.kind in (KIND_WHAT, KIND_WHY, KIND_WHO) and all(len(t.text) == 1 for t in q.terms):
            return self._answer_by_number(q, norm)
        if not q.terms:
            return Result(False, 0.0, q.kind, question=norm)
        delivered = self._answer_delivery(q, norm)
        if delivered is not None:
            return delivered
        declared = (plan_item_answer(self, q, norm)  # 某专题协商会谁牵头 → 某委员会牵头, in its item (plan_items.py)
                    or leader_items_answer(self, norm)  # 某副主席牵头的是哪两次双周协商 (leader_items.py)
                    or self._answer_declared(q, norm) or score_rule_answer(self, norm) or frequency_answer(self, norm)  # 每件记4分; 每季度 (frequency_told.py)
                    or section_parts_answer(self, q, norm)  # 工作打算有几个方面 → 以下8个方面 (section_parts.py)
                    or place_above_answer(self, q, norm)  # 某区属于哪个市 (place_above.py)
                    or renamed_answer(self, q, norm)  # 某委员会以前叫什么 → 原…更名为… (renamed.py)
                    or period_answer(self, q, norm)  # 某窑什么时候创烧的 → 创烧于北宋时期 (historic_period.py)
                    or counted_short_answer(self, q, norm)  # 两个70周年是哪两个 (counted_short.py)
                    or top_row_answer(self, q, norm))  # 哪个区工作站最多 → the label of the row with the most (labelled_rows.py)
        if declared is not None:
            return declared
        if q.kind == KIND_WHEN:
            dated = self._answer_from_title_date(q, norm)
            if dated is not None:
                return dated
        unknown = unknown_words(q.terms, norm)  # (劝 辞 of 被劝辞了吗 too: question_terms.py)
        how = _HOW_RE.search(norm)
        if unknown and (YES_NO_RE.search(norm) or (how and (any(0 <= norm.find(w) < how.start() for w in unknown) or deed_untold_after_how(norm, how.end(), unknown)))):
            # Yes or no about what the documents never name (有没有补贴), how to deal with it, or do a deed never told (怎么收费): not theirs.
            return Result(False, 0.0, q.kind, question=norm)
        tokens: list[str] = []
        for term in q.terms:
            own = self.segmenter.tokens(term.text)
            tokens.extend(own)
            for equivalent in term.equivalents:
                if equivalent != term.text:
                    tokens.append(equivalent)
            if term.known and not any(self.index.in_vocabulary(t) for t in own):
                # A piece of a word the documents use (护苗): search for the word.
                tokens.extend(self.index.words_containing(term.text))
        tokens.extend([str(year) for year in q.years] + q.numbers)  # a passage writing the year (从2022年的38件) or number asked
        own_members = asks_own_members(q, question_places(q.norm, self.index.home_places, self.index.corpus_text), self.index.frames)
        if own_members:
            tokens.extend(MEMBERSHIP_WORDS)  # 委员多少人: the paragraph telling 现有委员216名, among hundreds naming 委员
        hits = with_phrase_counted(self.index, q, with_top_told(  # (total_told.py)
            self.index, q, self._with_named_documents(plan_searched(self.index, tokens, self.settings.top_k, q.norm), tokens, q.norm)))  # plan_reach.py
        if not hits:
            return Result(False, 0.0, q.kind, question=norm)
        top_score = hits[0].score or 1.0
        total = q.total_weight or 1.0
        spec_ref = 0.45 * self.index.idf_unknown
        query_bigrams = bigrams("".join(t.text for t in q.terms))

        topic = q.kind == KIND_WHAT and len(q.terms) == 1
        mode = question_mode(q.norm)
        places = question_places(q.norm, self.index.home_places, self.index.corpus_text)
        counted_unknown = bool(q.counted) and q.counted not in PART_NOUNS and not self.index.contains(q.counted) and not any(  # (村道: new
            self.index.idf(e) is not None for e in self.segmenter.lexicon.equivalents(q.counted)  # to the lexicon)
        ) and not any(t.known for t in q.terms if t.text == q.counted)  # 公务车 for 公务用车 (contracted.py)
        # First pass: how much of the question each sentence covers.
        scored: list[tuple[float, float, int, int, float, bool, float]] = []
        item_term = asked_item_term(q) if q.kind == KIND_WHAT else None
        listing: set[tuple[int, int]] = set()  # sentences writing out the items asked (items.py)
        within = [within_text(term) for term in q.terms]  # told in a sentence only if told in its paragraph (term_match.py)
        bodies: dict[int, list[str | None]] = {}  # each document's words for its own body, per term (_own_body)
        for hit in hits:
            p = hit.passage
            context = self._context(p)
            own = "\n".join((self.index.passage_norm[p], self.index.section_norm[p], self.index.title_norm[p]))
            if not self.checks.years_ok(q, p, context) or not self.checks.entities_ok(q, own, p):
                continue
            if not self.checks.place_ok(places, p, context):
                continue  # names another committee or city than this document's
            if any(t.named and not any(e in context for e in t.equivalents) for t in q.terms):
                continue  # a named thing (倾听与商量) not spoken of here or next to it
            numbers_ok = numbers_told(q.numbers, q.norm, context) if q.numbers else True
            paragraph = self.index.passage_norm[p] + "\n" + heading_of_list(self.index, p)  # a list's heading is its own
            in_paragraph = [0.75 * self._match(term, paragraph) for term in q.terms]
            in_context = [0.5 * self._match(term, context) if not in_paragraph[n] else 0.0 for n, term in enumerate(q.terms)]
            own_body = bodies.get(self.index.passage_doc[p])  # by the passage's document alone (its frame)
            if own_body is None:
                own_body = bodies[self.index.passage_doc[p]] = [self._own_body(t, p, q.kind == KIND_WHO, q.norm) for t in q.terms]
            speaker = section_speaker(self.index.section_norm[p], self.index.passage_norm[p], getattr(self.index.segmenter, "word_frequency", None))  # speech_section.py
            heads = [head_reference(t.text, t.parts, self.index.sentence_norm[p]) if in_paragraph[n] else None
                     for n, t in enumerate(q.terms)]
            for s, sentence in enumerate(self.index.sentence_norm[p]):
                matched = 0.0
                carried = carried_words(self.index.sentence_norm[p], s, [t.equivalents for t in q.terms]) \
                    if q.kind == "number" else ()  # 杂志刊发了多少篇 → 全年刊发…412篇 (paragraph_topic.py)
                if item_term is not None and lists_asked_items(q, sentence):
                    listing.add((p, s))
                for n, term in enumerate(q.terms):
                    strength = term_strength(self.index, term, sentence) if in_paragraph[n] or not within[n] else 0.0
                    if strength < 1.0 and own_body[n] and pattern(own_body[n]).search(sentence):
                        strength = 1.0  # 委员会 in the 经济委员会's own report is the 经济委员会
                    elif strength < 1.0 and heads[n] and s > heads[n][1] and heads[n][0] in sentence:
                        strength = 0.95  # 大讲坛 after the paragraph named the 科普大讲坛 in full
                    elif strength < 1.0 and speaks_as(term.text, q.names, speaker):
                        strength = 1.0  # 主席 under 五、某某主席讲话要点: the speech is his (speech_section.py)
                    if strength < 1.0 and term.text in q.names and goes_on_about(term.text, self.index.sentence_norm[p], s):
                        strength = 1.0  # 许明德说。他在会上提出的… (pronoun_person.py)
                    if strength < 1.0 and n in carried:
                        strength = 0.95  # 全年刊发各类稿件412篇 after the paragraph named the 杂志 (paragraph_topic.py)
                    if strength < 1.0 and term is item_term and (p, s) in listing:
                        strength = item_strength(q)  # the themes asked, told as 围绕"…" without the word 主题
                    if strength < 1.0:
                        strength = max(strength, in_paragraph[n], in_context[n])
                    matched += term.weight * strength
                if matched > 0:
                    beside = 0.05 if q.kind == "number" and amount_beside(q, sentence) else 0.0  # 现有委员216名
                    beside += 0.05 if q.kind == "number" and counted_beside(q, sentence) else 0.0  # 各类协商活动48场
                    beside += 0.1 if own_members and tells_membership(sentence) else 0.0  # read before 8名委员参加
                    beside += top_told_bonus(q, sentence) + phrase_counted_bonus(q, sentence)  # 哪个单位承办最多 → 承办提案最多的是…
                    # (top_asked.py); 调研视察一共几次 → 组织调研视察11次 (total_told.py)
                    scored.append((matched / total, matched, p, s, hit.score / top_score, numbers_ok, beside))
        # Second pass: the fact, only for the sentences worth reading closely.
        quoting = quoting_name(q, scored, self.index.sentence_norm) if q.kind == KIND_WHAT else set()  # titles.py
        scored.sort(key=lambda row: (-(row[0] + 0.08 * row[4] + row[6] + 0.2 * ((row[2], row[3]) in quoting)
                                       + 0.2 * ((row[2], row[3]) in listing)), row[2], row[3]))
        read: dict[tuple[int, int], tuple] = {}  # sentences already read closely by reach.py, by (passage, sentence)
        if not scored or self.answered_only and reachable(self, q, scored, spec_ref, places, own_members, counted_unknown,
                                                          read) < self.settings.threshold:  # reach.py: none could answer
            return Result(False, 0.0, q.kind, question=norm)
        floor = scored[0][0] * 0.5
        best: Result | None = None
        best_rank = -1.0
        runner_up: tuple[float, int, int] | None = None
        # 去年 / 今年 name no document (each reads them in its own frame): the newest still answers.
        unnamed = not places and not q.years
        recency = self.checks.recency() if unnamed else {}
        per_document: dict[int, tuple[float, Result]] = {}
        candidates: list[tuple[float, Result]] = []  # every sentence read closely, with its rank
        for coverage, matched, p, s, bm25, numbers_ok, _ in scored[:READ_CLOSELY]:
            if coverage < floor:
                break
            sentence = self.index.sentence_norm[p][s]
            fit, fact, extra, local = read.get((p, s)) or self.reader.fit(q, p, s, sentence)
            bigram = len(query_bigrams & bigrams(sentence)) / max(len(query_bigrams), 1)
            rank = coverage + 0.1 * bigram + 0.08 * bm25 + 0.2 * fit + 0.15 * local + then_holder_first(q, fact) + roster_first(q, fact, sentence)
            if topic and find_quantities(sentence):
                rank += 0.03
            if q.kind in ("number", KIND_WHEN) and not fact:
                rank -= 0.3 if is_lead_heading(sentence) else 0.1  # a count (a date) is answered by a sentence that
                # gives one, not by the one naming its subject, least of all a heading (1.征集总量稳步增长。: wording.py)

            if q.kind == KIND_WHAT and glossed_in_quotes(q, sentence):
                rank += GLOSS_BONUS  # 三亲原则指什么 → 坚持"亲历、亲见、亲闻"的三亲原则 (quoted_gloss.py)
            if q.kind == KIND_WHAT and named_in_quotes(q, sentence):
                rank += 0.4  # 讲调解的读本叫啥 → the sentence quoting "…调解案例选" (titles.py)
            elif (p, s) in quoting:
                rank += 0.2  # 读书活动叫啥名 → the sentence writing "…"活动 (titles.py)
                if titled_as_asked(q, sentence):
                    rank += 0.15  # 形成的建议叫什么 → "关于…的建议", before "…"专题协商 (titles.py)
            if q.kind == "number":  # 一共开了几次 → 全年共召开…5次, not …听取汇报2次; 调研视察 → not 调研4项、视察7次 (total_told.py)
                rank += TOTAL_TOLD_BONUS * total_told(q, sentence, fact) - PART_TOLD_PENALTY * part_of_asked(q, sentence, fact)
            if whole_kind_told(q, sentence, fact, self.segmenter.lexicon.equivalents):
                rank += WHOLE_KIND_BONUS  # 多少期培训班 → 各类培训班50期, not 主任培训班1期 (whole_kind.py)
            rank += top_told_bonus(q, sentence)  # 哪个单位承办最多 → the sentence ranking them (top_asked.py)
            rank -= rank_penalty(q, sentence, fact, self.index.home_places, places)  # 十一届二次会议预备会议; 哪个单位主办 → a sentence naming no agency (rank_shifts.py)
            if date_asked_told(q, sentence, self.checks.frame(p).year) or (q.kind == KIND_WHEN and days_asked_told(q.norm, fact)):
                rank += DATE_TOLD_BONUS  # 去年10月的协商会 → the sentence writing 10月, not 6月18日; 哪几天 → 9月10日至13日
            if q.kind == "number" and (one_items_entry(self.index, p, s, q.norm)
                                       or one_persons_figure(q.norm, sentence, fact, self.index.names)):  # one_person_count.py
                rank -= 0.3  # 采用了多少条 → not 葛某(医药卫生界,…):…被采用23条, one member's own (person_entry.py)
            if q.kind == "number" and (unasked_row(self.index, q.norm, p, s) or unasked_part(q, sentence, fact)):
                rank -= 0.3  # 去年新建了多少个 → the total, not 甲区:…新建3个, one row's (labelled_rows.py)
            if (p, s) in listing:
                rank += 0.2  # 有哪些主题 → the sentence writing them out, not one counting the meetings (items.py)
            if topic and f'"{q.terms[0].text}"' in sentence:
                rank += 0.05  # the sentence names it (“倾听与商量”协商平台)
            if q.kind == KIND_WHAT and s == 0 and self._leads_section(p) and any(
                e in self.index.section_norm[p] for t in q.terms for e in t.equivalents
            ):
                rank += 0.06  # the first words under a heading about it define it
                if heading_names_all(q, self.index.section_norm[p]):
                    rank += HEADING_LIST_BONUS  # 存在哪些不足 → the paragraph under 存在的不足 (heading_list.py)
            # Naming the document's committee (南渚区政协委员有多少名) makes a question of common words its
            # own, where the sentence names the committee too (全区现有区政协委员227名, not 新任委员86名).
            asked_of = set(self.checks.frame(p).places) if own_members else places  # 委员多少人: this committee's
            named_here = 0.5 * spec_ref if self._names_own_committee(asked_of, p, sentence) else 0.0
            rank += 0.1 if named_here and own_members and tells_membership(sentence) else 0.0  # 现有委员216名, not 8名委员参加
            month_line = month_line_spec(q, sentence, spec_ref)  # 二月份安排的是啥会 → 2月:召开… (month_line.py)
            rank += MONTH_LINE_BONUS if month_line else 0.0
            shown_act = month_line + decider_spec(q.norm, sentence, fact, spec_ref)  # 哪个会通过的 → 经…会议通过 (decider_told.py)
            spec = min(1.0, (matched + named_here + shown_act + top_told_spec(q, sentence, spec_ref)) / spec_ref)  # (top_asked.py)
            confidence = coverage * spec ** 0.5 * self._fit_factor(q.kind, fit)
            if not numbers_ok:  # a number or session asked (10届4次) not told here: another's figure or date
                confidence, rank = confidence * 0.35, rank - 0.3
            if counted_unknown:
                confidence *= 0.4  # counts something the documents never mention (多少口罩)
            confidence *= 0.97 ** q.corrections
            wanted_mode = self.checks.wanted_mode(q, mode, p)
            # A plan word governs what follows it (已经解决的431件 is a result though 列入计划 comes after it), up to 实际….
            # With no amount placed, a result asked is judged where the question's words stand (plan_result.asked_at);
            # a plan asked keeps the whole sentence (…扩大到市教育局等部门，计划派驻…: 计划 after them still plans them).
            at = sentence.find(fact) if fact and fact in sentence else asked_at(q, sentence) if wanted_mode == RESULTS else -1
            told_in = plan_span(sentence, at) if at >= 0 else sentence
            told = PLAN if is_plan(self.index.section_norm[p], told_in, self.checks.frame(p).year) or wanted_mode is not None \
                and paper_plans(self.checks.frame(p), self.index.section_norm[p], sentence) else RESULTS  # (paper_plans.py)
            told = RESULTS if marked_done(self.index.passage_norm[p]) else told  # a plan's item marked (已完成)
            if q.kind == KIND_WHEN and later_year_alone(fact, self.checks.frame(p).year):
                told = PLAN  # a report on 2024 dates by 2025年 alone what it plans (2025年工作安排), no event held
            # 今年目标 asked, 2023年…完成了年初确定的目标:发稿860篇 told: the report's year, whatever its words (plan_result.py).
            report_year = wanted_mode == PLAN and told_of_report_year(self.checks, q, p, s, fact)
            told = RESULTS if report_year else told
            if tells_plan_making(self.index.section_norm[p], self.index.sentence_norm[p], s, self.checks.frame(p).year):
                told = wanted_mode or told  # the plan's making, told in its preamble: a deed done and the plan's start (plan_making.py)
            if wanted_mode is not None and told != wanted_mode and (report_year or not plan_word_as_told(q.norm, sentence)):
                confidence *= 0.3  # a result asked, a plan found (or the reverse)
                rank -= 0.3
            elif wanted_mode is None and told == PLAN:
                rank -= 0.3 if q.kind == "number" else 0.1  # asked plainly: what was done before what is planned
            shift, factor = period_fit(q, sentence, fact, self.checks.frame(p).session)  # a year's figure or a total
            shift += year_shift(self.checks, q, p, s, fact, coverage)  # 这一年, 同年; 2023年… → that year's figure first (asked_year_rank.py)
            rank, confidence = rank + shift, confidence * factor
            if self.checks.other_level(q, p, sentence, places):
                rank -= 0.3  # 市政协… asked: a county's report (its 县政协) only after a city's
                confidence *= 0.4
            rank += RECENCY_BONUS * recency.get(self.index.passage_doc[p], 0.0)  # naming no document: the newest first
            doc = self.index.passage_doc[p]
            if doc not in per_document or rank > per_document[doc][0]:
                per_document[doc] = (rank, Result(False, min(1.0, confidence), q.kind, fact, p, s, question=norm,
                                                  fit=fit, closeness=local))
            candidate = Result(False, min(1.0, confidence), q.kind, fact, p, s, extra_sentence=extra, question=norm,
                               fit=fit, closeness=local)
            candidates.append((rank, candidate))  # read again only when a doubt sinks the best (doubted_next.py)
            if rank > best_rank:
                if best is not None and best.passage != p:
                    runner_up = (best_rank, best.passage, best.sentence)
                best_rank = rank
                best = candidate
            elif best is not None and p != best.passage and (runner_up is None or rank > runner_up[0]):
                runner_up = (rank, p, s)
        if best is None:
            return Result(False, 0.0, q.kind, question=norm)
        if recency:
            best, best_rank = self.checks.newest_answer(best, best_rank, per_document, recency, q)
        best, best_rank = with_day_of_month(best, best_rank, candidates, self.settings.threshold)  # 2月 → 2月25日至27日
        sure = best.confidence >= self.settings.threshold
        best.confidence *= doubt_of(self, q, best, places)  # another year, an untold subject, a part… (doubted_next.py)
        if sure and best.confidence < self.settings.threshold and part_told(self.index, q, best):
            # A doubt sank a sure answer giving a part of what is asked: the next ones still sure answer (the whole).
            best_rank, best = next_answer(self, q, best, candidates, places) or (best_rank, best)
        best.answered = best.confidence >= self.settings.threshold
        if best.answered and unnamed:
            told = best  # each other document's answer, chained (not one about another body or event)
            others = other_documents(self.checks, best, best_rank, per_document, recency, q)
            for other in newest_kept(self.index, others, lambda other: other.confidence * self.checks.doubt(
                    q, other, self.index.sentence_norm[other.passage][other.sentence], places) >= self.settings.threshold):
                told.also = told = other
        if isinstance(best.extra_sentence, tuple):
            best.extra = best.extra_sentence  # a sentence of the next paragraph
        elif best.extra_sentence is not None:
            best.extra = (best.passage, best.extra_sentence)
        elif topic and runner_up is not None and any((c.passage, c.sentence) == runner_up[1:] and c.confidence >= self.settings.threshold
                                                     for _, c in candidates):  # (not a past year's deed for 今年要编印什么)
            # A one-word question ("小分队？") gets the two most telling sentences.
            best.extra = (runner_up[1], runner_up[2])
        return best

    def _names_own_committee(self, places: set[str], p: int, sentence: str) -> bool:
        """Whether the question names the passage's committee and the sentence names it too (its place, or 区政协)."""
        frame = self.checks.frame(p)
        if not places & set(frame.places):
            return False
        return any(place in sentence for place in frame.places) or bool(frame.level and f"{frame.level}政协" in sentence) \
            or names_this_body(sentence, frame.body)

    def _own_body(self, term: Term, p: int, who: bool = False, question: str = "") -> str | None:
        """The words a document calls its own body by (委员会, 专委会 not its 办公室, 界别), as a pattern, when the term
        names that body or a piece of its name (经济委员会 of 滨江市政协经济委员会2021年工作总结); and its writer, in
        a report written of oneself, where every sentence is about them (first_person.py)."""
        if term.text and term.text == writer_of(self.index, p):
            return "^"
        frame = self.checks.frame(p)
        if who and (frame.level and term.text == frame.level + "政协" or frame.body and term.text in ("委员会", "专委会")):
            return "^"  # 县政协提案委员会主任, 在委员会里任什么职: its own report tells of it in every sentence
        if (body := frame.body) and (term.text == body or short_name_asked(term.text, question, body)):
            return "委员会|专委会" if body.endswith("委员会") else "界别"  # 科技 of 科技界别 for 科学技术界别 (members.py)
        return "专委会(?!办公室)" if body and len(term.text) >= 2 and term.text in body else None

    def _with_named_documents(self, hits: list, tokens: list[str], norm: str) -> list:
        """A question naming a committee (柘川县政协主席叫啥) is answered from its document:
        that document's best passages join the candidates, however many others use the words more."""
        places = question_places(norm, self.index.home_places, self.index.corpus_text)
        docs = {d for d, frame in enumerate(self.index.frames) if places & set(frame.places)} if places else ()
        if not docs or len(docs) == len(self.index.frames):
            return hits
        seen = {hit.passage for hit in hits}
        extra = [hit for hit in self.index.search(tokens, self.settings.top_k, docs) if hit.passage not in seen]
        return sorted(hits + extra, key=lambda hit: -hit.score)

    def _answer_by_number(self, q: QuestionAnalysis, norm: str) -> Result:
        """What a number stands for (178次是什么, 8886户是啥): the sentence
        that gives it, with its unit when the question has one."""
        patterns = []
        for value in q.numbers:
            unit = re.match(rf"{re.escape(value)}(余|多)?([^\d\s,.?!]?)", norm[norm.find(value):])
            tail = unit.group(2) if unit and unit.group(2) not in ("是", "的", "指", "啥", "什", "怎", "") else ""
            patterns.append(re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d.])(?:余|多)?" + re.escape(tail)))
        tokens = [value.split(".")[0] for value in q.numbers]
        found = []
        for hit in self.index.search(tokens, 10):
            for s, sentence in enumerate(self.index.sentence_norm[hit.passage]):
                if all(pattern.search(sentence) for pattern in patterns):
                    found.append((hit.passage, s))
        if not found:
            return Result(False, 0.0, q.kind, question=norm)
        confidence = 0.85 if len(found) == 1 else 0.6 if len(found) == 2 else 0.4
        p, s = found[0]
        result = Result(False, confidence, KIND_WHAT, "", p, s, question=norm)
        result.answered = confidence >= self.settings.threshold
        return result

    def _context(self, p: int) -> str:
        return self.index.context(p)  # its paragraph, heading, title and neighbours (index.py)

    def _match(self, term: Term, text: str) -> float:
        return term_strength(self.index, term, text)

    @staticmethod
    def _fit_factor(kind: str, fit: float) -> float:  # at most 1 (answered_only relies on it)
        return 1.0 if kind in (KIND_WHAT, KIND_WHY) else 0.8 + 0.2 * fit if kind == KIND_WHERE else 0.3 + 0.7 * fit
