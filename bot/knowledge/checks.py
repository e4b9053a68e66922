"""The checks that let the answerer decline by reason, not by word list: the year and frame a question asks in, plan
or results, the committee it names, whether the person holds the post asked, whether the chosen sentence gives the
attribute, ordinal or kind of thing asked; naming no document, which of several documents answers (the newest) is
newest_told.py's.  Plain functions; the answerer weighs them."""

from __future__ import annotations

import re

from .patterns import pattern
from .post_asked import affiliation_doubt, other_surname_told, without_post_duty
from .region_scope import region_doubt
from .facts import clause_bounds
from .heads import session_told
from .breakdown_parts import total_before
from .event_kinds import names_event_kind
from .figure_years import names_previous_year
from .told_words import inside_told_phrase, span_told, theme_of_meeting, year_names_told_thing
from .frames import PLAN, RESULTS, is_plan, offset_years, plan_name_years, plans_ahead, planned_year, question_mode
from .plan_result import plan_sets_count, plan_span
from .paper_plans import marked_done
from .index import PassageIndex
from .level_pair import pair_untold
from .kind_answered import ITEMS_OF_KIND, names_kind
from .among_several import one_of_several_told, one_use_of_several
from .members_counted import one_of_counted_told
from .items import counts_items_asked, items_untold, rank_untold, top_places_untold
from .named_things import named_thing_doubt
from .off_topic_told import off_topic_told
from .counted_words import counted_modifier, funds_modifier
from .subjects import subject_phrases
from .series_items import ASKED_ORDINAL, series_untold
from .dated_deed import dated_deed_untold
from .award_asked import award_untold
from .other_quoted import asks_quoted, other_quoted_told, sub_heading
from .place_counted import level_uncounted, venue_only
from .term_match import abbreviation_told, brackets_plain, term_strength
from .question import KIND_WHAT, KIND_WHEN, KIND_WHERE, KIND_WHO, OFF_TOPIC_RE, QuestionAnalysis
from .post_words import ASKED_THEN, FORMER, THEN_HELD, body_held, group_level_asked, holds, leader_untold, other_body_post, qualified_post_untold, level_of, post_after_name, post_apart, post_taken, same_level
from .titles import named_thing_untold, topics_listed
from .told import body_name_written, body_named, event_doubt, person_clause_doubt, place_told_as_asked, role_nouns_asked, with_subject
from .touched import touched_doubt
from .amount_year import amount_year
from .carried_year import carried_year
from .baseline_kind import baseline_of_other
from .post_restated import only_post_named_told
from .asked_untold import untold_doubt
from .person_part import person_of_other_part
from .proposal_kind import proposal_kind_untold
from .vague_place import tells_no_place, only_occasion_told, only_time_told, only_vague_place, place_of_other_deed, place_of_other_session, trip_for_held
from .deed_told import deed_doubt
from .named_doer import person_untold
from .unit_asked import post_of_unit_untold
from .newest_told import NewestAnswer
from .values import Result
from .wording import figure_of_other_ordinal, ordinal_told_around
from .term_told import other_term_told, present_term_told, previous_term_unnamed
from .doc_passages import doc_passages
from .neighbour_committee import neighbour_committee_untold, other_region_untold

__all__ = ["Checks"]

# The attribute a what-question asks for: 会议的主题是什么 (or 协商主题是啥, no 的), 分管什么工作 (the verb), 讲的是什么题目.
_ASKED_ATTRIBUTE = re.compile(r"的([\u4e00-\u9fff]{2,4}?)(?:分别|各|都)?(?:是什么|是啥|有哪些|是哪些)[?!。]*$|([\u4e00-\u9fff]{2})(?<![的是了有])(?:什么|哪些)(?:工作|委员会)|"
                              r"什么(题目|主题|名字|名称)|(?<!的)(主题|议题)(?:分别|各|都)?(?:是什么|是啥|有哪些|是哪些)[?!。]*$")
# A theme (主题, 议题, 题目) is told by the quoted topic a work is done around (围绕"农村污水治理"开展…) or is titled.
_THEME_WORDS = frozenset({"主题", "议题", "题目", "内容", "课题"})
# …or is the quoted object of the event held (开展"城市交通拥堵治理"远程协商), or unquoted, the rest of a meeting's 聚焦 clause.
_NAMES_THEME = re.compile(r'(?:围绕|聚焦|以|就|题为|名为|主题为|定名为|命名为|开展|组织|承办|举办|举行|召开)"[^"]{2,30}"|会议?聚焦[\u4e00-\u9fff]{4,20}(?=[,;。]|$)')
# What kind of thing is asked for (哪个区, 哪个党派): only kinds whose instances say what they are (…区, …委员会) or are few and general (the parties).
# (还有几件是…: how many remain at a stage, a count, not what else.)
_ASKED_ROLE_NOUN = re.compile(r"([\u4e00-\u9fff]{1,2}(?:人|者))(?:是谁|是哪位|叫什么)")
_ASKS_TITLE = re.compile(r"(?:什么|哪些|哪几个?)(?:题目|标题|名称|名字)|(?:题目|标题|名称)是什么")
# A thing's own name asked (建议叫什么, 发言题目是啥, 培训班叫啥名字): the reports quote a made thing's name.
# 叫什么 asks a thing's name only after a made thing's noun (那位检察长叫啥 asks a person, named unquoted).
_NAME_OF_THING = re.compile(r"(?:建议|报告|方案|规划|意见|办法|课题|品牌|平台|栏目|专栏|项目|工程|文件|制度|机制|提案|论坛|"
                            r"讲堂|基地|工作室|活动|培训班|书|刊物|文章|发言)(?:叫|(?:的名字|名字|名称|名)(?:叫|是))(?:什么|啥)|"
                            r"(?:题目|标题|名称)(?:是|叫)?(?:什么|啥)|(?:什么|啥)(?:题目|标题|名称)")
