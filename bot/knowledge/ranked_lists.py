"""Lists ranked by their figures: whether a sentence lists three or more named items with figures
of one measure, and which item such a list puts at the top (哪个界别立案最多 → 经济界别立案，46件).
The items and their names are read by breakdowns.py.  An item a sentence itself says has the most
(其中医药卫生界提交3件，在各界别中最多) is the top of its kind without any list.
"""

from __future__ import annotations

import re

from .breakdowns import breakdown_role
from .list_names import listed_names
from .facts import clause_bounds, find_quantities
from .gazetteer import PARTIES
from .people import is_surname_name
from .named_top import asks_named_top, named_top

__all__ = ["kind_ranked", "names_top", "ranked_by_figures", "ranks_other", "top_clause_score", "top_of_list", "top_person", "told_top"]


def ranked_by_figures(sentence: str) -> bool:
    """Whether the sentence lists three or more named items with figures of one measure (经济界别立案46件，
    农业和农村界别立案37件，教育界别立案33件): which has the most, or the least, is told by them."""
    units = [x.unit for x in find_quantities(sentence)]
    return any(len(listed_names(sentence, lambda x, u=unit: x.unit == u)) >= 3 for unit in set(units))


# The kind of thing asked to be ranked (哪个界别立案最多, 哪个专门委员会交的提案最多, 哪个党派提案最多), only kinds
# whose named ones write the kind in their names (经济界别, 农业界; 教科卫体委员会, 经济委) or, for a party, its own
# short name (民盟, 九三学社) — a unit is named by other words.
_KIND_ASKED = re.compile(r"哪(?:个|家|1个|一个)[\u4e00-\u9fff]{0,4}?(界别|委员会|专委会|街道|社区|党派)")
# How a named one of the kind is written: 界别 or 界 after its field; 委员会 or 委 (not a party's or the
# Party's 市委, 县委: no committee of the assembly).
_KIND_WRITTEN = {"界别": r"界", "委员会": r"委员会|(?<![省市县区党])委", "专委会": r"委员会|(?<![省市县区党])委",
                 "街道": r"街道", "社区": r"社区", "党派": "|".join(PARTIES)}
# One event or piece asked by its measure word (哪一场, 哪次, 哪期): figures written in that measure (座谈会5场) count
# the events of each kind, they rank no one of them (个, 位, 家 name things of any kind: 哪个县 → 甲县4个 ranks).
_ONE_EVENT_ASKED = re.compile(r"哪[1一]?([场次期项件篇条批届轮])")
# Words before a kind that name no one of it (专门委员会提案, 各界别): the kind in general.
_GENERIC_BEFORE = re.compile(r"(?:专门|各|有关|相关|其他|其余|其它)$")


def kind_ranked(question: str, sentence: str) -> bool:
    """Whether a list ranked by its figures ranks things of the kind the question asks (哪个界别立案最多 →
    经济界别立案46件，…): true when no such kind is asked; false for a list of other things (专题协商会6场、
    界别协商11场 are kinds of meeting, no 界别 named; 民革某市委14件 is no 委员会; 专门委员会提案13件 names none)."""
    one = _ONE_EVENT_ASKED.search(question)
    if one and not any(len(listed_names(sentence, lambda x, u=unit: x.unit == u)) >= 3
                       for unit in {x.unit for x in find_quantities(sentence)} - {one.group(1)}):
        return False  # 哪一场观看人数最多 → 线下活动104场、融合活动22场、直播的15场 counts kinds of 场, ranks no one 场
    kind = _KIND_ASKED.search(question)
    if not kind:
        return True
    return any(_of_kind(kind.group(1), name) for unit in {x.unit for x in find_quantities(sentence)}
               for name in listed_names(sentence, lambda x, u=unit: x.unit == u).values())


def _of_kind(kind: str, name: str) -> bool:
    """Whether a listed name is one of the kind asked: a field before the kind (经济界别); a party's own name opens
    its body's (民盟某区委会)."""
    return any((m.start() > 0 or kind == "党派") and not _GENERIC_BEFORE.search(name[:m.start()])
               for m in re.finditer(_KIND_WRITTEN[kind], name))


