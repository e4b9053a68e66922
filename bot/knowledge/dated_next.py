"""The date a sentence gives a when-question (``fit_date``: the date nearest the question's words,
a day asked and a month or year told fitting less), and a when-question about an event one sentence
names and the next sentence dates: "…开展了"新手第一课"活动。3月15日，县政协为新委员集中授课…". The
date that opens the following sentence of the same paragraph is the named event's, when the named
sentence gives none itself.

Used by the reader (reading.py); general Chinese only, no document's words.
"""

from __future__ import annotations

import re

from .facts import ASKS_COUNT_END, clause_bounds, ends_a_count, find_dates
from .fullest_date import fullest_date
from .entry_date import ENTRY_FACTOR, dated_entries, entry_day
from .told import ASKS_DAY_WORDS, milestone_untold

__all__ = ["date_fit_with_next", "fit_date"]

_ASKS_DAY_RE = re.compile(ASKS_DAY_WORDS + r"|日期")
# A day that comes round again (每月10日为固定接待日, 每月第2个周六坐诊, 每周三): when a routine is held.
# Also a weekday after 每周 itself (每周四晚上: shown with its time of day), not a count (每周2次).
_RECURRING_DAY = re.compile(r"每(?:个)?(?:(?:月|周|星期)的?(?:\d{1,2}[日号]|(?:第\d个)?(?:周|星期)[一二三四五六日天1-6])|"
                            r"(?:周|星期)[一二三四五六日天1-6](?![\d次期场个回天批项件名人]))(?:上午|下午|晚上|晚间|中午)?")
# A day of the week asked (星期几开, 礼拜几, 周几), and one told (每周三, …第4周的星期四下午: shown as 星期四下午).
_ASKS_WEEKDAY = re.compile(r"星期几|礼拜几|(?:(?<![\u4e00-\u9fff\d])|(?<=每))周几")
_WEEKDAY_TOLD = re.compile(r"(?:星期|礼拜|(?<![\u4e00-\u9fff\d])周|(?<=[每的])周)[一二三四五六日天](?:上午|下午|晚上)?")
_TELLS_MONTH = re.compile(r"\d月|[日号]")  # a date telling its month or day, not a bare year
_TELLS_DAY = re.compile(r"\d+[日号]|[日号]$")  # a date telling its day, not its month alone
# The events a when-question asks the date of, by their general names.
_EVENTS = re.compile(r"调研|视察|考察|协商会|座谈会|论坛|培训|讲座|展览|会议|活动")
_OTHER_EVENT_FACTOR = 0.4
# An event dated by 于 right before its date (会议于1月9日上午开幕, 定于3月召开): the subject of the clause is the event dated.
_DATED_BY_YU = re.compile(r"于$")
# A date opening its sentence: only time words may precede it (据悉, 同年 do not count).
_OPENING = 2
# Trust a date told in the next sentence a little less than one told with the event.
_NEXT_FACTOR = 0.9
# The next sentence turns to another thing when it opens with these (另外, 此外, 同时, 随后).
# A date whose own part of the sentence writes the question's words is the one asked (_part_told).
_PART_WEIGHT = 0.3
_TURNS_AWAY = re.compile(r"^(?:另外|此外|同时|随后|之后|此后|其后)")


def of_another_event(q, sentence: str, fact: str) -> bool:
    """Whether the event a when-question asks of (调研 of 污水治理调研是哪几天搞的) is written only before
    the date, as what another event built on (在深入调研基础上,9月28日,市政协召开…协商会), and not in what
    the date tells, up to the next date (7月6日至9日,…开展调研 tells it)."""
    asked = _EVENTS.findall(q.norm)
    at = sentence.find(fact)
    if not asked or at < 0:
        return False
    term = next((t for t in q.terms if t.text == asked[-1]), None)
    words = [w for w in (term.equivalents if term else (asked[-1],)) if len(w) >= 2]
    clause = sentence[max(sentence.rfind(c, 0, at) for c in ",;:") + 1:at]
    if _DATED_BY_YU.search(clause) and any(w in clause for w in words):
        return False  # 9届4次会议于2025年1月13日召开: the event of the clause is the one dated
    later = [d.start for d in find_dates(sentence) if d.start >= at + len(fact)]
    told = sentence[at:later[0] if later else len(sentence)]
    opens = max(sentence.rfind(c, 0, at) for c in ",;，；。") + 1
    if any(w in sentence[opens:at] for w in words):
        return False  # 9届4次会议于2020年1月7日至10日召开: the event is the subject of the date's own clause
    return any(w in sentence[:at] for w in words) and not any(w in told for w in words)


def date_fit_with_next(reader, q, p: int, s: int, sentence: str) -> tuple[float, str, int | None, float]:
    """The reader's date fit for the sentence; when it tells no date, the date opening the next
    sentence of the paragraph, shown with it."""
    fit, fact, extra, local = fit_date(reader, q, sentence)
    if fact and of_another_event(q, sentence, fact):
        fit *= _OTHER_EVENT_FACTOR
    sentences = reader.index.sentence_norm[p]
    day = entry_day(sentences, s) if dated_entries(reader.index, reader.index.passage_doc[p]) else None  # entry_date.py
    if day and fact and fact in sentence and not _TELLS_DAY.search(fact) and not _clause_asked(q, sentence, fact):
        return ENTRY_FACTOR, day, 0, _closeness_to_start(reader, q, sentence)  # 关于上半年…的通报: the topic's period
    if fit or fact:
        return fit, fact, extra, local
    if s + 1 < len(sentences):
        following = sentences[s + 1]
        dates = [d for d in find_dates(following) if d.start <= _OPENING]
        if dates and not _TURNS_AWAY.match(following):
            next_fit, next_fact, _, next_local = fit_date(reader, q, following)
            if next_fact == dates[0].text:
                return next_fit * _NEXT_FACTOR, next_fact, s + 1, max(local, next_local)
    if day:
        return ENTRY_FACTOR, day, 0, _closeness_to_start(reader, q, sentence)
    return fit, fact, extra, local


