"""Questions asking for items (提了哪些建议, 评出了哪些先进个人) or for places of a kind (建在哪些村):
whether a sentence lists what is asked, or only counts it or speaks of the kind in general.

Used by checks.Checks.doubt; not for choosing the sentence, only for trusting it less.
"""

from __future__ import annotations

import re

from .ranked_lists import kind_ranked, ranked_by_figures
from .normalize import find_all
from .quoted_category import THEME_NOUNS, category_term, quotes_category
from .named_things import named_localities
from .titles import GENERIC_HEADS, generic_head, names_asked_thing
from .told_words import theme_of_meeting
from .question import KIND_WHAT, QuestionAnalysis, once_per_question

# Items asked (评出了哪些先进个人, 几位副市长分别督办的是哪个提案): the items answer, never how many.
_ASKS_ITEMS = re.compile(r"(?:哪些|哪(?:几|[2-9]|1\d)[个位名家项件所条种类]?|都有谁|分别是谁)([\u4e00-\u9fff]{2,10})")
# The kind of place the items asked are (哪些县…, 哪几个乡镇), not a thing done there.
# Items asked after their count and noun (15件重点提案具体是哪几件, 10家先进单位都是哪些, 4件集体提案都是啥); 是什么
# without 都 / 分别 asks one thing's name (10条措施全称是啥).
# (3次网络议政分别议的啥: 分别 with a verb before 啥; 重点提案具体是哪几件: the noun alone before 是哪几件, no count.)
_ITEMS_BEFORE = re.compile(r"\d+[件个家位名项所篇条部本场次]([\u4e00-\u9fff]{2,12}?)"
                           r"(?:(?:具体|都|分别|各|又)?是哪(?:些|几)|(?:具体|都|分别|各)(?:是|[\u4e00-\u9fff]的)(?:什么|啥))")
_ITEMS_ALONE = re.compile(r"^(?:今年|去年|明年|本年)?([\u4e00-\u9fff]{2,8}?)(?:具体|都|分别)是哪几[件个家项所篇条场次][?!。]*$")
# A deed the items asked took part in (哪些党派参与了营商环境监督, 哪些单位牵头): the noun asked ends before it. (Not an
# outcome, 哪2篇信息得到省领导批示: the items are read with it; 哪些产品入选 asks the 产品 chosen.)
_DEED_AFTER_ITEMS = re.compile(r"参加|参与|出席|牵头|负责|承办|主办|协办|涉及|开展|提出|提交|报送|组织|发起|来自|属于|位于|入选|入围|上榜")
_PLACE_KIND = re.compile(r"(?:省|市|县|区|镇|乡|村|街道|社区|地方|国家)")
# Items of the calendar (哪几个月, 哪些年份, 哪几天): named by a number, 7月 and 11月, never a count.
_CALENDAR_KIND = re.compile(r"(?:月份?|年份?|天|日)")
_ITEM_AFTER_COUNT = re.compile(r"(?:多少|(?<!哪)几)[\u4e00-\u9fff]*?(?:哪个|哪1个|哪些|(?<!为)什么|啥)")
_LISTS_ITEMS = re.compile(r"分别是|分别为|包括|即|:|如下")
# Items enumerated right before the noun asked (打造精品线路、培育民宿集群等建议9条, 提出A、B等3条建议).
_ENUMERATED_BEFORE = re.compile(r'[、"][^,;。:!?]{1,40}等(?:\d+[\u4e00-\u9fff])?$'
                                # …A、B、C3个界别: the items right before their count, or before the deed
                                # done at them (赴青峰县、龙湾区学习考察2次 for 到哪些地方学习考察)
                                r'|(?:[\u4e00-\u9fff"]{2,20}、)+[\u4e00-\u9fff"]{2,20}(?:\d+[\u4e00-\u9fff]?)?$'
                                # …or two or more quoted in a row (围绕"A""B"2个课题), the last joined by 和 (新设"A"和"B"2个专栏)
                                r'|(?:"[^"]{2,40}"(?:、|和|与|及)?){2,}(?:\d+[\u4e00-\u9fff]?)?$')
