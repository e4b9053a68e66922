"""Which period a figure covers: one year (全年, 2022年, 去年) or a span of several
(本届以来累计拍摄133人, 1990年以来编印的28辑); and which one a question asks.

A report often gives a year's figure and, beside it, the running total since a term or a
project began (共拍摄41人 …。本届以来累计拍摄133人). A question naming a year (去年拍摄了多少人)
asks the year's; one saying 累计 / 以来 / 本届 asks the running total. 一共 / 总共 say neither:
they sum within whatever period is asked (去年一共印了多少册).

A plan asked for its year (明年服务时长目标多少, 今年力争…) names the year only to say which plan: a target written
with a bare 累计 (委员累计服务时长突破5万小时) sums what is to be done within the year planned, so it is that
year's figure, not a running total over several.

Used by the answerer (answer.py) on the sentence chosen for a figure.
"""

from __future__ import annotations

import re

from .frames import PLAN, question_mode
from .question import QuestionAnalysis

YEAR, SPAN = "year", "span"

# A running total: 累计, 本届以来, 成立以来, 历年, 至今 (not 历年来最多 / 历年之最: a record the year's own
# figure sets, 是历年来最多的一年;在省级媒体刊发268篇 is the year's); not 今年以来 / 年初以来 (within the year),
# nor 九届三次会议以来 (since the year's plenary session: the year a report tells of); several years
# back (5年来, 多年来, 近3年, 过去2年: a term's report looks back over it), not 1年来 (the year told); a range of
# years written out (2021年至2023年).
_SPAN_WORDS = re.compile(r"累计|(?<!今年)(?<!年初)(?<!本年)(?<!当年)(?<!会议)(?<!会)以来|本届(?:共|内)|历年(?!来?(?:最|之最|少有|罕见|同期))|至今|迄今"
                         r"|(?<![\d.])(?:[2-9]|[1-9]\d)年来|(?:多|几|数|两)年来|(?:近|过去)(?:[2-9]|两)年"
                         # several years summed where the clause opens (5年共举办46期, 5年间走访…), not 1年 (the year told)
                         r"|(?<![\d.])(?:[2-9]|[1-9]\d|两)年(?:间|里|(?:一|总)?共)"
                         # years written out as a range (2021年至2023年, 2021到2023年, 2021—2023年), not a name's
                         # own years in brackets (…三年行动方案(2023-2025年))
                         r"|(?<![(（])(?:19|20)\d\d年?(?:至|到|—|－|-|~)(?:19|20)\d\d年(?![)）])")
# Since a plenary session: a year or several, by the session the report is delivered at.
_SINCE_SESSION = re.compile(r"第?(\d+)届[^,;:。]{0,16}?第?(\d+)次(?:会议|全体会议|大会)以来")
# A question says so in fewer words (本届出版了几册, 历届一共…); not 本届 naming the term's body or its
# members (本届政协委员有多少名, 本届新任委员: how many there are, no total of years).
_ASKS_SPAN = re.compile(_SPAN_WORDS.pattern + r"|本届(?!政协|委员|常委|常务委员|新任|主席|副主席|界别|专门委员会|专委会)|历届"
                        # Several years summed (这5年, 5年间, 5年视察一共多少次, 五年立案多少件); not a plan's name
                        # (3年行动方案), a year written short (21年) or 连续3年.
                        r"|这(?:[2-9]|两)年|(?<![\d.])(?:[2-9]|两)年(?:间|里|中|内|[^,;。]{0,10}?(?:一共|总共|共|累计))"
                        r"|(?<![\d.])(?<!连续)(?:[2-9]|10)年(?![前后度底末初级\d])")
# The words naming one year (2021年, 全年, 去年…; 这1年 too, though no sentence opens on it). One named after the span
# word and before the figure dates the figure (…以来累计X，其中2022年Y).
_YEAR_NAMES = r"(?:19|20)\d\d年|全年|今年|去年|上1?年|上一年|当年|年内|本年度?"  # (比上年的497件: that year's)
_YEAR_WORDS = re.compile(_YEAR_NAMES + "|这1年")
# A sentence opening on its year (全年举办培训班3期，…，累计培训委员410人次): a bare 累计 later in it sums
# within that year, as 全年累计 would; not a year a span starts from (2018年以来, 2016年至今).
_OPENS_ON_YEAR = re.compile(rf"(?:{_YEAR_NAMES})(?!以来|来|至|到|[—－~-])")
# …unless the sentence tells the year's increase and then the stock (2024年新建议事室16个，截至年底累计建成58个).
_STOCK = re.compile(r"新建|新增|新发展|新设|新吸收|截至|截止|至年底|到年底")
_ASKS_YEAR = _YEAR_WORDS  # the same words, in a question
# The present asked (海外联络站现在一共有多少个): the stock the report ends on, not a figure of a term it names as
# closed (13届市政协期间…累计推动建成…联络站8个; 上届期间): that one ranks after it, still answering alone.
_ASKS_NOW = re.compile(r"现在|目前|如今|眼下|当前|现有")
_EARLIER_TERM = re.compile(r"(?:\d+|上1?)届[^,;:。]{0,12}?期间")  # (not 与上届相比,现有…: the term compared with)
# A sentence telling what came in during one event (活动期间, 展览期间, 会议期间): a part of the year at most.
_WITHIN_EVENT = re.compile(r"^[\u4e00-\u9fff]{0,8}?期间")


