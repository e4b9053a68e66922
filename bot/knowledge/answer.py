"""Answering a member's question from the index: the fact first (a number
with its unit, a person with the role, a date, or a one- or two-sentence
summary), then the sentence it came from and its source — or an honest
"not found" with questions the documents can answer.

Plain values in and out; nothing here knows about Telegram or storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from bot import texts
from .facts import Quantity, clause_bounds, find_bylines, find_dates, find_people, find_quantities
from .index import PassageIndex
from .normalize import normalize_text
from .question import (
    KIND_NUMBER, KIND_WHAT, KIND_WHEN, KIND_WHERE, KIND_WHO, KIND_WHY,
    OFF_TOPIC_RE, YES_NO_RE, QuestionAnalysis, Term, analyse, split_compound, _is_place,
)

__all__ = ["Source", "Answer", "FaqPair", "AnswerSettings", "Answerer", "similarity"]


@dataclass(frozen=True)
class Source:
    document: str
    section: str
    text: str


@dataclass(frozen=True)
class Answer:
    answered: bool
    text: str
    fact: str
    sentence: str
    sources: tuple[Source, ...]
    confidence: float
    passage_id: str | None
    kind: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class FaqPair:
    """A question and answer curated by the committee's staff."""

    id: str | int
    question: str
    answer: str


@dataclass(frozen=True)
class AnswerSettings:
    threshold: float = 0.5  # below this confidence the answerer declines
    faq_threshold: float = 0.72  # similarity at which an FAQ pair wins
    top_k: int = 30  # passages taken from BM25 for close reading
    suggestion_count: int = 3


@dataclass
class _Result:
    answered: bool
    confidence: float
    kind: str
    fact: str = ""
    passage: int | None = None
    sentence: int | None = None
    extra_sentence: int | None = None
    extra: tuple[int, int] | None = None  # (passage, sentence) shown too
    question: str = ""


_RECIPIENT_RE = re.compile(r"给了?谁|向谁|给哪|捐给|送给|交给了?谁|转给了?谁|(?:跟|对|和)谁(?:提|反映|建议|建言|汇报)")
_HOW_RE = re.compile(r"(?:怎么|怎样|如何|咋)(?!评价|说|看|讲|样|回事)")
_ASKS_DAY_RE = re.compile(r"几号|哪天|哪1天|哪一天|几月几|哪日|日期")
_SPEECH_RE = re.compile(r"介绍|说|讲|表示|谈|提到|指出|透露")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff0-9a-z]")
_FAQ_NOISE = re.compile(r"[\s,.;:!?'\"()\[\]、。，！？；：“”‘’（）]|请问|一下|吗|呢|吧|啊|呀|的|了")


@lru_cache(maxsize=100000)
def _bigrams(text: str) -> frozenset[str]:
    chars = [c for c in text if _CJK_PAIR.match(c)]
    return frozenset({a + b for a, b in zip(chars, chars[1:])} or chars)


def similarity(a: str, b: str) -> float:
    """How alike two questions are, in [0, 1]: Dice over character bigrams
    of their normalised forms, without punctuation and particles."""
    a = _FAQ_NOISE.sub("", normalize_text(a))
    b = _FAQ_NOISE.sub("", normalize_text(b))
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


