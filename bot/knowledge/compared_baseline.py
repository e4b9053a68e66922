"""What a told change is measured against, and whether that is the year before.

A report tells changes against several baselines: the year before (比上年的352件增加34件,
同比增长8%), but also the start of the term (与3届1次会议相比，立案数增加26件), a year further
back (较2015年提高12个百分点), a plan or an average (比全省平均高3个百分点). A question asking the
change against the year before in so many words (比上年增加多少, 同比增长多少) is answered only
by a difference measured against that year, never by one against another baseline, however
alike the words around it.

Sessions: a year runs from one plenary session to the next, so a report delivered at the
n-th session tells the year since session n-1 and compares it with the year since session
n-2 (比9届3次会议立案数228件增加13件, delivered at 9届5次会议): up to two sessions back is the
year before; earlier ones are further back.

The reverse holds too: a question naming another baseline (比上届年均水平多多少, 比2019年增加多少)
is answered by the difference against that baseline, not by the one against the year before
(比上年的578件增加34件，同比增长5.9%，比上届年均水平多出80余件 → 80余件).

Used by figures.py on the figure chosen for a change question.
"""

from __future__ import annotations

import re

# 与3届1次会议相比 / 和2015年比 / 同上届相比: a baseline named between a preposition and 相比.
# (Not the 与 of 参与率比上年提高, the 同 of 共同, the 和 of 总和: words holding the preposition's character.)
_AGAINST_WITH = re.compile(r"(?:(?<![参给赋授])与|(?<![总温缓平调附])和|(?<![共协合相认赞等不如陪连])同|跟)"
                           r"([^,，;；:：。!?]{1,20}?)(?:相比|比较|对比|相较|比)")
# 比上年的352件增加, 较2015年提高, 比全省平均高: a baseline right after 比 / 较, up to a figure or a
# word of change (a year or a session inside it: 较2018年, 比9届2次会议). Not 比例 / 比重 / 比较 / 比赛 (nouns and adverbs), nor 较好 / 较大 (较 as "rather").
_AGAINST_BARE = re.compile(
    r"(?<![同环对相占])(?:比(?![例重率较赛分对照])|较(?![好大多少高低快强为差小长短早晚])"
    r")([^,，;；:：。!?]{1,16}?)(?=的?\d[\d.]*(?![\d.]*[年届次])|增|减|多|少|提高|提升|下降|降低|上升|高|低|扩大|缩小|压缩|缩短)")
# A question comparing with the year before in so many words (比上年, 跟去年比, 同比).
ASKS_AGAINST_PREVIOUS = re.compile(r"(?:比|较|跟|和|与|同)(?:上年|去年|上1年|前1年)|同比")
_PREVIOUS = re.compile(r"上1?年|去年|上一年|前1年|同期")  # searched: 上1年 and 上年度 are covered
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_RELATIVE_YEAR = re.compile(r"(?:大?前|去|今|上|前1|上1)年")
# The term before asked by its place (上届, 上一届), and a term told by its number (第10届, 10届).
_TERM_BEFORE, _TERM_TOLD = re.compile(r"上1?届|前1届"), re.compile(r"第?(\d+)届")
_SESSION = re.compile(r"(\d+)届(?:[^,，;；。]{0,8}?)(\d+)次")


def baseline_before(sentence: str, at: int) -> str | None:
    """The baseline named nearest before position ``at`` of a (normalised) sentence, or None
    when no comparison stands there; 同比 (against the same time last year) gives 同期."""
    before = sentence[:at]
    found: tuple[int, str] | None = None
    for pattern in (_AGAINST_WITH, _AGAINST_BARE):
        for match in pattern.finditer(before):
            if found is None or match.start() > found[0]:
                found = (match.start(), match.group(1))
    same_time = before.rfind("同比")
    if same_time >= 0 and (found is None or same_time > found[0]):
        return "同期"
    return found[1] if found else None


def is_previous_year(baseline: str, own_year: int | None, session: tuple[int, int] | None) -> bool | None:
    """Whether a baseline is the year before the report's own: True, False, or None when the
    words alone cannot tell (a year or a session with no year or session of the report known)."""
    if _PREVIOUS.search(baseline):
        return True
    year = _YEAR.search(baseline)
    if year:
        return None if own_year is None else int(year.group(1)) == own_year - 1
    told = _SESSION.search(baseline)
    if told:
        if session is None:
            return None
        term, number = int(told.group(1)), int(told.group(2))
        return term == session[0] and number >= session[1] - 2
    return False  # 本届初, 上届, 全省平均, 计划: another baseline than the year before


def against_another_baseline(sentence: str, at: int, own_year: int | None,
                             session: tuple[int, int] | None) -> bool:
    """Whether the change told at ``at`` is measured against a baseline other than the year
    before (与3届1次会议相比，…增加26件, when the report is delivered at 3届4次会议)."""
    baseline = baseline_before(sentence, at)
    return baseline is not None and is_previous_year(baseline, own_year, session) is False


def asked_baseline(question: str) -> str | None:
    """The baseline a (normalised) question compares with when it is not the year before in so
    many words (比上届年均水平多多少 → 上届年均水平, 与2019年相比增加多少 → 2019年), or None."""
    if ASKS_AGAINST_PREVIOUS.search(question):
        return None  # the year before: against_another_baseline
    asked = re.search(r"多少|几", question)
    at = asked.start() if asked else len(question)
    # 和3届1次会议比立案数增加多少: the baseline stands between 和 and 比, not after 比.
    framed = _AGAINST_WITH.search(question[:at])
    baseline = framed.group(1) if framed else baseline_before(question, at)
    if baseline is None or baseline == "同期" or _RELATIVE_YEAR.match(baseline):
        return None  # 比前年多了几场: a year told from the asker's today, read in the document's frame elsewhere
    return baseline.rstrip("的")


def _same_baseline(asked: str, told: str, session: tuple[int, int] | None = None) -> bool:
    told = told.rstrip("的")
    term = _TERM_TOLD.fullmatch(told)
    if _TERM_BEFORE.fullmatch(asked) and term:
        return session is None or int(term.group(1)) == session[0] - 1  # 上届 asked, 比第10届… told (of the 11th)
    years = _YEAR.findall(asked)
    if years:
        return years == _YEAR.findall(told)
    return asked in told or told in asked


def against_other_than_asked(question: str, sentence: str, at: int, own_year: int | None,
                             session: tuple[int, int] | None) -> bool:
    """Whether the question names a baseline other than the year before and the change told at ``at``
    is measured against another one (上届年均水平 asked, 比上年的578件增加34件 or 同比增长5.9% told)."""
    asked = asked_baseline(question)
    if asked is None or is_previous_year(asked, own_year, session):
        return False
    told = baseline_before(sentence, at)
    return told is not None and not _same_baseline(asked, told, session)
