"""Whether an amount counts the very thing a question asks about: the noun
written next to it (经审查立案186件, not 遴选重点提案8件), those a deed was done to
(有多少条被采纳), the whole rather than a part or the new ones (总数达到31个), not
those who did something (21位常委作发言) nor another group's members.

A mixin of ``FactReader`` (reading.py): these checks need the reader's index and
segmenter and are kept apart only so each module reads in one sitting.
"""

from __future__ import annotations

import re

from .awarded_set import counted_among_awarded
from .breakdowns import total_of_part
from .facts import Quantity, clause_bounds, counted_clause, find_quantities
from .breakdown_lead import breakdown_lead
from .members import names_own_body
from .periods import governs_sentence
from .per_figure import per_figure
from .year_values import counted_from
from .question import DEEDS_AFTER_COUNT, PERSON_NOUNS, QuestionAnalysis, once_per_question

# Words linking a noun to the amount after it (委员共198名, 常委总数为41名): the noun is what the amount counts.
_LINKED_BEFORE = re.compile(r"(?:共有|现有|共计|总数|总计|合计|共|为|达到|达|有)+$")
# A team word after the people it is made of (通讯员队伍215名): the amount counts those people.
_TEAM_AFTER = re.compile(r"队伍$")
# Words ending in 员 that name no one (动员 is a deed, 全员 all of them).
_NOT_PEOPLE = frozenset({"动员", "全员", "满员", "减员", "增员", "裁员"})


def _names_people(noun: str, question: str) -> bool:
    """A noun of people: a general one (委员, 干部), or one of those doing a job, which ends in 员 (通讯员, 信息员)
    and the question does not write (多少名管水员和村民代表, 多少名中共党员委员 ask those very people)."""
    return len(noun) >= 2 and (noun in PERSON_NOUNS or (noun.endswith("员") and noun not in _NOT_PEOPLE
                                                        and noun not in question))


# A clause listing what the amount before it counts (3件，分别是…; 5项，包括…).
_SPELLED_OUT = re.compile(r"分别是|分别为|包括|即")
# Verbs of serving in a post after a count (遴选资深委员30名担任辅导员): those counted take the post the question
# names, a noun phrase narrowing them ended.
_SERVING_AS = frozenset({"担任", "出任", "兼任", "当选", "作为"})
# A plain word for people after a count (由5名同志组成) narrows no one: they are all the people counted; nor do
# the people households are counted by (870余户群众, 560户居民).
_PLAIN_PEOPLE, _HOUSEHOLDERS = frozenset({"同志"}), frozenset({"群众", "居民", "村民", "农户", "家庭", "人家"})

HOW_MANY = re.compile(r"多少|几")
# General Chinese words for those who act on a thing (被有关部门采纳, 被单位采用), beside the bodies of _BODY_END.
_AGENTS = frozenset(("部门", "单位", "机构", "领导", "有关方面"))
# A deed after the amount asked, done to or by what is counted (被采纳, 得到落实, 拿到…批示).
# A quoted name in between (被市政协《委员读书》选登) is the place of the deed, not the deed: read past it.
_DEED_LEAD = re.compile(r'(被|得到|获得|获|已|拿到|受到)((?:[\u4e00-\u9fff]|"[^"]{1,12}"){2,10})')
# The rest of a counted noun the question's word only begins (几篇读书心得被选登: 读书 → 心得) before 被;
# not a phrase of its own (提案的建议被写进…), whose deed may be told in other words.
_PASSIVE_AFTER_NOUN = re.compile(r'(?:(?!的)[\u4e00-\u9fff]){1,4}?(被)((?:[\u4e00-\u9fff]|"[^"]{1,12}"){2,10})')
# A deed right before the amount asked: told done (被采纳了, 已经整改到位) or an outcome of what is
# counted (采用, 采纳, 批示, 办结 …), not the doing (开展, 举办) that every count has.
# An item ranking its place after the one before (乙县次之, 其次是乙县, 乙县最少): told in that item's words.
_RANKED_NEXT = re.compile(r"[^,;:。]{0,12}?(?:次之|居次|其次|最少|最低)")
_DEED_BEFORE = re.compile(r"(?:(?:被|已经?)([\u4e00-\u9fff]{2,6}?)了?|"
                          r"((?:采纳|采用|批示|办结|整改|落实|解决|录用|刊发|转化)(?:到位|完毕)?)了?)$")