_SUPERLATIVE = re.compile(r"最(多|少|高|低|大|小)")
_ASKS_WHICH = re.compile(r"哪|什么|啥|谁")
_SEVERAL = re.compile(r"哪些|哪几|最[多少高低大小]的?(?:前)?\d+[\u4e00-\u9fff]|前\d+[\u4e00-\u9fff]")
_LEAD_INTO = re.compile(r"^.*(?:是|为)")
# An item, its deed and figure, then the words saying it has the most (or least) of its kind: 其中经济界提交界别
# 提案4件，为各界别中最多; 在各街道中居首位; 某某委员提交提案9件，为全区委员中最多 (the kind after 全区, 全体);
# 某界别提交3件，是提交提案最少的界别 (the kind after 的); 某党派提交7件，数量最多 (no kind: the question's kind
# must be named before it); 某某报送信息41条、被采用23条，报送量和采用量均居全体委员首位 (one more figure, what is ranked).
_TOLD_TOP = re.compile(r"(?:^|[,，;；])(?:其中)?([\u4e00-\u9fff]{2,16}?)(?:提交|提出|报送|立案|承办|有|共)"
                       r"[^,，;；。\d]{0,8}?(\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2})(?:、[^,，;；。]{1,12})?[,，]"
                       r"(?:[\u4e00-\u9fff]{1,10}?[均都])?(?:(?:是|为)[\u4e00-\u9fff]{0,8}?(最多|最少)的([\u4e00-\u9fff]{1,6}?)(?=[,，;；。]|$)"
                       r"|(?:在|为|居|是)(?:各|全[省市县区]|全体|所有)?([\u4e00-\u9fff]{1,8}?)中?(最多|最少|居首位|首位|之首|第一)"
                       r"|(?:数量|数|件数)?(最多|最少)(?=[,，;；。]|$))")
# The kind a question asks which one of (哪个党派, 哪位委员, 哪一个界别): a sentence saying only 数量最多 ranks
# the ones of that kind it names (各民主党派中，…).
_WHICH_KIND = re.compile(r"哪(?:一|1)?[个家位类种]?([\u4e00-\u9fff]{2,4}?)(?=提|报|交|立|承|的|最|有|是|[?？]|$)")


def _told_kind(told: re.Match) -> tuple[str, str]:
    """The kind ranked (委员, 界别; '' when none is written) and the end of the ranking (多 or 少) a
    ``_TOLD_TOP`` match tells."""
    if told.group(3):
        return told.group(4), told.group(3)[1]
    if told.group(6):
        return told.group(5), "少" if told.group(6) == "最少" else "多"
    return "", told.group(7)[1]


# The sentence naming the one that has the most (承办提案最多的是市住房和城乡建设局，…; 出席率最高的为第16次常委会会议):
# the name after 的是, up to the clause's end.
_SAID_TOP = re.compile(r"最(多|少|高|低|大|小)的(?:是|为)([^,，;；。:：、]{2,24}?)(?=[,，;；。、]|$)")
_REST = re.compile(r"^(?:其余|其他|其它|剩余|剩下|另外)")


