"""Whether an amount tells how many of a kind there are in all, or counts a part of them.

Asked plainly how many of a kind there are (委员多少人, 常委有几名, 分属几个界别, 有几个专委会), the
answer is the amount written beside the plain noun, with nothing narrowing it: after a word of having
or being made of (共有委员485名, 其中常务委员78名, 分属25个界别, 现设…等7个专门委员会). The same noun
with a word before it that the question does not say counts a part (表彰优秀政协委员50名, "书香委员"20名,
共培训委员316名), and so does the amount before it when a deed follows (382名委员走进社区).

A mixin of ``FactReader`` (reading.py), like ``counting.py``; general Chinese only.
"""

from __future__ import annotations

import re

from .counting import HOW_MANY
from .facts import Quantity, clause_bounds
from .gazetteer import is_place
from .members import names_own_body
from .part_body import counts_part_members
from .per_figure import per_figure
from .posts import counted_post, counts_post
from .question import PERSON_NOUNS, QuestionAnalysis, once_per_question

# What _body_size tells of an amount counting no holder of the post asked (有几名副主任 → 委员38名).
OTHER_POST = -2
# …and of an amount of people counting those who did something (32名常委在常委会议上述职, 36名常委和特邀委员参加):
# asked how many members there are in all, those present or speaking are no answer, whatever else the sentence has.
# Not when the body itself or all of it is written right before (委员会4名成员分别联系…): its whole membership did it.
DOERS = -1.5
# …and of an amount of members told of a sector or special committee when the committee as a whole is asked
# (市政协委员总共有多少名 → not 本界别现有委员32名): part_body.py.
PART_BODY = -1.75
# The codes whose amounts are no answer at all to a question asking only a size.
FAR_OFF = (OTHER_POST, DOERS, PART_BODY)
_PERSON_UNITS = ("名", "位", "人")
# The whole area a committee serves (全市政协委员一共有多少名): of members, it names all of the committee's.
_ALL_OF_AREA = re.compile(r"全[市县区]")
_BODY_LEAD = re.compile(r"(?:委员会|政协|界别|本届|全体|所有|全部)$")
# Words that link a noun to its amount (委员共485名, 委员总数为…).
_LINK = re.compile(r"(?:共|共计|总计|合计|累计|总数|人数|数量)?(?:为|达|达到|有)?$")
_TOTAL_LINK = re.compile(r"共计|总计|合计|总数")  # …of them all (委员总数为…, 服务队总数达到…)
# What stands before the plain noun of a whole: a word of having or being made of, or of building all
# there are (共建成议事厅62个; not 新建成), the body it belongs to (本届政协, 市政协), or nothing in its clause.
_WHOLE_LEAD = re.compile(r"(?:^|共有|现有|拥有|设有|现设|下设|设立|设|有|(?<!新)(?:建成|建立|组建|成立)|分属|分为|分设|包括|其中|共|总共|一共|共计|合计|"
                         r"全市|全县|全区|全省|全国|所有|全部|各|政协|人大|委员会|本届|全体|[^\u4e00-\u9fff\d])$")
# A list of the kind's own members before the amount (提案委员会、经济委员会…等7个专门委员会).
_LISTED = re.compile(r"等$")
# 经审查 / 经研究 / 经评审: a manner adverbial (through a procedure) before the amount's noun, no modifier narrowing it.
_MANNER_LEAD = re.compile(r"(?<![\u4e00-\u9fff])经[\u4e00-\u9fff]{1,4}$")
_LEVEL = re.compile(r"(?:[省市区县州]|全国)$")
# What the whole body is made of, told after it (236名委员分属28个界别): no deed of some of them.
_MADE_OF_AFTER = re.compile(r"(?:分属|分布在|分布于|来自)")
_LEVEL_AFTER = re.compile(r"(?:[省市区县州]|全国)政协")  # written after an amount: 236名区政协委员
# Unit classes of what a body is made of (members: 名 位 人; sectors, committees: 个; families: 家).
_MEMBER_CLASSES = ("人", "件", "户", "支")
_OCCASIONS = ("人次", "件次", "户次", "条次", "家次", "批次", "场次", "期", "批")
_NEW = re.compile(r"新|增补|增加|增设|增至")
# How near the asked noun stands to an amount it merely qualifies (委员代表60余人, 32名常委和专委会骨干).
_NEAR = 6
# Words of a question naming the body a kind belongs to (市政协, 本届), or asking its whole (一共).
_BODY_WORD = re.compile(r"(?:政协|人大|委员会|本届|全体|现在|目前|一共|总共|总数)$")
# Verbs of having or being made of, which ask no deed (分属几个界别, 设有几个).
_HAVING = re.compile(r"共有|现有|拥有|设有|现设|下设|设|有|分属|分为|分设|包括|组成")


