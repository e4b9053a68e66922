"""Each report read on its own, beside the shared index.

With several reports loaded, the shared index weighs a question's words over all of them: a word
every paragraph of one report uses (提案 in a report on proposals) counts as rare because the other
reports use it less, and that report's own answer (经济方面72件, under a heading on proposals) loses to
other reports' sentences sharing more of the question's words.  Read alone, as its members read it,
the same report answers at once.  So, up to ``SHELF_UP_TO`` reports, each also gets an index of
its own, built (and cached) when the knowledge base is, and a question naming no committee is asked
of each (past ``EACH_ALONE_UP_TO``, of those the shared index ranks highest for it: own_answerers.py).  Where the shared index answers, every report that answers the question on its own is told
beside it in the first line (the question is one several reports answer; each is told with its
committee and year, the surest first).  Where the shared index declines, only a report answering
alone with full confidence answers: a report's answer to a question about another committee is
rarely sure, and a wrong answer told with confidence is the failure members forgive least.

Plain values in and out: the answers come back as the shared index's ``Result`` values.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from itertools import accumulate
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from .answer import AnswerSettings
from .asked_level import asked_level
from .newest_told import tells_as_much
from .documents import SourceDocument
from .field_lines import item_body
from .first_person import writer_of
from .frames import question_places
from .index import PassageIndex
from .own_answerers import EACH_ALONE_UP_TO, OwnAnswerers, ranked_reports
from .persons_measured import counts_persons_asked
from .shelf_marks import asked_marks, lacks_marks
from .shelf_named import asks_named, may_name_asked, names_asked, persons_asked
from .speech_section import section_speaker
from .values import Result

__all__ = ["EachAlone", "EACH_ALONE_UP_TO", "SHELF_UP_TO", "read_where_declined"]

# Beyond so many reports, the shared index alone answers: a question asked of each report costs time and each report's
# own index is kept on disk (a committee adds one report a year; a shelf of a thousand is a search engine's work, not
# a member's).  Up to EACH_ALONE_UP_TO (own_answerers.py) every report is read on its own; past it, the reports the
# shared index ranks highest for the question (at EACH_ALONE_UP_TO = 60 a final check's shelf of sixty-one lost a
# third of one report's answers at once: every report's own reading was dropped one report past the cap).
SHELF_UP_TO = 300
# A report read alone is told beside the shared answer only when it is this sure (1.0: every word of
# the question in its sentence, the fact of the kind asked, nothing doubted).
_SURE = 0.99
# What one slip mended in the question costs a reading's confidence (answer.py: 0.97 per correction).
_SLIP = 0.97


class EachAlone:
    """Every report's own answerer, and where its passages stand in the shared index."""

    def __init__(self, documents: Sequence[SourceDocument], index: PassageIndex, cache_dir: Path,
                 settings: AnswerSettings) -> None:
        self.index = index
        folders = [Path(cache_dir) / "each" / hashlib.sha256(d.name.encode("utf-8")).hexdigest()[:16] for d in documents]
        for stale in set((Path(cache_dir) / "each").glob("*")) - set(folders):
            shutil.rmtree(stale, ignore_errors=True)  # a report removed (kb remove): its own index goes with it
        # Up to the cap every report's own index stays open; past it, those of the reports most recently asked.
        self.answerers = OwnAnswerers(documents, folders, settings, keep=len(documents) if len(documents) <= EACH_ALONE_UP_TO
                                      else EACH_ALONE_UP_TO + 8)
        # Where each report's passages start in the shared index (its passages are split per document, in order).
        counts = [0] * len(documents)
        for doc in index.passage_doc:
            counts[doc] += 1
        self.offsets = [0, *accumulate(counts)][:len(documents)]
        self._text_bounds: list[int] | None = None  # (_writes)
        # Passages are split per document, the same way in both: a mismatch means an index from another set of
        # documents; answer from the shared one only.  (Checked on every report below the cap, as each is opened anyway;
        # past it, on the first and the last, so as not to open them all.)
        checked = range(len(documents)) if len(documents) <= EACH_ALONE_UP_TO else {0, len(documents) - 1}
        if any(self.answerers.passages(doc) != counts[doc] for doc in checked):
            self.answerers, self.offsets = [], []

    @staticmethod
    def applies(documents: Sequence[SourceDocument]) -> bool:
        return 1 < len(documents) <= SHELF_UP_TO

    def warm_up(self) -> None:
        for answerer in self.answerers:
            answerer.warm_up()

    def add_to(self, result: Result, norm: str) -> Result:
        """``result`` (the shared index's answer to the normalised question ``norm``), each report in it
        replaced by its own reading where that is sure of another fact, and each other report's own answer
        told after it, the surest first; when the shared index declined, the first sure one answers.
        A question naming a committee is left as it is, unless declined (see ``_place_as_word``)."""
        if not self.answerers:
            return result
        places = question_places(norm, self.index.home_places, getattr(self.index, "corpus_text", ""))
        if places:
            own = self._named_own(norm, places)
            if own is not None:
                return own
            return self._named_report_reads(result, norm, places) if result.answered else \
                self._place_as_word(result, norm, places)
        # A month, town or person asked of (4月那次常委会议): a report whose passage names none is about another.
        # Asked with the slips mended (卢荡镇 read as the report's 芦荡镇).
        mended = self.index.correct(norm)[0]
        persons = persons_asked(mended, self.index.segmenter.words(mended), self._known_names(), self.index.contains,
                                self.index.in_vocabulary, getattr(self.index.segmenter, "word_frequency", None))
        # A question naming its committee by level alone (县政协委员一共多少名) is one for the reports of that level:
        # another level's report is not told, and each of that level answering alone is, as its members read it.
        level = asked_level(norm, set())
        ours = self._of_level(level)
        # Only the reports that can pass both tests are asked at all (asking one costs a whole answer there).
        asked = [doc for doc in self._ranked(mended) if self._may_tell(doc, mended, persons, ours, level)]
        # A session, an amount given or a named place the question gives, some report writes: a report never writing
        # it is about another committee's session, batch or place (shelf_marks.py), its answer not told.
        marks = asked_marks(mended, self.index.contains, getattr(self.index.segmenter, "word_frequency", None))
        lacking = {doc for doc in asked if self._lacks(marks, doc)}
        # The reports writing the marks are read first, in order: theirs are the only answers told.
        own = self._told_alone(norm, [doc for doc in asked if doc not in lacking], mended, persons, ours, level)
        # Whether no report answers read alone (see below): a report answering alone of another session, batch or place
        # left out still tells the question is one reports answer alone.  Only whether one does counts, so a report
        # lacking the marks is read only while none has answered, and the first answering ends the reading: the same
        # outcome as reading them all, without a whole answer read in each report.
        unread = not own and not any(self._told_alone(norm, [doc], mended, persons, ours, level)
                                     for doc in asked if doc in lacking)
        # Persons counted (有多少委员), a report's amount of another measure (8场, 15万字, 420人次 trained) is another
        # thing's count, the nearest its report has (persons_measured.py): not told, however its words stand.
        own = {doc: answer for doc, answer in own.items() if counts_persons_asked(mended, answer.fact)}
        # Where some report is sure on its own, a report the shared index read an answer in but which,
        # read alone, answers nothing is not told (青岛's 调研报告近10篇 for 经济方面的提案有多少件).
        # A slip the whole shelf mends in the question (督半 for 督办) costs every reading alike: a report is as sure as
        # the slips allow.  Not one a report's own words alone would mend (钱思远 read as its 钱志远): a name it lacks.
        slips = self._slips(norm)
        sure = {doc: _SURE * _SLIP ** slips for doc in own}
        confirmed = any(answer.confidence >= sure[doc] for doc, answer in own.items())
        # Where no report answers read alone, the shared index's reading stands only when sure: it weighed the
        # question's words over the whole shelf (a word rare on it counts much) and may read an answer no report's
        # members would read in their own report (5次 for 云岭高山茶一年的产值, from a sentence that only names the tea).
        # (``unread`` is taken above, before the reports of another session, batch or place are left out.)
        told: list[Result] = []
        measure: list[Result] = []
        for link in result.chain() if result.answered else ():
            doc = self.index.passage_doc[link.passage]
            if ours is not None and not self._of_asked(link, doc, ours, level) or not self._names_asked(mended, link, persons):
                continue
            if self._lacks(marks, doc) or not counts_persons_asked(mended, link.fact):
                continue
            mine = own.get(doc)
            if mine is None and (confirmed or unread and link.confidence < _SURE * _SLIP ** slips):
                continue
            # A report sure on its own (经济方面72件, not the 20条 of a sentence naming 经济 and 提案 more often),
            # or as sure of its own reading as the shared index was of its reading there (组织视察9次 that year,
            # not the 累计17次 the shared index doubted; a heading read with the sentence after it that holds
            # the days asked), is told as it reads alone.
            other = mine is not None and mine.fact != link.fact
            told.append(mine if mine is not None and mine.confidence >= min(sure[doc], link.confidence) else link)
            # What the others must read as well as: the first told, read as the shared index read it unless
            # sure alone (its own reading, only as sure as the shared one, may stand farther from the words).
            # Where it reads the same fact alone, its own reading measures: the others are read alone too, and the
            # shared index's closeness (its words weighed over the shelf) is no measure for theirs.
            measure.append(mine if mine is not None and (not other or mine.confidence >= sure[doc]) else link)
        shown = {self.index.passage_doc[link.passage] for link in told}
        if not measure and confirmed:
            # Every report the shared index read was left out: the surest report alone is the first told, and the
            # others are measured by it (9届4次会议于…召开 read as near as 桂岚's sure …9届4次会议在…召开).
            measure.append(min((a for d, a in own.items() if a.confidence >= sure[d]), key=self._surest_first))
        # Asked by level, a question two or more reports of the level answer alone with a fact (an amount, a person,
        # a date) is one their committees share (委员一共多少名): each of them is told as its members read it, though
        # the shared index declined.  One alone is no such question: it may be of that report's own particulars
        # (新一届县政协主席) asked of another; nor are sentences told whole, read near the words at best.
        facts = [doc for doc, answer in own.items() if doc in ours and answer.fact] if ours is not None else []
        shared = len(facts) >= 2
        more: list[Result] = []
        for doc, answer in own.items():
            # Where the shared index answered, every report answering alone is told beside it (the question
            # is one several reports answer, each told with its committee and year) if it reads as well: an
            # amount of the thing counted, the question's words about as near it (not 停车泊位380个 at the far
            # end of a sentence about the 议事室 asked), or if it is sure alone (计划改造32个，实际完成35个 reads less
            # near than 完成老旧小区改造42个, and answers all the same); where it declined, only a sure one answers.
            # The same sentence in two reports is told once, and a whole sentence is not told beside a fact; the same
            # figure in two reports' own sentences is each committee's own (集中学习12次 in two reports: each report's
            # members read theirs).
            if doc in shown or any(self._told_already(answer, link) for link in told + more):
                continue
            if answer.confidence >= sure[doc] or (measure and tells_as_much(answer, measure[0])) or doc in facts and shared \
                    or read_where_declined(result, answer):
                more.append(answer)
        # The surest first (a report answering with every word of the question), equally sure ones newest first.
        more.sort(key=self._surest_first)
        # Each link told is an answer: the shared index marks the other reports it chains as not answered
        # (only its head answers), and its head may have been dropped above (its report answers nothing alone).
        # Every report answering is told, with no cap: read alone, each is one of the few reports the members
        # loaded (at most EACH_ALONE_UP_TO), and a cap drops some report's own answer to a question every report
        # answers (立案多少件 asked of sixteen reports: the ninth told, the asker's own left out).
        chain = [link if link.answered else replace(link, answered=True) for link in told + more]
        if not chain:
            # Every report the shared index read was left out (none answers alone, or none is of the level asked).
            return replace(result, answered=False, also=None) if result.answered else result
        return _linked(chain)

    def _told_alone(self, norm: str, docs: Sequence[int], mended: str, persons: Sequence[str], ours: set[int] | None,
                    level: str | None) -> dict[int, Result]:
        """Each of ``docs`` answering ``norm`` read alone (in their order) with a passage naming what the question asks
        of and, a level asked, of that level (``_names_asked``, ``_of_asked``)."""
        own = {doc: answer for doc, answer in self._own_answers(norm, docs) if self._names_asked(mended, answer, persons)}
        if ours is not None:
            own = {doc: answer for doc, answer in own.items() if self._of_asked(answer, doc, ours, level)}
        return own

    def _named_own(self, norm: str, places: set[str]) -> Result | None:
        """A question naming a committee (海川政协一年下来视察调研跑了多少趟) is its members' question of their own report:
        where that report, read alone as they read it, answers, its own reading is the answer (the surest first, equally
        sure ones newest first), whatever the shared index read, which weighs the question's words over the whole shelf
        (a word every paragraph of that report uses counts as rare there).  None where no report named answers alone."""
        named = [doc for doc, frame in enumerate(self.index.frames) if places & set(frame.places)]
        found = [answer for _, answer in self._own_answers(norm, named)]
        if not found:
            return None
        found.sort(key=self._surest_first)
        return _linked([replace(answer, answered=True) for answer in found])

    def _surest_first(self, answer: Result) -> tuple[float, int]:
        """Sort key: the surest answer first (every word of the question in its sentence), equally sure ones newest first."""
        return -round(answer.confidence, 2), -(self.index.frames[self.index.passage_doc[answer.passage]].year or 0)

    def _named_report_reads(self, result: Result, norm: str, places: set[str]) -> Result:
        """A question naming a committee (岩溪区区长叫什么名字) is its members' question of their own report: where that
        report, read alone as they read it, answers nothing, the shared index's reading of it (分管副区长李建平, read
        with words other reports make rare) is not told.  The other reports the shared index told are left as they are."""
        named = {doc for doc, frame in enumerate(self.index.frames) if places & set(frame.places)}
        silent = {doc for doc in named if self.answerers and not self._answers_alone(doc, norm)}
        if not silent:
            return result
        kept = [link for link in result.chain() if self.index.passage_doc[link.passage] not in silent]
        if not kept:
            return replace(result, answered=False, also=None)
        return _linked([replace(kept[0], answered=True)] + kept[1:])  # as the shared index chains them, its head answering

    def _answers_alone(self, doc: int, norm: str) -> bool:
        """Whether report ``doc`` read alone answers the normalised question."""
        answer = self.answerers[doc].single_result(norm)
        return answer is None or answer.answered

    def _place_as_word(self, result: Result, norm: str, places: set[str]) -> Result:
        """A committee's home place is a word of general Chinese too (滨江, 青山): declined by the reports of the places
        named, a question is answered by another report sure alone of a sentence writing each place as its own word
        (滨江绿道 in another city's report), not as a committee or a city (滨江市, 滨江政协).  A place no report of the
        shelf is the home of (the city above a county's committee, a district below a city's) is asked of as the reports
        write it: a report sure alone of a sentence naming it, as a body or not (被某市政协采用7条), answers."""
        homes = {place for frame in self.index.frames for place in frame.places}
        # Only a report that is not of a place named and writes every place somewhere can answer (each of its sentences
        # is a piece of its text): the others are not read alone at all, which leaves the same first answer.
        may = [doc for doc in self._ranked(norm) if not places & set(self.index.frames[doc].places)
               and all(self._writes(doc, place) for place in places)]
        for doc, answer in sorted(self._own_answers(norm, may), key=lambda found: -found[1].confidence):
            sentence = self.index.sentence_norm[answer.passage][answer.sentence]
            if answer.confidence >= _SURE * _SLIP ** self._slips(norm) and \
                    not places & set(self.index.frames[doc].places) and \
                    all(re.search(re.escape(place) + ("(?![市区县州省]|政协)" if place in homes else ""), sentence)
                        for place in places):
                return replace(answer, answered=True)
        return result

    def _names_asked(self, norm: str, answer: Result, persons: Sequence[str] = ()) -> bool:
        """Whether the passage of ``answer`` names the months, towns and persons ``norm`` asks of (shelf_named.py); the
        writer of a report written of oneself is of every passage of it (first_person.py), and the speaker of a speech's
        section of each paragraph under its heading (speech_section.py), and a plan item's heading of what its field
        lines below tell (field_lines.py: 时间:6月 under 5.推动某某工作)."""
        if not asks_named(norm, persons):
            return True
        passage = answer.passage
        speaker = section_speaker(self.index.section_norm[passage], self.index.passage_norm[passage],
                                  getattr(self.index.segmenter, "word_frequency", None))
        told = "".join(self.index.sentence_norm[passage]) + item_body(self.index, passage)
        return names_asked(norm, writer_of(self.index, passage) + speaker + told, persons)

    def _told_already(self, answer: Result, link: Result) -> bool:
        """Whether another report's ``answer`` tells nothing beside ``link``, told already: the same sentence, or a
        whole sentence where ``link`` tells a fact.  Another fact, or the same fact of another sentence, is told."""
        if answer.fact and answer.fact != link.fact:
            return False
        if link.fact and not answer.fact:
            return True
        return self.index.sentence_norm[answer.passage][answer.sentence] == self.index.sentence_norm[link.passage][link.sentence]

    def _known_names(self) -> frozenset[str]:
        """The person names the shelf's reports write in their text (not only known to the dictionary)."""
        if self.__dict__.get("_names") is None:
            self._names = frozenset(name for name in self.index.names if self.index.contains(name))
        return self._names

    def _lacks(self, marks: Sequence[str], doc: int) -> bool:
        """Whether report ``doc`` never writes one of the ``marks`` (read in its own index's whole text)."""
        return bool(marks) and lacks_marks(marks, self._report_text(doc))

    def _slips(self, norm: str) -> int:
        """How many slips the shared index mends in a question."""
        return self.index.correct(norm)[1]

    def _of_level(self, level: str | None) -> set[int] | None:
        """The reports of committees of ``level`` (县, 区, 市), when some but not all are: None otherwise."""
        ours = {doc for doc, frame in enumerate(self.index.frames) if level and frame.level == level}
        return ours if ours and len(ours) < len(self.index.frames) else None

    def _of_asked(self, answer: Result, doc: int, ours: set[int], level: str | None) -> bool:
        """Whether an answer may be told to a question asking a level's committee: it is a report of that level,
        or its sentence names that level's committee (市政协调研组 in a county's report)."""
        return doc in ours or f"{level}政协" in self.index.sentence_norm[answer.passage][answer.sentence]

    def _may_tell(self, doc: int, mended: str, persons: Sequence[str], ours: set[int] | None, level: str | None) -> bool:
        """Whether some passage of report ``doc`` can pass ``_names_asked`` and, a level asked, ``_of_asked``: its whole
        text names what the question asks of (shelf_named.may_name_asked) and is of that level or names its committee.
        A report failing either would be asked only for its answer to be left out."""
        if asks_named(mended, persons) and not may_name_asked(mended, self._report_text(doc), persons):
            return False
        return ours is None or doc in ours or f"{level}政协" in self._report_text(doc)

    def _report_text(self, doc: int) -> str:
        """Report ``doc``'s whole normalised text, its passages' sentences joined, a passage a line (its own index's)."""
        return self.answerers[doc].index.corpus_text

    def _writes(self, doc: int, word: str) -> bool:
        """Whether report ``doc``'s passages in the shared index write ``word`` (every sentence its answers are read in
        is a piece of them): looked up in the shared index's text between the report's bounds, nothing joined."""
        if self._text_bounds is None:  # where each report's passages start in corpus_text (a passage a line)
            starts = [0, *accumulate(len(passage) + 1 for passage in self.index.passage_norm)]
            self._text_bounds = [starts[offset] for offset in self.offsets] + [len(self.index.corpus_text) + 1]
        return self.index.corpus_text.find(word, self._text_bounds[doc], self._text_bounds[doc + 1] - 1) >= 0

    def _ranked(self, norm: str) -> Sequence[int]:
        """The reports the normalised question is asked of: every report up to the cap, past it the reports the shared
        index ranks highest for the question's words (own_answerers.py)."""
        if len(self.answerers) <= EACH_ALONE_UP_TO:
            return range(len(self.answerers))
        return ranked_reports(self.index, norm, EACH_ALONE_UP_TO)

    def _own_answers(self, norm: str, docs: Sequence[int] | None = None) -> list[tuple[int, Result]]:
        """(document, its answer in the shared index's passages) for each report (of ``docs``, or all) answering alone."""
        found = []
        for doc in range(len(self.answerers)) if docs is None else docs:
            answer = self.answerers[doc].single_result(norm)
            if answer is not None and answer.answered and answer.passage is not None:
                found.append((doc, self._shared(answer, self.offsets[doc])))
        return found

    @staticmethod
    def _shared(own: Result, offset: int) -> Result:
        """A report's own result moved to the shared index's passage numbers."""
        extra_sentence = own.extra_sentence
        if isinstance(extra_sentence, tuple):
            extra_sentence = (extra_sentence[0] + offset, extra_sentence[1])
        extra = (own.extra[0] + offset, own.extra[1]) if own.extra is not None else None
        return replace(own, passage=own.passage + offset, extra_sentence=extra_sentence, extra=extra, also=None)


def read_where_declined(result: Result, answer: Result) -> bool:
    """Whether the shared index declined a question (``result``) in the very sentence a report answers it from read
    alone (``answer``): the two agree where the answer stands, and only the shelf's weighing of the question's words
    (a word rare on the shelf counts much: 致公党 beside another city's report) left the shared reading short.  The
    report's own reading, as its members read it, answers, though not sure."""
    return not result.answered and result.passage is not None and \
        (result.passage, result.sentence) == (answer.passage, answer.sentence)


def _linked(chain: list[Result]) -> Result:
    """The first of ``chain``, each result told with the next one after it (``also``)."""
    for first, second in zip(chain, chain[1:] + [None]):
        first.also = second
    return chain[0]