def top_of_list(question: str, sentence: str) -> str:
    """The item a question asking which has the most (or least) of something (哪个界别立案最多) finds
    at the top of the sentence's list of three or more like figures, with its figure (经济界别立案，
    46件); not a total before 其中, nor the rest taken together (其余各界别共立案64件). '' when the
    question asks no such thing or the sentence lists none."""
    superlative = _SUPERLATIVE.search(question)
    if not superlative or not _ASKS_WHICH.search(question) or _SEVERAL.search(question):
        return told_top(question, sentence)  # 承办提案最多的4个单位是哪些: the list itself answers; 哪个群最活跃 is told
    told = told_top(question, sentence)
    if told:
        return told
    if not kind_ranked(question, sentence):
        return ""  # 哪个党派…最多: a list of 委员提案, 集体提案 ranks no party
    kind = _KIND_ASKED.search(question)
    figures = {x.start: x for x in find_quantities(sentence)}
    for unit in dict.fromkeys(x.unit for x in figures.values()):
        names = {at: name for at, name in listed_names(sentence, lambda x, u=unit: x.unit == u).items()
                 if not _REST.match(name) and breakdown_role(sentence, figures[at])[0] != "total"}
        if kind and sum(_of_kind(kind.group(1), name) for name in names.values()) >= 2:
            # 哪个党派提案最多 → of 民革…14件、民盟…21件…；市工商联18件；以界别名义提交22件: the parties only
            names = {at: name for at, name in names.items() if _of_kind(kind.group(1), name)}
        if len(names) >= 3:
            pick = max if superlative.group(1) in "多高大" else min
            at = pick(names, key=lambda k: figures[k].value)
            # The first item may carry the words leading into the list (承办提案较多的单位是县住建局29件、…).
            name = _LEAD_INTO.sub("", names[at]) if at == min(names) else names[at]
            return f"{name if len(name) >= 2 else names[at]}，{figures[at].text}"
    return ""


def told_top(question: str, sentence: str, word_frequency=None) -> str:
    """The item the sentence itself says has the most of the kind the question asks which has the most
    of (哪个界别…最多 → 其中医药卫生界提交3件，在各界别中最多: 医药卫生界，3件; 哪个单位承办最多 → 承办提案最多的是
    市某局: 市某局, the least as well); '' otherwise."""
    superlative = _SUPERLATIVE.search(question)
    if not superlative or not _ASKS_WHICH.search(question) or _SEVERAL.search(question):
        return named_top(question, sentence) if asks_named_top(question) else ""  # 哪个群最活跃 (named_top.py)
    said = _SAID_TOP.search(sentence)
    asked = _ranked_words(question[:superlative.start()])
    if said and said.group(1) == superlative.group(1) and _ranks_asked(asked, sentence[clause_bounds(sentence, said.start())[0]:said.start()]):
        kind = _KIND_ASKED.search(question)  # (哪个党派…最多: not 报送量最多的是某某委员)
        return said.group(2) if not kind or _of_kind(kind.group(1), said.group(2)) else ""  # 承办提案最多的是市某局
    end = {"多": "多", "高": "多", "大": "多", "少": "少", "低": "少", "小": "少"}[superlative.group(1)]
    for told in _TOLD_TOP.finditer(sentence):
        kind, told_end = _told_kind(told)
        if told_end != end or not _ranks_asked(asked, told.group(0)[told.end(1) - told.start():]):
            continue
        if kind and kind in question or not kind and _kind_named_before(question, sentence[:told.start()]) \
                or _WHO.search(question) and _person_of(told.group(1), word_frequency):
            # 谁…最多: a person ranked first among those of a body (某某委员报送信息9篇，居活动组首位) is the one asked
            return f"{told.group(1)}，{told.group(2)}"
    return named_top(question, sentence)  # "某群"提交心得最多，达246篇 (named_top.py)


def _kind_named_before(question: str, before: str) -> bool:
    """Whether the kind the question asks which one of (哪个党派) is named before a ranking that writes no kind
    (各民主党派中，民盟…提交7件，数量最多)."""
    which = _WHICH_KIND.search(question)
    return bool(which) and which.group(1) in before


# Characters that say nothing of what is ranked: which-words, links, the measure of a count.
_NOT_RANKED = re.compile(r"哪[一1]?[个位家类种所]?|谁|什么|啥|[的了是为在有被中最量数件条篇名个次,，、\d]")


def _ranked_words(before: str) -> set[str]:
    """The characters a question writes for what it ranks, before its superlative (报送社情民意 of
    报送社情民意最多的委员是谁; 提案 of 哪个委员提案最多), its which-words and links left out."""
    which = re.search(r"哪[一1]?[个位家类种所]?[\u4e00-\u9fff]{0,4}?(?=提|报|交|立|承|的|$)", before)
    if which:
        before = before[:which.start()] + before[which.end():]
    return set(_NOT_RANKED.sub("", before))