_ASKS_DUTY = re.compile(r"(分管|主管|负责|联系)(?:什么|哪些|哪几|哪个|啥|哪方面|哪一块|哪块)")
_ASKED_CATEGORY = re.compile(r"(?:哪个|哪些|哪家|哪一个|哪1个|哪几个|哪几家|哪几所|什么|啥)(国家|国|省|市|区|县|街道|乡镇|镇|乡|村|社区|学校|医院|"
                             r"公司|企业|律师事务所|事务所|出版社|商场|科室|委员会|委(?!员)|界别|民主党派|党派|民族|宗教(?!场所|活动|团体|界))(?!域)|(?:哪条|哪1条|哪一条|什么)(路|街)|"
                             # …or the kind before the which-word, as a set counted or pointed at (那4个界别是哪些, 这几所学校分别是哪几所)
                             r"(?:\d+[个家所名位]|几[个家所]|那|这)(街道|乡镇|社区|学校|医院|公司|企业|界别|民主党派|党派)(?:分别|都|各)?(?:是|有)哪")
# An event held, as a sentence tells it (举办"某论坛", 承办全省…研讨会, 召开座谈会): its kind is its last word.
_EVENT_HELD = re.compile(r"(?:召开|举办|承办|举行|主办|协办)[^,;。]{0,30}?(?:会议|会|论坛|沙龙|培训班|班)")
_BODY_HEADS = ("委员会", "界别", "委")
# Bodies whose posts a role names with them (提案委员会主任, 北塘委员工作室负责人): another one's post answers none.
_POST_BODY_HEADS = _BODY_HEADS + ("工作室",)
# A plan told among results, with what came of it (原计划采访80人，实际采访92人).
_PLAN_AMONG_RESULTS = re.compile(r"原计划|原定|原拟|实际")
# A named person's post asked (苗某委员是啥职务, 苗某现在任什么职务, 苗某职务是啥): the name written before it.
_POST_OF_NAMED = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:委员|同志|先生|女士)?(?:现在|目前|现)?(?:(?:是|担任|任|干)(?:啥|什么|哪些)(?:职务|职位|工作)|(?:职务|职位)(?:是|为)(?:啥|什么))")
_DATELINE = re.compile(r"(?:--|——|—)[(（]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日")

# A question whose subject is a committee named by its level alone (市政协…, 县政协…), after the time asked, if any (今年(2023年)区政协…).
_ASKED_LEVEL = re.compile(r"^(?:请问)?(?:(?:今年|去年|上年|前年|本年度?|(?:19|20)\d\d年度?)(?:\((?:19|20)\d\d年\))?,?)?([省市县区])政协")


# Whom asked by where they come from (请的哪里的专家, 哪儿的同志): the body they are invited from, written
# between the verb of inviting and them (邀请省委党校、市委讲师团专家, 邀请某市政协提案委员会的同志).
_ASKS_ORIGIN = re.compile(r"哪(?:里|儿)的([\u4e00-\u9fff]{2})")
_BODY_END = r"(?:党校|讲师团|委员会|政协|大学|学院|研究院|研究所|科学院|协会|学会|医院|中心|[局厅部委办院校])"


def origin_told(question: str, shown: str) -> bool:
    """Whether a question asks where the people invited come from and the sentence names the body they are
    invited from before them (邀请省委党校、市委讲师团专家授课)."""
    asked = _ASKS_ORIGIN.search(question)
    return bool(asked) and re.search(rf"(?:邀请|聘请|请)[^,;。]{{0,30}}?{_BODY_END}(?:的)?{asked.group(1)}", shown) is not None