# One quoted name right before the noun asked, none before it ("网络议政"栏目): the one item of that noun told.
_ONE_QUOTED_BEFORE = re.compile(r'(?:^|[^"、和与及])"[^"]{2,40}"$')
# (纠纷都有哪几类; not 是哪3个, which may ask the parts of one named thing: "三个不"是哪三个)
_ITEMS_AFTER_NOUN = re.compile(r"(?:都|分别|还)?(?:有|是|包括)(?:哪些|哪几[类种个项]|哪[2-9][类种])[?!。]*$")
# Items written out: quoted names, or three or more 、-separated words without amounts (常委会议6次、… counts).
_QUOTED_ITEM = re.compile(r'"[^"]{2,40}"')
_LISTED = re.compile(r'(?:[\u4e00-\u9fff"]{2,20}、){2,}[\u4e00-\u9fff"]{2,20}')
# …or three closed by 和 / 及 (分管办公室、信息中心和机关服务中心): the items a clause writes out.
_LISTED_WITH_AND = re.compile(r'(?:[\u4e00-\u9fff"]{2,20}、)+[\u4e00-\u9fff"]{2,10}?(?:以及|和|及)[\u4e00-\u9fff"]{2,20}')
# The top few of a kind asked (最多的5个单位, 最高的3项), and items told each with its amount (A29件、B24件、C21件).
# Standing first among others: the most of what they are ranked by (居各专委会首位, 位居各界别第1, 居4个县(区)首位).
_FIRST_PLACE = re.compile(r"(?:居|列|排)[\u4e00-\u9fff\d()]{0,10}?(?:首位|第1(?!\d)|第一|之首|榜首)")  # 居4个县(区)首位
# Among the first few (位居全县前列, 名列前茅): the top few, for a question asking several (哪两个, 哪几个, 哪些), not one.
_TOP_RANKS = re.compile(r"(?:居|列)[\u4e00-\u9fff\d()]{0,10}?(?:前列|前茅)")
_SEVERAL_ASKED = re.compile(r"哪(?:些|几|[两二三四五六七八九2-9](?:个|家|位|所|项))")
_TOP_FEW = re.compile(r"最([多少高低大小])的?\d+[\u4e00-\u9fff]")
_LISTED_COUNTS = re.compile(r"(?:[\u4e00-\u9fff]{2,20}\d+[\u4e00-\u9fff]、){2,}")
_CLAUSE_END = re.compile(r"[,;。!?]")
# Themes are told as the quoted topic a work was done around (围绕"…"开展专题协商).
_THEMES = THEME_NOUNS
_THEME_TOLD = re.compile(r'(?:围绕|聚焦|就|以)"[^"]{2,40}"')
# …or as three or more topics 、-listed after 围绕 (围绕数字经济、乡村振兴、基层治理作专题辅导; not 围绕市委、市政府中心工作),
# or two or more quoted ones in a row (分别围绕"A""B"开展界别协商).
_THEMES_LISTED = re.compile(r'(?:围绕|聚焦)(?:(?:[\u4e00-\u9fff]{2,10}、){2,}[\u4e00-\u9fff]{2,10}|(?:"[^"]{2,40}"、?){2,})')
# A meeting or activity the sentence names before the noun asked: the items are that one's.
_EVENT_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:会议|会|活动)")
# …and words ending in 会 that name a body or society, no meeting (县人力资源和社会保障局, 县工商联合会, 协会).
_NO_EVENT = re.compile(r"(?:社会|委员会|联合会|基金会|学会|工会|协会|(?<!协)商会)$")
# The standing committee acting (常委会成立…领导小组，机关定点帮扶A村、B村) is a body too; one of its sittings is
# numbered or called a meeting right after it (常委会第5次会议, 常委会会议).
_STANDING_BODY = re.compile(r"常委会(?![第\d会])")
_COUNT_BEFORE = re.compile(r"\d[\u4e00-\u9fff]?$")
# A village, town or township named (溪头村, 上桥镇), not the kind spoken of (村(社区)覆盖率, 各村, 6个乡镇):
# the words before the kind that make no name of it (邻县, 外县: a neighbouring or another one, unnamed).
_NOT_A_NAME_BEFORE = frozenset("的了在到和与及等各全每个本该此这那其进驻入乡农村镇城邻外")
_GENERAL_PLACES = ("行政村", "自然村", "中心村", "乡镇", "村镇", "城镇", "集镇", "乡村")
# …and after it, words that make the kind a common noun (实现村(社区)覆盖率, 村民, 村级, 村里).
_NOT_A_NAME_AFTER = frozenset("(民级委庄里务容落")