def governs_sentence(word: str) -> bool:
    """Whether a question's word asks a running total (本届, 累计): written once at a sentence's start,
    it governs every clause and item after it (本届以来，累计确定重点提案22件…；集体提案累计达到75件)."""
    return bool(_ASKS_SPAN.fullmatch(word))


def asked_period(q: QuestionAnalysis) -> str | None:
    """The period the question asks a figure of: a running total when it says so, a year when it
    names one (2022年, 去年, 全年), else none."""
    if _ASKS_SPAN.search(q.norm):
        return SPAN
    if q.years or q.year_offsets or _ASKS_YEAR.search(q.norm):
        return YEAR
    return None


def told_period(sentence: str, at: int, session: tuple[int, int] | None = None) -> str:
    """The period of the figure at ``at`` in its sentence: a span when a span word stands before
    it in the sentence with no year named between them, else the year the document reports.
    Since a plenary session (9届1次会议以来) is a span when the report, delivered at ``session``,
    is more than one session later (a year runs from one plenary session to the next)."""
    before = sentence[:at]
    since = None
    for since in _SINCE_SESSION.finditer(before):
        pass
    if since is not None and session is not None and not _YEAR_WORDS.search(before, since.end()):
        term, number = int(since.group(1)), int(since.group(2))
        if term < session[0] or (term == session[0] and number < session[1] - 1):
            return SPAN
    found = list(_SPAN_WORDS.finditer(before))
    span = found[-1] if found else None
    if span is None or _YEAR_WORDS.search(before, span.end()):
        return YEAR
    if {m.group() for m in found} == {"累计"} and _OPENS_ON_YEAR.match(sentence) and not _STOCK.search(before):
        return YEAR  # 全年举办培训班3期,其中…1期,累计培训委员410人次: the year's, told over its clauses
    if {m.group() for m in found} == {"累计"} and ";" in before[span.end():]:
        return YEAR  # 力争累计扫描量突破20万页;力争注册用户达到3000个: a bare 累计 sums within its own item
    opens = max(before.rfind(mark, 0, span.start()) for mark in ",;:。") + 1
    if _OPENS_ON_YEAR.search(before[min(opens, max(0, span.start() - 6)):span.start()]):  # not 2021年以来…累计
        return YEAR  # 全年累计走访80人次, 全年3次常委会议累计提出118条: a total within the year, its clause opening so
    return SPAN


def spans_years(text: str) -> bool:
    """Whether what the text counts at its end reaches back over several years (5年共举办…, 本届以来…,
    2018年至2021年…), not a bare 累计, which sums within whatever period the text tells."""
    bare = text.replace("累计", "")
    return told_period(bare, len(bare)) == SPAN


def _back_over_years(sentence: str, fact: str, session: tuple[int, int] | None) -> bool:
    """Whether a running total reaches back past the year told (以来, 本届, 5年来), not only 累计, which
    sums within whatever period the sentence tells (全市政协系统累计…提出意见建议1500余条 in a year's report)."""
    bare = sentence.replace("累计", "")
    return bare.find(fact) >= 0 and told_period(bare, bare.find(fact), session) == SPAN


def period_fit(q: QuestionAnalysis, sentence: str, fact: str, session: tuple[int, int] | None = None) -> tuple[float, float]:
    """How a figure's period suits a count asked, as (rank shift, confidence factor): a year asked and a
    running total told, or the reverse, lose (去年拍摄了多少人 → 共拍摄41人, not 本届以来累计拍摄133人).
    Asked plainly, a total since the term began only ranks after a year's figure, its confidence kept;
    a bare 累计 not even that: 抗疫期间提了多少条意见建议 asks a span in words no rule can list."""
    if q.kind != "number" or not fact or fact not in sentence:
        return 0.0, 1.0
    asked, told = asked_period(q), told_period(sentence, sentence.find(fact), session)
    if asked is None and told == SPAN and not _SINCE_SESSION.search(q.norm) \
            and _back_over_years(sentence, fact, session):
        # Asked plainly, a report on its year tells the year's figure first: a total since the term
        # began (3届1次会议以来累计立案974件 beside 立案341件) ranks after it, and still answers alone.
        return -0.15, 1.0
    if asked is None and _ASKS_NOW.search(q.norm) and _EARLIER_TERM.search(sentence, 0, sentence.find(fact)):
        return -0.3, 1.0
    if re.search(r"全年", q.norm) and _WITHIN_EVENT.match(sentence) and not re.search(r"全年", sentence):
        return -0.15, 1.0  # 全年…总共多少张 asked, 活动期间共收到…1936张 told: one event's part, after the year's
    if asked == YEAR and told == SPAN and question_mode(q.norm) == PLAN and not _back_over_years(sentence, fact, session):
        return 0.0, 1.0  # 明年服务时长目标多少 → 委员累计服务时长突破5万小时: the year planned, summed over it
    return (-0.3, 0.5) if asked is not None and told != asked else (0.0, 1.0)
