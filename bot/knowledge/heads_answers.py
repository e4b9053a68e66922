"""Questions asked of a report itself rather than of its content: who wrote or
delivered it, when and at which meeting (这份报告是谁作的, 哪天在大会上作的),
answered from the document's head learned at ``kb add`` (heads.py) or from its
bylines; and questions answered from what the documents declare once, learned on
the first such question (posts.py): who holds a body's post (鹭原市委书记叫什么),
what a short name stands for in full (市政协的全称是什么); who holds a body's post is
post_holders.py's (a mixin of this one).

A mixin of ``Answerer`` (answer.py): these answers use its index, checks and
settings, and are kept apart only so each module reads in one sitting.
"""

from __future__ import annotations

import re

from bot import texts
from .heads import addressee_asked, meeting_ordinals
from .mastheads import (MASTHEAD_LINES, MASTHEAD_PASSAGES, PHOTO_LABELS, WRITER_LABELS, asked_of_masthead, is_byline_line, is_masthead_line,
                        masthead_fact, points_at_article, points_at_document, read_masthead, title_fact)
from .frames import question_places
from .ethnicity import asked_ethnicity, ethnicity_of
from .person_sector import party_answer, sector_answer
from .called_as import called_as_answer
from .surname_people import surname_people_answer
from .touched import PARTIES
from .notice_facts import notice_fact
from .minutes_header import minutes_fact
from .people import find_bylines
from .posts import asked_full_name, learn_declared_names, learn_posts
from .vocabulary import in_order
from .post_words import ASKED_THEN, THEN_HELD
from .question import KIND_WHAT, KIND_WHEN, KIND_WHERE, KIND_WHO, QuestionAnalysis, Term
from .values import Result
from .post_holders import REPORTS_LISTED, PostHolders
from .doc_passages import doc_passages

# Asked who held a post at a time of the question's own (疫情初期当县长的), the holder written as holding it
# then (时任县长高文斌) ranks before the one holding it when the report was written (县长许卫东).
THEN_HOLDER_FIRST = 0.3


def then_holder_first(q: QuestionAnalysis, fact: str) -> float:
    """The rank a person's answer gains for a question asking who held a post at a time of its own."""
    role = fact.partition("（")[2]
    return THEN_HOLDER_FIRST if q.kind == KIND_WHO and ASKED_THEN.search(q.norm) and THEN_HELD.match(role) else 0.0


# Asked who delivered the report (这份报告是谁作的), not who wrote or photographed it; answer.py reads it too.
ASKS_REPORTER = re.compile(r"报告(?!.*(?:谁写|写的|作者|撰稿|执笔|拍))|(?:谁作|谁做)的?$")
# Asked of a report itself: when or at which meeting it was delivered (这份报告是哪天在大会上作的).
# …or a year's summary (工作总结), whose dateline (落款) is the day it was written; or its plan (工作要点, 工作打算)
# or the paper as a whole (这份文件), passed at a meeting (审议通过) the dateline names.
# …or a speech the document is (闭幕会上的讲话, 开幕词), delivered as a report is.
# The meeting the report was delivered at, pointed at (这个会, 这次会议): its dateline tells when and which, never where.
_POINTS_AT_MEETING = re.compile(r"^(?:这个|这次|本次|此次)(?:会议|大会|全会|会)")
_ASKS_DELIVERY = re.compile(r"报告|总结|落款|要点|打算|文件|讲话|致辞|闭幕词|开幕词|通报|通知|决定|^(?:这|这次|本次)是.*?第?几[届次]"
                            r"|" + _POINTS_AT_MEETING.pattern)  # 这个通报哪天印发的; 这是第几届第几次会议; 这个会哪天开的
