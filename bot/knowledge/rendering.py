"""Rendering an answer as a member reads it: the fact first, then the
sentence it came from, then its document and section; several parts of a
compound question one under the other.

Not for choosing the fact (``answer.py``, ``reading.py``).
"""

from __future__ import annotations

import re

from bot import texts
from .ranked_lists import top_of_list
from .documents import bare_title
from .doers import asks_occupation
from .frames import figure_year
from .index import PassageIndex
from .bound_before import floor_or_rank_before
from .label_before import label_before
from .lead_in import MOST_ITEMS, introduced_items, items_within
from .noun_after import asked_noun
from .normalize import MEASURE_WORDS
from .numbers_told import item_number_before
from .periods import SPAN, told_period
from .surface import grouped_form, names_as_written, place_as_written, report_places_written, written_form
from .question import KIND_NUMBER, KIND_WHAT, KIND_WHEN, KIND_WHY
from .suggestions import is_heading_line
from .values import Answer, Result, Source

__all__ = ["Renderer"]

# A bound written after an amount (目标35条以上, 20件左右): part of what the figure says.
_BOUNDS = ("以上", "左右", "以内", "以下")
# A floor, ceiling or rank written right before an amount (力争立案提案不少于500件, 排名前30名的委员): part
# of what the figure says, a target or a place in a ranking, not the amount itself (不超过 is kept by facts.py).
_RANGE_TO = re.compile(r"(?:至|到|-|~)\d+(?:\.\d+)?")
_UNIT_AFTER_NUMBER = re.compile(r"\d(?:\.\d+)?([^\d.]*)$")
_DATE_BOUNDS = ("前后", "之前", "以前", "前")
# A span of time closed by 内 (交办之日起3个月内办复, 5个工作日内): a deadline, not the length of anything.
_WITHIN = "内"
_SPAN_OF_TIME = ("月", "天", "日", "年", "周", "小时", "分钟")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Another measure word in brackets right after an amount's (56篇(期), 120人(次)): the same count in either unit.
_ALTERNATIVE = re.compile(r"\((" + "|".join(re.escape(m) for m in MEASURE_WORDS
                                    if _CJK.fullmatch(m) and m not in "余多点万亿成倍") + r")\)")
# Prepositions, conjunctions and the passive's and disposal's markers (general Chinese): no part of a noun.
_FUNCTION_CHARS = frozenset("被把将由给向对在和与及跟同让")
_CLAUSE_END = re.compile(r"[^\u4e00-\u9fff]")
_HEAD_PASSAGES = 3  # a report's head: its dateline and its reporter, before its first words


def _fact_at(sentence: str, fact: str) -> int:
    """Where the fact stands in its sentence as a whole number: 5个工作日 not inside 15个工作日."""
    at = sentence.find(fact)
    while at > 0 and fact[:1].isdigit() and (sentence[at - 1].isdigit() or sentence[at - 1] == ".") \
            and not item_number_before(sentence, at):  # 2.3月底前: the item's number, no decimal (numbers_told.py)
        at = sentence.find(fact, at + 1)
    return at


def _joined_as_asked(question: str, before: str, word: str, after: list[str]) -> bool:
    """Whether a one-character word after an amount is part of what the question counts, as the question
    writes it joined to its neighbour: 几个镇 (镇 after the measure word), 多少个区镇 (区 before 镇), 几个活动组
    (组 after 活动)."""
    if len(word) != 1 or not _CJK.match(word) or word in _FUNCTION_CHARS:
        return False  # 14条建议被采纳 → 14条建议: a preposition or the passive's 被 ends the noun, however asked
    return bool(before) and before + word in question or bool(after) and word + after[0] in question