class Answerer:
    """Answers a member's question from the knowledge base, or declines."""

    def __init__(self, index: PassageIndex, settings: AnswerSettings | None = None) -> None:
        self.index = index
        self.settings = settings or AnswerSettings()
        self.segmenter = index.segmenter
        self._verified: dict[str, bool] = {}

    # ------------------------------------------------------------ public

    def answer(self, question: str, faqs: Sequence[FaqPair] = ()) -> Answer:
        question = (question or "").strip()
        if not question:
            return self._declined(0.0, "", text=texts.EMPTY_QUESTION)
        faq = self._match_faq(question, faqs)
        if faq is not None:
            return faq
        norm = normalize_text(question)
        if OFF_TOPIC_RE.search(norm):
            return self._declined(0.0, norm)
        corrected, fixes = self.index.correct(norm)
        parts = split_compound(corrected, self.segmenter)
        results = [self._answer_part(part, fixes) for part in parts]
        if len(results) == 1:
            result = results[0]
            if not result.answered:
                return self._declined(result.confidence, corrected)
            return self._render_single(result)
        if not any(r.answered for r in results):
            return self._declined(max(r.confidence for r in results), corrected)
        return self._render_many(results)

    # ------------------------------------------------------------ FAQ

    def _match_faq(self, question: str, faqs: Sequence[FaqPair]) -> Answer | None:
        best, best_score = None, 0.0
        for pair in faqs:
            score = similarity(question, pair.question)
            if score > best_score:
                best, best_score = pair, score
        if best is None or best_score < self.settings.faq_threshold:
            return None
        text = "\n".join((best.answer, texts.ANSWER_SOURCE.format(title=texts.FAQ_SOURCE, section=best.question)))
        return Answer(
            answered=True, text=text, fact=best.answer, sentence=best.answer,
            sources=(Source(texts.FAQ_SOURCE, best.question, best.answer),),
            confidence=round(best_score, 3), passage_id=None, kind="faq", suggestions=(),
        )

    # ------------------------------------------------------------ retrieval

    def _answer_part(self, norm: str, fixes: int = 0) -> _Result:
        q = analyse(norm, norm, self.segmenter, self.index, corrections=fixes)
        if q.off_topic:
            return _Result(False, 0.0, q.kind, question=norm)
        if q.author:
            return self._answer_author(q, norm)
        if q.numbers and q.kind in (KIND_WHAT, KIND_WHY, KIND_WHO) and all(len(t.text) == 1 for t in q.terms):
            return self._answer_by_number(q, norm)
        if not q.terms:
            return _Result(False, 0.0, q.kind, question=norm)
        unknown = [t.text for t in q.terms if not t.known and len(t.text) >= 2]
        how = _HOW_RE.search(norm)
        if unknown and (
            YES_NO_RE.search(norm) or (how and any(0 <= norm.find(w) < how.start() for w in unknown))
        ):
            # Yes or no about something the documents never name (有没有补贴),
            # or how to deal with it (违纪怎么处理): not answered by them.
            return _Result(False, 0.0, q.kind, question=norm)
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
        hits = self.index.search(tokens, self.settings.top_k)
        if not hits:
            return _Result(False, 0.0, q.kind, question=norm)
        top_score = hits[0].score or 1.0
        total = q.total_weight or 1.0
        spec_ref = 0.45 * self.index.idf_unknown
        query_bigrams = _bigrams("".join(t.text for t in q.terms))

        topic = q.kind == KIND_WHAT and len(q.terms) == 1
        counted_unknown = bool(q.counted) and not any(
            self.index.idf(e) is not None for e in self.segmenter.lexicon.equivalents(q.counted)
        )
        # First pass: how much of the question each sentence covers.
        scored: list[tuple[float, float, int, int, float, bool]] = []
        for hit in hits:
            p = hit.passage
            context = self._context(p)
            own = "\n".join((self.index.passage_norm[p], self.index.section_norm[p], self.index.title_norm[p]))
            if not self._years_ok(q, p, context) or not self._entities_ok(q, own):
                continue
            if any(t.named and not any(e in context for e in t.equivalents) for t in q.terms):
                continue  # a named thing (倾听与商量) not spoken of here or next to it
            numbers_ok = all(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d.])", context) for n in q.numbers)
            paragraph = self.index.passage_norm[p]
            in_paragraph = [0.75 * self._match(term, paragraph) for term in q.terms]
            in_context = [0.5 * self._match(term, context) if not in_paragraph[n] else 0.0 for n, term in enumerate(q.terms)]
            for s, sentence in enumerate(self.index.sentence_norm[p]):
                matched = 0.0
                for n, term in enumerate(q.terms):
                    strength = self._match(term, sentence)
                    if strength < 1.0:
                        strength = max(strength, in_paragraph[n], in_context[n])
                    matched += term.weight * strength
                if matched > 0:
                    scored.append((matched / total, matched, p, s, hit.score / top_score, numbers_ok))
        if not scored:
            return _Result(False, 0.0, q.kind, question=norm)
        # Second pass: the fact, only for the sentences worth reading closely.
        scored.sort(key=lambda row: (-(row[0] + 0.08 * row[4]), row[2], row[3]))
        floor = scored[0][0] * 0.5
        best: _Result | None = None
        best_rank = -1.0
        runner_up: tuple[float, int, int] | None = None
        for coverage, matched, p, s, bm25, numbers_ok in scored[:16]:
            if coverage < floor:
                break
            sentence = self.index.sentence_norm[p][s]
            fit, fact, extra, local = self._fit(q, p, s, sentence)
            bigram = len(query_bigrams & _bigrams(sentence)) / max(len(query_bigrams), 1)
            rank = coverage + 0.1 * bigram + 0.08 * bm25 + 0.2 * fit + 0.15 * local
            if topic and find_quantities(sentence):
                rank += 0.03
            if topic and f'"{q.terms[0].text}"' in sentence:
                rank += 0.05  # the sentence names it (“倾听与商量”协商平台)
            if q.kind == KIND_WHAT and s == 0 and self._leads_section(p) and any(
                e in self.index.section_norm[p] for t in q.terms for e in t.equivalents
            ):
                rank += 0.06  # the first words under a heading about it define it
            spec = min(1.0, matched / spec_ref)
            confidence = coverage * spec ** 0.5 * self._fit_factor(q.kind, fit)
            if not numbers_ok:
                confidence *= 0.35
            if counted_unknown:
                confidence *= 0.4  # counts something the documents never mention (多少口罩)
            confidence *= 0.97 ** q.corrections
            if rank > best_rank:
                if best is not None and best.passage != p:
                    runner_up = (best_rank, best.passage, best.sentence)
                best_rank = rank
                best = _Result(False, min(1.0, confidence), q.kind, fact, p, s, extra_sentence=extra, question=norm)
            elif best is not None and p != best.passage and (runner_up is None or rank > runner_up[0]):
                runner_up = (rank, p, s)
        if best is None:
            return _Result(False, 0.0, q.kind, question=norm)
        shown = self.index.sentence_norm[best.passage][best.sentence]
        if isinstance(best.extra_sentence, tuple):
            shown += self.index.sentence_norm[best.extra_sentence[0]][best.extra_sentence[1]]
        elif best.extra_sentence is not None:
            shown += self.index.sentence_norm[best.passage][best.extra_sentence]
        doc_year = self.index.documents[self.index.passage_doc[best.passage]].year
        if any(year != doc_year and str(year) not in shown for year in q.years):
            best.confidence *= 0.45  # another year, named only near the answer (2019年王宏来过吗)
        for superlative in re.findall(r"最(?:多|少|高|低|大|小|早|晚|快|慢|好|差|先)", q.norm):
            if superlative not in shown:
                best.confidence *= 0.45  # the documents rank nothing of the kind (谁减免最多)
        best.answered = best.confidence >= self.settings.threshold
        if isinstance(best.extra_sentence, tuple):
            best.extra = best.extra_sentence  # a sentence of the next paragraph
        elif best.extra_sentence is not None:
            best.extra = (best.passage, best.extra_sentence)
        elif topic and runner_up is not None:
            # A one-word question ("小分队？") gets the two most telling sentences.
            best.extra = (runner_up[1], runner_up[2])
        return best

    def _answer_by_number(self, q: QuestionAnalysis, norm: str) -> _Result:
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
            return _Result(False, 0.0, q.kind, question=norm)
        confidence = 0.85 if len(found) == 1 else 0.6 if len(found) == 2 else 0.4
        p, s = found[0]
        result = _Result(False, confidence, KIND_WHAT, "", p, s, question=norm)
        result.answered = confidence >= self.settings.threshold
        return result

    def _leads_section(self, p: int) -> bool:
        index = self.index
        return p == 0 or index.section_norm[p - 1] != index.section_norm[p] or index.passage_doc[p - 1] != index.passage_doc[p]

    def _answer_author(self, q: QuestionAnalysis, norm: str) -> _Result:
        """Who wrote (or photographed) the document: its bylines."""
        doc = None
        if q.terms:
            tokens = [t for term in q.terms for t in self.segmenter.tokens(term.text)]
            hits = self.index.search(tokens, 1)
            doc = self.index.passage_doc[hits[0].passage] if hits else None
        found: list[tuple[int, int, list[tuple[str, str]]]] = []
        for p in range(self.index.size):
            if doc is not None and self.index.passage_doc[p] != doc:
                continue
            for s, sentence in enumerate(self.index.sentence_norm[p]):
                bylines = find_bylines(sentence)
                if bylines:
                    found.append((p, s, bylines))
        if not found:
            return _Result(False, 0.0, KIND_WHO, question=norm)
        wants_photo = bool(re.search(r"拍|摄影|照片|图片", norm))
        parts = []
        for _, _, bylines in found:
            for label, name in bylines:
                if wants_photo and label != "图":
                    continue
                parts.append(texts.BYLINE_PHOTO.format(name=name) if label == "图" else texts.BYLINE_TEXT.format(name=name))
        if not parts:
            return _Result(False, 0.0, KIND_WHO, question=norm)
        p, s, _ = found[-1] if wants_photo else found[-1]
        result = _Result(True, 0.9, KIND_WHO, "；".join(parts), p, s, question=norm)
        result.answered = result.confidence >= self.settings.threshold
        return result

    def _context(self, p: int) -> str:
        index = self.index
        parts = [index.passage_norm[p], index.section_norm[p], index.title_norm[p]]
        doc = index.passage_doc[p]
        for q in (p - 1, p + 1):
            if 0 <= q < index.size and index.passage_doc[q] == doc and index.section_norm[q] == index.section_norm[p]:
                parts.append(index.passage_norm[q])
        return "\n".join(parts)

    def _years_ok(self, q: QuestionAnalysis, p: int, context: str) -> bool:
        doc_year = self.index.documents[self.index.passage_doc[p]].year
        wanted = list(q.years)
        if doc_year is not None:
            wanted += [doc_year + offset for offset in q.year_offsets]
        elif q.year_offsets:
            return False
        for year in wanted:
            if year != doc_year and str(year) not in context:
                return False
        return True

    def _entities_ok(self, q: QuestionAnalysis, context: str) -> bool:
        for term in q.terms:
            if term.entity and not any(e in context for e in term.equivalents):
                return False
        return True

    def _match(self, term: Term, text: str) -> float:
        best = 0.0
        for equivalent in term.equivalents:
            if equivalent in text:
                if len(equivalent) > 2 or equivalent in self.index.df or (
                    len(equivalent) == 2 and self.index.idf(equivalent) is not None
                ):
                    return 1.0
                if len(equivalent) == 1:
                    best = 0.6  # one character inside some word: weak evidence
        if best:
            return best
        if term.parts:
            # Pieces of a long term count by their length and by how telling
            # they are: 工作 inside 提案工作 says little.
            credit = 0.0
            for part in term.parts:
                if part in text:
                    idf = self.index.idf(part) or 0.0
                    credit += len(part) / len(term.text) * min(1.0, idf / (term.weight or 1.0))
            if credit:
                return min(0.7, 0.7 * credit)
        if not term.known and 2 <= len(term.text) <= 4:
            # An abbreviation: its characters in order, close together (抗疫 ~ 抗击疫情).
            position, first = 0, None
            for char in term.text:
                found = text.find(char, position)
                if found < 0:
                    return 0.0
                first = found if first is None else first
                position = found + 1
            if len(term.text) < position - first <= 3 * len(term.text):
                return 0.6
        return 0.0

    @staticmethod
    def _fit_factor(kind: str, fit: float) -> float:
        if kind in (KIND_WHAT, KIND_WHY):
            return 1.0
        if kind == KIND_WHERE:
            return 0.8 + 0.2 * fit
        return 0.3 + 0.7 * fit

    # ------------------------------------------------------------ facts

    def _occurrences(self, q: QuestionAnalysis, sentence: str) -> list[tuple[int, int, int, float]]:
        """Where the question's terms occur: (start, end, term number,
        strength); a piece of a long term counts for its share."""
        spans = []
        for number, term in enumerate(q.terms):
            for text in term.equivalents + term.parts:
                strength = 1.0 if text in term.equivalents else 0.8 * len(text) / len(term.text)
                start = sentence.find(text)
                while start >= 0:
                    spans.append((start, start + len(text), number, strength))
                    start = sentence.find(text, start + 1)
        for value in q.numbers:
            # A number the question gives (谁捐了170万) marks the spot.
            for match in re.finditer(rf"(?<![\d.]){re.escape(value)}(?![\d.])", sentence):
                spans.append((match.start(), match.end(), -1, 1.0))
        return spans

    def _fit(self, q: QuestionAnalysis, p: int, s: int, sentence: str) -> tuple[float, str, int | None, float]:
        """How well the sentence holds the kind of fact asked for: (fit in
        [0, 1], the fact, an extra sentence to show, local closeness)."""
        if q.kind == KIND_NUMBER:
            return self._fit_number(q, sentence)
        if q.kind == KIND_WHO:
            return self._fit_person(q, p, s, sentence)
        if q.kind == KIND_WHEN:
            return self._fit_date(q, sentence)
        if q.kind == KIND_WHERE:
            return self._fit_place(q, sentence)
        return self._fit_summary(q, p, s, sentence)

    def _closeness(
        self, q: QuestionAnalysis, spans, start: int, end: int, sentence: str, delimiters: str = ",;:。!?"
    ) -> float:
        """How near the question's terms stand to the span [start, end):
        weighted, in [0, 1]; a term in the same clause counts mostly by being
        there and a little by being near, a term in another clause little."""
        per_term: dict[int, float] = {}
        for a, b, number, strength in spans:
            if b <= start:
                gap, lo, hi = start - b, b, start
            elif a >= end:
                gap, lo, hi = a - end, end, a
            else:
                gap, lo, hi = 0, 0, 0
            same_clause = not any(c in delimiters for c in sentence[lo:hi])
            value = strength * ((0.6 + 0.4 / (1 + gap / 10)) if same_clause else 0.15 / (1 + gap / 20))
            per_term[number] = max(per_term.get(number, 0.0), value)
        anchor = 2.0
        score = sum((q.terms[n].weight if n >= 0 else anchor) * v for n, v in per_term.items())
        return score / ((q.total_weight + (anchor if q.numbers else 0.0)) or 1.0)

    def _compatible(self, q: QuestionAnalysis, quantity: Quantity) -> bool:
        return any(self._unit_compatible(q, unit) for unit in (quantity.units or (quantity.unit,)))

    def _unit_compatible(self, q: QuestionAnalysis, unit: str) -> bool:
        unit_class = self.segmenter.lexicon.units.get(unit)
        if unit in ("万元", "亿元", "人民币", "元"):
            unit_class = "钱"
        if q.unit_class is None:
            return True
        if q.unit == "个":
            return unit_class not in ("次", "钱", "轮")
        if q.unit_class == "人" and unit == "个":
            return False
        return unit_class == q.unit_class

    def _fit_number(self, q: QuestionAnalysis, sentence: str):
        quantities = find_quantities(sentence)
        if not quantities:
            return 0.0, "", None, 0.0
        spans = self._occurrences(q, sentence)
        best, best_score = None, -1.0
        for quantity in quantities:
            if not self._compatible(q, quantity):
                continue
            score = self._closeness(q, spans, quantity.start, quantity.end, sentence)
            if q.unit and (quantity.unit == q.unit or quantity.text.endswith(q.unit)):
                score += 0.1
            if q.counted and any(sentence.startswith(e, quantity.end) for e in self.segmenter.lexicon.equivalents(q.counted)):
                score += 0.3  # 194位爱心房东 for 多少个爱心房东
            money = quantity.unit in ("万元", "亿元", "人民币", "元")
            if q.wants_money:
                score += 0.2 if money else -0.3
            if score > best_score:
                best, best_score = quantity, score
        if best is None:
            return 0.1, "", None, 0.0
        fact = best.text
        # Two amounts of one kind side by side (330多位委员和50多位机关干部).
        for other in quantities:
            if other is best or not self._compatible(q, other):
                continue
            first, second = (best, other) if best.start < other.start else (other, best)
            between = sentence[first.end:second.start]
            if len(between) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]*(?:和|及|与|、)[\u4e00-\u9fff]*", between) and (
                self.segmenter.lexicon.units.get(first.unit) == self.segmenter.lexicon.units.get(second.unit)
            ):
                fact = sentence[first.start:second.end]
        fit = 1.0 if best_score >= 0.2 else 0.6
        a, b = clause_bounds(sentence, best.start)
        if not any(a <= start and end <= b for start, end, number, _ in spans if number >= 0) and not q.numbers:
            # Nothing the question names stands in the amount's clause
            # (提案委员会有几个人 → 194位爱心房东): it counts something else.
            fit = min(fit, 0.25)
        if q.counted and not self._counted_in_clause(q.counted, sentence, best):
            # The sentence counts something else (194位爱心房东 for 多少名委员).
            fit = min(fit, 0.25)
        return fit, fact, None, max(best_score, 0.0)

    def _counted_in_clause(self, counted: str, sentence: str, quantity: Quantity) -> bool:
        """Whether the thing the question counts is named in the clause of
        the amount; a thing the documents never name is judged elsewhere."""
        equivalents = self.segmenter.lexicon.equivalents(counted)
        if not any(self.index.idf(e) is not None for e in equivalents):
            return True
        a, b = clause_bounds(sentence, quantity.start)
        clause = sentence[a:b]
        if any(e in clause for e in equivalents):
            return True
        # A long counted word of which a telling piece is there (大项目 in 重大项目).
        pieces = [p for p in self.segmenter.tokens(counted) if len(p) >= 2 and p != counted]
        return any(p in clause for p in pieces)

    def _people(self, sentence: str):
        return find_people(sentence, self.index.names)

    def _fit_person(self, q: QuestionAnalysis, p: int, s: int, sentence: str):
        sentences = self.index.sentence_norm[p]
        if _RECIPIENT_RE.search(q.norm):
            # To whom (捐给了谁): who or what stands after 向/给 near the terms.
            spans = self._occurrences(q, sentence)
            found = []
            for word, (_, tag) in self.segmenter.lexicon.words.items():
                if tag in ("nt", "nr"):
                    for match in re.finditer(r"(?:向|给)((?:青岛市|市|山东省|省)?" + re.escape(word) + ")", sentence):
                        found.append((match.start(1), match.end(1), match.group(1)))
            if found:
                start, end, word = max(found, key=lambda f: (self._closeness(q, spans, f[0], f[1], sentence), f[1] - f[0]))
                return 1.0, word, None, self._closeness(q, spans, start, end, sentence)
        # The speaker of a quotation is often named in the next sentence.
        for offset, penalty in ((0, 1.0), (1, 0.8), (-1, 0.7)):
            k = s + offset
            if not 0 <= k < len(sentences):
                continue
            people = self._people(sentences[k])
            if not people:
                continue
            asked_about = [x for x in people if x.name in q.names]
            others = [x for x in people if x.name not in q.names]
            if asked_about and (not others or not q.role_words or "谁" not in q.norm):
                # Asked about a named person (王宏是谁): their role, where the
                # text gives one; a mention without a role is a weak answer.
                person = max(asked_about, key=lambda x: len(x.role))
                if person.role:
                    return penalty, texts.PERSON_ROLE_IS.format(name=person.name, role=person.role), None if offset == 0 else k, 0.5
                if not others or not q.role_words:
                    return 0.3 * penalty, person.name, None if offset == 0 else k, 0.0
            candidates = others or people
            spans = self._occurrences(q, sentences[k])

            def score(person):
                value = self._closeness(q, spans, person.start, person.end, sentences[k])
                for word in q.role_words:
                    if person.role.endswith(word) or word in person.role:
                        value += 0.5 + 0.1 * len(word)
                return value

            person = max(candidates, key=score)
            name = person.name
            follower = next((x for x in people if x.start == person.end + 1 and sentences[k][person.end] == "、"), None)
            leader = next((x for x in people if x.end + 1 == person.start and sentences[k][x.end] == "、"), None)
            if follower:
                name = f"{person.name}、{follower.name}"
            elif leader:
                name = f"{leader.name}、{person.name}"
                person = leader if leader.role else person
            fact = texts.PERSON_WITH_ROLE.format(name=name, role=person.role) if person.role else name
            asked_post = [w for w in q.role_words if w not in ("委员", "文", "成员")]
            if asked_post and "谁" in q.norm and not any(
                w in person.role or w in sentences[k][person.end:person.end + 4] for w in asked_post
            ):
                penalty *= 0.4  # asks who holds a post this person does not hold (全国政协主席 → 张国俊, 委员)
            return penalty, fact, None if offset == 0 else k, min(1.0, score(person))
        if q.role_words:
            return 0.0, "", None, 0.0  # asks who holds a post; nobody here does
        # Who said or told of it: the speaker may open the next paragraph
        # (阳光护苗是谁介绍的 → “……”刘明辉介绍).
        following = p + 1
        index = self.index
        if (
            _SPEECH_RE.search(q.norm) and following < index.size
            and index.passage_doc[following] == index.passage_doc[p] and index.section_norm[following] == index.section_norm[p]
        ):
            for k, text in enumerate(index.sentence_norm[following][:2]):
                speakers = [x for x in self._people(text) if _SPEECH_RE.search(text, x.end, x.end + 4)]
                if speakers:
                    person = speakers[0]
                    fact = texts.PERSON_WITH_ROLE.format(name=person.name, role=person.role) if person.role else person.name
                    return 0.8, fact, (following, k), 0.3
        # No person: an organisation may be the one who did it (谁发起的 → 青岛市政协).
        spans = self._occurrences(q, sentence)
        organisations = []
        for word, (_, tag) in self.segmenter.lexicon.words.items():
            if tag == "nt" and word in sentence and not any(word in t.equivalents for t in q.terms):
                start = sentence.find(word)
                if not any(a <= start < b for a, b, *_ in organisations):
                    organisations.append((start, start + len(word), word))
        organisations = [o for o in organisations if not any(o is not x and x[0] <= o[0] and o[1] <= x[1] for x in organisations)]
        if organisations:
            start, end, word = max(organisations, key=lambda o: self._closeness(q, spans, o[0], o[1], sentence))
            a, b = clause_bounds(sentence, start)
            together = sorted(o for o in organisations if a <= o[0] < b)
            return 0.8, "、".join(o[2] for o in together), None, 0.3
        return 0.6, "", None, 0.0

    def _fit_date(self, q: QuestionAnalysis, sentence: str):
        dates = find_dates(sentence)
        if not dates:
            return 0.0, "", None, 0.0
        spans = self._occurrences(q, sentence)
        best = max(
            dates,
            key=lambda d: self._closeness(q, spans, d.start, d.end, sentence, ";。!?") + (0.1 if d.full else 0),
        )
        fit = 1.0
        if _ASKS_DAY_RE.search(q.norm) and not best.full and not re.search(r"\d+月", best.text):
            fit = 0.5  # asks for a day; 岁末年初 is none
        return fit, best.text, None, self._closeness(q, spans, best.start, best.end, sentence, ";。!?")

    def _fit_place(self, q: QuestionAnalysis, sentence: str):
        spans = self._occurrences(q, sentence)
        places = []
        for match in re.finditer(r"(?:到|在|赴|去|来到|走进|深入)([\u4e00-\u9fff]{2,8}?(?:区|市|县|省|镇|街道|村|社区|新区|国|中心|公司|企业))", sentence):
            places.append((match.start(1), match.end(1)))
        for word in self.segmenter.words(sentence):
            if self.segmenter.lexicon.tag(word) == "ns" or _is_place(word, self.segmenter):
                start = sentence.find(word)
                places.append((start, start + len(word)))
        places = [x for x in places if not any(x[0] >= a and x[1] <= b for a, b, *_ in spans)]
        if not places:
            return 0.4, "", None, 0.0
        start, end = max(places, key=lambda x: self._closeness(q, spans, x[0], x[1], sentence, ";。!?"))
        a, b = clause_bounds(sentence, start)
        # Give the clause with the place (7月,到城阳区调研…): lead with the month if it is just before.
        lead = sentence[max(0, a - 4):a].lstrip(",;:。")
        clause = sentence[a:b]
        if re.fullmatch(r"\d{1,2}月,?", lead.rstrip(",")) or re.fullmatch(r"\d{1,2}月", lead.strip(",")):
            clause = lead.strip(",") + "，" + clause
        return 1.0, clause, None, self._closeness(q, spans, start, end, sentence)

    def _fit_summary(self, q: QuestionAnalysis, p: int, s: int, sentence: str):
        """A summary is the sentence itself; a reason or a short sentence
        brings its neighbour in the paragraph (the cause usually comes just
        before: 王宏 thanks the committee after the 浒苔 account)."""
        sentences = self.index.sentence_norm[p]
        if s + 1 < len(sentences) and re.match(r"即|也就是|就是|包括|具体是|分别是", sentences[s + 1]):
            return 1.0, "", s + 1, 0.0  # the next sentence spells it out
        if q.kind != KIND_WHY and len(sentence) >= 40:
            return 1.0, "", None, 0.0
        neighbours = [k for k in (s - 1, s + 1) if 0 <= k < len(sentences)]
        if not neighbours:
            index = self.index
            following = p + 1
            if (
                q.kind == KIND_WHY and following < index.size and index.passage_doc[following] == index.passage_doc[p]
                and index.section_norm[following] == index.section_norm[p]
            ):
                # A one-sentence paragraph (王宏专程来到青岛市政协机关): what
                # it was for is told in the next one.
                return 1.0, "", (following, 0), 0.0
            return 1.0, "", None, 0.0

        def weight(k: int) -> float:
            return sum(q.terms[n].weight for n in {span[2] for span in self._occurrences(q, sentences[k])})

        extra = max(neighbours, key=lambda k: (weight(k) + (0.5 if q.kind == KIND_WHY and k < s else 0), -k))
        return 1.0, "", extra, 0.0

    # ------------------------------------------------------------ rendering

    def _sentence_text(self, p: int, s: int) -> str:
        return self.index.passages[p].sentences[s]

    def _fact_and_sentence(self, result: _Result) -> tuple[str, str]:
        """The fact to lead with and the sentence(s) it came from, in
        document order."""
        picked = [(result.passage, result.sentence)]
        if result.extra is not None:
            picked.append(result.extra)
            picked.sort()
        sentences = [self._sentence_text(p, s) for (p, s) in picked]
        same_passage = len({p for p, _ in picked}) == 1
        sentence = ("" if same_passage else "\n").join(sentences)
        if result.kind in (KIND_WHAT, KIND_WHY) or not result.fact:
            return sentence, sentence
        return result.fact, sentence

    def _source(self, result: _Result, sentence: str) -> Source:
        passage = self.index.passages[result.passage]
        return Source(passage.doc_title, passage.section, sentence)

    @staticmethod
    def _source_line(source: Source) -> str:
        if source.section == source.document:
            return texts.ANSWER_SOURCE_TITLE_ONLY.format(title=source.document)
        return texts.ANSWER_SOURCE.format(title=source.document, section=source.section)

    def _render_single(self, result: _Result) -> Answer:
        fact, sentence = self._fact_and_sentence(result)
        source = self._source(result, sentence)
        lines = [texts.ANSWER_FACT.format(fact=fact)]
        if sentence and sentence not in fact:
            lines.append(texts.ANSWER_BASIS.format(sentence=sentence))
        lines.append(self._source_line(source))
        return Answer(
            answered=True, text="\n".join(lines), fact=fact, sentence=sentence, sources=(source,),
            confidence=round(result.confidence, 3), passage_id=self.index.passages[result.passage].id,
            kind=result.kind, suggestions=(),
        )

    def _render_many(self, results: list[_Result]) -> Answer:
        lines, facts, sources, basis = [], [], [], []
        for number, result in enumerate(results, 1):
            if not result.answered:
                lines.append(texts.ANSWER_PART_MISSING.format(number=number, question=result.question))
                continue
            fact, sentence = self._fact_and_sentence(result)
            facts.append(fact)
            lines.append(texts.ANSWER_PART.format(number=number, fact=fact))
            source = self._source(result, sentence)
            if source not in sources:
                sources.append(source)
            if sentence not in basis and sentence not in fact:
                basis.append(sentence)
        lines = [texts.ANSWER_FACT.format(fact="")] + lines
        lines += [texts.ANSWER_BASIS.format(sentence=s) for s in basis]
        seen = []
        for source in sources:
            line = self._source_line(source)
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

    # ------------------------------------------------------------ declining

    def _declined(self, confidence: float, norm: str, text: str | None = None) -> Answer:
        suggestions = tuple(self.suggest(norm)) if text is None else ()
        if text is None:
            lines = [texts.DECLINED]
            if suggestions:
                lines.append(texts.DECLINED_SUGGESTIONS)
                lines += [texts.DECLINED_SUGGESTION_ITEM.format(number=i, question=s) for i, s in enumerate(suggestions, 1)]
            lines.append(texts.DECLINED_HANDOFF)
            text = "\n".join(lines)
        return Answer(
            answered=False, text=text, fact="", sentence="", sources=(), confidence=round(min(confidence, 1.0), 3),
            passage_id=None, kind="declined", suggestions=suggestions,
        )

    def suggest(self, norm: str, count: int | None = None) -> list[str]:
        """Questions the documents answer, the closest to ``norm`` first.
        Each is checked by answering it before it is offered."""
        count = count or self.settings.suggestion_count
        pool = self.index.question_pool
        if not pool:
            return []
        asked = _bigrams(norm)
        ranked = sorted(range(len(pool)), key=lambda i: (-len(asked & _bigrams(pool[i])), i))
        chosen: list[str] = []
        for i in ranked[: count * 4]:
            question = pool[i]
            ok = self._verified.get(question)
            if ok is None:
                result = self._answer_part(normalize_text(question))
                ok = result.answered
                self._verified[question] = ok
            if ok:
                chosen.append(question)
            if len(chosen) == count:
                break
        return chosen