class Checks(NewestAnswer):
    """Reasons to doubt an answer, over one index."""

    def __init__(self, index: PassageIndex, threshold: float) -> None:
        self.index = index
        self.segmenter = index.segmenter
        self.threshold = threshold
        self._recency: dict[int, float] | None = None
        self._document_texts: dict[int, str] | None = None

    def doubt(self, q: QuestionAnalysis, best: Result, shown: str, places: set[str]) -> float:
        """How much to trust the chosen answer less, for each reason it may not answer the question: another year,
        a post not held, an attribute, ordinal or kind not told, another committee, a ranking the text does not make."""
        factor = 1.0
        doc_year = self.frame(best.passage).year
        section = self.index.section_norm[best.passage]
        figure = amount_year(self.index, best) if q.years else None  # an amount's own year: a plan's is its planned year
        carried = carried_year(self.index.sentence_norm[best.passage], best.sentence) if q.years else None
        if carried is not None:  # 同年 / 这一年: the year of the sentence before, not the report's (carried_year.py)
            if any(year != carried for year in q.years):
                factor *= 0.45
        elif any(year != doc_year and year != figure and str(year) not in shown and str(year) not in section and not (
                doc_year is not None and year == doc_year - 1 and names_previous_year(shown)) for year in q.years):
            factor *= 0.45  # another year, named only near the answer (2019年王宏来过吗)
        if best.kind == KIND_WHO and (not self.holds_asked_post(q, best.fact, best.passage, shown)
                                      or other_surname_told(q.norm, best.fact)):  # (甄副县长是谁: post_asked.py)
            factor *= 0.4  # 主席 asked, a 副主席 told; 省政协 asked, a 市政协 post; a previous term's holder
        attribute = _ASKED_ATTRIBUTE.search(q.norm)
        asked = next((g for g in attribute.groups() if g), "") if attribute else ""
        if attribute and best.kind == KIND_WHAT and not self.mentions(asked, shown) and not (
                asked in _THEME_WORDS and (_NAMES_THEME.search(shown) or theme_of_meeting(q.norm, shown))):
            factor *= 0.4  # 主题是什么 asked, this sentence gives no 主题
        previous = self.index.sentence_norm[best.passage][best.sentence - 1] if best.sentence else ""
        for ordinal in ASKED_ORDINAL.findall(q.norm):  # told, or referred to (本辑) after the sentence telling it
            if not ordinal_told_around(ordinal, shown, self.index.sentence_norm[best.passage], best.sentence, sub_heading(
                    self.index, best.passage)) or (best.kind == "number" and best.fact == ordinal):
                factor *= 0.4  # 二期 asked, 一期 told; or 三期 "answers" 三期码头吞吐能力多少
            elif best.kind in ("number", KIND_WHEN, KIND_WHERE) and figure_of_other_ordinal(ordinal, best.fact, shown):
                factor *= 0.4  # 1期投了多少钱 asked, 在1期基础上,投入386万元实施2期建设 told; 第2期哪天办, 第3期于8月18日… (wording.py)
        if series_untold(q, self.index.context(best.passage), lambda term, where: term_strength(self.index, term, where) > 0):
            factor *= 0.4  # 新任委员培训第3期 asked, another series' 第3期 told: its name nowhere around (series_items.py)
        factor *= 0.4 if other_term_told(q.norm, shown, best.fact, [t.equivalents for t in q.terms if len(t.text) >= 2]) else 1.0  # 10届 asked, 9届…438名 or 比8届…增加 told (term_told.py)
        if best.kind == "number" and (present_term_told(q.norm, shown) or previous_term_unnamed(q.norm, shown, best.fact)):
            factor *= 0.4  # 上1届市政协有多少委员 asked, 本届市政协共有委员432名 told (term_told.py)
        if best.kind in ("number", KIND_WHEN, KIND_WHERE) and person_untold(q.names, shown, previous):
            factor *= 0.4  # 某某哪天去督办调研的 asked, 4月12日…报请市委、市政府领导领衔督办 told (named_doer.py)
        if re.search(r"哪1?期", q.norm) and not re.search(r"第\d+期", shown):
            factor *= 0.4  # 哪一期 asked: an answer names the issue (第3期), not only how many there were (举办14期)
        if best.kind == KIND_WHERE and only_vague_place(q.norm, best.fact, shown):
            factor *= 0.4  # 去哪考察 asked, 赴先进地区考察学习 told: a trip, not where (vague_place.py)
        elif best.kind == KIND_WHERE and best.fact and place_of_other_deed(q.term_words(2), best.fact, shown, getattr(self.index, "names", ())):
            factor *= 0.4  # 培训在哪办 asked, 计划在某区设立工作室1个;计划于6月举办培训 told (vague_place.py)
        elif best.kind == KIND_WHERE and best.fact and (only_time_told(best.fact) or only_occasion_told(best.fact)):
            factor *= 0.4  # 在哪个会场开 asked, 会议将于1月18日开幕 or 在…第3次会议上 told: no place (vague_place.py)
        elif best.kind == KIND_WHERE and (place_of_other_session(q.norm, best.fact, shown)
                                          or trip_for_held(q.norm, [w for w in q.term_words(2) if w in q.norm], best.fact)):
            factor *= 0.4  # 第9次会议在哪开 asked, 常委会第7次会议…赴某县;…第9次会议 told; 论坛在哪办, 赴某地考察 (vague_place.py)
        if best.kind == KIND_WHERE and not best.fact and tells_no_place(shown, q.norm) \
                and not origin_told(q.norm, shown):
            factor *= 0.4  # where asked, and the sentence tells of no place at all (读书班在哪里举办)
        if best.kind == "number" and best.fact and self.figure_of_another_year(q, best):
            factor *= 0.45  # 2024年…实际达到多少 asked, 由2024年的95.2%提高到97.6% gives 2025's
        elif best.kind == "number" and best.fact and baseline_of_other(q.norm, best.fact, shown):
            factor *= 0.4  # 2023年立案提案多少件 asked, 遴选出18件重点提案，比上年的15件 told (baseline_kind.py)
        if best.kind == "number" and best.fact and self.other_level(q, best.passage, "", places) and \
                f"{self.frame(best.passage).level}政协" in self.told_with(best, shown):
            factor *= 0.4  # 市政协去年收到多少条 asked, 县政协共收到…386条，被市政协采用47条 told: the amount is the county's
        if best.kind == KIND_WHEN:
            factor *= event_doubt(q.norm, best.fact, shown)  # another session's or event's date; a month for a day
        factor *= self.affiliation_doubt(q, shown, previous)
        category = _ASKED_CATEGORY.search(q.norm)
        asked_kind = next((g for g in category.groups() if g), "") if category else ""
        either = ("县", "区") if asked_kind in ("县", "区") and re.search(r"县区|区县", q.norm) else ()
        if category and best.kind in (KIND_WHAT, KIND_WHERE) and not self.names_category(asked_kind, shown) \
                and not any(self.names_category(kind, shown) for kind in either):  # 哪个县区: a 县 or a 区
            # 哪个党派 asked, no party named here; 哪些村 asked, none named (村(社区)覆盖率 is every village).
            factor *= 0.4 if asked_kind in ("村", "镇", "乡", "乡镇", "县", "街道", *ITEMS_OF_KIND) else 0.5
        elif best.kind in (KIND_WHAT, KIND_WHERE) and pair_untold(q.norm, shown):
            factor *= 0.4  # 考察了哪几个县市 asked, 赴4个县市考察 told: the pair counted, no place named (level_pair.py)
        foreign = places - set(self.frame(best.passage).places)
        if foreign and not all(place_told_as_asked(place, q.norm, with_subject(shown, self.told_with(best, shown))) for place in foreign):
            factor *= 0.4  # another committee named, this sentence (or the amount's clause, with its doer) is not about it
        role = _ASKED_ROLE_NOUN.search(q.norm)
        nouns = role_nouns_asked(q, role.group(1), shown, self.segmenter.lexicon) if role and best.kind == KIND_WHO else frozenset()
        if nouns and not any(e in shown for e in nouns):
            factor *= 0.4  # 电视栏目的主持人是谁: the sentence names no 主持人
        factor *= person_clause_doubt(q.norm, best.fact, shown, nouns, self.segmenter.lexicon.equivalents(
            (self.segmenter.words(asked) or [asked])[-1]) if asked and best.kind == KIND_WHAT else frozenset(), q.names, places)
        if (_ASKS_TITLE.search(q.norm) or _NAME_OF_THING.search(q.norm) and not best.fact) and best.kind == KIND_WHAT \
                and '"' not in shown and not topics_listed(shown):  # (议了哪些题目 → 议题分别为…、…: titles.py)
            factor *= 0.4  # 8篇信息分别是什么题目, 形成的建议叫什么: a name is quoted, and this sentence quotes none
        elif best.kind == KIND_WHAT and named_thing_untold(q, shown):
            factor *= 0.4  # 他的企业叫什么名字: the sentence speaks of no 企业 (titles.py)
        duty = _ASKS_DUTY.search(q.norm)
        if duty and duty.group(1) not in without_post_duty(shown):  # (分管副县长 names a post: post_asked.py)
            factor *= 0.4  # 林海涛副主席分管什么工作: a sentence about him that tells no 分管
        elif duty and q.names and not any(
                duty.group(1) in part and any(name in part for name in q.names) for part in re.split(r"[。;；!?]", shown)):
            factor *= 0.4  # 方慧芳副主席分管哪些工作: 分管 told of someone else (由分管副主席任组长), she only leads a group
        if best.kind == "number" and asks_quoted(q) and other_quoted_told(q, shown, "".join(self.index.sentence_norm[best.passage][:best.sentence])
                                                       + "\n" + section + "\n" + sub_heading(self.index, best.passage)):
            factor *= 0.4  # "委员讲堂进社区"搞了几场: "送学下基层"活动16场 counts another campaign (other_quoted.py)
        if best.kind == "number" and (level_uncounted(q.norm, best.fact, shown) or venue_only(q.norm, shown)):
            factor *= 0.4  # 去了几个省: 赴省外考察3批次; 某区有多少名委员: 在某区…举办,参训委员80名 (place_counted.py)
        if award_untold(q.norm, best.kind, best.fact, shown):
            factor *= 0.4  # 一等奖一共几篇: 撰写…文章12篇,她的"…"被评为…一等奖 counts her articles (award_asked.py)
        if dated_deed_untold(q, best.kind, shown, self.segmenter.lexicon.equivalents):
            factor *= 0.4  # 梓湖书院是哪年建的: 2021年5月在某书院举办 tells no 建 (dated_deed.py)
        factor *= deed_doubt(q, best.kind, shown, self.segmenter.lexicon.equivalents, lambda w: self.index.idf(w) is not None,
                             self.index.passage_norm[best.passage], section)  # 还分管哪些, 作了啥批示, 闭会期间 (deed_told.py)
        factor *= self.subject_doubt(q, best, shown) * touched_doubt(q, best.kind, shown, self.index.passage_norm[
            best.passage] + "\n" + section) * untold_doubt(q, best.kind, best.fact, shown, self.frame(best.passage),
                                          self.segmenter.general_frequency, previous,
                                          "".join(self.index.sentence_norm[best.passage][:best.sentence]))
        if best.kind == KIND_WHO and post_of_unit_untold(q.norm, shown, previous, self.frame(best.passage).places):
            factor *= 0.4  # 甲镇委员工作站的牵头委员是谁 asked, 区政协主席某某牵头在甲镇开展协商 told (unit_asked.py)
        named = _POST_OF_NAMED.match(q.norm) if best.kind == KIND_WHO and best.fact else None
        if named and named.group(1) in shown and named.group(1) not in best.fact:
            factor *= 0.4  # 苗某委员是啥职务 asked, another member (蒋某（界别委员）) told beside him in a list
        if best.kind in (KIND_WHO, KIND_WHAT) and best.fact and only_post_named_told(q.norm, best.fact):
            factor *= 0.4  # 民建主委某某是做什么工作的 asked, 某某：民建某县总支部主委 told (post_restated.py)
        if best.kind == KIND_WHO and best.fact and person_of_other_part(
                [(t.text,) + tuple(t.equivalents) for t in q.terms], best.fact, self.index.passage_norm[best.passage], q.norm):
            factor *= 0.4  # 丙协商会谁主持的 asked, the presider of 甲协商会 told (person_part.py)
        if best.kind == "number" and proposal_kind_untold(q.norm, shown, section + "\n" + self.index.title_norm[best.passage], self.frame(
                best.passage).places, self.segmenter.lexicon.equivalents):
            factor *= 0.4  # 联名提案立案率 asked, 立案率为88.4% of all proposals told (proposal_kind.py)
        if counts_items_asked(q, best.kind, best.fact, shown):
            factor *= 0.4  # 评出了哪些先进个人 asked, the sentence only counts them (先进个人24人)
        elif best.kind == KIND_WHAT and items_untold(q, shown, shown + "\n" + self.surroundings(best.passage)):
            factor *= 0.5  # 基金投了哪些项目 asked, a sentence that speaks of no 项目 (items.py)
        if neighbour_committee_untold(q.norm, shown) or other_region_untold(
                q.norm, best.kind, self.told_with(best, shown), self.frame(best.passage), self.index.corpus_text,
                self.index.in_vocabulary):
            factor *= 0.4  # 邻市政协的APP日均登录多少, 某省…一共多少 asked: the report's own area's figure told (neighbour_committee.py)
        if rank_untold(q.norm, shown) or top_places_untold(q.norm, shown):  # items.py
            factor *= 0.45  # the documents rank nothing of the kind (谁减免最多, 前10名有哪些人)
        if best.kind == KIND_WHO and one_of_counted_told(q.norm, best.fact, self.document_text(best.passage)):
            factor *= 0.4  # 优秀委员名单都有谁 asked, one of the 20 named (members_counted.py)
        if one_of_several_told(q.norm, best.kind, best.fact, shown, self.segmenter.general_frequency) \
                or one_use_of_several(q.norm, best.kind, best.fact, shown):
            factor *= 0.4  # 甲社区托育点有几个 asked, 在甲社区等地…新建托育点9个 told: all of them (among_several.py)
        return factor * region_doubt(q.norm, best.fact, self.index, best.passage, best.sentence)  # 临潮区 asked

    def figure_of_another_year(self, q: QuestionAnalysis, best: Result) -> bool:
        """Whether an amount belongs to another year than the one a question names (the year its answer is shown with)."""
        wanted, p = list(q.years), best.passage  # 去年 / 今年 are read loosely in a report's frame (明年 is its plans' year)
        # A year compared against (比2023年底提高了多少) is the baseline's: the change asked is the later year's.
        wanted = [year for year in wanted if not re.search(rf"(?:比|较)(?:{year}年)", q.norm)]
        mode, sentence = question_mode(q.norm), self.index.sentence_norm[p][best.sentence]
        if q.year_offsets and (re.search(r"今年|本年|去年|明年", q.norm) and mode == RESULTS or (
                re.search(r"去年|前年|上年", q.norm) and mode == PLAN and not _PLAN_AMONG_RESULTS.search(sentence))):
            # …not with results asked outright (今年实际新增了多少): a January report tells that year as plans only.
            # A plan of a year gone by (去年年初计划新建几个) is that year's: the report's plans for the year ahead
            # are not it (a plan told with its outcome, 原计划采访80人、实际采访92人, is that year's own).
            wanted += self.wanted_years(q, p) or []
        if not wanted or span_told(q.norm, sentence) or year_names_told_thing(q.norm, sentence):
            return False  # 2016年以来…多少起: told for that span; 纳入2022年…提升计划: the plan's name (told_words.py)
        return (year := amount_year(self.index, best)) is not None and year not in wanted

    @staticmethod
    def told_with(best: Result, shown: str) -> str:
        """What an answer is told with: an amount's own clause (被鹤汀市政协采用47篇 tells nothing
        of 鹤汀's own 编报 263篇 in the clause before), else the whole sentence."""
        at = shown.find(best.fact) if best.kind == "number" and best.fact else -1
        if at < 0:
            return shown
        return shown[slice(*clause_bounds(shown, at))]

    def affiliation_doubt(self, q: QuestionAnalysis, shown: str, previous: str = "") -> float:
        return affiliation_doubt(q, shown, previous, self.segmenter.lexicon.equivalents)  # 何晓光是哪个学校的校长 (post_asked.py)

    def subject_doubt(self, q: QuestionAnalysis, best: Result, shown: str) -> float:
        """Declined by reason: the event or body the question is about (its narrowing words)
        is not the one the answer speaks of, or the document only plans it and an outcome is asked."""
        p, where = best.passage, brackets_plain(shown + "\n" + self.surroundings(best.passage))  # 街道镇: 街道(镇)
        factor = 1.0
        for head, qualifiers in subject_phrases(q):
            qualifiers = self.narrowing(qualifiers, p)
            role = best.fact.partition("（")[2] if best.kind == KIND_WHO else ""
            named = re.search(rf"([\u4e00-\u9fff]+){head}", role) if head in _POST_BODY_HEADS else None
            if named and not all(any(e in role for e in self.segmenter.lexicon.equivalents(w)) for w in qualifiers):
                factor *= 0.4  # 经济委员会主任 asked, a 提案委员会主任 told (开发区工作室负责人, 北塘工作室负责人)
            elif not self.names_subject(head, qualifiers, where):
                factor *= 0.4  # 海洋新兴产业发展专题协商会 asked, 港产城融合 told; 文史委员会 asked, 经济委员会 told
            elif best.kind == "number" and head not in _BODY_HEADS and qualifiers and self.other_event_held(
                    head, qualifiers, p, shown):
                factor *= 0.4  # 常务理事会议出席了多少人 asked (the meeting the report was given at, named in its
                # title only), 承办…片区研讨会，…68人参加 told: another event's count
            elif (best.kind == "number" or question_mode(q.norm) == RESULTS) and head not in _BODY_HEADS \
                    and not (q.unit_class == "时长" and question_mode(q.norm) is None) \
                    and self.only_planned(q, p, qualifiers + [head]) and not plan_sets_count(self, q, best, shown):  # (为期几天, 发多少份问卷 asked plainly: the plan sets it)
                factor *= 0.3  # how many came to a meeting the document only plans
        modifier = counted_modifier(q) or funds_modifier(q)  # (工作经费 asked, 课题研究经费 told)
        if best.kind == "number" and modifier and self.index.idf(modifier) is not None and not any(e in shown + total_before(self.index.sentence_norm[p], best.sentence) for e in self.segmenter.lexicon.equivalents(modifier)):  # (其中…: its total's)
            factor *= 0.4  # 新任委员有多少名 asked, the sentence counts the 委员 who submitted proposals
        return factor * named_thing_doubt(q, shown, where, self.index.contains, self.segmenter.lexicon.equivalents, self.index.names,
                                          self.index.sentence_norm[p][:best.sentence])  # a paragraph's subject carried

    def other_event_held(self, head: str, qualifiers: list[str], p: int, shown: str) -> bool:
        """Whether the event asked is named only around the paragraph (its words in the title or masthead, none
        in the paragraph itself) and the sentence tells an event of another kind held (举办…论坛, 承办…研讨会)."""
        paragraph = brackets_plain(self.index.passage_norm[p])
        if any(e in paragraph for w in qualifiers for e in self.segmenter.lexicon.equivalents(w)):
            return False
        held = _EVENT_HELD.findall(shown)
        kinds = [e for e in self.segmenter.lexicon.equivalents(head) if len(e) >= 2]  # (会 ends every meeting's name)
        return bool(held and kinds) and not any(e in event for event in held for e in kinds)

    def narrowing(self, qualifiers: list[str], p: int | None) -> list[str]:
        """The words before a body or event that say which one: not the document's own level alone
        (市界别 asked of a 市政协's report says whose 界别, not which)."""
        level = self.frame(p).level if p is not None else None
        return [w for w in qualifiers if w != level] if level else qualifiers

    def names_subject(self, head: str, qualifiers: list[str], where: str) -> bool:
        """Whether a text speaks of the event or body: its narrowing words (9届4次 written in full too), for a
        body written together with it (教育界, 社会法制委, not 教育 anywhere nearby)."""
        if head in _BODY_HEADS:  # named as the documents name a body (卫生健康委员会), not with the topic before it
            return body_named("".join(reversed(body_name_written(head, qualifiers, self.index.corpus_text))) + head[0], where)
        if not names_event_kind(head, self.segmenter.lexicon.equivalents(head), where):
            return False  # 督办推进会 asked, a 专题会议 told: another kind of event (开展专题协商 is a 专题协商会)
        return all(any(e in where for e in self.segmenter.lexicon.equivalents(w)) or session_told(w, where)
                   or abbreviation_told(w, where) for w in qualifiers)  # 电商协商会 → "发展农村电子商务"提案办理协商会

    def surroundings(self, p: int) -> str:
        """A paragraph with its heading, its document's title and the paragraphs next to it under the same heading."""
        return self.index.context(p)  # made once per passage (index.py)

    def other_level(self, q: QuestionAnalysis, p: int, sentence: str, places: set[str]) -> bool:
        """Whether the question's subject is a committee named by its level alone (市政协去年收到多少件提案,
        naming no ``places``) and passage ``p`` is of another level's committee, its sentence not naming
        the one asked."""
        level = None if places else _ASKED_LEVEL.match(q.norm)
        own = self.frame(p).level
        return bool(level and own and level.group(1) != own and f"{level.group(1)}政协" not in sentence)  # not 今年 with it

    def only_planned(self, q: QuestionAnalysis, p: int, words: list[str]) -> bool:
        """Whether the document speaks of an event only in plans, and the question does not ask for the plan."""
        if self.wanted_mode(q, question_mode(q.norm), p) == PLAN:
            return False
        doc = self.index.passage_doc[p]
        year = self.frame(p).year
        # A plan word governs the clauses after it, up to one opening with an outcome word (plan_span): one
        # written after the event's words (…开展界别协商，部门表示将在制定年度计划时吸纳), or before an outcome
        # clause ahead of them (计划建设2.5万亩，实际完成2.3万亩；7月6日视察防汛…), plans no event of them.
        told = [is_plan(self.index.section_norm[x], plan_span(sentence, max(sentence.find(w) for w in words)), year)
                and not marked_done(self.index.passage_norm[x]) for x in doc_passages(self.index, doc)
                for sentence in self.index.sentence_norm[x] if all(w in sentence for w in words)]
        return bool(told) and all(told)

    def holds_asked_post(self, q: QuestionAnalysis, fact: str, p: int, shown: str) -> bool:
        """Whether the person answered holds the post asked, at the level asked, in the term asked."""
        role = fact.partition("（")[2] or post_after_name(fact, shown)  # 周某副主席带队: a 副主席, asked the 主席
        taken = post_taken(fact.partition("（")[0], shown)  # 副主席甲、乙任副组长: the group's 副组长 too
        role = f"{role}、{taken}" if taken and role else taken or role
        level = self.frame(p).level
        # A post told without its level (提案委主任) is of the document's committee (区政协 of 南渚区).
        level_text = role if level_of(role) else f"{level}政协" if level else self.index.title_norm[p]
        level_text = "" if group_level_asked(q.norm, role) else level_text  # 区县政协某指导组组长: the group's level
        if leader_untold(q.norm, role):
            return False  # 市委哪位领导 asked, a 市委党校教授 told
        if not same_level(q.norm, level_text) or FORMER.search(q.norm) and not (FORMER.search(shown) or THEN_HELD.search(role)):
            return False  # another level's post; or a former holder asked, none told (原主任 is one)
        # A post is asked when the question asks who holds it (主席是谁, 副秘书长有谁, 副主席除了某某还有谁), not when
        # it names a body (常委会).
        posts = [w for w in q.role_words if w not in ("委员", "文", "成员", "作者", "夫妇", "华侨")
                 and re.search(rf"{w}(?:分别|各|都)?(?:是谁|是哪|叫什么|叫啥|姓什么|都?有(?:谁|哪)|除了[^,?]{{1,8}}?还有(?:谁|哪))|(?:谁是|哪位|哪个)[^,?]{{0,8}}{w}", q.norm)]
        if role and not (FORMER.search(q.norm) or THEN_HELD.search(q.norm) or ASKED_THEN.search(q.norm) or q.years) and any(
                pattern(f"(?:{THEN_HELD.pattern}){w}").search(role) for w in posts):
            return False  # who holds it now asked, one who held it then told (时任主席, 原主任)
        if role and any(f"副{w}" in q.norm and not holds(role, f"副{w}") or other_body_post(q.norm, role, w)
                        or qualified_post_untold(q.norm, role, w) for w in posts):
            return False  # 副主任 asked, the 主任 told; 省政协秘书长, a 省政协理论研究会秘书长; 常务副秘书长, a 副秘书长
        if not role and any(post_apart(fact, w, shown) for w in posts):
            return False  # 县长叫什么 asked, 王某委员…获县长批示 told: the 县长 is not named
        # 哪位副秘书长 asked (the segmenter leaves 副 apart, so 秘书长 is the role word): a 副秘书长 holds it.
        return not (role and posts and not any(holds(role, w) or f"副{w}" in q.norm and holds(role, f"副{w}") for w in posts)) \
            and body_held(q.norm, role, shown)  # 县中医院的院长

    def mentions(self, asked: str, shown: str) -> bool:
        """Whether the sentence speaks of the asked attribute (its last word, or a synonym)."""
        words = self.segmenter.words(asked)
        last = words[-1] if words else asked
        return any(e in shown for e in self.segmenter.lexicon.equivalents(last)) or (
            len(last) >= 2 and self.index.idf(last) is None)  # a word the documents never use is judged elsewhere

    def names_category(self, asked: str, shown: str) -> bool:
        """Whether the answer names something of the kind asked (哪个区 → …区): kind_answered.py."""
        return names_kind(asked, shown, self.segmenter.lexicon.equivalents, self.index.corpus_text)

    def off_topic(self, norm: str) -> bool:
        """An off-topic phrase (对联), unless written with its neighbours (结对联系) or a quota set (quota_told.py)."""
        for match in OFF_TOPIC_RE.finditer(norm):
            a, b = match.span()
            if (b - a > 3 or not (self.index.contains(norm[max(0, a - 1):b + 1]) and b - a < len(norm))
                    and not inside_told_phrase(norm, a, b, self.index.contains)) and not off_topic_told(norm, match, self.index):
                return True  # (每名委员至少报几篇 → 不少于2篇; 某某几岁 → 86岁的某某: off_topic_told.py)
        return False

    def document_text(self, p: int) -> str:
        """The whole text of passage ``p``'s document, a paragraph a line (all joined once: per ask, it read the shelf)."""
        if self._document_texts is None:
            texts: dict[int, list[str]] = {}
            for text, doc in zip(self.index.passage_norm, self.index.passage_doc):
                texts.setdefault(doc, []).append(text)
            self._document_texts = {doc: "\n".join(parts) for doc, parts in texts.items()}
        return self._document_texts[self.index.passage_doc[p]]

    def frame(self, p: int):  # noqa: ANN202 - a DocFrame
        return self.index.frames[self.index.passage_doc[p]]

    def wanted_years(self, q: QuestionAnalysis, p: int) -> list[int] | None:
        """The years a question asks about, read in the frame of the passage's
        document (去年 in a report delivered in 2024 is 2023); None when it
        says 去年 … of a document whose year is unknown."""
        frame = self.frame(p)
        wanted = list(q.years)
        if q.year_offsets:
            if frame.frame_year is None:
                return None
            wanted += offset_years(q.norm, q.year_offsets, frame)
        return wanted

    def years_ok(self, q: QuestionAnalysis, p: int, context: str) -> bool:
        wanted = self.wanted_years(q, p)
        if wanted is None:
            return False
        doc_year = self.frame(p).year
        plan = doc_year is not None and question_mode(q.norm) == PLAN
        if plan and q.years:
            # A plan asked for a year (2024年计划…) is in the report on the year before, or under a heading naming
            # that year (2024年工作打算): a heading planning another year does not tell it (frames.py).
            told = planned_year(self.index.section_norm[p])
            doc_year, context = (told, "") if told else (doc_year + 1, self.index.passage_norm[p])
        accepted = {doc_year, doc_year + 1} if q.year_offsets and plans_ahead(  # 今年计划…, 明年… of a plan (frames.py)
            plan, q.norm, self.index.section_norm[p], self.index.passage_norm[p], doc_year) else {doc_year}
        undated = None
        for year in wanted:
            if year in accepted:
                continue
            if doc_year is not None and year == doc_year - 1 and names_previous_year(context):
                continue  # 上年的698件 is the figure of the year before the document's
            if str(year) not in context:
                return False
            if undated is None:
                # The dateline under a title (…的报告--2023年1月6日在…会议上) dates the delivery, not what the passage tells.
                undated = _DATELINE.sub("", context)
            if str(year) not in undated:
                return False
        return True

    def wanted_mode(self, q: QuestionAnalysis, mode: str | None, p: int) -> str | None:
        """Plan or results: as the question says, else by the year it asks about."""
        if mode is not None:
            return mode
        doc_year = self.frame(p).year
        wanted = [y for y in self.wanted_years(q, p) or [] if y not in plan_name_years(q.norm)]  # 列入2020年工作计划
        if doc_year is not None and wanted:
            return PLAN if all(year > doc_year for year in wanted) else RESULTS if doc_year in wanted else None
        return None

    def place_ok(self, places: set[str], p: int, context: str) -> bool:
        """A question naming a committee or city is answered from a document about it,
        or from a passage that speaks of it."""
        if not places:
            return True
        home = set(self.frame(p).places)
        return bool(places & home) or all(place in context for place in places)

    def entities_ok(self, q: QuestionAnalysis, context: str, p: int | None = None) -> bool:
        phrases = subject_phrases(q)
        where = context + "\n" + self.surroundings(p) if phrases and p is not None else context
        for head, qualifiers in phrases:
            if not self.names_subject(head, self.narrowing(qualifiers, p), where):
                return False  # 经济委员会 or 港产城融合专题协商会 asked: a passage about that one, or next to it
        for term in q.terms:
            if term.entity and not any(e in context for e in term.equivalents):
                if p is not None and self.own_committee(term.text, p):
                    continue  # 市政协 in a question about this committee's own report
                return False
        return True

    def own_committee(self, word: str, p: int) -> bool:
        """Whether a word names the committee a document is the report of (市政协, 海川市政协)."""
        places = self.frame(p).places
        bare = next((word[len(x):] for x in places if word.startswith(x)), word)
        return bool(places) and bool(re.fullmatch(r"(?:市|区|县|州)?政协", bare))