def asked_item_term(q: QuestionAnalysis):  # noqa: ANN201 (a question.Term or None)
    """The noun whose items a question asks (有哪些主题 → 主题, 整合了哪些区域茶叶品牌 → 品牌), or None."""
    words = asked_item_words(q)
    # …or the kind noun of a deed's object (实行什么原则 → 原则), told by the object quoted (quoted_category.py);
    # …or the one theme asked (视察的主题是什么), told by the topic quoted after 围绕 without the word 主题.
    # …or the generic head a project's name is asked by (义诊项目叫啥 → 项目), told by the name quoted against the words
    # saying which ("…"义诊), the word 项目 unwritten (titles.py).
    return next((t for t in q.terms if t.equivalents == words), None) if words else \
        category_term(q) or _theme_term(q) or generic_head(q)


def item_strength(q: QuestionAnalysis) -> float:
    """How fully a sentence listing the items asked tells the noun asked: wholly for items (主题 told as
    围绕"…"), less for the kind of a deed's quoted object (实行"…" for 实行什么原则), which may be of another kind."""
    return 1.0 if asked_item_words(q) or _theme_term(q) or generic_head(q) is not None else 0.75


# One theme asked (调研的主题是什么, 议题是啥): the noun ends the question before 是什么.
_ASKS_THEME = re.compile("(" + "|".join(sorted(_THEMES)) + r")(?:是什么|是啥|是哪个|叫什么|叫啥)[?!。]*$")


def _theme_term(q: QuestionAnalysis):  # noqa: ANN202 (a question.Term or None)
    asked = _ASKS_THEME.search(q.norm) if q.kind == KIND_WHAT else None
    return next((t for t in q.terms if t.text == asked.group(1)), None) if asked else None


def asked_item_words(q: QuestionAnalysis) -> tuple[str, ...]:
    """The forms of the noun whose items a question asks, or none when it asks no items."""
    return once_per_question(q, "_asked_items", _read_asked_item_words)


def _read_asked_item_words(q: QuestionAnalysis) -> tuple[str, ...]:
    asked = _ASKS_ITEMS.search(q.norm)
    heads = [t for t in q.terms if q.norm.find(t.text, asked.start(1)) >= 0] if asked else []
    deed = _DEED_AFTER_ITEMS.search(q.norm, asked.start(1)) if asked else None
    if deed and deed.start() > asked.start(1):  # 哪些民主党派参加了…的监督: the noun before the deed (民主党派)
        heads = [t for t in heads if 0 <= q.norm.find(t.text, asked.start(1)) < deed.start()] or heads
    before = _ITEMS_BEFORE.search(q.norm) if not heads else None
    if before and not before.group(0).startswith("1"):  # 4件集体提案都是啥: the noun after the count of several
        heads = [t for t in q.terms if t.text in before.group(1)]
    last = _ITEMS_AFTER_NOUN.search(q.norm) if not heads else None
    if last is not None:  # 座谈会的主题有哪些: the noun nearest before
        before = [(q.norm.rfind(t.text, 0, last.start()), n) for n, t in enumerate(q.terms)]
        heads = [q.terms[max(before)[1]]] if max(before, default=(-1, 0))[0] >= 0 else []
    return tuple(heads[-1].equivalents) if heads else ()


# Two or more names quoted in a row, the last joined by 和 / 与 / 及 / 、, a few words allowed after each ("甲"关爱行动和"乙").
_QUOTED_IN_A_ROW = re.compile(r'"[^"]{2,40}"[\u4e00-\u9fff]{0,4}(?:、|和|与|及)"[^"]{2,40}"[^,;。!?]*')


def _quoted_doers(q: QuestionAnalysis, words: tuple[str, ...], sentence: str) -> bool:
    """Whether names quoted in a row stand in a clause with another word of the question (获得一等奖): the items of
    a generic kind asked (项目, 活动), named without it."""
    others = [e for t in q.terms if t.equivalents != words and len(t.text) >= 2 for e in t.equivalents if len(e) >= 2]
    return any(any(e in m.group(0) for e in others) for m in _QUOTED_IN_A_ROW.finditer(sentence))