# A deed modifying the counted noun before the amount asked (获县委批示的调研报告有几篇, 被采纳的建议有多少条).
_DEED_MODIFYING = re.compile(r"(被|得到|获得|获|拿到|受到)([^的,，]{2,16})的[\u4e00-\u9fff]{1,8}?(?:一共|总共|共)?有?$")
_AVERAGE = re.compile(r"人均|平均|年均|户均|场均|每人|每位|每名|每个|每次|每年|每半年|每季度?|每月|每旬|每周|每天|每日|每场|均|"
                      r"每[\d两]+个?(?:年|季度|月|旬|周|天|日)")  # every so many months (每2个月编印1期): a rate too
# A price or amount asked per a unit of measure (一吨多少钱, 每亩补贴多少, 1斤多少钱): the unit's character.
_PER_UNIT_ASKED = re.compile(r"(?<![\d.])(?:1|一|每)(吨|亩|斤|公斤|千克|立方米?|平方米|升|户)")
# Words that link a counted thing to its amount (立案186件, 共立案186件, 总数达到31个).
_LINK_BEFORE_AMOUNT = re.compile(r"(?:共|了|达|为|达到|共计|总计|合计|累计)+$")  # stacked too: 累计达到
# Adverbs of a total (累计达到75件, 共计): how an amount is summed, never the thing it counts.
_TOTAL_ADVERB = re.compile(r"累计|累积|共计|总计|合计|总共|一共")
_ASKS_TOTAL = re.compile(r"一共|总共|总数|共有|现有|现在有|目前有|总计|合计|累计")
_NEW = re.compile(r"新建|新增|新设|新成立|新发展|新聘")
# An amount told as the whole (全市82个, 总数达到31个, 现有委员227名) or as a part: those a deed was done
# to (对3个承办单位), or those newly added (新建委员联络站9个, 新扩种茶园320亩; 茶园总面积达到1450亩 is the whole).
_WHOLE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:全市|全县|全区|全省|全国)$|^(?:全市|全县|全区)|总(?:数|面积|规模|量|额|产量|里程|长度)(?:达到|为|达)?$|"
                           r"(?:共有|现有|共计|累计|合计|总计|各类|各种|各项)[\u4e00-\u9fff]{0,8}$")
# General verbs of doing and taking that head a clause's object (组织, 走访, 推荐): not a kind's qualifier.
DOING = re.compile(r"(?:开展|组织|召开|举办|举行|进行|参加|参与|完成|推动|提出|提交|收到|形成|实现|落实|走访|"
                    r"推荐|聘请|督办|办理|邀请|接待|慰问|资助|帮扶|联系|培训|表彰|评选|评出|选派|发放|牵头|覆盖|惠及|带动|"
                    r"视察|调研|检查|深入|考察|察看|抽查|暗访|走进)$")
# Asked how many there are of a kind, with no deed (经济界有多少名政协委员, 青禾市有多少所中小学; not
# 参加培训的委员有多少名, whose relative clause names one).
_ASKS_POPULATION = re.compile(r"^[^的]*有(?:多少|几)[名位个所家户][\u4e00-\u9fff]{1,8}"
                              r"(?<!参加)(?<!参与)(?<!出席)(?<!到会)(?<!发言)(?<!报名)[?？]?$"  # 有多少名委员参加: a deed
                              r"|^[^的]*全[村市县区镇乡省][^的]*有(?:多少|几)[名位个所家户][?？]?$")  # 全村…总共有多少户
