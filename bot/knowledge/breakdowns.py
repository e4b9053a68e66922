"""A total and its breakdown (开展活动19次，其中宣讲11次、观摩8次), and the items of an
enumeration (召开全体会议5次、主任会议12次; 老花镜1500副、挂图4200幅).

The figure before 其中 counts all the kinds its items name; each item's figure counts one
kind. A question naming several of the items' kinds together (宣讲和观摩一共几次), or asking a
total while naming none of them, asks the total; a question naming one kind asks its item.
In an enumeration each figure counts what its own item names: the item naming the asked thing
beats its neighbours, whatever the clause around them says; asked the whole while naming none
of three or more items (涉及经济发展72件、城乡建设58件、… for 立案多少件), an item counts only a part.
An item of a list by 、，； or after 其中 counts what its total's clause, or the words before a colon, name
(the item a question names whole, 团县委交了几件, is read in named_items.py; the items' names in list_names.py).
Asked which has the most (哪个界别立案最多), a list of three or more like figures ranks its items.
A total set as a scope (在转为意见建议的45件中，…的13件，…的21件) is broken down as after 其中; a question naming no
item of a breakdown of like items asks its total (收到多少件提案 → 286件, not 其中，大会期间…259件); an item of a list
by ，(其余各界别共立案64件) is a part of a whole the question names no item of; a figure whose clause joins kinds by 或
(属于个人诉求或者已有政策规定的45件) counts more than a question naming one of them asks.
Used by ``FigureChoice`` (figures.py), counting.py, items.py and rendering.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .patterns import pattern
from .facts import Quantity, clause_bounds, find_quantities
from .bare_items import bare_items
from .figure_first import names_after_figures
from .item_stops import ITEM_END, stop_after
from .list_names import DESCRIBES_ITEM, bracket_lists_opened, item_name, listed_names_kept
from .list_scope import after_scope, scope_leads, scoped_first
from .normalize import find_apart
from .whole_words import COUNTED_NOUN, before_figure, longest, repeats_whole, whole_by_its_own_words, whole_by_unlisted_words

# A clause giving a rate, a share or a change of the figure before it (，满意率为97.7%，比上年提高1.9个
# 百分点): it describes that figure, and a breakdown may follow it still.
_RATE_CLAUSE = (r"[,，](?:[^,，;；。\d]{0,12}\d[\d.]*(?:%|个?百分点)|"
                r"(?:比|较)(?:上年|去年)[\u4e00-\u9fff]{0,4}\d[\d.]*[\u4e00-\u9fff]{1,3})")
# Right after a figure (or its rates): its breakdown follows (19次，其中…; 19次(其中…); 19次，包括…).
_BREAKDOWN_AFTER = re.compile(rf"(?:{_RATE_CLAUSE})*[,，(（]?(?:其中|包括|内含)")
_RATES_END = re.compile(rf"(?:{_RATE_CLAUSE})+[,，(（]?$")
# A figure with its measure word ending the text before 其中 (or before its rates): the total broken down.
_TOTAL_BEFORE = re.compile(r"\d[\d.]*[余多]?[万亿千百]?[余多]?(?:[\u4e00-\u9fff]{1,3}|%)[,，(（]?$")
# A total a clause opening with 在 or 从 sets as the scope its breakdown counts within (在转为意见建议的45件
# 中，属于个人诉求的13件，…): the items follow it.
_AMONG_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:当)?中[,，:：]")
# A bound ending an item's name (专题协商会不少于5场): the name is 专题协商会.
_BOUND_END = re.compile(r"(?:不少于|不低于|不多于|不超过|至少|最多|约|近)$")
# A figure whose clause goes on to say what it counts before the breakdown (推荐18名委员分别担任
# 有关部门特约监督员，其中区法院5名、…), or what became of it and at what rate (73件提案已全部办复，办复率100%，
# 其中…): the breakdown is its clause's, so the figure's.
_CLAUSE_THEN_BREAKDOWN = re.compile(rf"[^,，;；:：。!?()（）\d%]{{1,24}}(?:{_RATE_CLAUSE})*[,，]其中")
_ITEM_END = ITEM_END  # where a breakdown's items stop (item_stops.py)
_ITEM_SPLIT = re.compile(r"[、,，]")
_ASKS_TOTAL = re.compile(r"一共|总共|总数|总计|合计|共计|加起来|全部|所有")


def _items(sentence: str, start: int, joined: bool = False) -> list[str]:
    """The items of a breakdown starting at ``start`` (just after 其中), up to the next stop; ``joined``: with the
    words of no figure before an item (内容空泛、缺乏具体建议的11件 in a scope's breakdown, 在…的45件中，…)."""
    end = stop_after(sentence, start, joined)  # (a scope's run on over ；)
    items, pending = [], ""
    for piece in re.split(r"[、,，;；]" if joined else _ITEM_SPLIT, sentence[start:end]):
        if items and DESCRIBES_ITEM.match(piece):
            items[-1] += "，" + piece  # 其中教育类提案70件，比上年增加8件(上年为62件: one item, changed from the year before
            pending = ""
        elif re.match(r"(?:比|较|同比|占)", piece):
            pending = ""  # 占立案总数的15.5%, 比上年增加7件: of the item before, no item of their own
        elif re.search(r"\d", piece):
            items.append(pending + piece)
            pending = ""
        else:  # words of the next item's (内容空泛、缺乏具体建议的11件), or a clause of no figure
            pending = pending + piece + "、" if joined and piece else ""
    return items


@lru_cache(maxsize=1 << 15)  # asked of each figure of a sentence read closely, several times: the same answer
def breakdown_role(sentence: str, quantity: Quantity) -> tuple[str, tuple[str, ...], str]:
    """('total', items, '') for a figure a breakdown follows, ('part', items, own item) for a
    figure among the items of one, ('', (), '') otherwise."""
    after = _BREAKDOWN_AFTER.match(sentence, quantity.end) or _CLAUSE_THEN_BREAKDOWN.match(sentence, quantity.end)
    if after:
        return "total", tuple(_items(sentence, after.end())), ""
    among = _among(sentence, quantity)
    if among:
        return "total", tuple(_items(sentence, among.end(), True)), ""
    lead = sentence[:quantity.start]
    at = max(lead.rfind("其中"), lead.rfind("包括"))
    if at < 0 or stop_after(lead, at) is not None or not (
            _TOTAL_BEFORE.search(_RATES_END.sub("", lead[:at])) or _clause_total(lead[:at])):
        total = next((x for x in find_quantities(lead) if _among(sentence, x)), None)
        if total is None or stop_after(sentence, total.end, True, quantity.start) is not None:
            return "", (), ""
        items = tuple(_items(sentence, _among(sentence, total).end(), True))
        return "part", items, next((item for item in items if quantity.text in item), "")
    items = tuple(_items(sentence, at + 2))
    own = next((item for item in items if quantity.text in item), "")
    return "part", items, own


def _whole_of_parts(question: str, items: list[str]) -> bool:
    """Whether the breakdown has two or more items of one measure word and the question writes none of their names
    (收到多少件提案 for 其中，大会期间收到提案259件，闭会期间收到提案27件; not 表示满意的有多少件 for 表示满意的201件、…,
    nor 委员多少名 for 现有委员38名，其中主任1名、…14个部门，…委员62名, whose clauses run on past the breakdown)."""
    names = [item_name(re.split(r"\d", item, maxsplit=1)[0]) for item in items]
    units = {found[0].unit for found in map(find_quantities, items) if found}
    return len(items) >= 2 and len(units) == 1 and not any(len(name) >= 2 and name in question for name in names)


def _among(sentence: str, quantity: Quantity) -> re.Match | None:
    """The 中， closing a clause that opens with 在 or 从 and ends with the figure (在立案的241件提案中，)."""
    a, _ = clause_bounds(sentence, quantity.start)
    return _AMONG_AFTER.match(sentence, quantity.end) if sentence.startswith(("在", "从"), a) else None


def _whole_in(question: str, word: str, item: str, lead: str = "") -> bool:
    """Whether the item holds the question's word with what the question writes right before it (东湖街道's
    街道 is not 苇城街道's; 里专职的, 上刊发 and 几篇刊登 have only a link or a count before theirs), or what
    comes before it stands in the whole's ``lead`` (考核优秀 of 在参加考核的…中，评定为优秀等次的28名)."""
    at = question.find(word)
    before = re.search(r"[\u4e00-\u9fff]{0,2}$", question[:max(at, 0)]).group()
    before = re.sub(r"^.*(?:[的了在有是里中上下之和与及]|(?:几|多少)[\u4e00-\u9fff]?)", "", before)  # 有几篇刊登了
    return not before or before + word in item or len(before) >= 2 and before in lead


def _clause_total(lead: str) -> bool:
    """Whether the clause ending ``lead`` (the text before 其中) gives a figure and then only says
    what it counts (推荐18名委员分别担任有关部门特约监督员，): its last figure is the total broken down."""
    figures = [q for q in find_quantities(lead) if q.start >= clause_bounds(lead, max(len(lead) - 2, 0))[0]]
    return bool(figures) and _CLAUSE_THEN_BREAKDOWN.match(lead + "其中", figures[-1].end) is not None


# The noun a question counts, right before 多少 / 几 (稿件多少篇) or after them and their measure word (多少篇稿件).
_COUNTED_BEFORE = r"(?:一共|总共|共|有|是|为)?(?:多少|几)"
_COUNTED_AFTER = r"(?:多少|几)[\u4e00-\u9fff]?"


def _counted_kind(question: str, kinds: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The question's kind naming what it counts: every item of a breakdown counts that (澴阳日报采用47篇 counts
    稿件 as 发布稿件370篇 does), so an item writing it out is not told apart by it from the others."""
    return next((kind for kind in kinds if any(re.search(re.escape(e) + _COUNTED_BEFORE, question)
                                               or pattern(_COUNTED_AFTER + re.escape(e)).search(question) for e in kind)), None)


def _told(telling: list[tuple[str, ...]], items: list[str], widest: dict, clause: str) -> tuple[list[frozenset], int]:
    """Which of the telling kinds each item names, and how many items name the question (no other naming more)."""
    told = [frozenset(n for n, kind in enumerate(telling) if widest[kind] == longest(kind, item) >= longest(kind, clause))
            for item in items]
    return told, sum(1 for own in told if own and not any(own < other for other in told))


def not_the_asked_part(question: str, kinds: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is a total or an item of a breakdown the question does not ask: an item
    when the question names several items' kinds or asks a total naming none, the total or
    another item when it names one item's kind. ``kinds`` are the equivalents of its terms.
    (The one asked gains nothing: its closeness stays what it is, as in a sentence of no breakdown.)"""
    role, items, own = breakdown_role(sentence, quantity)
    if not role:
        return False
    whole = _item_named_whole(question, items, _total_clause(sentence, quantity, role))
    if whole:  # 城关镇新增学位几个 → 其中城关镇1350个, not the 全县…2160个 before it
        return role == "total" or own != whole
    # The one item of a breakdown, named by a word of the question the words before it lack, is asked
    # (心得体会41篇，其中8篇在…刊物上刊发 for 有几篇刊发了; 专兼职心理教师41名，其中专职心理教师23名 for 专职的有几名),
    # or by the words the question writes before one, as the item writes them (推荐…38名，其中今年新推荐9名 for 今年新推荐几名).
    one = items[0].split("，")[0] if items else ""  # its own words, not its rate's (，占收稿总量的78.6% names the whole)
    lead = sentence[:max(sentence.find(one), 0)] if len(items) == 1 else ""
    if lead and any(any(e in one and _whole_in(question, e, one, lead) for e in kind)
                    and not any(e in lead and (_whole_in(question, e, lead) or not _whole_in(question, e, one))
                                for e in kind) for kind in kinds if kind):
        return role == "total"
    # A word every item has (提案 of 党派提案41件、个人提案145件) tells none of them apart.
    # Nor does the noun the total counts, written right before its figure (读书心得47篇，其中8篇…，3篇被评为优秀读书心得):
    # an item repeating it is still a part of that whole, not the one the noun names.
    clause = _total_clause(sentence, quantity, role)
    # (Not a phrase ending in 的: 表示满意和基本满意的232件 names its parts' kinds, no noun of the whole.)
    counted = before_figure(clause)[-COUNTED_NOUN:].rsplit("的", 1)[-1]
    widest = {kind: max((longest(kind, item) for item in items), default=0) for kind in kinds}  # 市领导 of 获市领导批示…
    telling = [kind for kind in kinds if not all(longest(kind, item) == widest[kind] for item in items)  # beside 各级领导
               and not repeats_whole(kind, counted, items)]
    # An item names the question when no other item names more of its telling words: 基本满意的几件
    # names 表示基本满意的57件, not 表示满意的201件 whose 满意 is only part of what is asked.
    # Not by a shorter equivalent than the total's clause writes (…缺乏具体建议的11件 under 在转为意见建议的45件中 for
    # 转成意见建议的有多少件: 建议 there is a piece of the total's 意见建议).
    told, named = _told(telling, items, widest, clause)
    shared = _counted_kind(question, kinds)
    if named >= 2 and shared in telling:  # 日报刊发稿件多少篇 → 日报刊发312篇, not 新闻网发布稿件370篇 for its 稿件
        fewer = [kind for kind in telling if kind != shared]
        if _told(fewer, items, widest, clause)[1] == 1:
            telling = fewer
            told, named = _told(telling, items, widest, clause)
    # A question naming no word of the items that the sentence does not write before its breakdown too, and some
    # word written only before it, asks the whole (引进项目总投资多少 → 引进招商项目7个，总投资23.5亿元, not 其中…
    # 电池配件项目总投资9.8亿元: its 项目 and 投资 the whole's clause writes as well, its 电池配件 not asked).
    before = _before_breakdown(sentence, quantity, role)
    if whole_by_its_own_words(question, kinds, items, before) or (
            not named and whole_by_unlisted_words(question, kinds, items, before)):
        return role == "part"
    if named >= 2 or (named == 0 and (_ASKS_TOTAL.search(question) or _whole_of_parts(question, items))):
        return role == "part"  # 宣讲和观摩(一共)几次, 一共几场; 收到多少件提案 (大会期间…259件，闭会期间…27件): the total
    if named == 1:  # one kind named (观摩活动几次): its own item, not the total over all kinds
        # Unless the total's own clause names more of the question's telling words than that item
        # (被市政协采用22篇，其中被省政协采用2篇 for 被市政协采用了几篇): the item narrows by what is not asked.
        item = next(item for item, own in zip(items, told) if own and not any(own < other for other in told))
        kind_words = re.split(r"\d", item, maxsplit=1)[0]
        if _names(telling, clause) > _names(telling, item) and kind_words not in clause:
            return role == "part"  # (a total listing the item's kind, 宣讲和观摩活动19次, is their sum)
        if _ASKS_TOTAL.search(question) and _names(telling, clause) >= _names(telling, item):
            return role == "part"  # 满意和基本满意的一共多少件 → 表示满意和基本满意的258件，其中…
        return role == "total" or own != item
    return False


# Right after a total, a clause naming its parts with no figures: 其中 one of them, 分别 or 包括 each.
_SINGLES_OUT = re.compile(r"[,，(（]?(?:其中|分别|包括)")


def singled_out_part(kinds: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is a total a clause follows that names, with no figure of its own, the one part
    the question asks (引荐项目6个，总投资8.6亿元，其中…零部件项目落户… for 零部件项目投资多少; 工作站12个，
    分别设在社区、企业和医院 for 几个设在医院): the clause names question words the text before it never
    does, so the total is the whole's, not the part's."""
    after = _SINGLES_OUT.match(sentence, quantity.end)
    if not after:
        return False
    end = _ITEM_END.search(sentence, after.end())
    part = sentence[after.end():end.start() if end else len(sentence)]
    if find_quantities(part):
        return False  # its items have their own figures: breakdown_role reads them
    lead = sentence[:quantity.start]
    return any(any(e in part for e in kind) and not any(e in lead for e in kind) for kind in kinds if kind)


def total_of_part(sentence: str, quantity: Quantity) -> str:
    """The clause of the total whose breakdown the figure is an item of, or that leads with a colon
    into the list it stands in ('' when none): the item counts what that clause names (全县新建公共
    充电桩326个，其中苇城街道118个 counts 充电桩)."""
    role = breakdown_role(sentence, quantity)[0]
    if role == "part":
        return _total_clause(sentence, quantity, role)
    lead = sentence[:quantity.start]
    at = max(lead.rfind("其中"), lead.rfind("包括"))
    if at > 0 and not _ITEM_END.search(lead, at):  # 会议将241件立案提案交由58家承办单位办理，其中…承办15件
        before = sentence[clause_bounds(sentence, at - 1)[0]:at]
        if find_quantities(before):
            return before
    # A list after a colon counts what the words before it name (承办提案较多的单位依次为:县教育局29件、…).
    a, _ = clause_bounds(sentence, quantity.start)
    if a > 0 and sentence[a - 1] in ":：" and "、" in sentence[a:clause_bounds(sentence, quantity.start)[1]]:
        return sentence[clause_bounds(sentence, a - 1)[0]:a - 1]
    return ""


def _item_named_whole(question: str, items: list[str], total_clause: str) -> str:
    """The one item whose own name (the words before its figure, of two characters or more, not
    the total's) the question writes whole: the part asked (苇城街道新建了几个充电桩 → 其中苇城街道
    118个), though the question's other words stand in the total's clause. '' when none or several."""
    named = []
    for item in items:
        name = item_name(re.split(r"\d", item, maxsplit=1)[0])  # the words before its figure
        if len(name) >= 2 and _names_alone(name, question) and not _names_alone(name, total_clause):
            named.append(item)
    return named[0] if len(named) == 1 else ""


# A bound after a word makes it a range the word only starts (县级以上 holds 省级, 市级 and 县级).
_RANGE_AFTER = re.compile(r"及?(?:以上|以下)")


def _names_alone(name: str, text: str) -> bool:
    """Whether the text writes the name other than as the start of a range: the total of 县级以上…58项 does not
    name the item 县级35项, so 县级的有几项 asks that item (县级以上的几项 the total)."""
    at = text.find(name)
    while at >= 0:
        if not _RANGE_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _names(kinds: list[tuple[str, ...]], text: str) -> int:
    return sum(1 for kind in kinds if any(e in text for e in kind))


def _total_clause(sentence: str, quantity: Quantity, role: str) -> str:
    """The clause a breakdown's total stands in, up to the total's figure."""
    end = _total_end(sentence, quantity, role)
    return sentence[clause_bounds(sentence, max(end - 1, 0))[0]:end]


def _before_breakdown(sentence: str, quantity: Quantity, role: str) -> str:
    """The sentence's text from its start (or its last ；) up to the breakdown's total figure."""
    end = _total_end(sentence, quantity, role)
    return sentence[max(sentence.rfind("；", 0, end), sentence.rfind(";", 0, end)) + 1:end]


def _total_end(sentence: str, quantity: Quantity, role: str) -> int:
    """Where the figure of a breakdown's total ends in the sentence."""
    lead = sentence[:quantity.start]
    among = [x for x in find_quantities(lead)
             if _among(sentence, x) and stop_after(sentence, x.end, True, quantity.start) is None]
    if role == "total":
        end = quantity.end
    elif among and max(lead.rfind("其中"), lead.rfind("包括")) < among[-1].start:
        end = among[-1].end  # 在转为意见建议的45件中，…的21件
    else:
        end = len(_RATES_END.sub("", lead[:max(lead.rfind("其中"), lead.rfind("包括"))]).rstrip(",，(（"))
    return end


def _enumeration(sentence: str, quantity: Quantity, answers: Callable[[Quantity], bool]):
    """The items of the 、-enumeration the figure stands in, each as (its name, whether it is the
    figure's own); [] when the figure stands in none."""
    opened = bracket_lists_opened(sentence)
    a, b = clause_bounds(opened, quantity.start)
    clause = opened[a:b]
    if "、" not in clause:
        return []
    found = find_quantities(clause)
    figures = [x.start for x in found if answers(x)]
    # The last item joined by 和 right after a figure (县交通运输局17件和县卫计局16件) is an item of its own.
    cuts = [x.end for x in found if clause.startswith(("和", "及", "与"), x.end)]
    items, start = [], 0
    for part in re.split("[、]", "".join("、" if n in cuts else c for n, c in enumerate(clause))):
        if any(start <= f < start + len(part) for f in figures):
            items.append((start, part))
        start += len(part) + 1
    own = next((part for at, part in items if at <= quantity.start - a < at + len(part)), None)
    if own is None or len(items) < 2:
        return []
    # The first item carries the words that lead into the whole list (承办提案较多的单位是县住建局29件、县教育局
    # 24件…): its own name is only as long as the others' names are (县住建局), the rest is every item's.
    own_figures = [next((x.text for x in found if at <= x.start < at + len(part) and answers(x)), "") for at, part in items]
    after = names_after_figures([part for _, part in items], own_figures)  # 58件转为…、16件转为… (figure_first.py)
    if after is not None:
        return [(name, part is own) for (_, part), name in zip(items, after)]
    names = [_BOUND_END.sub("", re.split(r"\d", part, maxsplit=1)[0]) for _, part in items]
    longest = max(len(name) for name in names[1:])
    if not (a > 0 and sentence[a - 1] in "(（"):  # a list opening a bracket has no words leading into it
        names[0] = after_scope(names[0], longest)[-longest:]
    return [(name, part is own) for (_, part), name in zip(items, names)]


def _item_weights(kinds: list[tuple[tuple[str, ...], float]], names: list[str]) -> list[float]:
    """How much of the question each item's name tells, leaving out words every item has."""
    telling = [(kind, w) for kind, w in kinds if not all(any(e in name for e in kind) for name in names)]
    weights = [sum(w for kind, w in telling if any(e in name for e in kind)) for name in names]
    for kind, w in kinds:  # 满意的212件、基本满意的45件、不满意的7件: the bare word tells its item (bare_items.py)
        if (kind, w) not in telling:
            weights = [x + w * bare for x, bare in zip(weights, bare_items(kind, names, [k for k, _ in kinds]))] or weights
    return weights


def outnamed_item(kinds: list[tuple[tuple[str, ...], float]], sentence: str, quantity: Quantity,
                  answers: Callable[[Quantity], bool]) -> bool:
    """Whether the figure's own item of a 、-enumeration names the question's telling words less
    than another item with a figure that could answer (``answers``). ``kinds`` are the
    equivalents of the question's terms with their weights."""
    items = _enumeration(sentence, quantity, answers)
    if not items:
        return False
    weights = _item_weights(kinds, [name for name, _ in items])
    mine = next(w for w, (_, own) in zip(weights, items) if own)
    return mine < max(w for w, (_, own) in zip(weights, items) if not own)


def unnamed_item(kinds: list[tuple[tuple[str, ...], float]], sentence: str, quantity: Quantity,
                 answers: Callable[[Quantity], bool], kept: dict | None = None, key: object = None) -> bool:
    """Whether the figure is one item of an enumeration of three or more (涉及经济发展72件、城乡建设
    58件、社会事业81件) while the question names none of the items: it counts a part of what is
    asked, whose whole is told elsewhere (立案241件)."""
    items = [name for name, _ in _enumeration(sentence, quantity, answers)]
    if not items:  # a list by ，or ； (经济界别立案46件，教育界别立案33件，…，其余各界别共立案64件)
        names = listed_names_kept(kept, key, sentence, answers, labels=False)  # (kept by ``key``: list_names.py)
        if quantity.start in names and breakdown_role(sentence, quantity)[0] != "total":
            found = {x.start: x for x in find_quantities(sentence)}  # the first item without its set (list_scope.py)
            items = scoped_first([n for at, n in names.items() if breakdown_role(sentence, found[at])[0] != "total"])
    items = list(dict.fromkeys(items))  # an item's change and base (214件，比上年的198件增加16件) are the one item's
    # Two items are enough when the set they count within leads the first (立案提案中个人提案391件、联名提案81件).
    least = 2 if len(items) == 2 and _scope_leads_list(sentence, quantity, items) else 3
    return len(items) >= least and not any(_item_weights(kinds, items))


def _scope_leads_list(sentence: str, quantity: Quantity, items: list[str]) -> bool:
    """Whether the words before the first figure of the figure's clause open with a set closed by 中 (立案提案中…)."""
    a, b = clause_bounds(sentence, quantity.start)
    first = re.split(r"\d", sentence[a:b], maxsplit=1)[0]
    scope = _SET_CLOSED.match(first)
    # The set is the kind every item is a sort of (立案提案中…个人提案、…联名提案: both 提案), and its 中 no piece
    # of a word (理论学习中心组, 集中学习: no set closed there).
    return bool(scope) and all(item.endswith(scope.group(1)[-2:]) for item in items) \
        and scope_leads(first, max(len(item) for item in items[1:]))


# A set written before a list's first item, closed by 中 that starts no word (中心, 中国, 中央, 中学…).
_SET_CLOSED = re.compile(r"([\u4e00-\u9fff]{2,}?)(?<![集其高初空])(?:之中|当中|中)(?![心国央华学小共医级层期型青间])")


def sum_of_listed(kinds: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the figure counts what the doers or kinds of a list of three or more before it in its
    clause did together (以各民主党派县委员会、县工商联、人民团体、政协各专门委员会和界别活动组名义提交的集体
    提案41件), and the question names one item of the list whole, not the others: their sum."""
    a, _ = clause_bounds(sentence, quantity.start)
    lead = sentence[a:quantity.start]
    if lead.count("、") < 2:
        return False
    pieces = re.split(r"[、和及与]", lead)[:-1]  # the last runs on into what they did
    words = [e for kind in kinds for e in kind]
    whole = [piece for piece in pieces if _covered(piece.lstrip("以由对在为各"), words) >= 0.75]
    return len(whole) == 1


def _covered(piece: str, words: list[str]) -> float:
    """How much of a list item the question's words cover (民主党派…委员会 of 民主党派县委员会)."""
    covered = [False] * len(piece)
    for word in words:
        for at in find_apart(piece, word):  # as re.finditer(re.escape(word), piece) finds it
            covered[at:at + len(word)] = [True] * len(word)
    return sum(covered) / len(piece) if piece else 0.0


_ALTERNATIVE = re.compile(r"、|或者|或是|或")
_OPENS_PARTS = re.compile(r"其中|(?:从|按)[^,，]{1,8}看")  # a sentence of a breakdown's items (breakdown_parts.py)


def one_of_alternatives(kinds: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the figure counts things of several kinds its clause joins by 或 (属于个人诉求或者所提事项已有明确
    政策规定的45件提案) and the question names words of only one of them (已有政策规定的有多少件): it counts
    that kind with the others, more than is asked."""
    a, _ = clause_bounds(sentence, quantity.start)
    lead = sentence[a:quantity.start]
    if "或" not in lead or breakdown_role(sentence, quantity)[0] == "part" or _OPENS_PARTS.match(sentence):
        return False  # an item of a breakdown (其中…已有政策规定或正在实施的21件) is the finest part told
    pieces = _ALTERNATIVE.split(lead)
    if "的" not in pieces[-1]:
        return False  # 牵头组织或参与协商活动6场: deeds joined, one thing counted; kinds are told by …的
    pieces[-1] = pieces[-1].rsplit("的", 1)[0]  # the noun after the last 的 (…的45件提案) is every kind's
    named = {n for n, piece in enumerate(pieces) for kind in kinds if any(e in piece for e in kind)}
    return len(pieces) >= 2 and len(named) == 1