def _kinds_counted(q: QuestionAnalysis, words: tuple[str, ...], sentence: str) -> bool:
    """Whether one clause counts two or more kinds of the noun asked in a row, each named by the noun
    (婚姻家庭纠纷57件、邻里纠纷39件 for 纠纷有哪几类): a breakdown by kind names the kinds, unless the question asks
    the items of one of those kinds (三件集体提案分别是什么, told 集体提案3件、个人提案24件: the kinds, not its items)."""
    item = re.compile(r"([\u4e00-\u9fff]{1,10}?)(?:%s)\d+[\u4e00-\u9fff]" % "|".join(map(re.escape, words)))
    for clause in re.split(r"[,;:。]", sentence):
        kinds = [m.group(1) for m in map(item.fullmatch, clause.split("、")) if m]
        if len(kinds) >= 2:
            return not any(kind in q.norm for kind in kinds)
    return False


def lists_asked_items(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence enumerates the items a question asks: names them (quoted, or 、-separated
    without amounts, 主题分别是:A、B、C) beside the noun asked, or, themes asked, tells several quoted
    topics a work was done around (3月,围绕"A"开展…;6月,围绕"B"…) — a paragraph's list spread over
    the sentence after the one naming the noun."""
    words = asked_item_words(q)
    if not words and (theme := _theme_term(q)) is not None:
        # 视察的主题是什么 → 围绕"侨乡…"组织委员…视察, a sentence telling the question's other words too (not
        # 围绕"…"开展双周协商 for 远程协商的主题); 远程协商的主题 → 组织"…"网络议政远程协商 (told_words.py).
        others = [t for t in q.terms if t is not theme]
        return bool(_THEME_TOLD.search(sentence)) and all(any(e in sentence for e in t.equivalents) for t in others) \
            or theme_of_meeting(q.norm, sentence)
    if not words:  # 实行什么原则 → 实行"调研在前、提案在后"; 义诊项目叫啥 → "…"义诊
        return quotes_category(q, sentence) or generic_head(q) is not None and names_asked_thing(q, sentence)
    if _THEMES.intersection(words) and (len(_THEME_TOLD.findall(sentence)) >= 2 or _THEMES_LISTED.search(sentence)):
        return True
    at = min((sentence.find(w) for w in words if w in sentence), default=-1)
    if at < 0:  # 大赛一等奖是哪两个项目 → "甲"关爱行动和"乙"获得一等奖: projects named, the word 项目 unwritten
        return bool(GENERIC_HEADS.intersection(words)) and _quoted_doers(q, words, sentence)
    other = [m.group() for m in _EVENT_BEFORE.finditer(sentence, 0, at) if not _NO_EVENT.search(m.group())
             and not (m.group().endswith("常委会") and _STANDING_BODY.match(sentence, m.end() - 3))]
    if other and other[-1] not in q.norm:
        return False  # the themes of another meeting (专题协商会…主题为, 双月协商座谈会 asked)
    # The noun asked, then what it is (较多的单位是A29件、B24件、C21件): the items, amounts and all.
    after = re.compile(r"(?:%s)(?:分别)?(?:是|为|包括)(?:[^,;。:!?、]{2,20}、){2,}" % "|".join(map(re.escape, words)))
    listed = len(_QUOTED_ITEM.findall(sentence)) >= 2 or _LISTED.search(sentence) is not None or _kinds_counted(q, words, sentence)
    # Two or more named right before the noun asked (邀请A公司、B局等单位参加): the items, however few.
    enumerated = any(_ENUMERATED_BEFORE.search(sentence, 0, a) for w in words for a in find_all(sentence, w))
    if listed and not enumerated and all(_ONE_QUOTED_BEFORE.search(sentence, 0, a) for w in words for a in find_all(sentence, w)):
        listed = False  # 开设"网络议政"栏目,围绕"A""B"等3个议题: one 栏目 named, the quotes after it are the 议题
    return listed or enumerated or bool(after.search(sentence))


# What agencies are called as a kind, and an agency named (文旅局, 财政厅, 信访办, not 办理, 结局).
_AGENCY_WORDS = frozenset({"部门", "单位", "机构", "职能部门"})
AGENCY_NAMED = re.compile(r"[\u4e00-\u9fff]{2}(?<![格布大全结开当时])(?:局|厅)|[\u4e00-\u9fff]{2}办(?![理公法事好])")


def items_untold(q: QuestionAnalysis, shown: str, where: str) -> bool:
    """Whether items are asked (投了哪些项目) and the answer neither speaks of the phrase asked
    (站 of 哪些站的工地), in its sentence or around it, nor writes items out in a clause holding the
    question's other words (围绕"A""B"等非遗保护开展调研): a sentence about something else."""
    asked = _ASKS_ITEMS.search(q.norm) if asked_item_words(q) else None
    if asked is None:
        return False
    phrase = [t for t in q.terms if t.text in asked.group(1)]
    if any(e in where for t in phrase for e in t.equivalents) or lists_asked_items(q, shown):
        return False
    if any(t.text in _AGENCY_WORDS for t in phrase) and AGENCY_NAMED.search(shown):
        return False  # 转交给了哪些部门 → 转交区文旅局、区自然资源局: an agency is a 部门
    if asked.group(1).startswith("地方") and named_localities(shown) and len(_QUOTED_ITEM.findall(shown)) >= 2:
        return False  # 看了哪两个地方 → 察看了某社区"甲"和"乙": sites named in a locality are places
    others = [t.text for t in q.terms if t not in phrase and len(t.text) >= 2]
    return not any((len(_QUOTED_ITEM.findall(clause)) >= 2 or _LISTED.search(clause) or _LISTED_WITH_AND.search(clause))
                   and any(w in clause for w in others) for clause in _CLAUSE_END.split(shown))


def counts_items_asked(q: QuestionAnalysis, kind: str, fact: str, shown: str) -> bool:
    """Whether items are asked and the answer gives only their count: a count for the answer, or the
    asked noun told only with an amount (先进个人24人, 15个先进单位), no list after it or before it."""
    if kind == "number" and fact and _ITEM_AFTER_COUNT.search(q.norm):
        return True
    asked = _ASKS_ITEMS.search(q.norm)
    if asked and _CALENDAR_KIND.match(asked.group(1)):
        return False  # 哪几个月搞的: months and years are named by their numbers (7月和11月), not counted by them
    if asked and _PLACE_KIND.match(asked.group(1)):
        return False  # 在哪些县新设工作室: places asked (whether any is named is checked by kind), not the 工作室
    heads = [t for t in q.terms if q.norm.find(t.text, asked.start(1)) >= 0] if asked else []
    deed = _DEED_AFTER_ITEMS.search(q.norm, asked.start(1)) if asked else None
    if deed and deed.start() > asked.start(1):  # 哪些民主党派参加了…的监督: the noun before the deed (民主党派)
        heads = [t for t in heads if 0 <= q.norm.find(t.text, asked.start(1)) < deed.start()] or heads
    before = (_ITEMS_BEFORE.search(q.norm) or _ITEMS_ALONE.search(q.norm)) if not heads else None
    if before:  # 15件重点提案具体是哪几件: the noun written after the count (or alone, 重点提案具体是哪几件)
        asked, heads = before, [t for t in q.terms if t.text in before.group(1)]
    if heads and re.search(r"哪几[位名]$", q.norm[:asked.start(1)]):
        heads = [min(heads, key=lambda t: q.norm.find(t.text, asked.start(1)))]  # 哪几位委员作的发言: the 委员
    if not heads or _LISTS_ITEMS.search(shown):
        return False
    words = [asked.group(1)] if asked.group(1) in shown and before else heads[-1].equivalents  # 重点提案15件
    told = [(start, start + len(e)) for e in words for start in find_all(shown, e)]
    if any(_ENUMERATED_BEFORE.search(shown, 0, a) for a, _ in told):
        return False
    return bool(told) and all(shown[b:b + 1].isdigit() or _COUNT_BEFORE.search(shown, 0, a) for a, b in told)


# Not a bound (预收费最多不能超过几个月, 最少要交几年, 最高可补多少): 最多 before 不, 能, 可, 要, 须 limits one amount, it ranks nothing.
# …though 最低的委员多少分 asks the lowest one's (的 makes the superlative pick one out).  活跃, 积极, 受欢迎 rank as well.
_SUPERLATIVES = re.compile(r"最(?:多|少|高|低|大|小|早|晚|快|慢|好|差|先|活跃|积极|受欢迎)"
                           r"(?!(?:(?!的)[\u4e00-\u9fff]){0,3}?(?:多少|几))"
                           r"(?!不|能|可|只|要|须|需|应|得(?![到了]))")


# The last place of a ranking asked (评议中排最后的部门, 排名垫底的), and a text telling one (末位, 倒数第1, 最低).
_LAST_PLACE_ASKED = re.compile(r"排(?:名|位|在)?(?:最后|最末|末位|倒数)|垫底")
_LAST_PLACE_TOLD = re.compile(r"最后|最末|末位|倒数|垫底|最低|最差|最少")


def rank_untold(question: str, shown: str) -> bool:
    """Whether the question asks a superlative (谁减免最多, 哪个单位承办最多) or a ranking's last place
    (排最后的部门) that the text does not rank."""
    if _LAST_PLACE_ASKED.search(question) and not _LAST_PLACE_TOLD.search(shown):
        return True  # 评议中排最后的部门 asked, 对18个市直部门开展民主评议 told: no ranking
    return any(not ranks_told(question, superlative, shown) for superlative in _SUPERLATIVES.findall(question))


# The top places of a ranking asked (前10名有哪些人, 前3位是谁): the list is told as such (前10名为…).
_TOP_PLACES = re.compile(r"前(\d+)(?:名|位)")


def top_places_untold(question: str, shown: str) -> bool:
    """Whether the question asks a ranking's top places (前10名有哪些人) the text does not write as such: the
    one at the top named (积分最高的是某某) is not the list."""
    return any(not re.search(rf"前{top}(?:名|位)", shown) for top in _TOP_PLACES.findall(question))  # (前3名 as 前3位)


# The other end of a ranking (较多 lists the top few, which tell no least).
_OPPOSITE = {"多": "少", "少": "多", "高": "低", "低": "高", "大": "小", "小": "大"}


def ranks_told(question: str, superlative: str, shown: str) -> bool:
    """Whether the answer ranks what a superlative asks (最多): it says so, or lists three or more
    named items with like figures (breakdowns.ranked_by_figures), or, the top few asked
    (承办提案最多的5个单位), it lists the more of them (较多的单位是A29件、B24件、C21件…)."""
    if superlative in shown or "最为" + superlative[1:] in shown:
        return True  # (最活跃 as 最为活跃)
    if "较" + _OPPOSITE.get(superlative[1:], "") in shown and "较" + superlative[1:] not in shown:
        return False  # 承办提案最少的是哪个 → 较多的单位依次为A21件、B17件…: only the top few, none the least
    if superlative[1:] in "多少高低大小" and ranked_by_figures(shown) and kind_ranked(question, shown):
        return True  # 哪个界别立案最多 → 经济界别立案46件，农业和农村界别立案37件…: the figures rank them
    if superlative in ("最多", "最高", "最大") and _FIRST_PLACE.search(shown):
        return True  # 哪个专委会联系的提案最多 → …提案数量连续2年居各专委会首位
    if superlative in ("最多", "最高", "最大") and _SEVERAL_ASKED.search(question) and _TOP_RANKS.search(shown):
        return True  # 哪两个镇搞得最多 → 其中甲镇、乙镇各开展8场，位居全县前列: the top few, as asked
    few = _TOP_FEW.search(question)
    return bool(few) and few.group(1) == superlative[1:] and "较" + superlative[1:] in shown and bool(
        _LISTED_COUNTS.search(shown))


def names_place_of_kind(kind: str, shown: str) -> bool:
    """Whether the sentence names a village, town, township, county or street (kind 村, 镇, 乡, 县 or 街道): the kind written
    after a name's last character, not after a number, a function word or a general word (各村, 6个乡镇),
    nor before a word that makes it a common noun (村民, 村(社区)覆盖率)."""
    for at in find_all(shown, kind):
        before = shown[at - 1:at] if at else ""
        if not before or not "\u4e00" <= before <= "\u9fff" or before in _NOT_A_NAME_BEFORE:
            continue
        after = shown[at + len(kind):at + len(kind) + 1]
        if after and after in (_NOT_A_NAME_AFTER if len(kind) == 1 else "(") and \
                shown[at + len(kind):at + len(kind) + 2] != "委员":
            # (村委, 镇委 are common nouns; 某某镇委员工作站, 某某街道委员工作站 are the place's members' station: named)
            continue
        # The kind anywhere in a general word (新建乡镇服务中心: 乡 opens 乡镇, it ends no town's name).
        if any(shown.startswith(general, at - i) for general in _GENERAL_PLACES
               for i in range(len(general) - len(kind) + 1) if general.startswith(kind, i)):
            continue
        return True
    return False