class BodySize:
    """The whole-or-part reading of ``FactReader``; ``self.segmenter`` and ``self.index`` are the reader's."""

    def _asked_noun(self, q: QuestionAnalysis) -> tuple[str, ...]:
        """The noun counted (几个界别 → 界别; 委员多少人 → 委员, the word just before 多少), with its
        equivalents, longest first; kept on the question."""
        return once_per_question(q, "_asked_noun", self._read_asked_noun)

    def _read_asked_noun(self, q: QuestionAnalysis) -> tuple[str, ...]:
        if q.counted:
            words = self.segmenter.lexicon.equivalents(q.counted)
        else:
            asked = HOW_MANY.search(q.norm)
            placed = [(q.norm.rfind(t.text, 0, asked.start()) + len(t.text), t) for t in q.terms] if asked else []
            placed = [(end, t) for end, t in placed if end >= len(t.text)]
            if not placed:
                return ()
            words = max(placed, key=lambda item: item[0])[1].equivalents
        return tuple(sorted((w for w in words if len(w) >= 2), key=lambda w: (-len(w), w)))  # synonyms are a set

    @per_figure
    def _body_size(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> int | None:
        """Asked only the size of a kind (_asks_only_size): +1 when the amount counts the plain noun as a
        whole (共有委员485名, 分属25个界别, …等7个专门委员会), -1 when a word the question does not say
        narrows it to a part (优秀政协委员50名, "书香委员"20名, 共培训委员316名, 382名委员走进社区),
        OTHER_POST when a post's holders are counted and the amount counts others, 0 when the amount stands beside no asked noun; None when the question asks more than a size."""
        post = counted_post(q.norm)
        if post is not None:
            # 有几名副主任: the amount beside that post (副主任3名), never the members' (委员38名).
            return 1 if counts_post(post, sentence, quantity.start, quantity.end) else OTHER_POST
        nouns = self._asked_noun(q)
        if quantity.unit in _PERSON_UNITS and any(n.endswith(("委员", "常委")) for n in nouns) \
                and counts_part_members(q.norm, sentence, quantity.start):
            # 本界别现有委员32名 asked 市政协委员总共有多少名 (or 全市政协委员…, whatever else it asks): the sector's
            return PART_BODY
        units = self.segmenter.lexicon.units
        if not nouns or (q.unit is not None and units.get(q.unit) not in _MEMBER_CLASSES) \
                or not self._asks_only_size(q, nouns):
            return None
        if quantity.unit in _OCCASIONS or units.get(quantity.unit) not in _MEMBER_CLASSES:
            return 0  # 为期5天, 视察15次: what was done or how long, not what a body is made of
        a, b = clause_bounds(sentence, quantity.start)
        link = _LINK.search(sentence[a:quantity.start]).group()
        before = sentence[a:quantity.start][:len(sentence[a:quantity.start]) - len(link)]
        quoted = before.endswith('"')
        before = before.rstrip('"')
        noun = next((e for e in nouns if before.endswith(e)), None)
        if noun is not None:
            lead, deed = before[:-len(noun)], ""
            if noun.startswith(("政协", "人大")):
                lead = _LEVEL.sub("", lead)  # 现有区政协委员227名: the level names the body
        else:
            # 236名区政协委员分属28个界别: the body's level may stand between the amount and the noun, when
            # what the whole body is made of follows.
            level = _LEVEL_AFTER.match(sentence, quantity.end)
            at = level.end() if level and any(sentence.startswith(e, level.end()) and _MADE_OF_AFTER.match(
                sentence, level.end() + len(e)) for e in nouns) else quantity.end
            noun = next((e for e in nouns if sentence.startswith(e, at)), None)
            if noun is None:
                return -1 if self._another_head(q, nouns, before, sentence[quantity.end:b]) else 0
            lead, deed = sentence[a:quantity.start], sentence[at + len(noun):b]
        named = before[before.rfind('"') + 1:] if quoted else ""
        if (quoted or lead.endswith('"')) and not (len(named) >= 2 and named in q.norm):
            return -1  # "书香委员"20名: a kind of them the document names (not when asked by that name)
        if any(len(w) >= 2 and w not in q.norm for w in self.segmenter.words(deed)) and not _MADE_OF_AFTER.match(deed):
            # 382名委员走进社区: those who did something; not all the area's (带领全县215名政协委员奔走…)
            if _ALL_OF_AREA.search(lead[-2:]):
                return 1
            return DOERS if quantity.unit in _PERSON_UNITS and not _BODY_LEAD.search(lead) else -1
        lead = _MANNER_LEAD.sub("", lead)  # 经审查立案341件: how they came to be, all of them
        if _TOTAL_LINK.search(link) and not deed:
            return 1  # 使服务队总数达到15支: the noun's total, whatever made it so
        if _WHOLE_LEAD.search(lead) or _LISTED.search(lead):
            return 1
        words = self.segmenter.words(lead)
        last = words[-1] if words else ""
        # 表彰优秀政协委员50名, 组织20名常委: a word of its own before the noun or the amount narrows it.
        return -1 if len(last) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", last) and last not in q.norm else 0

    @staticmethod
    def _another_head(q: QuestionAnalysis, nouns: tuple[str, ...], before: str, after: str) -> bool:
        """Whether the asked noun stands in the amount's noun phrase only to qualify another head the
        question does not name (委员代表60余人, 32名常委和专委会骨干): the amount counts that head."""
        for noun in nouns:
            at = before.rfind(noun, max(0, len(before) - len(noun) - _NEAR))
            tail = before[at + len(noun):] if at >= 0 else ""
            if tail and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and tail not in q.norm:
                return True
            at = after.find(noun, 0, _NEAR + len(noun))
            tail = after[at + len(noun):at + len(noun) + 2] if at > 0 else ""
            if re.fullmatch(r"[\u4e00-\u9fff]{2}", tail) and tail not in q.norm:
                return True
        return False

    def _asks_only_size(self, q: QuestionAnalysis, nouns: tuple[str, ...]) -> bool:
        """Whether the question's other words only name the body or the members it is made of, or say
        having (本届政协委员分属几个界别, 市政协有几个专委会, 咱们界别有多少名委员): it asks the size of
        the kind, no deed."""
        if _NEW.search(q.norm):
            return False  # 新设了多少个: those added, not the whole
        bodies = self._frame_bodies()  # 界别 of a sector's own report
        for term in q.terms:
            text = term.text
            if len(text) == 1 and f"{text}了" in q.norm and not _HAVING.fullmatch(text):
                return False  # 一共发了多少篇稿子: a deed done (发了), not what a body is made of (设了: having)
            if len(text) < 2 or any(e in nouns for e in term.equivalents):
                continue
            if not (_BODY_WORD.search(text) or _HAVING.fullmatch(text) or text in PERSON_NOUNS
                    or is_place(text, self.segmenter) or names_own_body(text, q.norm, bodies)
                    or (_ALL_OF_AREA.fullmatch(text) and any(n.endswith(("委员", "常委")) for n in nouns))):
                return False
        return True

    def _frame_bodies(self) -> list[str]:
        """The bodies the documents' frames name, read once per list of frames (asked for every figure)."""
        frames = self.index.frames
        cached = getattr(self, "_bodies_of", None)
        if cached is None or cached[0] is not frames:
            cached = self._bodies_of = (frames, [frame.body for frame in frames if frame.body])
        return cached[1]