# A name in quotes right before a head noun: the counted noun before an amount ("协商在基层"活动150场),
# or after it (12场"委员讲堂"活动).
_NAMED_KIND_BEFORE = re.compile(r'"([^"]{2,16})"([\u4e00-\u9fff]{1,4})$')
_NAMED_KIND_AFTER = re.compile(r'"([^"]{2,16})"([\u4e00-\u9fff]{1,4})')
# A question asking the whole of a kind (一共组织了多少场协商活动, 全年…多少次).
_ASKS_WHOLE = re.compile(_ASKS_TOTAL.pattern + r"|全年")
# 对 opening a relative clause that ends in 的 right before the amount (对办理结果表示满意的258件) is the
# object of the clause's own verb: the amount counts those the clause describes, no deed's objects.
_TOTAL_MEASURE = re.compile(r"总(?:数|面积|规模|量|额|产量|里程|长度)(?:达到|为|达)?$")
_PART_BEFORE = re.compile(r"^(?:对|向|给|为)(?!.*的$)|(?:新建|新增|新设|新成立|新发展|新聘|新扩|新种|新栽)[\u4e00-\u9fff]{0,8}$")
_OCCASIONS = ("人次", "件次", "户次", "条次", "家次", "批次", "场次")
# A body that does what a question asks about (省政协 of 被省政协采用).
_BODY_END = re.compile(r"(?:政协|人大|政府|党委|委员会|市委|县委|区委|局|厅)$")
# A question asking how many there are, with no deed of theirs (常委有几名, 一共有多少个).
# (Not …的有几件: those a deed reached, 被退回重新办理的有几件, are a part acted on, as the report writes them.)
_ASKS_HOW_MANY_THERE_ARE = re.compile(r"(?:一共|总共|共|现在|现|目前)?(?<!的)有(?:多少|几)[\u4e00-\u9fff]?$")


def _relative_after(sentence: str, at: int, end: int) -> bool:
    """Whether the words from ``at`` run on, in the clause (up to ``end``), to a 的 with a noun after it: the word
    right after an amount then opens a description of that noun (9件答复内容空泛、针对性不强的提案), not the noun counted."""
    rest = sentence[at:end]
    link = rest.find("的")
    # A description says what the things are like (内容空泛、针对性不强): several qualities, or one denied or graded;
    # nouns joined (12名管水员和村民代表的意见) are no description: the amount counts the first.
    return link > 0 and link + 1 < len(rest) and "\u4e00" <= rest[link + 1] <= "\u9fff" \
        and bool(re.search(r"、|不|未|没|较|偏|过于|欠", rest[:link]))