# A piece delivered by the one under its title: a report or a speech (在…闭幕会上的讲话).
_DELIVERED_PIECE = re.compile(r"报告|讲话|致辞|闭幕词|开幕词")
_ASKS_MEETING = re.compile(r"(?:哪次|哪1次|哪一次|哪个|什么|啥)(?:会议|大会|会)")
# Which session of which term, by its ordinals (在十一届第几次会议上作的, 几届几次会议).
_ASKS_SESSION = re.compile(r"第?几届|第?几次(?:会议|大会|全会|全体会议|会)")
# Words of a question on a report saying how it was delivered or point at it (这份, 在大会上作的), not which it is.
_NOT_THE_REPORTS_NAME = re.compile(r"^(?:这份|那份|这个|这次|本次|此次|该|本|此|大会|会议|全会|会上|上作|作|做|宣读|发表|讲|作了|做了|写|写的|写成|落款|日期|年度"
                                   r"|开|召开|举行"  # 这个会哪天开的: how the meeting it was delivered at was held
                                   r"|代表|受托|委托"  # 代表…作的报告: the act of delivering, no word of its name
                                   r"|印发|下发|发布|发出|发|报|报送|报给|呈报|送|上报)$")  # how it was issued or sent
# 报告 written as the act of delivering (这个工作总结是谁作的报告): the question names the document by other words.
_REPORT_AS_ACT = re.compile(r"(?<!工)[作做](?:了|的)?报告")  # (not 工作报告, the name itself)
KIND_NAME = "name"  # a thing's full name: the fact itself leads the answer, not its sentence
# A meeting of the standing committee by its ordinal (常委会第2次会议, 常务委员会第5次会议): not a plenary session
# of the whole committee (委员会第2次会议), as a report's dateline names.
_STANDING_MEETING = re.compile(r"(?:常委会|常务委员会)第?\d+次(?:会议|全会)?")
_TITLE_DATE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")