def _clause_asked(q, sentence: str, fact: str) -> bool:  # noqa: ANN001 - a QuestionAnalysis
    """Whether the clause a date stands in writes a word of the question (…,于2024年6月建成投运 for 啥时候投运的)."""
    a, b = clause_bounds(sentence, sentence.find(fact))
    return any(e in sentence[a:b] for t in q.terms if len(t.text) >= 2 for e in (t.text, *t.equivalents))


def _closeness_to_start(reader, q, sentence: str) -> float:  # noqa: ANN001 - the FactReader, a QuestionAnalysis
    """How near the question's words stand to the opening of a sentence its entry's day dates."""
    return reader._closeness(q, reader._occurrences(q, sentence), 0, 0, sentence, ";。!?")


def _part_told(q, sentence: str, date, dates) -> float:  # noqa: ANN001 - a QuestionAnalysis and FoundDates
    """How much of the question the part a date tells writes: from the date up to the next one, within its
    clause or the one it opens (于3月中旬召开提案交办会,6月底前完成全部提案办理答复: the 交办会 is
    March's, the 完成 June's; a date opening an item after 、 only from itself), as a share of the question's weight; 0 when the sentence has one date."""
    if len(dates) < 2:
        return 0.0
    later = [d.start for d in dates if d.start >= date.end]
    start = max(sentence.rfind(c, 0, date.start) for c in ",;:") + 1
    if sentence[date.start - 1:date.start] == "、" and any(d.end <= date.start - 1 and d.end > start for d in dates):
        start = date.start  # 分别于6月9日在…围绕托育、9月14日在…围绕古树: an item of dates tells its words after it
    end = min([later[0]] if later else [len(sentence)])
    clause_end = next((m.start() for m in re.finditer(r"[,;:]", sentence) if m.start() > date.end + 1), len(sentence))
    part = sentence[start:min(end, clause_end)]
    total = sum(t.weight for t in q.terms) or 1.0
    return sum(t.weight for t in q.terms if any(e in part for e in (t.text, *t.equivalents))) / total


def fit_date(reader, q, sentence: str):  # noqa: ANN001 - the FactReader
    """The date of ``sentence`` nearest the question's words, as (fit, date, None, closeness)."""
    if _ASKS_WEEKDAY.search(q.norm):  # 星期几开: the day of the week told (星期四下午), no month
        spans = reader._occurrences(q, sentence)
        # Of several (每周一荐书、每周三导读), the one nearest the deed asked; 每 kept with it (每周三: a routine).
        told = [(reader._closeness(q, spans, m.start(), m.end(), sentence, ";。!?、"), -m.start(), m)
                for m in _WEEKDAY_TOLD.finditer(sentence)]
        if not told:
            return 0.0, "", None, 0.0
        _, _, m = max(told, key=lambda row: row[:2])
        every = "每" if sentence[m.start() - 1:m.start()] == "每" else ""
        return 1.0, every + m.group(), None, reader._closeness(q, spans, m.start(), m.end(), sentence, ";。!?")
    dates = find_dates(sentence)
    if not dates:
        recurring = _RECURRING_DAY.search(sentence)
        if recurring is None:
            return 0.0, "", None, 0.0
        closeness = reader._closeness(q, reader._occurrences(q, sentence), recurring.start(), recurring.end(), sentence, ";。!?")
        return 1.0, recurring.group(), None, closeness  # 接待日是哪天 → 每月10日为固定接待日
    spans = reader._occurrences(q, sentence)
    day_asked = bool(_ASKS_DAY_RE.search(q.norm))
    # A period the question itself writes (上半年…小结啥时候前交) names what is dated, not its date: another date
    # of the sentence tells it (于6月30日前对上半年…进行小结).
    unasked = [d for d in dates if d.text not in q.norm] or dates
    best = max(
        unasked,
        # A day asked (哪天审议通过的) is told by the date with a day, not by the year of a title near the
        # question's words (…12月26日,常委会议审议通过"关于表彰2023年度…的决定").
        key=lambda d: reader._closeness(q, spans, d.start, d.end, sentence, ";。!?") + (0.1 if d.full else 0)
        + (0.5 if day_asked and _TELLS_MONTH.search(d.text) else 0) + _PART_WEIGHT * _part_told(q, sentence, d, dates)
        # …and by the date telling the day rather than one telling its month only (1月 举办…联谊会(1月28日)).
        + (0.2 if day_asked and _TELLS_DAY.search(d.text) else 0),
    )
    best = fullest_date(sentence, best, dates)  # 去年9月, not 9月 (fullest_date.py)
    fit = 1.0
    if day_asked and not best.full and not re.search(r"\d+月", best.text):
        fit = 0.25 if best.text.endswith("年") else 0.5  # asks for a day; 岁末年初 is none, 2025年 less so
    if (ends_a_count(sentence, best) and not ASKS_COUNT_END.search(q.norm)) or milestone_untold(q.norm, sentence):
        fit = 0.3  # 截至2023年12月25日,共收到…: when the count ends; 成立40周年: an anniversary, not the founding
    return fit, best.text, None, reader._closeness(q, spans, best.start, best.end, sentence, ";。!?")
