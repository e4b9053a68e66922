"""Who holds a body's post, as the documents declare it once (鹭原市委书记叫什么, 提案委员会陆主任全名叫什么):
the one they name with that very post of that very body, learned on the first such question (posts.py).
A body is matched by its name or a short one, within its level (县政协, 市政协), its committee's own
report telling its posts bare (秘书长林志远); a holder the report says left is not the one now; naming no
committee, each report's holder is told, the newest first.

A mixin of ``HeadAnswers`` (heads_answers.py), whose ``_sentences``, ``_fact_result``, ``_posts`` and
``_declared`` it reads, over ``Answerer``'s index and segmenter.
"""

from __future__ import annotations

import re

from bot import texts
from .frames import question_places
from .gazetteer import without_places
from .left_posts import ASKS_NOW, has_left, may_tell_leaving
from .named_things import named_localities
from .own_body_named import is_own_body
from .patterns import pattern
from .post_words import ASKED_THEN, FORMER, THEN_HELD, level_of, same_level
from .posts import asked_post, body_of, learn_declared_names, learn_posts, sector_level, sector_without_level
from .question import KIND_WHO, QuestionAnalysis
from .values import Result
from .vocabulary import in_order
from .doc_passages import doc_passages

__all__ = ["PostHolders", "REPORTS_LISTED"]

# The body of the post before a bare unit in a compound role (县政协副秘书长、办公室主任 → 县政协).
_SEAT_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12}?)副?(?:秘书长|主席|主任|书记|部长|局长)$")
_LEVELS = ("市", "县", "区", "省", "州")  # a place's own government (柘川县县长): the place is stripped
_GENERIC_BODIES = ("委员会", "委", "界别", "界", "组", "小组", "局", "办", "会", "部", "政协")
# Posts of a committee itself: written bare in its report (秘书长林志远), they are its own.
_OWN_POSTS = ("主席", "副主席", "秘书长", "副秘书长")
# A 政协 written before one of its committees (区政协社法委, 市政协提案委员会): the committee is the body.
_WITHIN_CPPCC = re.compile(r"^[市县区省州]?政协(?=[\u4e00-\u9fff]{1,12}委(?:员会)?$)")  # not 政协办公室: 政府 has one
# A level's own body (市委, 县政府): the youth league or a party written before it (团市委, 民盟县委) names another body.
_LEVEL_BODY = re.compile(r"^[省市县区州](?:委|政府|人大|政协)")
_OTHER_BODY_BEFORE = re.compile(r"(?:团|民革|民盟|民建|民进|农工党?|致公党?|九三学社|台盟)$")
# A question asking every holder (副主席都有谁, 有哪几位): a roster answers with all of them.
_ASKS_ALL = re.compile(r"都|哪些|哪几|分别|有谁")
# A term the question names before its body (9届市政协副主席, as normalised).
_TERM_ASKED = re.compile(r"^(?:请问)?第?(\d+)届")
# Naming none of many reports, the newest few are told (a first line, not a catalogue).
REPORTS_LISTED = 5

# A committee's formal name (政协某市委员会, 中国人民政治协商会议某县委员会) names its short one's body (市政协).
_FORMAL_COMMITTEE = re.compile(
    r"^(?:中国人民政治协商会议|政协)(?:第?[\d一二三四五六七八九十]+届)?[\u4e00-\u9fff]*?([省市县区州])委员会$")


