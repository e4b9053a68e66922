"""Which figure of a sentence answers: the shapes general Chinese writes figures in.

- A change told from → to (由上年的86.0%提高到93.5%, 从45个工作日压缩至15个) gives the value
  before (the previous year's) and the value reached (the current one); a comparison
  (共收到752件，比上年的698件增长7.7%) gives the previous year's value after 比上年的, and a
  difference (比上年多完成97部, 提高2.1个百分点) is no value, only the change.
- An enumeration under a scope (立案提案中，A 138件，B 39件; 16件重点提案中，已解决的11件)
  counts what its scope names, in each item the part its own words name; a scope that
  narrows (重点提案) makes each item a count of that subset.
- A figure written before 占X的 (提案有123件，占经济建设类提案的一半) is a part of X, not X.
- Asked how much more (比上年多了多少), the sentence's difference answers, not its level; asked a
  year (2020年…多少件), the figure it dates (2020年为181件) answers, not the undated one.
- A total before its breakdown, an item of an enumeration (breakdowns.py), and never a figure
  the question itself gives (4册读本一共印了多少册 → 12000册).

Which year a figure is of and whether it is a change: figure_years.py.
A mixin of ``FactReader`` (reading.py) beside ``CountedThing`` (counting.py).
"""

from __future__ import annotations

from dataclasses import replace
import re

from .breakdown_parts import with_parts
from .compared_baseline import ASKS_AGAINST_PREVIOUS as _COMPARED
from .breakdowns import (not_the_asked_part, one_of_alternatives, outnamed_item, singled_out_part, sum_of_listed,
                         unnamed_item)
from .facts import Quantity, clause_bounds, find_quantities
from .sentence_rows import of_asked_row
from .term_told import baseline_term_asked
from .figure_years import (TELLS_CHANGE, TO_BEFORE, YEAR_PART, another_years_figure, asks_change, changed_since_elsewhere,
                           clause_year_score, dated_elsewhere, earlier_value, is_difference, previous_asked,
                           same_measure, told_with)
from .list_names import listed_names_kept
from .named_items import asked_item, named_item
from .joint_total import bodies_listed
from .gap_figure import gap_unasked
from .qualified_count import qualified_unasked
from .given_figure import given_in_question as _given_in_question
from .frames import question_mode, question_places
from .kinds_asked import kind_untold, other_rate
from .negated_deeds import denied_deed_unasked
from .passive_deeds import passive_deed_unasked
from .periods import SPAN, asked_period, told_period
from .plan_result import plan_or_outcome_score
from .proposed_change import proposed_change_score
from .other_committee import other_committee_counted
from .pool_figure import picked_from_pool, pool_figure
from .share_base import share_base
from .scope_whole import scope_figure_score
from .rest_figure import rest_figure
from .question import QuestionAnalysis
from .wording import in_quoted_item

# A scope that an enumeration's items are parts of: 立案提案中, 16件重点提案里, 从提案内容看.
_SCOPE = re.compile(r"([^,;:。!?]{2,24}?)(?:之中|中间|中|里|当中|来看|看)$")
# 占经济建设类提案的一半: what follows 占 is the whole the figure is a part of.
# A question counting within a set it names first (16件重点提案里已解决了几件).
_ASKED_SCOPE = re.compile(r"^([\u4e00-\u9fff\d]{2,16}?)(?:之中|当中|里|中)(?=[^,;:。!?]*(?:多少|几))")
# A scope pointing back at one body named before (该局承办的29件提案中, 该校): its items count within it.
# A clause opening with a comparison (比上年的698件, 比上届年均水平多出, 同比增长): it goes on with the clause before.
_COMPARISON_OPENS = re.compile(r"比(?![例重率较赛分对照])|较(?![好大多少高低快强为差小长短早晚])|同比|环比")
_POINTED = re.compile(r"(?:该|此|这个|这家|这所)([\u4e00-\u9fff])")
# A noun's own measure written after it (农产品金额, 茶叶总量, 设备价值): the figure measures that noun.
_MEASURE_OF = re.compile(r"金额|总额|总值|价值|货值|数量|总量|总数|规模|面积|产量|销量|销售额")
_SHARE_OF = re.compile(r"占([\u4e00-\u9fff]{2,16}?)(?:的|总数|总量|比例|比重|[\d.]+%)")