def _ranks_asked(asked: set[str], told: str) -> bool:
    """Whether a sentence's ranking (``told``: its words up to the superlative) ranks what the question does: a
    character of it in common (报送信息 for 报的信息; not 提交提案 for 报送社情民意), or the question names none."""
    return not asked or bool(asked & set(told))


def ranks_other(question: str, sentence: str) -> bool:
    """Whether every superlative the sentence writes of the question's kind (最多 for 最多) ranks another thing than
    the question does (提交提案最多的是… for 报送社情民意最多的委员是谁)."""
    superlative = _SUPERLATIVE.search(question)
    if not superlative:
        return False
    asked = _ranked_words(question[:superlative.start()])
    told = [m.start() for m in re.finditer(superlative.group(0), sentence)]
    return bool(told) and not any(_ranks_asked(asked, sentence[clause_bounds(sentence, at)[0]:at]) for at in told)


# A person's name as a ranking writes the one it names (某某委员, 文艺界委员某某, 某某同志): a surname and one or two more.
# The name is tried first, so 某某委员全年 reads 某某, not 全年 after a 委员 taken for the body's.
_PERSON_TOLD = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:委员|界|代表))??([\u4e00-\u9fff]{2,3}?)(?:委员|同志|代表)?(?:全年|今年|去年|当年)?")


_WHO = re.compile(r"谁|哪[一1]?位")


def _person_of(told: str, word_frequency) -> str:
    """The person's name ``told`` writes as a ranking does (某某委员全年, 文艺界委员某某), read by people.is_surname_name;
    '' when it names a body or no one."""
    named = _PERSON_TOLD.fullmatch(told) if told else None
    if not named or named.group(1)[-1] in "界局委办会部":
        return ""
    return named.group(1) if is_surname_name(named.group(1), told[named.end(1):], word_frequency) else ""


def top_person(question: str, sentence: str, word_frequency=None) -> str:
    """The person a sentence says has the most of what a who-question asks (谁报的信息最多 → 报送量最多的是某某委员:
    某某), when the one it names is written as a person (a surname, then a given name, maybe 委员 after); ''
    otherwise (the name read by people.is_surname_name with the general dictionary's ``word_frequency``)."""
    return _person_of(told_top(question, sentence, word_frequency).split("，")[0], word_frequency)


def names_top(question: str, sentence: str) -> bool:
    """Whether the sentence names the one a question asking which has the most (or least) asks: it says so
    (told_top), or its list ranked by figures puts one of the kind asked at the top (哪个界别… → 经济界别，58件; not
    共收到提案，286件 for 哪个委员会…)."""
    if told_top(question, sentence):
        return True
    top = top_of_list(question, sentence)
    kind = _KIND_ASKED.search(question)
    return bool(top) and (not kind or _of_kind(kind.group(1), top.split("，")[0]))


# The one with the most (活动最多的那个活动组) a count is asked of: a question counting what it did after naming it.
_TOP_COUNTED = re.compile(r"最([多少高低大小])的[^,?。]{0,16}?(?:多少|几)")
TOP_CLAUSE_BONUS = 0.4


def top_clause_score(question: str, sentence: str, quantity) -> float:  # noqa: ANN001 - a facts.Quantity
    """A bonus for the amount of the one with the most, asked by that superlative (活动最多的那个活动组搞了多少场):
    its clause writes the same superlative before it (其中活动最多的医药卫生界活动组全年开展活动41场), where the
    total before it (全年共开展活动386场) counts them all."""
    asked = _TOP_COUNTED.search(question)
    if not asked:
        return 0.0
    start = clause_bounds(sentence, quantity.start)[0]
    return TOP_CLAUSE_BONUS if "最" + asked.group(1) in sentence[start:quantity.start] else 0.0