class PostHolders:
    """Who holds a body's post (a mixin of ``HeadAnswers``)."""

    def _answer_post_holder(self, q: QuestionAnalysis, norm: str) -> Result | None:
        """Who holds a body's post (鹭原市委书记叫什么, 提案委员会陆主任全名叫什么): the one the documents
        name with that very post of that very body.  Declined when no clause of theirs names that body
        and that post together (市交通运输局局长 asked, only 市民政局局长 told; 民建…市委会主委); None (the
        general answer) when the question asks otherwise or the documents tell it in another shape."""
        asked = asked_post(norm, self.index.home_places)
        if asked is None or FORMER.search(norm) or ASKED_THEN.search(norm) or q.years or q.year_offsets:
            return None  # a holder before, or at a time asked: the general answer reads the sentences of that time
        if self.__dict__.get("_posts") is None:
            self._posts = learn_posts(self._sentences(), self.segmenter.word_frequency)
        index = self.index
        places = question_places(norm, index.home_places, index.corpus_text)
        bare = self._without_places(asked.body)
        body, sector_at = sector_without_level(bare), sector_level(bare)  # 鹭原市界别 → 界别, of a 市政协
        holders = []
        term = _TERM_ASKED.match(norm)
        locality = [m.group(0) for m in named_localities(asked.body)]
        for held in self._posts:
            if locality and not self._held_there(held, locality):
                continue  # 甲村党支部书记 asked, 乙村发展…,村党支部书记某某… told: another village's (named_things.LOCALITY)
            if term and not re.search(rf"(?<!\d){term.group(1)}届(?!\d+次)", index.passage_norm[held.passage]):
                continue  # 9届市政协副主席 asked: a holder told where that term is named (第9届委员会领导成员)
            told = body_of(held.role, asked.post)
            if told is None or (asked.surname and not held.name.startswith(asked.surname)) or THEN_HELD.match(held.role):
                continue  # 原主任魏某 held it before: who holds it now is asked
            frame = index.frames[index.passage_doc[held.passage]]
            if sector_at and frame.level and sector_at != frame.level:
                continue  # 县界别 asked of a 市政协's report
            if places and not places & set(frame.places) and not any(
                    place in held.role or self._level_of_place(place, told, held) for place in places):
                continue  # 白河市政协主席 asked: the holder in 白河's report, or one named so
            level = held.role if level_of(held.role) else f"{frame.level}政协" if frame.level else ""
            if not same_level(f"{frame.level}{bare}" if frame.level and places & set(frame.places) else asked.body, level):
                continue  # 省政协提案委员会 asked, a 市政协 one's told; 某市政协 asked of its report: no 全国政协 one
            # 县委副书记、县长: the last post's own body; 政协某市委员会 is that 市政协.
            told = self._without_places(_FORMAL_COMMITTEE.sub(r"\1政协", told.rsplit("、", 1)[-1]))
            if told == "办公室" and (seat := _SEAT_BEFORE.search(held.role.rpartition("、")[0])):
                told = self._without_places(seat.group(1)) + told  # 县政协副秘书长、办公室主任: the 县政协's 办公室
            told = self._declared_in_full(told, held.passage)  # 专委会办公室 of a report declaring 专委会
            if (not told or told in _GENERIC_BODIES) and frame.body and self._same_body(body, frame.body) \
                    and is_own_body(body, frame.body):  # (not 某县经济界别: own_body_named.py)
                told = frame.body  # 副召集人由…陈立华担任 in the 教育界别's own report: its 副召集人
            elif told[:-3] in _GENERIC_BODIES and told.endswith("办公室") and body.endswith("办公室") and frame.body:
                told = frame.body + told[-3:]  # 委员会办公室主任由某同志担任 in the committee's own report: its 办公室
            elif not told and asked.post in _OWN_POSTS and body.endswith("政协"):
                told = body  # 在秘书长林志远的带领下 in a committee's report: the committee's own 秘书长
            if body in _GENERIC_BODIES and frame.body and frame.body.endswith(body) and told != frame.body \
                    and not self._same_body(frame.body, told):
                continue  # 界别召集人 in the 文化艺术界别's own report: its convener, not a guest 界别's
            if self._same_body(body, told) or self._earlier_post_named(body, held, asked.post):
                holders.append(held)
        if term and not holders:
            return None  # no holder told with the term asked: the general answer reads the term's words
        # (A village or town asked with no holder told there: none is told, as for any post nobody holds; the general
        # answer would read the post's words in another body's, 县委书记 for 某镇党委书记.)
        stayed = [held for held in holders if not self._has_left(held, asked.post)]
        if holders and not stayed and ASKS_NOW.search(norm):
            return Result(False, 0.0, KIND_WHO, question=norm)  # 现任秘书长 → not 吕某, who left (调离): none told
        holders = stayed or holders  # 秘书长是谁 → the successor (某同志接任), else the year's holder
        names = {held.name for held in holders}
        if len(names) == 1:
            held = holders[0]
            fact = texts.PERSON_WITH_ROLE.format(name=held.name, role=held.role)
            return self._fact_result(KIND_WHO, fact, (held.passage, held.sentence), norm)
        roster = self._roster(holders, names) if _ASKS_ALL.search(norm) else None
        if roster is not None:
            fact = texts.PERSON_WITH_ROLE.format(name="、".join(h.name for h in roster), role=roster[0].role)
            return self._fact_result(KIND_WHO, fact, (roster[0].passage, roster[0].sentence), norm)
        if names and not places:
            # Told only if the general answer, which reads every shape of the text, finds none.
            q.__dict__["_each_holder"] = self._each_documents_holder(holders, norm)
            return None
        if names or not body:
            return None
        post = asked.post if asked.post.startswith("副") else f"(?<!副){asked.post}"  # 副局长 is not the 局长 asked
        # …or the group named after its posts (成立了由副主席某某任组长，…任副组长的调研组): one phrase over commas.
        # A group is named by its task (农村供水调研组, 内涝监督小组), which the text may tell apart from it
        # (调研组由…任组长, 监督小组组长、市政协常委某某 under a heading on 内涝): its head word names it too.
        head = (self.segmenter.words(body) or [body])[-1] if body.endswith("组") else body
        for named in dict.fromkeys((body, head if len(head) >= 2 else body)):
            together = pattern(rf"{re.escape(named)}[^,;:。!?，；：！？\n]*{post}|{post}[^,;:。!?，；：！？\n]*{re.escape(named)}"
                                  rf"|由[^。!?；;\n]{{0,30}}任{post}[^。!?；;\n]{{0,60}}的{re.escape(named)}"
                                  # …or set up, then its posts in the clauses after it (成立某某领导小组，由主席某某任组长，某某任副组长)
                                  rf"|{re.escape(named)}[,，]由[^。!?；;\n]{{0,60}}?(?:任|担任){post}"
                                  # …or listed with others, their holders after 分别由 (甲组、乙组，分别由某某、某某担任组长)
                                  rf"|{re.escape(named)}[^。!?；;\n]{{0,80}}?分别由[^。!?；;\n]{{0,40}}?(?:任|担任){post}")
            # Within a clause, so within a paragraph: only paragraphs naming both are searched (the pattern
            # run over the whole corpus costs a fifth of a second on a thousand documents).
            if any(together.search(text) for text in index.passage_norm if named in text and asked.post in text):
                return None  # 调研组由副主席方慧芳任组长: told in a shape of its own
        return Result(False, 0.0, KIND_WHO, question=norm)  # no clause names that body's post

    @staticmethod
    def _roster(holders: list, names: set[str]) -> list | None:
        """Several holders of the post, one sentence naming every one of them with the very same post (a roster
        of leaders: 副主席：甲、乙、丙): its holders in order, else None (the holders are told apart)."""
        if len(names) < 2:
            return None
        by_sentence: dict[tuple[int, int], list] = {}
        for held in holders:
            by_sentence.setdefault((held.passage, held.sentence), []).append(held)
        for found in by_sentence.values():
            if {held.name for held in found} == names and len({held.role for held in found}) == 1:
                return list({held.name: held for held in found}.values())
        return None

    def _earlier_post_named(self, body: str, held, post: str) -> bool:  # noqa: ANN001 - a HeldPost
        """Whether a holder of several posts holds the one asked in an earlier one naming its body in full
        (学习培训办公室主任、办公室主任: the first office's 主任 as well as a group's 办公室主任, which the last post
        alone would tell)."""
        for part in held.role.split("、")[:-1]:
            told = body_of(part, post)
            if told and len(told) >= 2 and self._same_body(body, self._without_places(told)):
                return True
        return False

    def _has_left(self, held, post: str) -> bool:  # noqa: ANN001 - a HeldPost
        """Whether the holder's report tells the holder left the post (left_posts.py)."""
        return has_left(held.name, post, self._leaving_sentences(self.index.passage_doc[held.passage]))

    def _leaving_sentences(self, doc: int) -> list[str]:
        """A document's sentences that may tell someone left a post, in order, gathered once per document (a
        post asked of a thousand documents checks thousands of holders: reading every sentence of each
        holder's report cost half a millisecond apiece, and most reports tell no one left)."""
        kept = self.__dict__.setdefault("_leaving_of", {})
        if doc not in kept:
            index = self.index
            kept[doc] = [s for p in doc_passages(index, doc) for s in index.sentence_norm[p]
                         if may_tell_leaving(s)]
        return kept[doc]

    @staticmethod
    def _or_each_holder(q: QuestionAnalysis, result: Result) -> Result:
        """The general answer, or, declined, each report's holder of the post asked (_answer_post_holder)."""
        each = q.__dict__.get("_each_holder")
        return each if each is not None and not result.answered else result

    def _each_documents_holder(self, holders: list, norm: str) -> Result | None:
        """Naming no committee, a post several reports name one holder each (文史委主任 of each
        committee): the newest report's holder, each other's told beside it; None when one report
        names several (which one is meant is not said)."""
        by_doc: dict[int, list] = {}
        for held in holders:
            by_doc.setdefault(self.index.passage_doc[held.passage], []).append(held)
        if any(len({held.name for held in found}) > 1 for found in by_doc.values()):
            return None
        newest = sorted(by_doc, key=lambda doc: -(self.index.frames[doc].year or 0))[:REPORTS_LISTED]
        first = told = None
        for doc in newest:
            held = by_doc[doc][0]
            fact = texts.PERSON_WITH_ROLE.format(name=held.name, role=held.role)
            result = self._fact_result(KIND_WHO, fact, (held.passage, held.sentence), norm)
            if first is None:
                first = told = result
            else:
                told.also = told = result
        return first

    def _level_of_place(self, place: str, body: str, held) -> bool:  # noqa: ANN001 - a HeldPost
        """Whether a body named by its level alone (区政协 of 区政协主席方国栋) is ``place``'s: the last body
        of that level its sentence names with a place before the post is that place's (临潮区政协立案提案176件,
        …,区政协主席方国栋带队调研: 临潮区's chairman), as a report on its districts and counties writes them."""
        if not body or body[0] not in _LEVELS:
            return False
        sentence = self.index.sentence_norm[held.passage][held.sentence]
        end = sentence.find(held.role + held.name)
        named = pattern(r"([\u4e00-\u9fff]{2})" + re.escape(body)).findall(sentence[:max(end, 0)])
        return bool(named) and named[-1] == place

    def _held_there(self, held, localities: list[str]) -> bool:  # noqa: ANN001 - a held post
        """Whether a post is held in one of the villages or towns asked: named in its role or its sentence, or in its
        paragraph where the sentence names no other (鸣溪社区 told before 社区党委书记某某 in a feature's paragraph)."""
        sentence = self.index.sentence_norm[held.passage][held.sentence]
        if any(town in held.role or town in sentence for town in localities):
            return True
        return any(town in self.index.passage_norm[held.passage] for town in localities) and not named_localities(sentence)

    def _without_places(self, text: str) -> str:
        """A body's name without the committees' places (鹭原市委 → 市委): they pick the document."""
        return without_places(text, self.index.home_places)

    def _declared_in_full(self, told: str, p: int) -> str:
        """A body named by the short name its report declares (专委会, 专委会办公室), by its full one."""
        if self.__dict__.get("_declared") is None:
            self._declared = learn_declared_names(self._sentences())
        doc = self.index.passage_doc[p]
        for declared in self._declared:
            if told.startswith(declared.short) and self.index.passage_doc[declared.passage] == doc:
                return self._without_places(declared.full) + told[len(declared.short):]
        return told

    def _same_body(self, asked: str, told: str) -> bool:
        """Whether the body a question names is the one a role names (市委 and 市委; 政协 and 市政协;
        a short name and its full one)."""
        if asked in _LEVELS:
            return told in ("", asked)  # 柘川县县长 asked: 县长周振邦, or 县委副书记、县长周振邦
        asked = sector_without_level(asked)
        parent = _WITHIN_CPPCC.match(asked)
        if parent and told and not told.endswith("政协"):
            asked = asked[parent.end():]  # 区政协社法委 is the 区政协's 社法委: that committee's post is asked
        if not told or told in _GENERIC_BODIES:
            return False  # 委员会主任 (its name cut off) says not which 委员会
        forms = self.segmenter.lexicon.equivalents(asked) | {asked}
        # The same head (委员会, 局, 市委): 政协 is 市政协's, 提案委员会 the 市政协提案委员会; 市委 is not 民建市委会.
        if any(told.endswith(form) or form.endswith(told) and not _another_before(form, told) for form in forms):
            return True
        if asked in told:
            return False  # 专委会办公室 is a unit of the 专委会, 市委宣传部 of the 市委: not the body asked
        return len(asked) >= 3 and asked[0] in told and in_order(asked, told[told.index(asked[0]):])  # 卫健委


def _another_before(asked: str, told: str) -> bool:
    """Whether ``asked`` writes the youth league or a party before a level's own body ``told``: another body (团市委 is
    not the 市委 told, 民盟县委 not the 县委); a place or 政协 before it (某某区政协, 市政协) names the same."""
    return bool(_LEVEL_BODY.match(told)) and bool(_OTHER_BODY_BEFORE.search(asked[:len(asked) - len(told)]))