def _pointed_elsewhere(question: str, sentence: str, at: int, unasked: bool = True) -> bool:
    """Whether the words at ``at`` point back at one body (该局, 该校) that the question does not ask:
    it names no such body (B类几件; only with ``unasked``), or another one than the statement (up to ；)
    names before them (卫健局承办的提案里A类多少 → not 县教育局…，该局承办的29件提案中，A类21件)."""
    pointed = _POINTED.match(sentence, at)
    if not pointed:
        return False
    if pointed.group(1) not in question:
        return unasked
    statement = sentence[max(sentence.rfind(c, 0, at) for c in ";；。") + 1:at]
    asked = re.findall(r"[\u4e00-\u9fff]{2,8}?" + pointed.group(1), question)
    return bool(asked) and not any(body[k:] in statement for body in asked for k in range(len(body) - 2))


def _telling_kinds(q: QuestionAnalysis) -> list[tuple[str, ...]]:
    """The equivalents of the question's terms of two characters or more that may tell a breakdown's
    items apart: a single character (会 of 大会's) stands in every item (大会期间, 闭会期间), it tells none."""
    return [tuple(e for e in t.equivalents if len(e) >= 2) for t in q.terms if len(t.text) >= 2]


def _carries_every_items_words(q: QuestionAnalysis, sentence: str, quantity: Quantity, answers) -> bool:  # noqa: ANN001
    """Whether the figure's item of a list writes question words no other item does, besides its own name
    (石门镇有电商专员12名，柳岸乡有7名: 电商专员 leads into the whole list, though written in its first item)."""
    names = listed_names_kept(q.__dict__.setdefault("_listed_names", {}), ("unit", quantity.unit), sentence,
                              lambda x: answers(x) and x.unit == quantity.unit)  # (answers: same_kind, as named_items')
    own = names.get(quantity.start, "")
    others = [name for at, name in names.items() if at != quantity.start]
    return any(e in own and not any(e in name for name in others) for t in q.terms if len(t.text) >= 2
               for e in t.equivalents if len(e) >= 2)