class Renderer:
    def __init__(self, index: PassageIndex) -> None:
        self.index = index

    def sentence_text(self, p: int, s: int) -> str:
        return self.index.passages[p].sentences[s]

    def fact_and_sentence(self, result: Result) -> tuple[str, str]:
        """The fact to lead with and the sentence(s) it came from, in
        document order."""
        picked = [(result.passage, result.sentence)]
        extra = result.extra
        if extra is not None and extra[0] != result.passage and (self._listed_after(result.passage, result.sentence)
                                                                 or self._heads_paragraph(result.passage)):
            # 有哪几点体会: a second sentence from one of the items the first introduces (all are told), or one
            # from another paragraph (a one-word question's runner-up): the items introduced are the answer.
            extra = None
        if extra is not None:
            picked.append(extra)
            picked.sort()
        sentences = [self.sentence_text(p, s) for (p, s) in picked]
        same_passage = len({p for p, _ in picked}) == 1
        sentence = ("" if same_passage else "\n").join(sentences)
        if result.kind == KIND_WHAT and result.fact and asks_occupation(result.question) \
                and re.match(r"[\u4e00-\u9fff]{2,4}：", result.fact):
            return result.fact, sentence  # 某某是干什么的: the post read for them (doers.workplace_of), not the sentence
        if result.kind in (KIND_WHAT, KIND_WHY) or not result.fact:
            # 哪个界别立案最多: the top item of the list the sentence ranks by its figures leads (breakdowns.py).
            top = top_of_list(result.question, self.index.sentence_norm[result.passage][result.sentence]) \
                if result.kind == KIND_WHAT else ""
            if top:
                return names_as_written(top, sentences) or top, sentence
            items = self.introduced(result, extra)  # 重点做好以下工作： the numbered paragraphs after it are the answer
            if items:
                return re.sub(r"[。:：]$", "", sentence) + "：" + "；".join(items), sentence
            return sentence, sentence
        return result.fact, sentence

    def introduced(self, result: Result, extra: tuple[int, int] | None) -> list[str]:
        """The heads of the numbered paragraphs a sentence closing its paragraph introduces (lead_in.py),
        in its own section; none for a sentence amid its paragraph or beside one of another paragraph."""
        p, s = result.passage, result.sentence
        passages = self.index.passages
        if extra is not None:
            if extra[0] != p:
                return []
            s = max(s, extra[1])
        if s != len(passages[p].sentences) - 1:
            return []
        following = self._following(p)
        items = introduced_items([list(passages[k].sentences) for k in following])
        if items or not self._heads_paragraph(p):
            return items
        # A numbered sub-heading line ((三)几点体会) tells nothing itself: what it heads is the paragraph under
        # it, its items numbered within it (一是…;二是…), or else its first sentence.
        under = list(passages[following[0]].sentences)
        return items_within(under) or [re.sub(r"[。.]$", "", under[0])]

    def _following(self, p: int) -> list[int]:
        """The paragraphs after ``p`` in its own section, as many as a list may number."""
        passages, following = self.index.passages, []
        for k in range(p + 1, min(p + 1 + MOST_ITEMS, len(passages))):
            if self.index.passage_doc[k] != self.index.passage_doc[p] or passages[k].section != passages[p].section:
                break
            following.append(k)
        return following

    def _heads_paragraph(self, p: int) -> bool:
        """Whether passage ``p`` is a numbered sub-heading line with a paragraph under it in its section."""
        return is_heading_line(self.index.sentence_norm[p]) and bool(self._following(p))

    def _listed_after(self, p: int, s: int) -> list[int]:
        """The numbered paragraphs the sentence (p, s) introduces, closing its paragraph (lead_in.py); none else."""
        if s != len(self.index.passages[p].sentences) - 1:
            return []
        following = self._following(p)
        items = introduced_items([list(self.index.passages[k].sentences) for k in following])
        return following[:len(items)]

    def year_of(self, result: Result, fact: str) -> int | None:
        """The year to name beside the fact, unless the fact names one itself or is a name."""
        if result.kind == "name" or re.search(r"(?:19|20)\d\d年", fact):
            return None
        p = result.passage
        frame = self.index.frames[self.index.passage_doc[p]]
        return figure_year(frame, self.index.section_norm[p], self.index.sentence_norm[p][result.sentence], fact)

    def lead(self, result: Result, fact: str) -> str:
        year = self.year_of(result, fact)
        total = self.running_total(result)
        if total and year is None:  # 本届以来累计652件: told up to the year the document reports on
            year = self.index.frames[self.index.passage_doc[result.passage]].year
        shaped = self.grouped(result, fact)
        if shaped is not None and re.sub(r"[,，]", "", shaped) == fact:
            fact, shaped = shaped, None  # 1,350亩 as the document writes it
        tail = self.range_to(result, fact)  # 300元至800元: a range is one answer, not its low end
        tail += self.unit_alternative(result, fact + tail)  # 56篇（期）: the other unit the count is told in
        tail += self.bound(result, fact + tail)  # 35条以上, not 35条
        tail += self.counted_after(result, fact + tail)  # 25个界别, 7个专门委员会: what the amount counts
        fact += tail
        bound = self.bound_before(result, fact)  # 不少于35件, 前30名: a floor or a rank, not the amount alone
        # 回族6名: which count of a breakdown the figure is (not when the noun after it says: 走访9个镇)
        label = "" if tail else self.label_before(result, fact, bound)
        return label + bound + self._lead_shown(result, fact, year, total, shaped, tail)

    def _lead_shown(self, result: Result, fact: str, year, total: bool, shaped, tail: str) -> str:
        # 96.5％, 1月8日—10日: the document's own shapes first, as with its numerals, the plain reading after.
        written = self.written(result, fact) or (shaped + tail if shaped is not None else None)
        if written is not None:
            # The document's own words stand first, as a member compares them; the Arabic reading after.
            if year is None:
                return texts.ANSWER_WRITTEN.format(written=written, fact=fact)
            if re.match(r"\d{1,2}月", fact):
                return texts.ANSWER_WRITTEN_DATE_WITH_YEAR.format(written=written, fact=fact, year=year)
            if total:  # 本届以来，累计资助困难学生一千六百余名: a running total, not the year's own
                return texts.ANSWER_WRITTEN_TOTAL_TO_YEAR.format(written=written, fact=fact, year=year)
            return texts.ANSWER_WRITTEN_WITH_YEAR.format(written=written, fact=fact, year=year)
        fact = self.as_written(result, fact) or fact  # 市第一人民医院: a name keeps its own numerals
        if year is not None and total:
            return texts.ANSWER_TOTAL_TO_YEAR.format(fact=fact, year=year)  # 本届以来596件: not 2017's own
        if year is not None and result.kind == KIND_WHEN and re.match(r"\d{1,2}月", fact):
            return texts.ANSWER_DATE_WITH_YEAR.format(fact=fact, year=year)  # 2021年10月: the whole date, one reading
        return fact if year is None else texts.ANSWER_FACT_WITH_YEAR.format(fact=fact, year=year)

    def bound_before(self, result: Result, fact: str) -> str:
        """The floor or rank the sentence writes right before the amount (不少于, 至少, 前30名: bound_before.py);
        "" when none or the result is not an amount."""
        located = self._located(result) if result.kind == KIND_NUMBER else None
        if located is None:
            return ""
        sentence, at = located
        return floor_or_rank_before(sentence, at, fact, result.fact)

    def label_before(self, result: Result, fact: str, bound: str) -> str:
        """The label the sentence writes right before the amount (and its bound) as the question names it,
        a change word or an 仅 (label_before.py); "" when none, the result is not an amount or the fact
        already says it."""
        located = self._located(result) if result.kind == KIND_NUMBER else None
        if located is None:
            return ""
        sentence, at = located
        if bound and sentence[:at].endswith(bound):  # 专题学习会不少于8次: the label stands before the bound
            sentence, at = sentence[:at - len(bound)] + sentence[at:], at - len(bound)
        label = label_before(self.index.segmenter, result.question, sentence, at, fact)
        if not label or label in fact:
            return ""
        # As the document writes it (A类, not the normalised a类).
        written = re.search(re.escape(label), self.sentence_text(result.passage, result.sentence), re.IGNORECASE)
        return written.group(0) if written else label

    def running_total(self, result: Result) -> bool:
        """Whether the shown amount is a running total over several years (本届以来累计立案507件); a
        rate is a level at one time, never summed (本届以来…比例由本届初的72.8%提高到目前的78.4%)."""
        located = self._located(result) if result.kind == KIND_NUMBER else None
        if located is None or result.fact.endswith(("%", "百分点")):
            return False
        sentence, at = located
        session = self.index.frames[self.index.passage_doc[result.passage]].session
        return told_period(sentence, at, session) == SPAN

    def _located(self, result: Result) -> tuple[str, int] | None:
        """The answering sentence (normalised) and where the fact stands in it as a whole number;
        None when the result has no fact or the sentence does not write it."""
        if not result.fact or result.passage is None or result.sentence is None:
            return None
        sentence = self.index.sentence_norm[result.passage][result.sentence]
        at = _fact_at(sentence, result.fact)
        return (sentence, at) if at >= 0 else None

    def written(self, result: Result, fact: str) -> str | None:
        """The fact as its sentences write it, when that is in Chinese numerals (surface.py)."""
        if result.kind in (KIND_WHAT, KIND_WHY) or result.passage is None or result.sentence is None:
            return None
        picked = [(result.passage, result.sentence)] + ([result.extra] if result.extra is not None else [])
        found = written_form(fact, [self.sentence_text(p, s) for p, s in picked])
        if found is not None or any(fact in self.index.sentence_norm[p][s] for p, s in picked):
            return found
        # A head fact (the dateline's 二〇二一年十二月二十日), told beside the reporter's line: as the head writes it,
        # or as the title's subtitle does (——二〇二三年一月六日在…会议上, joined to the title).
        return written_form(fact, self.head_lines(result.passage)) or written_form(
            fact, [self.index.passages[result.passage].doc_title])

    def as_written(self, result: Result, fact: str) -> str | None:
        """A composed fact (a post, a meeting's name) whose pieces the document writes with Chinese
        numerals, shown in those words alone: a name read as 第1人民医院 is no figure to compare."""
        if result.kind in (KIND_WHAT, KIND_WHY, KIND_NUMBER, KIND_WHEN) or result.passage is None or result.sentence is None:
            return None  # a figure or a date is shown as written by ``written`` (with its Arabic reading)
        picked = [(result.passage, result.sentence)] + ([result.extra] if result.extra is not None else [])
        passage = self.index.passages[result.passage]
        # Its own sentences first (a figure written in Arabic there stays so), then its paragraph and title
        # (the meeting under a report's title is read from its head, shown beside the reporter's line).
        told = [self.sentence_text(p, s) for p, s in picked] + list(passage.sentences) + [passage.doc_title]
        written = names_as_written(fact, told) or names_as_written(fact, self.head_lines(result.passage))
        if written is None:  # 篔岭社区 read as 筼岭社区, "…" as “…”: the span written
            shown = [self.sentence_text(p, s) for p, s in picked]
            return place_as_written(fact, shown) if not any(fact in text for text in shown) else None
        return written

    def head_lines(self, p: int) -> list[str]:
        """The lines under a document's title (its dateline, its reporter), as written, when passage ``p``
        is one of them (a head fact is told beside the reporter's line); none otherwise."""
        doc, first = self.index.passage_doc[p], p
        while first > 0 and self.index.passage_doc[first - 1] == doc:
            first -= 1
        if p - first >= _HEAD_PASSAGES:
            return []
        last = first
        while last < first + _HEAD_PASSAGES and last < len(self.index.passages) and self.index.passage_doc[last] == doc:
            last += 1
        return [line for k in range(first, last) for line in self.index.passages[k].sentences]

    def grouped(self, result: Result, fact: str) -> str | None:
        """The fact with its numbers grouped by thousands where its sentence writes them so."""
        if result.kind in (KIND_WHAT, KIND_WHY) or result.passage is None or result.sentence is None:
            return None
        return grouped_form(fact, [self.sentence_text(result.passage, result.sentence)])

    def bound(self, result: Result, fact: str) -> str:
        """以上 / 左右 … when the sentence writes it right after the shown amount, 前 after a date
        (6月底前: a deadline, not the day); "" otherwise."""
        bounds = _DATE_BOUNDS if result.kind == KIND_WHEN else _BOUNDS
        located = None if result.kind in (KIND_WHAT, KIND_WHY) or fact.endswith(bounds) else self._located(result)
        if located is None:
            return ""
        sentence, at = located
        after = sentence[at + len(result.fact):]
        after = after[len(_ALTERNATIVE.match(after).group(0)):] if _ALTERNATIVE.match(after) else after
        found = next((word for word in bounds if after.startswith(word)), "")
        if not found and result.kind == KIND_NUMBER and result.fact.endswith(_SPAN_OF_TIME) and after.startswith(_WITHIN):
            found = _WITHIN
        return found

    def unit_alternative(self, result: Result, fact: str) -> str:
        """The other measure word the sentence writes in brackets right after the amount's own (报道56篇（期）,
        服务120人（次）): one count told in either unit, shown as the document writes it; "" otherwise."""
        located = self._located(result) if result.kind == KIND_NUMBER and fact == result.fact else None
        if located is None or not result.fact.endswith(MEASURE_WORDS):
            return ""
        sentence, at = located
        found = _ALTERNATIVE.match(sentence, at + len(result.fact))
        if found is None:
            return ""
        raw = self.sentence_text(result.passage, result.sentence)
        written = re.search(re.escape(result.fact[-1]) + r"([（(]" + re.escape(found.group(1)) + r"[）)])", raw)
        return written.group(1) if written else found.group(0)

    def range_to(self, result: Result, fact: str) -> str:
        """The rest of a range the sentence writes from the shown amount (300元 → 至800元), when its
        other end has the same unit; "" otherwise."""
        located = self._located(result) if result.kind == KIND_NUMBER else None
        unit = _UNIT_AFTER_NUMBER.search(result.fact) if located else None
        if unit is None or not unit.group(1):
            return ""
        sentence, at = located
        after = sentence[at + len(result.fact):]
        other = _RANGE_TO.match(after)
        if other is None or not after.startswith(unit.group(1), other.end()):
            return ""
        return after[:other.end() + len(unit.group(1))]

    def counted_after(self, result: Result, fact: str) -> str:
        """The noun the question counts (几个界别, 专委会有几个, 工作小分队有几支) when the sentence writes
        it right after the amount (分属25个界别, 等7个专门委员会, 34支工作小分队): the words of the
        sentence there that the question says too, in the document's own words; "" otherwise."""
        located = self._located(result) if result.kind == KIND_NUMBER else None
        if located is None:
            return ""
        sentence, at = located
        end = at + len(result.fact)
        end += next((len(w) for w in _BOUNDS if fact.endswith(w) and sentence.startswith(w, end)), 0)
        if fact.endswith(_WITHIN) and sentence.startswith(_WITHIN, end):
            end += len(_WITHIN)  # 3个月内办复: the deadline's 内 is shown, the deed after it is no noun
        if not _CJK.match(sentence, end):
            return ""
        segmenter = self.index.segmenter
        asked = {e for w in segmenter.words(result.question) if len(w) >= 2 for e in segmenter.lexicon.equivalents(w)}
        told = ""
        words = segmenter.words(_CLAUSE_END.split(sentence[end:end + 12], 1)[0])
        # The deed of a clause qualifying what is counted (建成委员之家的乡镇有几个 → 12个, not 12个建成) is no noun.
        ask = re.search(r"多少|几", result.question)
        qualifier = result.question[:max(result.question.rfind("的", 0, ask.start()), 0)] if ask else ""
        before = re.sub(r"^[\d.]+", "", fact)[-1:]  # the measure word: 几个镇 joins 个 to 镇
        for k, word in enumerate(words):
            if word not in asked and not _joined_as_asked(result.question, before, word, words[k + 1:k + 2]) \
                    or word in qualifier and word not in result.question[len(qualifier):]:
                break
            told += word
            before = word
        if not told and words and words[0] == asked_noun(result.question, re.sub(r"^[\d.]+[余多]?", "", fact)):
            told = words[0]  # 几个县 → 4个县: a noun of one character the question counts right after its measure word
        return told + self._noun_alternative(result, told, sentence, end + len(told)) if told else told

    def _noun_alternative(self, result: Result, told: str, sentence: str, end: int) -> str:
        """The other noun the sentence writes in brackets right after the one counted (17个乡镇（街道）): one count
        of either, shown as the document writes it; "" otherwise."""
        found = re.match(r"\(([\u4e00-\u9fff]{1,6})\)", sentence[end:])
        if found is None:
            return ""
        raw = self.sentence_text(result.passage, result.sentence)
        written = re.search(re.escape(told) + r"([（(]" + re.escape(found.group(1)) + r"[）)])", raw)
        return written.group(1) if written else found.group(0)

    def report_of(self, result: Result) -> str:
        """A short name for a result's document: its committee's place, as the document writes it (the frame's place
        is normalised: 濛川 read as 蒙川), in its title or first lines, where the frame learned it."""
        doc = self.index.passage_doc[result.passage]
        places = self.index.frames[doc].places
        if not places:
            return texts.QA_ANOTHER_REPORT
        return texts.QA_PLACE_REPORT.format(place=report_places_written(self.index, doc)[places[0]])

    def source(self, result: Result, sentence: str) -> Source:
        passage = self.index.passages[result.passage]
        return Source(passage.doc_title, passage.section, sentence)

    @staticmethod
    def source_line(source: Source) -> str:
        if source.section == source.document:
            return texts.ANSWER_SOURCE_TITLE_ONLY.format(title=source.document)
        return texts.ANSWER_SOURCE.format(title=source.document, section=source.section)

    def _year_of(self, result: Result) -> int:
        """The year the report ``result`` stands in tells of (0 where none is known)."""
        return self.index.frames[self.index.passage_doc[result.passage]].year or 0

    def single(self, result: Result) -> Answer:
        fact, sentence = self.fact_and_sentence(result)
        source = self.source(result, sentence)
        lead = self.lead(result, fact)
        others = result.chain()[1:]  # other documents' differing answers told beside this one (a head: several)
        if others:
            # Documents disagree and the question named none: every figure
            # stands in the first line, each with its year and its committee.
            # A what-question answered by a whole sentence tells each other document's sentence.
            leads = [self.lead(o, self.fact_and_sentence(o)[0]) for o in others]
            lead = texts.QA_ALSO_IN_LEAD.format(
                here=self.report_of(result), fact=lead, where=self.report_of(others[0]), other=leads[0])
            lead += "".join(texts.QA_ALSO_MORE.format(where=self.report_of(o), other=other)
                            for o, other in zip(others[1:], leads[1:]))
        lines = [texts.ANSWER_FACT.format(fact=lead)]
        if sentence and sentence not in fact:
            lines.append(texts.ANSWER_BASIS.format(sentence=sentence))
        lines.append(self.source_line(source))
        if len(others) == 1:
            newer = self._year_of(others[0]) > self._year_of(result)  # "最新" only where it is (not the home report's)
            lines.append((texts.ANSWER_OTHER_DOCUMENT_NEWER if newer else texts.ANSWER_OTHER_DOCUMENT).format(
                title=bare_title(source.document), other=bare_title(self.index.passages[others[0].passage].doc_title),
                fact=leads[0]))
        elif others:  # each is named in the first line; their titles once, in order
            lines.append(texts.QA_OTHER_REPORTS.format(titles="；".join(
                texts.QA_REPORT_TITLE.format(title=bare_title(self.index.passages[o.passage].doc_title)) for o in others)))
        return Answer(
            answered=True, text="\n".join(lines), fact=fact, sentence=sentence, sources=(source,),
            confidence=round(result.confidence, 3), passage_id=self.index.passages[result.passage].id,
            kind=result.kind, suggestions=(),
        )

    def many(self, results: list[Result]) -> Answer:
        whole = next((r for r in results if all(
            o.answered and o.fact and (o is r or (not re.match(r"[\d.]", o.fact) and o.fact in r.fact)) for o in results)), None)
        if whole is not None:
            return self.single(whole)  # 哪个单位的，什么职务: 刘某：召集人、市某研究院院长 tells both parts in one
        lines, facts, sources, basis = [], [], [], []
        for number, result in enumerate(results, 1):
            if not result.answered:
                lines.append(texts.ANSWER_PART_MISSING.format(number=number, question=result.question))
                continue
            fact, sentence = self.fact_and_sentence(result)
            facts.append(fact)
            lines.append(texts.ANSWER_PART.format(number=number, fact=self.lead(result, fact)))
            source = self.source(result, sentence)
            if source not in sources:
                sources.append(source)
            if sentence not in basis and sentence not in fact:
                basis.append(sentence)
        # The first line carries the first part's answer (答：1. 432件), the others under it: a member
        # reading only the first line (a preview, a notification) sees an answer, not a bare 答：.
        lines = [texts.ANSWER_FACT.format(fact=lines[0])] + lines[1:]
        lines += [texts.ANSWER_BASIS.format(sentence=s) for s in basis]
        seen = []
        for source in sources:
            line = self.source_line(source)
            if line not in seen:
                seen.append(line)
        lines += seen
        answered = [r for r in results if r.answered]
        first = answered[0]
        return Answer(
            answered=True, text="\n".join(lines), fact="；".join(facts), sentence=sources[0].text,
            sources=tuple(sources), confidence=round(sum(r.confidence for r in results) / len(results), 3),
            passage_id=self.index.passages[first.passage].id, kind="multi", suggestions=(),
        )