class HeadAnswers(PostHolders):
    """The report-head answers of ``Answerer``, and those of posts and declared names."""

    def warm_up(self) -> None:
        """Learn now, before the first member waits for it, what the answerer otherwise learns on the
        first question that needs it: posts and declared names, the pooled questions' bigrams and
        turns, and the index's own (``PassageIndex.warm_up``). Answers are the same either way."""
        self.index.warm_up()
        if self.__dict__.get("_declared") is None:
            self._declared = learn_declared_names(self._sentences())
        if self.__dict__.get("_posts") is None:
            self._posts = learn_posts(self._sentences(), self.segmenter.word_frequency)
        self._pool_ranking()

    def _sentences(self):
        index = self.index
        return ((p, s, text) for p in range(index.size) for s, text in enumerate(index.sentence_norm[p]))

    def _answer_declared(self, q: QuestionAnalysis, norm: str) -> Result | None:
        """A fact one sentence declares of a name: a short name's full one, a person's ethnic group or sector, a post's holder;
        everyone of a surname asked (surname_people.py)."""
        return self._answer_full_name(norm) or self._answer_ethnicity(norm) or sector_answer(self, norm) or party_answer(self, norm, PARTIES) or (
            surname_people_answer(self, norm)) or called_as_answer(self, norm) or (
            self._answer_post_holder(q, norm) if q.kind == KIND_WHO else None)

    def _of_another_year(self, q: QuestionAnalysis, title: str, doc: int) -> bool:
        """Whether the question names a year report ``doc`` neither covers nor writes in its ``title``: another year's report."""
        return any(str(year) not in title and year != self.index.frames[doc].year for year in q.years)

    def _answer_ethnicity(self, norm: str) -> Result | None:
        """马某是哪个民族: the group in brackets after the name (ethnicity.py); declined where never told."""
        name = asked_ethnicity(norm)
        told = ethnicity_of(name, self._sentences()) if name else None
        if told is None:
            return None
        if told is False:
            return Result(False, 0.0, KIND_WHAT, question=norm)
        group, p, s = told
        return self._fact_result("name", texts.PERSON_ROLE_IS.format(name=name, role=group), (p, s), norm)

    def _answer_full_name(self, norm: str) -> Result | None:
        """市政协的全称是什么: the full name a document declares for the short one (X（以下简称Y）)."""
        short = asked_full_name(norm)
        if short is None:
            return None
        if self.__dict__.get("_declared") is None:
            self._declared = learn_declared_names(self._sentences())
        found = [d for d in self._declared if d.short == short]
        if not found:
            return None
        first = found[0]
        return self._fact_result(KIND_NAME, first.full, (first.passage, first.sentence), norm)

    def _leads_section(self, p: int) -> bool:
        index = self.index
        return p == 0 or index.section_norm[p - 1] != index.section_norm[p] or index.passage_doc[p - 1] != index.passage_doc[p]

    def _answer_author(self, q: QuestionAnalysis, norm: str) -> Result:
        """Who wrote (or photographed) the document: its bylines."""
        if ASKS_REPORTER.search(norm):
            return self._answer_reporter(q, norm)
        doc = None
        if q.terms:
            tokens = [t for term in q.terms for t in self.segmenter.tokens(term.text)]
            # The document whose title holds most of the question's words, else the best passage's.
            # A committee's place named in the question counts most (石川的提案工作情况报告).
            in_title = {d: sum(len(t) for t in set(tokens) if len(t) >= 2 and t in self.index.title_norm[first])
                        + 100 * sum(place in norm for place in self.index.frames[d].places)
                        for d, first in self._first_passages().items()}
            if in_title and max(in_title.values()) > 0:
                doc = max(in_title, key=lambda d: in_title[d])
            else:
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
        wants_photo = bool(re.search(r"拍|摄影|照片|图片", norm))
        if not found:
            # No byline: who wrote a report is who delivered it; a feature's writer is under its title (mastheads.py);
            # a speech (谁作的主旨发言), a proposal's or an entry's writer (谁执笔的, 有哪些作者) is told in the text.
            delivered = bool(_DELIVERED_PIECE.search(norm))
            if delivered or not points_at_article(norm):
                return self._answer_reporter(q, norm) if delivered else Result(False, 0.0, KIND_WHO, question=norm)
            return self._answer_published(q, norm, ("person", PHOTO_LABELS if wants_photo else WRITER_LABELS))
        parts = []
        for _, _, bylines in found:
            for label, name in bylines:
                if wants_photo and label != "图":
                    continue
                parts.append(texts.BYLINE_PHOTO.format(name=name) if label == "图" else texts.BYLINE_TEXT.format(name=name))
        if not parts:
            return Result(False, 0.0, KIND_WHO, question=norm)
        p, s, _ = found[-1] if wants_photo else found[-1]
        result = Result(True, 0.9, KIND_WHO, "；".join(parts), p, s, question=norm)
        result.answered = result.confidence >= self.settings.threshold
        return result

    def _answer_from_title_date(self, q: QuestionAnalysis, norm: str) -> Result | None:
        """When the meeting a report was delivered at is asked (第三次会议是哪天): the date
        its title gives, if the title holds nearly all the question's words."""
        places = question_places(norm, self.index.home_places, self.index.corpus_text)
        for doc, p in self._first_passages().items():
            title = self.index.title_norm[p]
            dated = _TITLE_DATE.search(title)
            if dated is None:
                continue
            asked = meeting_ordinals(norm)
            if asked and not asked & meeting_ordinals(title[dated.end():]):
                continue  # 10届3次会议 asked: the dateline's date is of the session it names (在…第2次会议上)
            if places and not places & set(self.index.frames[doc].places):
                continue  # another committee's session
            if self._of_another_year(q, title, doc):
                continue  # 2021年的工作总结 asked of the report on 2022: another year's report, not this one's dateline
            if _STANDING_MEETING.search(norm) and not _STANDING_MEETING.search(title[dated.end():]):
                continue  # 常委会第2次会议 asked: a standing committee's meeting, not the plenary session of the dateline
            held = sum(t.weight for t in q.terms if any(e in title for e in (t.text, *t.equivalents)))
            # A session named by its ordinals (8届2次会议) is the dateline's meeting, however the rest is worded.
            if asked or (held >= 0.85 * (q.total_weight or 1.0) and len(q.terms) >= 2):
                result = Result(True, 0.9, KIND_WHEN, dated.group(0), p, 0, question=norm)
                result.answered = result.confidence >= self.settings.threshold
                return result
        return None

    def _first_passages(self) -> dict[int, int]:
        """Each report's first passage, by report, in the shelf's order (doc_passages.py)."""
        index = self.index
        return {doc: passages[0] for doc in range(len(index.documents)) if (passages := doc_passages(index, doc))}

    def _answer_reporter(self, q: QuestionAnalysis, norm: str) -> Result:
        """Who delivered a report: the post and name under its title, learned at kb add (heads.py)."""
        docs = self._documents_asked(q, norm, "reporter")
        if not docs:
            return Result(False, 0.0, KIND_WHO, question=norm)
        return self._head_result(KIND_WHO, docs, lambda head: texts.PERSON_WITH_ROLE.format(name=head.reporter, role=head.post), norm)

    def _answer_delivery(self, q: QuestionAnalysis, norm: str) -> Result | None:
        """When, or at which meeting, a report was delivered (这份常委会工作报告是哪天在大会上作的):
        the dateline under its title, learned at kb add; None when the question is not about that."""
        published = (notice_fact(self, q, norm) or minutes_fact(self, norm)  # 文号, 落款; 会议地点, 共62人 (minutes_header.py)
                     or self._answer_published(q, norm))  # (notice_facts.py)
        if published is not None or not _ASKS_DELIVERY.search(norm):
            return published
        if q.kind == KIND_WHEN:
            needs, kind = "delivered", KIND_WHEN
        elif (_ASKS_MEETING.search(norm) and q.kind in (KIND_WHAT, KIND_WHERE)) or _ASKS_SESSION.search(norm):
            needs, kind = "meeting", KIND_WHERE
        elif q.kind == KIND_WHERE and _POINTS_AT_MEETING.match(norm) and self._documents_asked(q, norm, "meeting"):
            return Result(False, 0.0, KIND_WHERE, question=norm)  # 这次会议在哪开的: the dateline names no place
        else:
            return None
        docs = self._documents_asked(q, norm, needs)
        if not docs:
            return None
        # Shown with the dateline that tells it (（…日在…会议上）), not the reporter's line under it.
        return self._head_result(kind, docs, lambda head: getattr(head, needs), norm, dated=True)

    def _answer_published(self, q: QuestionAnalysis, norm: str, asked=None) -> Result | None:
        """Where, when or by whom an article was published (登在哪份报纸上, 哪天见报, 通讯员是谁): its
        masthead (mastheads.py), of the report the question names, else the newest telling it; None when
        not asked so, declined when no report tells it."""
        asked = asked or asked_of_masthead(norm, q.kind)
        if asked is None:
            return None
        index, places = self.index, question_places(norm, self.index.home_places, self.index.corpus_text)
        told = []
        for doc, p in self._first_passages().items():
            fact = title_fact(index.documents[doc].title, asked[1][0]) if asked[0] == "title" \
                else masthead_fact(read_masthead(self._masthead_lines(doc, p)), asked)
            if fact and (not places or places & set(index.frames[doc].places)):
                in_title = sum(len(t.text) for t in q.terms if len(t.text) >= 2 and t.text in index.title_norm[p])
                told.append((in_title, index.frames[doc].frame_year or 0, fact, p))
        if not told:
            # Where pieces it tells of were printed (稿件刊发在哪些媒体), not the document: its text may tell.
            return None if asked[0] == "paper" and not points_at_document(norm) else Result(False, 0.0, q.kind, question=norm)
        _, _, fact, p = max(told)
        # Who wrote it is shown on the byline line itself, the paper and the day on the masthead line.
        shown = [line for line, byline in self._head_line_passages(self.index.passage_doc[p], p) if byline == (asked[0] == "person")]
        p = shown[0] if shown else p
        return self._fact_result(KIND_WHEN if asked[0] == "day" else KIND_NAME if asked[0] == "paper" else KIND_WHO,
                                 fact, (p, 0), norm)

    def _masthead_lines(self, doc: int, first: int) -> list[str]:
        """The lines of a document that may be its masthead and byline: its title, the headings of its
        first passages, the first sentences of the first one, and those first passages that are a
        masthead or byline line alone (本报记者 某某 通讯员 某某 is a line of the head, never a heading:
        documents.py)."""
        index = self.index
        lines = [index.title_norm[first]]
        for p in range(first, min(first + MASTHEAD_PASSAGES, len(index.passage_doc))):
            if index.passage_doc[p] == doc and index.section_norm[p] not in lines:
                lines.append(index.section_norm[p])
        lines += index.sentence_norm[first][:MASTHEAD_LINES]
        return lines + [index.sentence_norm[p][0] for p, _ in self._head_line_passages(doc, first)]

    def _head_line_passages(self, doc: int, first: int) -> list[tuple[int, bool]]:
        """Those of a document's first passages that are one masthead or byline line alone, each
        with whether it is the byline."""
        index, found = self.index, []
        for p in range(first, min(first + MASTHEAD_PASSAGES, len(index.passage_doc))):
            if index.passage_doc[p] != doc or len(index.sentence_norm[p]) != 1:
                continue
            line = index.sentence_norm[p][0]
            byline = is_byline_line(line)
            if byline or is_masthead_line(line):
                found.append((p, byline))
        return found

    def _fact_result(self, kind: str, fact: str, line: tuple[int, int], norm: str) -> Result:
        """A fact learned from one sentence (a post's holder, a declared full name), told as the answer."""
        result = Result(True, 0.9, kind, fact, line[0], line[1], question=norm)
        result.answered = result.confidence >= self.settings.threshold
        return result

    def _head_result(self, kind: str, docs: list[int], fact_of, norm: str, dated: bool = False) -> Result:
        """The head fact of the newest report asked; naming none of several, each other report's
        fact is told beside it (鹭原政协的报告：2024年1月9日；…), as differing figures are."""
        first = None
        results: list[Result] = []
        for doc in docs[:REPORTS_LISTED]:
            head = self.index.heads[doc]
            fact = fact_of(head)
            line = (head.dated_line or head.line) if dated else head.line
            if line is None:
                first = first or self._first_passages()
            p, s = line if line is not None else (first[doc], 0)
            result = Result(True, 0.9, kind, fact, p, s, question=norm)
            result.answered = result.confidence >= self.settings.threshold
            if results:
                results[-1].also = result
            results.append(result)
        return results[0]

    def _documents_asked(self, q: QuestionAnalysis, norm: str, needs: str) -> list[int]:
        """The reports a question about a report itself is about, among those whose head tells
        ``needs``: the one whose committee's place it names, else those whose title holds every
        word naming the report (协商工作报告 → …协商工作情况…的报告), the newest first.  None of them
        when it names a person who did not deliver one (唐卫国作的报告): that is told in the text."""
        index = self.index
        places = question_places(norm, index.home_places, index.corpus_text)
        sent_to = addressee_asked(norm)  # 报给市政府: whom it was sent to, no word of its name
        named = [t for t in q.terms if not _NOT_THE_REPORTS_NAME.match(t.text) and not (sent_to and t.text in sent_to)
                 and not (t.text == "报告" and _REPORT_AS_ACT.search(norm))]
        candidates = []
        for doc, head in enumerate(index.heads):
            if getattr(head, needs) is None:
                continue
            if places and not places & set(index.frames[doc].places):
                continue
            if any(name != head.reporter for name in q.names):
                continue
            if self._of_another_year(q, self._titles[doc], doc):
                continue  # 2021年的工作总结 asked of the report on 2022: another year's report
            title = self._titles[doc] + head.opening  # 我代表…召集人小组，向会议报告…: names the report too
            if needs == "delivered" and head.reporter:
                title += head.reporter + (head.post or "")  # 钟主席的讲话是哪天: the one under the title names it too
            if all(self._in_title(term, title) for term in named if term.text not in q.names):
                candidates.append(doc)
        return sorted(candidates, key=lambda d: (index.frames[d].frame_year or 0, d), reverse=True)

    @staticmethod
    def _in_title(term: Term, title: str) -> bool:
        """Whether a title holds a word of the question, or a synonym, or all its pieces."""
        if any(e in title for e in term.equivalents) or (bool(term.parts) and all(p in title for p in term.parts)):
            return True
        # A committee by its short form (人资环委 of 人口资源环境委员会): its characters in the title's order.
        return len(term.text) >= 3 and term.text.endswith("委") and in_order(term.text, title)