class FigureChoice:
    """The figure-shape checks of ``FactReader``; ``self.segmenter`` is the reader's."""

    @staticmethod
    def _change_score(q: QuestionAnalysis, sentence: str, quantity: Quantity, years: list[int],
                      own_year: int | None) -> float:
        """Which figure of a change or a comparison is asked: the value reached (the current
        year's) unless the previous year is asked, the starting one or the base of a comparison
        (比上年的698件) when it is; a difference only when the question asks how much it changed."""
        a, _ = clause_bounds(sentence, quantity.start)
        lead = sentence[a:quantity.start]
        if re.search(r"(?:19|20)\d\d年" + YEAR_PART + r"的?$", lead):
            if asks_change(q) and any(is_difference(sentence, x) for x in find_quantities(sentence)):
                return -0.3  # 收入增长多少 → 增长76.7%, not the level 增至2022年的15.2万元
            return 0.0  # 从2022年的38件: the year written before the figure dates it (reading.py)
        before_asked = previous_asked(q, years, own_year) or baseline_term_asked(q.norm, lead)  # 第10届有几个 → 比第10届的32个
        change_asked = asks_change(q)
        if earlier_value(sentence, quantity):
            return 0.35 if before_asked else -0.3  # 由上年的86.0%提高到93.5% → 86.0% is last year's
        if TO_BEFORE.search(lead) and re.search(r"由|从", lead):
            return -0.3 if before_asked else 0.2
        if before_asked and re.match(r"[\u4e00-\u9fff]{0,8}?[,，]?(?:(?:比|较)(?:上年|去年|上1年|上1?届|第?\d+届(?!\d+次))|[(（]?(?:上年|去年|上1年)(?:同期)?(?:为|是)\d)",
                                     sentence[quantity.end:]):  # (…委员9名，上年为17名: 9名 is this year's)
            return -0.3  # 共收到752件，比上年的698件… (遴选出18件重点提案，比上年的15件…): the document's own year's figure
        if is_difference(sentence, quantity):
            return 0.2 if change_asked else -0.5  # 比上年多完成97部: how many more, not how many
        if change_asked and any(is_difference(sentence, x) and same_measure(sentence, x, quantity)
                               for x in find_quantities(sentence)):
            return -0.5  # 比上年多了多少 → 比上年增加37件, not the year's own 218件
        return 0.0

    def _scope_of(self, sentence: str, quantity: Quantity) -> str:
        """The scope an enumeration's item is counted under: the clause ending in 中 / 里 / 看
        before it, when each clause between holds a figure (立案提案中，A 138件，B 39件 → 立案提案)."""
        a, _ = clause_bounds(sentence, quantity.start)
        while a > 0:
            b = a - 1
            a, _ = clause_bounds(sentence, b)
            clause = sentence[a:b]
            scope = _SCOPE.search(clause)
            if scope and not re.search(r"\d", clause[scope.end(1) - 2:]):
                return scope.group(1)
            if not re.search(r"\d", clause):
                return ""  # a clause of no figure: no longer one enumeration
        return ""

    def _scope_names_counted(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the thing counted is named by the scope of the item's enumeration
        (民主党派立案提案中，民建24件 counts 提案), or by the clause a comparison continues."""
        if not q.counted:
            return False
        named = self.segmenter.lexicon.equivalents(q.counted)
        a, _ = clause_bounds(sentence, quantity.start)
        while a > 0 and _COMPARISON_OPENS.match(sentence, a):
            # 共收到提案752件，比上年的698件: the comparison counts what the clause before counts; so does each
            # of several in a row (提案612件，比上年的578件增加34件，同比增长5.9%，比上届年均水平多出80余件).
            prior = clause_bounds(sentence, a - 1)[0]
            if any(e in sentence[prior:a] for e in named):
                return True
            a = prior
        scope = self._scope_of(sentence, quantity)
        return bool(scope) and any(e in scope for e in named)

    def _narrowed_by_scope(self, q: QuestionAnalysis, sentence: str, quantity: Quantity,
                           head: tuple[str, ...]) -> float:
        """A figure under a scope that narrows the asked thing (16件重点提案中，已解决的11件 for
        已解决的提案多少件: 重点 qualifies 提案 and the question says no 重点), when its own clause
        names no asked thing; a scope whose words the question all names is the one asked
        (16件重点提案里已解决了几件)."""
        scope = self._scope_of(sentence, quantity)
        if not scope:
            return 0.0
        if _POINTED.match(scope) and _pointed_elsewhere(q.norm, sentence, sentence.rfind(scope, 0, quantity.start)):
            return -0.3  # B类几件 → not 该局承办的29件提案中，…B类7件: one body's, pointed back to
        a, b = clause_bounds(sentence, quantity.start)
        own = sentence[a:b]
        said = [q.norm] + [e for t in q.terms for e in t.equivalents]
        words = [w for w in self.segmenter.words(scope) if len(w) >= 2 and not re.search(r"\d", w)]
        if words and all(any(w in x for x in said) for w in words) and not all(w in own for w in words):
            return 0.2
        nouns = self.segmenter.lexicon.equivalents(q.counted) if q.counted else tuple(e.lstrip("的") for e in head)
        for noun in (n for n in nouns if len(n) >= 2 and n in scope and n not in own):
            before = [w for w in self.segmenter.words(scope[:scope.rfind(noun)]) if not re.search(r"\d", w)]
            if before and len(before[-1]) >= 2 and not any(before[-1] in x for x in said):
                return -0.3
        return 0.0

    def _scope_narrows(self, q: QuestionAnalysis, sentence: str, quantity: Quantity, head: tuple[str, ...]) -> float:
        """``_narrowed_by_scope``, but nothing for the item the question names under a scope qualifying the
        counted noun (集体提案中，…其中民革某某市委8件 for 民革提了几件: every item is 集体); a scope pointing
        back at one body (该局承办的…中) still narrows."""
        narrowed = self._narrowed_by_scope(q, sentence, quantity, head)
        if narrowed < 0 and self._item_asked(q, sentence, quantity) > 0 \
                and not _POINTED.match(self._scope_of(sentence, quantity)):
            return 0.0
        return narrowed

    def _part_of_named(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the question's telling words stand in the figure's clause only as the whole
        it is a share of (提案有123件，占经济建设类提案的一半 for 经济建设类提案多少件)."""
        if q.unit == "%":
            return False
        a, b = clause_bounds(sentence, quantity.start)
        rest = sentence[quantity.end:]
        nxt = clause_bounds(sentence, b + 1)[1] if rest.startswith((",", "，")) else b
        share = _SHARE_OF.search(sentence[quantity.end:nxt])
        if not share:
            return False
        whole = share.group(1)
        own = sentence[a:quantity.start]
        return any(len(t.text) >= 2 and any(e in whole for e in t.equivalents)
                   and not any(e in own for e in t.equivalents) for t in q.terms)

    def _counts_modified(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the counted noun stands before the figure only as a modifier of another noun,
        and the figure is measured otherwise than asked (界别提案39件 for 多少个界别): the figure
        counts that other noun (协商议政活动62次 for 几次协商议政 is the one asked)."""
        if not q.counted or not q.norm.rstrip("?!。 ").endswith(q.counted) or not q.unit or quantity.unit == q.unit:
            return False  # a noun the question ends on, counted in another measure (多少个界别 → 39件)
        a, _ = clause_bounds(sentence, quantity.start)
        # (a floor or ceiling is a link too: 联系委员不少于5名 counts the 委员 before it)
        before = re.sub(r"(?:共|有|达|为|达到|共计|总计|合计|累计|不少于|不低于|不多于|不超过|至少|最少|最多)$", "",
                        sentence[a:quantity.start])
        for e in sorted(self.segmenter.lexicon.equivalents(q.counted), key=lambda e: (-len(e), e)):  # a set: fixed order
            at = before.rfind(e)
            if at >= 0:
                tail = before[at + len(e):]
                # A noun of its own (提案), not a verb or a link (扩大到, 中遴选出, 和群众代表).
                return len(tail) >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", tail)) and not re.search(
                    r"[到至为了是在和与及的由从将把被中出向对给有]", tail) and tail not in q.norm and not any(
                    tail.endswith(x) for x in self.segmenter.lexicon.equivalents(q.counted)) \
                    and not _MEASURE_OF.fullmatch(tail)  # 购买农产品金额46.8万元: the noun's own measure, not another noun
        return False

    def _shape_score(self, q: QuestionAnalysis, sentence: str, quantity: Quantity, head: tuple[str, ...],
                     years: list[int], own_year: int | None, session: tuple[int, int] | None = None,
                     parts: str = "") -> float:
        """What the figure's shape adds to or takes from its score (see the module's docstring)."""
        score = self._change_score(q, sentence, quantity, years, own_year)
        score += clause_year_score(sentence, quantity, years, own_year)
        score += self._scope_narrows(q, sentence, quantity, head)
        if denied_deed_unasked(q.norm, [t.text for t in q.terms], sentence, quantity):
            score -= 0.5  # 立案多少件 → not 不予立案转作意见建议处理的74件: those the deed was denied
        if share_base(q.norm, sentence, quantity):
            score -= 0.3  # 参加过的委员有多少名 → not the 442名 of 占委员总数442名的93.2%, the base (share_base.py)
        if gap_unasked(q.norm, sentence, quantity):
            score -= 0.5  # 从业人员多少人 → not 从业人员缺口约1900人: those missing (gap_figure.py)
        if self._outside_asked_set(q, sentence):
            score -= 0.3  # 16件重点提案里… asked: a sentence that names no 重点 counts another set
        if _pointed_elsewhere(q.norm, sentence, clause_bounds(sentence, quantity.start)[0], unasked=False):
            score -= 0.3  # 卫健局承办了多少件 → not 县教育局…，该局承办的29件提案: another body's
        if self._part_of_named(q, sentence, quantity):
            score -= 0.3  # 提案有123件，占经济建设类提案的一半: a part of what is asked
        if self._counts_modified(q, sentence, quantity):
            score -= 0.3  # 界别提案39件 counts 提案, not 界别
        if pool_figure(q.norm, sentence, quantity):
            score -= 0.5  # 建成委员之家的乡镇有几个 → not 全县16个乡镇中的12个's pool (pool_figure.py)
        elif picked_from_pool(q.norm, sentence, quantity):
            score -= 0.3  # 全市一共几个界别 → not the 21个 picked from 全市25个界别中的21个界别 (pool_figure.py)
        if rest_figure(q.norm, sentence, quantity):
            score -= 0.4  # 重点提案有几件 → not 其余8件重点提案, the rest of them (rest_figure.py)
        if other_committee_counted(q.norm, sentence, quantity, self.index.home_places, self._asked_places(q)):
            score -= 0.4  # 2022年报给省政协的有多少条 → not 某县政协报送量由2022年的26篇… (other_committee.py)
        score += plan_or_outcome_score(question_mode(q.norm), sentence, quantity)  # 计划32个，实际完成35个
        score += proposed_change_score(question_mode(q.norm), q.norm, sentence, quantity)  # 建议由300元提高到500元
        if changed_since_elsewhere(q, sentence, quantity, own_year, session):
            score -= 0.5  # 比上年提高多少 → the difference against the year before, not against the term's start
        return score + self._among_several(q, sentence, quantity, years, session, parts)

    def _among_several(self, q: QuestionAnalysis, sentence: str, quantity: Quantity, years: list[int],
                       session: tuple[int, int] | None = None, parts: str = "") -> float:
        """What the figure's place among the sentence's other figures adds or takes: a total or an
        item of its breakdown, an item of an enumeration, a year's value beside one dated by the
        asked year, a figure the question itself gives."""
        kinds = _telling_kinds(q)
        # 宣讲和观摩一共几次 → 19次，其中…; 大会期间交了几件 → not the 312件 the next sentence (其中，…) breaks down
        score = -0.5 * not_the_asked_part(q.norm, kinds, with_parts(sentence, parts), quantity)
        score -= 0.3 * sum_of_listed(kinds, sentence, quantity)  # 民主党派交了几件 → not 以各民主党派、工商联…名义41件
        score -= 0.3 * one_of_alternatives(kinds, sentence, quantity)  # 已有政策规定的几件 → not 属于个人诉求或者…的45件
        score -= 0.3 * passive_deed_unasked(q.norm, kinds, sentence, quantity)  # not 其中有21件…被有关部门吸收采纳
        score += scope_figure_score([(t.equivalents, t.weight) for t in q.terms if len(t.text) >= 2], sentence, quantity)  # scope_whole.py
        if score and self._body_size(q, sentence, quantity) == 1:
            score = 0.0  # 委员多少人 → 共有委员485名，其中常务委员78名: the plain noun is the whole (body_size.py)
        # A deed the question tells (评定了多少个) governs every item; the kinds are the nouns.
        weighted = [(t.equivalents, t.weight) for t in q.terms if len(t.text) >= 2
                    and t.text + "了" not in q.norm and t.text + "过" not in q.norm]
        units = self.segmenter.lexicon.units
        # Items of like figures (会议4次、会议10次), not a list of unlike ones (考察团3批次、队员40名).
        score -= 0.3 * outnamed_item(weighted, sentence, quantity, lambda x: self._compatible(q, x) and units.get(
            x.unit, x.unit) == units.get(quantity.unit, quantity.unit))  # 全体会议5次、主任会议12次 → not 5次
        same_kind = lambda x: self._compatible(q, x) and units.get(x.unit, x.unit) == units.get(quantity.unit, quantity.unit)
        named = self._item_asked(q, sentence, quantity)  # 团县委交了几件 → 团县委2件; 城关镇… → 其中城关镇1350个
        score += 0.3 * named
        if named < 0 and _carries_every_items_words(q, sentence, quantity, same_kind):
            score -= 0.3  # 柳岸乡有几名电商专员 → not 石门镇有电商专员12名: the first item names what every item counts
        score -= 0.5 * self._unnamed_item(q, sentence, quantity)  # 立案多少件 → not 涉及经济发展72件、城乡建设58件…
        if dated_elsewhere(sentence, quantity, years):
            score -= 0.3  # 2020年…多少件 → (2020年为181件), not the 218件 of the document's own year
        if '"' in q.norm and not in_quoted_item(q.norm, sentence, quantity.start) and any(
                self._compatible(q, x) and in_quoted_item(q.norm, sentence, x.start) for x in find_quantities(sentence)):
            score -= 0.4  # "X志"多少万字 → its own item's 24万字, not the 60万字 of all the books
        if _given_in_question(q, sentence, quantity):
            score -= 0.5  # 4册读本一共印了多少册 → 12000册: the 4册 the question gives is not what it asks
        if self._other_period_beside(q, sentence, quantity, session):
            score -= 0.6  # 去年举办了几期 → 2024年共举办9期, not the 累计已举办31期 after it
        return score

    def _asked_places(self, q: QuestionAnalysis) -> set[str]:
        """The places the question names (frames.question_places), read once per question."""
        if "_asked_places" not in q.__dict__:
            q.__dict__["_asked_places"] = question_places(q.norm, self.index.home_places, self.index.corpus_text)
        return q.__dict__["_asked_places"]

    def _other_period_beside(self, q: QuestionAnalysis, sentence: str, quantity: Quantity,
                             session: tuple[int, int] | None = None) -> bool:
        """Whether the figure covers another period (a year, a running total) than the question asks,
        and a figure of its kind beside it in the sentence covers the asked one (periods.py)."""
        period = asked_period(q)
        if period is None or told_period(sentence, quantity.start, session) == period:
            return False
        units = self.segmenter.lexicon.units
        return any(x is not quantity and self._compatible(q, x) and units.get(x.unit, x.unit) == units.get(
            quantity.unit, quantity.unit) and told_period(sentence, x.start, session) == period for x in find_quantities(sentence))

    def _outside_asked_set(self, q: QuestionAnalysis, sentence: str) -> bool:
        """Whether the question counts within a set it names first (16件重点提案里…) and the
        sentence does not name that set."""
        asked = _ASKED_SCOPE.search(q.norm)
        if asked and not self._ends_a_word(q.norm, asked.end(1)):
            return False  # 给市里交了几篇: 市里 (县里, 家里) is one word, a place, not a set counted within
        return bool(asked) and any(w not in sentence for w in self.segmenter.words(asked.group(1))
                                   if len(w) >= 2 and not re.search(r"\d", w))

    def _ends_a_word(self, text: str, at: int) -> bool:
        """Whether the segmenter puts a word boundary at ``at`` in ``text``."""
        end = 0
        for word in self.segmenter.words(text):
            start = text.find(word, end)
            if start < 0:
                continue
            end = start + len(word)
            if end >= at:
                return end == at
        return True

    def _part_of_total_before(self, q: QuestionAnalysis, total: str, sentence: str, quantity: Quantity) -> bool:
        """Whether the figure is an item of a breakdown written as a sentence of its own (其中，大会期间收到提案
        259件) of the total the sentence before gives, and the question asks the total or another item: it names
        nothing the breakdown's sentence names and the total's does not (经济建设类提案占比 names its item)."""
        if any(e in sentence and e not in total for e in q.term_words()):
            return False
        joined = with_parts(total, sentence)
        shift = len(joined) - len(sentence)
        moved = replace(quantity, start=quantity.start + shift, end=quantity.end + shift)
        return not_the_asked_part(q.norm, _telling_kinds(q), joined, moved)

    def _shape_fit(self, q: QuestionAnalysis, sentence: str, quantity: Quantity, head: tuple[str, ...], years: list[int],
                   own_year: int | None, parts: str = "", session: tuple[int, int] | None = None) -> float:
        """The most the chosen figure's shape lets it fit: a part of the asked thing, another
        thing the asked noun only qualifies, or this year's value when the year before is asked
        (覆盖率达到91.5%，比上年提高4.2个百分点 tells no value of the year before), fits little;
        so does a total when one of the parts the next sentence breaks it into is asked."""
        if parts and not_the_asked_part(q.norm, _telling_kinds(q), with_parts(sentence, parts), quantity):
            return 0.5  # 大会期间交了几件 → not 收到提案312件 when 其中，大会期间提交278件 follows
        if passive_deed_unasked(q.norm, _telling_kinds(q), sentence, quantity):
            return 0.25  # 转成意见建议的有多少件 → not 其中有21件意见建议被有关部门吸收采纳: those the deed reached
        if gap_unasked(q.norm, sentence, quantity):
            return 0.25  # 从业人员多少人 → not 从业人员缺口约1900人: those missing (gap_figure.py)
        if qualified_unasked(q.norm, sentence, quantity):
            return 0.5  # 有多少家托育机构 → not 已完成备案的托育机构239家: those a deed reached (qualified_count.py)
        if sum_of_listed(_telling_kinds(q), sentence, quantity) and bodies_listed(sentence, quantity.start):
            return 0.5  # 市工商联提了几件 → not 收到委员、各民主党派市委会、市工商联…提交的提案612件, what all of them did
        if one_of_alternatives(_telling_kinds(q), sentence, quantity):
            return 0.5  # 已有政策规定的几件 → not 属于个人诉求或者所提事项已有明确政策规定的45件, all of them
        if singled_out_part(_telling_kinds(q), sentence, quantity):
            return 0.25  # 零部件项目投资多少 → not 总投资8.6亿元 of all six, when 其中 singles that project out
        if own_year is not None and own_year - 1 in years and own_year not in years and not earlier_value(
                sentence, quantity) and str(own_year - 1) not in sentence and not (
                asks_change(q) and is_difference(sentence, quantity)):
            return 0.25  # 比上年提高了多少 names the year before only to compare: the difference answers
        if kind_untold(q.norm, sentence):
            return 0.25  # 本届以来A类提案累计多少件 → not 累计确定重点提案22件: another kind (kinds_asked.py)
        if head and not q.counted and asked_period(q) == SPAN and any(e in sentence for e in head) and not any(
                e in told_with(sentence, quantity) for e in head):
            return 0.5  # 累计立案多少件 → not 累计确定重点提案26件,…占立案总数: each clause of totals counts its own thing
        if other_rate(q.norm, told_with(sentence, quantity)):
            return 0.25  # 按时答复率比上年提高了多少 → not 满意率为96.4%，比上年提高1.5个百分点
        if another_years_figure(sentence, quantity, years):
            return 0.25  # 今年实际完成了几个: the year's own figure is a plan, the others are of no such year
        if _given_in_question(q, sentence, quantity):
            return 0.1  # 提的163条建议采纳了多少条: the figure the question starts from never answers it
        if self._part_of_named(q, sentence, quantity) or self._counts_modified(q, sentence, quantity):
            return 0.25
        if changed_since_elsewhere(q, sentence, quantity, own_year, session):
            return 0.25  # 比上年增加多少 → not 与3届1次会议相比，立案数增加26件: a change since further back
        if asks_change(q) and not TELLS_CHANGE.search(sentence):
            # 比上年多了多少: a sentence telling no change (提供稿件21件) tells no difference; compared with
            # the year before in so many words (按时答复率比上年提高了多少), its level never answers.
            return 0.25 if _COMPARED.search(q.norm) else 0.5
        if asks_change(q) and _COMPARED.search(q.norm) and not is_difference(sentence, quantity) and not any(
                is_difference(sentence, x) and same_measure(sentence, x, quantity) for x in find_quantities(sentence)):
            return 0.25  # 立案率比上年提高了多少 → not 立案率为84.6% where only 立案数比上年增加21件 tells a change
        if self._counts_acted_on(q, sentence, quantity):
            return 0.25  # 有多少名委员 → not 推荐6名委员担任…: those a deed was done to (counting.py)
        if self._scope_narrows(q, sentence, quantity, head) < 0 or self._outside_asked_set(q, sentence):
            return 0.5
        if self._unnamed_item(q, sentence, quantity) and not of_asked_row(q, sentence, quantity):
            return 0.25  # 立案了多少件 → not 涉及经济发展72件、城乡建设58件、…: one item of a breakdown, another thing
        return 1.0

    def _item_asked(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> int:
        """1 for the figure of the list item the question names (whole, or short: named_items.py), -1 for
        another item's; 0 when the question names no one item.  Kept on the question, as ``_unnamed_item``."""
        found = q.__dict__.setdefault("_items_asked", {}).get((sentence, quantity))
        if found is None:
            units = self.segmenter.lexicon.units
            same_kind = lambda x: self._compatible(q, x) and units.get(x.unit, x.unit) == units.get(quantity.unit, quantity.unit)
            kept = q.__dict__.setdefault("_listed_names", {})  # same_kind depends on the question and the unit alone
            found = named_item(q.norm, sentence, quantity, same_kind, kept)
            if not found:
                told = [t.text for t in sorted(q.terms, key=lambda t: -t.weight) if t.text != q.counted]
                found = asked_item(q.norm, told, sentence, quantity, same_kind, kept)
            q.__dict__["_items_asked"][(sentence, quantity)] = found
        return found

    def _unnamed_item(self, q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
        """Whether the figure is an item of an enumeration of like figures none of whose items the
        question names (breakdowns.py).  Kept on the question: the figure chosen is asked again (``_shape_fit``)."""
        found = q.__dict__.setdefault("_unnamed_items", {}).get((sentence, quantity))
        if found is None:
            # A piece of a longer word names an item too (城乡建设类 → 城乡建设).
            weighted = [(t.equivalents, t.weight) for t in q.terms if len(t.text) >= 2] + [
                ((p,), t.weight) for t in q.terms if len(t.text) >= 2 for p in t.parts if len(p) >= 2]
            units = self.segmenter.lexicon.units
            found = q.__dict__["_unnamed_items"][(sentence, quantity)] = unnamed_item(
                weighted, sentence, quantity,
                lambda x: self._compatible(q, x) and units.get(x.unit, x.unit) == units.get(quantity.unit, quantity.unit),
                q.__dict__.setdefault("_listed_names", {}), ("class", units.get(quantity.unit, quantity.unit)))
        return found