class CountedThing:
    """The counted-thing checks of ``FactReader``; ``self.index``, ``self.segmenter`` and ``self._frame_bodies``
    (body_size.py) are the reader's."""

    @staticmethod
    @per_figure
    def _deed_not_told(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the question counts those a deed was done to or by (有多少条被采纳, 有几份拿到批示,
        被采纳了多少条, 已经整改到位几个) and the amount's clause tells no such deed: those collected
        or formed (征集意见1460条, 形成报告31份) are not those adopted."""
        deed = once_per_question(q, "_asked_deed", CountedThing._read_asked_deed)
        a, b = counted_clause(sentence, quantity.start)  # 采用36篇，比2019年的29篇增加7篇: 29篇 were 采用 too
        if (at := counted_from(sentence, quantity)) is not None:
            a = min(a, at)  # 落实资金1260万元，2023年为980万元: the year's value was 落实 too (year_values.py)
        a = min(a, lead) if (lead := breakdown_lead(sentence, quantity.start)) is not None else a  # …的87条信息中,第一季度17条
        if deed:
            return not any(e in sentence[a:b] for t in deed for e in t.equivalents)
        # 增补了多少名委员: a deed told done, written only after the figure's clause (培训委员316名，届中增补的
        # 委员…): the figure counts what another deed was done to.  Written before it, the deed may head
        # what follows (立案提案中，民建24件; 共征集稿件316篇…（2021年为258篇）).
        done = once_per_question(q, "_done_deed", CountedThing._read_done_deed)
        return bool(done) and any(e in sentence[b:] for e in done.equivalents) and not any(
            e in sentence[:b] for e in done.equivalents)

    @staticmethod
    def _read_done_deed(q: QuestionAnalysis):  # noqa: ANN205 - a Term or ()
        """The verb a question tells done right before the amount (增补了多少), unless a general verb
        of doing (开展了多少次) that any count's clause may leave to another word."""
        asked = HOW_MANY.search(q.norm)
        # 立案多少件提案: with the counted noun after the amount asked, the word before it is its verb, 了 or not.
        done = re.search(r"([\u4e00-\u9fff]{2})了$" if not q.counted or not q.norm.startswith(q.counted, asked.end() + 1)
                         and not q.norm.startswith(q.counted, asked.end() + 2) else r"([\u4e00-\u9fff]{2})了?$",
                         q.norm[:asked.start()]) if asked else None
        if done is None or DOING.search(done.group(1)):
            return ()
        return next((t for t in q.terms if t.text == done.group(1)), ())

    @staticmethod
    def _read_asked_deed(q: QuestionAnalysis) -> tuple:
        """The question's terms telling the deed its count is of: after the amount asked, led by
        被 / 得到 / 拿到 … (有多少条被采纳, 几份拿到…批示); or before it, a deed told done (被采纳了多少,
        已整改到位几个) or one of an outcome (采用多少条)."""
        asked = HOW_MANY.search(q.norm)
        if asked is None:
            return ()
        found = []
        tail = re.sub(r"^(?:多少|几)(?:个人|人次|件次|条次|家次|[^\u4e00-\u9fff]*[\u4e00-\u9fff])?", "", q.norm[asked.start():])
        if not q.counted and not _DEED_LEAD.match(tail) and any(tail.startswith(w) for w in DEEDS_AFTER_COUNT):
            # 多少人参加: the deed follows the amount at once, and counts those who did it.
            return tuple(t for t in q.terms if tail.startswith(t.text))
        if q.counted and tail.startswith(q.counted):
            tail = tail[len(q.counted):]  # 多少件提案得到解决: the deed follows the counted noun
        tail = _DEED_LEAD.match(tail) or (_PASSIVE_AFTER_NOUN.match(tail) if q.counted else None)
        if tail:
            # 被吸收进规划建议稿: the verb after 被 is the deed; 拿到…领导批示: the object 拿到 takes is.
            # 被部门采纳: the body after 被 is who did it (its agent), the verb after it the deed.
            said = re.sub(r'"[^"]*"', "", tail.group(2))
            told = sorted((t for t in q.terms if len(t.text) >= 2 and t.text in said and not (
                tail.group(1) == "被" and any(_BODY_END.search(e) or e in _AGENTS for e in t.equivalents))),
                          key=lambda t: said.find(t.text))
            found = [told[0 if tail.group(1) in ("被", "已") else -1]] if told else []
        modifying = _DEED_MODIFYING.search(q.norm, 0, asked.start())
        if modifying and not found:  # 获…批示的调研报告有几篇: the object 获 takes (批示) is the deed
            told = [t for t in q.terms if len(t.text) >= 2 and t.text in modifying.group(2)]
            found = [max(told, key=lambda t: modifying.group(2).rfind(t.text))] if told else []
        lead = _DEED_BEFORE.search(q.norm, 0, asked.start())
        if lead:
            found += [t for t in q.terms if len(t.text) >= 2 and t.text in (lead.group(1) or lead.group(2)) and t not in found]
        return tuple(found)

    def _told_in_another_item(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the question's most telling word stands in the sentence only in another item
        of a list written with semicolons, never in the item that gives the amount."""
        if "；" not in sentence and ";" not in sentence:
            return False
        bodies = self._frame_bodies()  # BodySize (body_size.py), the reader's other mixin
        found = [t for t in q.terms if len(t.text) >= 2 and any(e in sentence for e in t.equivalents)
                 and not governs_sentence(t.text)  # 本届以来，…；集体提案累计达到75件: 本届 heads every item
                 and not names_own_body(t.text, q.norm, bodies)]  # 妇联 of 妇联界别 asked in its own report: whose, not which item
        if not found:
            return False
        start = max(sentence.rfind(c, 0, quantity.start) for c in ";；")
        ends = [x for x in (sentence.find(c, quantity.end) for c in ";；") if x >= 0]
        item = sentence[start + 1:min(ends) if ends else len(sentence)]
        # (Of words as telling as each other, one in the amount's item is the most telling: 甲讲堂 and 听众 alike.)
        telling = max(found, key=lambda t: (round(t.weight, 6), any(e in item for e in t.equivalents)))
        # A joined term (委员读书) is told in the item that holds each of its pieces (参与委员…读书分享活动).
        if any(e in item for e in telling.equivalents) or (telling.parts and all(part in item for part in telling.parts)):
            return False
        if _RANKED_NEXT.match(item):
            return False  # …报送数量最多,达1136件;乙县次之,为804件: the next of a ranking goes on with the item before
        if any(e in _list_lead(sentence) for e in telling.equivalents):
            return False  # 主要目标是:…;委员累计服务时长突破5万小时: the words before the colon head every item
        # A list's first item names its topic once (收到社情民意信息…；…其中被省政协采用26条): an item naming
        # more of the question than the topic's item does tells its own figure.
        own = sum(t.weight for t in found if any(e in item for e in t.equivalents))
        asked = HOW_MANY.search(q.norm)
        if asked and _DEED_BEFORE.search(q.norm, 0, asked.start()) and any(e in item for e in self._asked_head(q)):
            # 社情民意获区领导批示多少篇 → …;获区领导批示27篇次: an outcome asked right before 多少 (批示, 采用 …)
            # and told in this item counts what became of the topic the first item names.
            return False
        return own <= telling.weight

    def _counted_words(self, q: QuestionAnalysis) -> tuple[str, ...]:
        """The noun counted after 多少 / 几 (有多少托位 → 托位) with its equivalents; none when no noun follows."""
        return once_per_question(q, "_counted_words", lambda q: tuple(self.segmenter.lexicon.equivalents(q.counted))
                                 if q.counted else ())

    @staticmethod
    def _asked_head(q: QuestionAnalysis) -> tuple[str, ...]:
        """The question's term standing last before 多少 / 几 (what the amount
        is of, when a question names two things: 提案立案了多少件 → 立案). Read once per question."""
        return once_per_question(q, "_asked_head", CountedThing._read_asked_head)

    @staticmethod
    def _read_asked_head(q: QuestionAnalysis) -> tuple[str, ...]:
        asked = HOW_MANY.search(q.norm)
        if asked is None or len(q.terms) < 2:
            return ()
        placed = [(q.norm.rfind(term.text, 0, asked.start()), term) for term in q.terms
                  if not _TOTAL_ADVERB.fullmatch(term.text)]  # 重点提案累计多少件 → 提案
        placed = [(at, term) for at, term in placed if at >= 0
                  and not (q.unit == "岁" and term.text in q.names)]  # 某某几岁开始…: an age is the person's, none counted
        if not placed:
            return ()
        _, term = max(placed, key=lambda item: item[0] + len(item[1].text))
        return tuple(e for e in (term.text, *term.equivalents) if len(e) >= 2)

    @staticmethod
    def _head_phrase(q: QuestionAnalysis) -> tuple[str, ...]:
        """The question's words written together up to the asked head (提案承办单位 → 承办单位,
        提案承办单位): an amount written before any of them counts the head (82个承办单位)."""
        return once_per_question(q, "_head_phrase", CountedThing._read_head_phrase)

    @staticmethod
    def _read_head_phrase(q: QuestionAnalysis) -> tuple[str, ...]:
        asked = HOW_MANY.search(q.norm)
        head = CountedThing._asked_head(q)
        if asked is None or not head:
            return ()
        end = q.norm.rfind(head[0], 0, asked.start())
        if end < 0:
            return ()
        phrases, start = [], end
        while True:
            before = next((t.text for t in q.terms if len(t.text) >= 2 and q.norm.endswith(t.text, 0, start)), None)
            if before is None:
                break
            start -= len(before)
            phrases.append(q.norm[start:end + len(head[0])])
        return tuple(phrases)

    @staticmethod
    def _counted_before(q: QuestionAnalysis, sentence: str, quantity: Quantity, head: tuple[str, ...]) -> bool:
        """Whether the asked thing stands right before the amount, linked by at most a word
        like 共 / 达到 (经审查立案186件): the amount counts it, not a narrower thing named there.
        A time or rate word (每月) counts nothing, and a body the question names as the doer
        (被省政协采用) must be the one of the amount's clause (被市政协采用31篇 is another's)."""
        if quantity.unit in _OCCASIONS and quantity.unit != q.unit:
            return False  # 走访委员80人次 counts visits, not the 委员 before it
        head = tuple(e for e in head if not _AVERAGE.fullmatch(e) and not e.endswith(("年", "月")))
        before = _LINK_BEFORE_AMOUNT.sub("", sentence[:quantity.start])
        word = next((e for e in head if before.endswith(e)), None)
        if word is None:
            return False
        doer = _BODY_END.search(before[:-len(word)])
        return doer is None or before[:-len(word)].endswith(tuple(t.text for t in q.terms))

    def _counts_other_term(self, q: QuestionAnalysis, sentence: str, quantity: Quantity,
                           head: tuple[str, ...]) -> bool:
        """Whether the amount is written as the measure of another thing the question names, not
        the asked one: before its noun (不满意的4件提案 when 提案承办单位有多少个 asks 承办单位), or
        after it while the asked word stands elsewhere in the clause (从立案提案中遴选重点提案6件 when
        立案 is asked). A word before an amount in a clause without the asked one may be the verb
        that counts it (被采用47篇)."""
        own = tuple(self.segmenter.lexicon.equivalents(q.counted)) if q.counted else head
        asked = own if q.counted else head + CountedThing._head_phrase(q)
        a, b = clause_bounds(sentence, quantity.start)
        if any(e in sentence[quantity.end:min(b, quantity.end + 10)] for e in asked):
            return False  # the asked thing ends the noun phrase (60个市级重点项目)
        others = [e for t in q.terms if len(t.text) >= 2 and t.text not in own for e in t.equivalents if len(e) >= 2
                  and not any(e in h or h in e for h in own)]
        if any(sentence.startswith(e, quantity.end) and not _relative_after(sentence, quantity.end + len(e), b)
               for e in others):
            return True  # (not 对9件答复内容空泛、针对性不强的提案: the words up to 的 describe the noun after it)
        cut = sentence.rfind("、", a, quantity.start)
        if cut > a and any(x.end == cut - a for x in find_quantities(sentence[a:cut])):
            # An item of an enumeration of amounts (涉及经济发展72件、社会事业81件): its name is its own
            # item's words only; what leads the whole list (立案提案内容涉及…) counts every item.
            a = cut + 1
        before = _LINK_BEFORE_AMOUNT.sub("", sentence[a:quantity.start])
        if any(before.endswith(e) for e in asked) or not any(before.endswith(e) for e in others):
            return False
        last = max(before.rfind(e) + len(e) for e in asked if e in before) if any(e in before for e in asked) else -1
        # Words the question does not have between the asked one and the amount (遴选 重点 in
        # 立案提案中遴选重点提案6件) tell another thing; 建成共配中心5个 is the asked one's.
        said = [q.norm] + [e for t in q.terms for e in t.equivalents]
        return last >= 0 and any(len(w) >= 2 and not any(w in x for x in said)
                                 for w in self.segmenter.words(before[last:]))

    @staticmethod
    def _whole_or_part(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> float:
        """Asked how many there are (一共有多少个): an amount told as the whole (全市82个, 总数达到31个)
        before one told of a part acted on or newly added (对3个承办单位开展评议, 新建9个)."""
        if not (_ASKS_HOW_MANY_THERE_ARE.search(q.norm) or _ASKS_TOTAL.search(q.norm)) or _NEW.search(q.norm):
            return 0.0
        a, _ = clause_bounds(sentence, quantity.start)
        lead = sentence[a:quantity.start]
        if _WHOLE_BEFORE.search(lead):  # 总共多少亩 → 茶园总面积达到1450亩, the measure's whole in so many words
            return 0.3 if _ASKS_TOTAL.search(q.norm) and _TOTAL_MEASURE.search(lead) else 0.1
        if _PART_BEFORE.search(lead):
            return -0.4  # a year's additions never tell how many there are
        return 0.0

    @per_figure
    def _counts_qualified_kind(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Asked the whole of a kind (一共组织了多少场协商活动), whether the amount counts a narrower
        kind: the counted noun next to it is qualified by a word the question does not say (组织
        界别协商活动17次, 开展对口协商14次), while 组织各类协商活动38场 counts them all. A kind named
        in quotes ("送教下乡"活动30场) is a narrower one however the question asks."""
        if not q.counted:
            return False
        a, b = clause_bounds(sentence, quantity.start)
        before = _LINK_BEFORE_AMOUNT.sub("", sentence[a:quantity.start])
        if self._counts_named_kind(q, before, sentence[quantity.end:b]):
            return True
        if not _ASKS_WHOLE.search(q.norm):
            return False
        for e in sorted(self.segmenter.lexicon.equivalents(q.counted), key=lambda e: (-len(e), e)):  # ties: the string
            if len(e) < 2:
                continue
            if before.endswith(e):
                lead = before[:-len(e)]
            elif sentence.startswith(e, quantity.end):
                lead = sentence[a:quantity.start]
            else:
                continue
            if _WHOLE_BEFORE.search(lead + e):
                return False
            words = self.segmenter.words(lead)
            last = words[-1] if words else ""
            return len(last) >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", last)) and last not in q.norm \
                and not DOING.search(last) and not (self.segmenter.lexicon.tag(last) or "").startswith(("v", "d", "p"))
        return False

    def _counts_named_kind(self, q: QuestionAnalysis, before: str, after: str) -> bool:
        """Whether the noun an amount counts is a kind with a name of its own, a quoted name before the
        asked head noun ("协商在基层"活动150场, 12场"委员讲堂"活动 for 多少场协商活动), one the question
        does not name: a plan or a year telling the general figure too (各类协商活动不少于40场) tells it
        by that figure, not by the named kind's."""
        named = _NAMED_KIND_BEFORE.search(before) or _NAMED_KIND_AFTER.match(after)
        if named is None or not q.counted.endswith(named.group(2)):
            return False
        name = named.group(1)
        # Words of the name the question writes, beyond the asked noun's own (基层 of 协商在基层): it is asked.
        return name not in q.norm and not any(
            len(w) >= 2 and w in q.norm and w not in q.counted for w in self.segmenter.words(name))

    def _counts_acted_on(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Asked how many there are (经济界有多少名委员, 全市有多少所中小学), whether the amount
        counts only those a deed of its clause was done to, a deed the question does not name
        (推荐6名经济界委员担任…, 走访全市12个乡镇的28所中小学, 牵头督办重点提案3件)."""
        if not _ASKS_POPULATION.search(q.norm):
            return False
        a, b = clause_bounds(sentence, quantity.start)
        lead = sentence[a:quantity.start]
        if _WHOLE_BEFORE.search(lead):
            return False
        counted = [e for e in self.segmenter.lexicon.equivalents(q.counted) if len(e) >= 2] if q.counted else []
        ends = [sentence.find(e, quantity.end, b) + len(e) for e in counted if 0 <= sentence.find(e, quantity.end, b)]
        rest = sentence[min(ends):b] if ends else ""
        if any(e in rest for e in q.term_words()):
            return False  # 聘请15名政协委员担任县级河道监督员 for 县级河道监督员有多少名委员: the deed is the one asked
        said = [q.norm] + [e for t in q.terms for e in t.equivalents]
        return any(len(w) >= 2 and DOING.search(w) and not any(w in x for x in said) for w in self.segmenter.words(lead))

    def _counts_doers(self, q: QuestionAnalysis, sentence: str, quantity: Quantity, head: tuple[str, ...]) -> bool:
        """Whether the amount counts those of the asked kind who did something the question does
        not ask about (21位常委作发言 for 常委有几名): a part of them, not how many there are."""
        if not _ASKS_HOW_MANY_THERE_ARE.search(q.norm):
            return False
        after = next((e for e in head if sentence.startswith(e, quantity.end)), None)
        if after is None:
            return False
        _, b = clause_bounds(sentence, quantity.start)
        deed = [w for w in self.segmenter.words(sentence[quantity.end + len(after):b]) if len(w) >= 2]
        return bool(deed) and not any(w in q.norm for w in deed)

    @staticmethod
    def _per_head(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the amount is an average (人均, 平均, 每人, 年均 …) and the question asks none."""
        a, _ = clause_bounds(sentence, quantity.start)
        average = _AVERAGE.search(sentence[a:quantity.start])
        if average and average.group().endswith(("年", "月", "周")) and re.search(
                rf"(?<![\d.])(?:1|一){average.group()[-1]}", q.norm):
            return False  # 一年多少钱 asks what 每年2亿元 tells
        for unit in _PER_UNIT_ASKED.findall(q.norm):
            if f"每{unit}" in sentence[a:quantity.start]:
                return False  # 一吨多少钱 asks what 平均水价为每吨2.6元 tells: a price per ton
        return bool(average) and not _AVERAGE.search(q.norm)

    @per_figure
    def _counts_other_people(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the amount counts people of another kind than those asked
        (5名成员 when 委员 are asked)."""
        asked = [w for w in PERSON_NOUNS if len(w) >= 2 and w in q.norm]
        if not asked:
            return False
        # The noun right after the amount, in its own clause (常委7名，委员分布在…: the next clause's 委员 counts nothing here).
        after = re.split(r"[,;:。!?，；：！？]", sentence[quantity.end:quantity.end + 6], maxsplit=1)[0]
        words = self.segmenter.words(after)
        following = words[0] if words else ""
        # The noun may stand before the amount too, up to a word of having (共有委员198名 for 常委有多少名),
        # unless the asked people are among those named there (参与委员和各界群众1200余人次).
        lead = _LINKED_BEFORE.sub("", sentence[clause_bounds(sentence, quantity.start)[0]:quantity.start])
        lead = _TEAM_AFTER.sub("", lead)  # 通讯员队伍达到215名: the team's people
        before = self.segmenter.words(lead[-6:]) if lead else []
        return any(_names_people(noun, q.norm) and not any(
            noun in self.segmenter.lexicon.equivalents(w) or w in noun or noun in w for w in asked)
            for noun in (following, before[-1] if before and not any(w in lead for w in asked) else ""))

    def _members_of_another_group(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the amount counts those a group is made of (由…组成的X), and the question asks of no X."""
        a, _ = clause_bounds(sentence, quantity.start)
        if "由" not in sentence[a:quantity.start]:
            return False
        made = re.match(r"[^,;。!?]{0,20}?组成的?([\d\u4e00-\u9fff]{2,12})", sentence[quantity.end:])
        if not made:
            return False
        group = [w for w in self.segmenter.tokens(made.group(1)) if len(w) >= 2 and not w.isdigit()]
        return bool(group) and not any(w in q.norm for w in group)

    @per_figure
    def _counts_a_subset(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the noun right after the amount narrows a thing the question
        names with a word it does not (15件重点提案 for 提案多少件): the
        modifier stands between the amount and the asked head noun; or the amount counts within an
        awarded set the question does not ask (优秀提案中，委员个人提案14件: awarded_set.py)."""
        if counted_among_awarded(q.norm, sentence, quantity.start):
            return True
        _, b = clause_bounds(sentence, quantity.start)
        after = sentence[quantity.end:b]
        if not re.match(r"[\u4e00-\u9fff]", after):
            return False  # "3场、双月协商座谈会5次": no noun of its own follows
        words = self.segmenter.words(after[:12])
        asked = q.norm
        for k, word in enumerate(words[:4]):
            if len(word) < 2 or word in DEEDS_AFTER_COUNT or word in _SERVING_AS:
                return False  # a particle or verb: the noun phrase ended (4篇信息被省政协采用, 9份获得批示)
            if k and word in asked:
                # A word the question writes, or begins as it does (转为 for 转成), narrows nothing it did not ask.
                narrowing = [w for w in words[:k] if w not in _PLAIN_PEOPLE and not (quantity.unit == "户" and w in _HOUSEHOLDERS)]
                return bool(narrowing) and all(w not in asked and not any(w.startswith(t.text) for t in q.terms) for w in narrowing)
        return False

    def _counted_in_clause(self, counted: str, sentence: str, quantity: Quantity) -> bool:
        """Whether the thing the question counts is named in the clause of
        the amount; a thing the documents never name is judged elsewhere."""
        equivalents = self.segmenter.lexicon.equivalents(counted)
        if not any(self.index.idf(e) is not None for e in equivalents):
            return True
        a, b = clause_bounds(sentence, quantity.start)
        a = a if (at := counted_from(sentence, quantity)) is None else at  # (…,2021年为15次): named in the clause before (year_values.py)
        if quantity.end == b and _SPELLED_OUT.match(sentence, b + 1):
            # 领衔督办3件，分别是…的提案: an amount ending its clause counts what the next one lists.
            b = clause_bounds(sentence, b + 1)[1]
        clause = sentence[a:b] + "\n" + total_of_part(sentence, quantity)  # 其中苇城街道118个 counts the total's 充电桩
        # A one-character word counts only as a word of its own: 会 of 主任会议, not of 委员会.
        if any(e in clause if len(e) > 1 else e in self.segmenter.words(clause) for e in equivalents):
            return True
        if counted in ("活动", "工作", "任务", "事项") and "、" in sentence[a:quantity.start]:
            return True  # 承办了几项活动 → 牵头承办专题协商、对口协商和调研视察8项: the deeds listed are the activities
        # A long counted word of which a telling piece is there (大项目 in 重大项目).
        pieces = [p for p in self.segmenter.tokens(counted) if len(p) >= 2 and p != counted]
        return any(p in clause for p in pieces)


def _list_lead(sentence: str) -> str:
    """The words before the colon opening a list of items parted by semicolons (主要目标是:…;…;…), which
    head every item; empty when no colon stands before the first semicolon."""
    first = min((x for x in (sentence.find(c) for c in ";；") if x >= 0), default=-1)
    colon = max(sentence.rfind(c, 0, first) for c in ":：") if first >= 0 else -1
    return sentence[:colon] if colon >= 0 else ""
