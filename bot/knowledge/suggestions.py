"""Questions the documents answer, made at ``kb add`` for the bot to offer
after a declined question: from each clause that gives one amount
(编辑报送社情民意信息926篇 → 编辑报送社情民意信息多少篇？) and from each
section heading that names a work item (（三）聚焦民生实事，深化民主监督 →
在聚焦民生实事方面做了哪些工作？).

Each question keeps where it was made from (``Origin``), so the answerer
offers it only when it answers it with that very amount or that section
(``declining.py`` ``suggest``).  With several documents loaded a question names
whose and which year (南渚区政协2025年常委会组建多少个监督小组？), so a member
can tell.  General Chinese only: no word of any one document is listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import texts
from .facts import find_quantities
from .frames import figure_year, is_plan
from .periods import spans_years
from .surface import report_places_written
from .first_person import writer_of
from .writer_asked import writer_clause, writer_question

__all__ = ["Origin", "make_pool", "committee_label", "is_heading_line"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Not what members count (成立100周年, 增长21%, 第5届).
_NOT_ASKED_UNITS = {"周年", "%", "倍", "届"}
# Words that open a clause without being its subject.
_LEADING_ADVERBS = re.compile(r"^(?:其中|据统计|一年来|目前|同时|并|还|累计|全年|当年)")
# The report's own first person (我们择优推荐论文…): a member asking names the committee (the label), not "we".
_FIRST_PERSON = re.compile(r"^(?:我们|我会|我委)")
# A clause opening with a preposition, a passive or a receiving verb has no subject of its own:
# 被鹤汀市政协采用47篇 is said of what the clause before counted, 向…, 对… of someone else.
_NOT_A_SUBJECT = re.compile(
    r"^(?:以|为了?|在|对|向|把|将|由|从|按|经|随着|通过|围绕|针对|和|与|及|或|并且|被|获|受|给|让|使|其)")
# A count of people needs no subject before it: 11位委员作交流发言 → 多少位委员作交流发言？
_PERSON_UNITS = {"位", "名", "人"}
_CLAUSE = re.compile(r"[^,;:。!?]+")
# The numbering before a heading: 一、 （三） 第二部分 3.
_HEADING_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十百0-9]+[章节部分篇]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)*[、.\s])\s*")
# 仅/只/才 before an amount or 有 judges it small (仅有科技特派员4名, 仅38件): a question asks the amount plainly.
_JUDGING_ONLY = re.compile(r"(?<!不)(?:仅仅|仅|只|才)(?=有|$)")
_YEAR = re.compile(r"(?:19|20)\d\d年")
# A year told relative to the report (今年计划组织…): the year it stands for replaces it.
_RELATIVE_YEAR = re.compile(r"^(?:今年|去年|明年|本年度?|当年)")
# The committee told by its level alone (县政协计划…): the label that names it replaces it.
_OWN_COMMITTEE = re.compile(r"^[市县区州]?政协")
# A committee's or sector's report naming itself (本委员会, 本委, 本界别, 界别委员… at a clause's head): the label
# names it instead.
_OWN_BODY = re.compile(r"本(?:委员会|专委会|界别|委)|^(?:委员会|专委会)(?!委员)|^界别(?!活动组)")
# Headings that tell a state or a finding rather than name work (general Chinese).
# The parts of a meeting's record are no work done either (委员和专家发言, 政府部门回应, 某某主席讲话要点).
_NOT_WORK = re.compile(r"(?:情况|问题|做法|成效|经验|体会|不足|概况|建议|意见|启示|思路|"
                       r"发言|讲话|致辞|回应|答复|要点|摘要|通报|共识)$")
# A committee's term as the normalised text writes it (九届 → 9届, 第十一届 → 第11届), and a session
# of it (9届4次会议): a person writes them in Chinese numerals, 第九届, 九届四次.
_TERM_SESSION = re.compile(r"第?(\d{1,2})届(\d{1,2})次")
_TERM = re.compile(r"第?(\d{1,2})届(?!\d)")
_TERM_OPENING = re.compile(r"(?:第?\d{1,2}|本)届")
_WHOLE_AREA = re.compile(r"^(?:全市|全区|全县|全州|本市|我市|我区|我县)")


@dataclass(frozen=True)
class Origin:
    """Where a suggested question was made from: the passages that may answer it
    (``first``–``last``, one passage for an amount), the sentence of the amount
    (None for a heading), and the amount (empty for a heading)."""

    first: int
    last: int
    sentence: int | None
    fact: str

    def to_list(self) -> list:
        return [self.first, self.last, self.sentence, self.fact]

    @classmethod
    def from_list(cls, row: list) -> "Origin":
        return cls(row[0], row[1], row[2], row[3])


def committee_label(index, doc: int, first: int | None) -> str | None:
    """The committee a document is of, as a person names it (南渚区政协), when the
    engine knows its place; the level (市/区/县) as the document writes it in its
    title and first paragraphs (from passage ``first``)."""
    places = index.frames[doc].places
    if not places:
        return None
    text = "" if first is None else "\n".join(
        index.title_norm[p] + index.passage_norm[p]
        for p in range(first, min(first + 3, index.size)) if index.passage_doc[p] == doc)
    named = []
    for place in places:
        level = re.search(re.escape(place) + r"([市区县州])", text)
        named.append((place, level.group(1) if level else ""))
    # 政协鹤汀市南渚区…委员会 is the district's committee: a 区 / 县 inside a city is the narrower one.
    place, level = next((pair for pair in named if pair[1] in ("区", "县")), named[0])
    return f"{place}{level}政协"


def make_pool(index) -> tuple[list[str], list[Origin]]:
    """Every question the documents may answer, with where each was made from."""
    named = len(index.documents) > 1
    firsts: dict[int, int] = {}
    for p, doc in enumerate(index.passage_doc):
        firsts.setdefault(doc, p)
    labels = [committee_label(index, doc, firsts.get(doc)) if named else None for doc in range(len(index.documents))]
    questions: list[str] = []
    origins: list[Origin] = []
    seen: set[str] = set()

    spellings = {doc: [(place, written) for place, written in report_places_written(index, doc).items() if written != place]
                 for doc in firsts}

    def keep(question: str, origin: Origin) -> None:
        # Shown as the document writes its place (濛川, which normalising folds into 蒙川); answered all the same.
        for place, written in spellings.get(index.passage_doc[origin.first], ()):
            question = question.replace(place, written)
        if question not in seen:
            seen.add(question)
            questions.append(question)
            origins.append(origin)

    for p, sentences in enumerate(index.sentence_norm):
        doc = index.passage_doc[p]
        for s, sentence in enumerate(sentences):
            writer = writer_of(index, p)
            for bare, fact, start, head in _amount_clauses(sentence):
                own = writer_clause(sentence, start, head, writer)  # a member's own report: the writer's count
                keep(_named(index, named, labels[doc], bare, p, s, fact, writer if own else ""), Origin(p, p, s, fact))
    for first, last, item in _work_sections(index):
        label = labels[index.passage_doc[first]]
        keep(_work_question(item, named, label, index.frames[index.passage_doc[first]].year),
             Origin(first, last, None, ""))
    return questions, origins


def _amount_questions(sentence: str) -> list[tuple[str, str]]:
    """(question without its question mark, amount) for each clause of one
    amount that a person could ask about as it stands."""
    return [(question, fact) for question, fact, _, _ in _amount_clauses(sentence)]


def _amount_clauses(sentence: str) -> list[tuple[str, str, int, str]]:
    """(question, amount, where its clause opens, the words before the amount) for each clause of one amount
    that a person could ask about as it stands."""
    found = []
    for clause_match in _CLAUSE.finditer(sentence):
        clause = clause_match.group(0)
        quantities = find_quantities(clause)
        if len(quantities) != 1:
            continue
        quantity = quantities[0]
        if quantity.unit in _NOT_ASKED_UNITS or len(re.findall(r"\d+", quantity.text)) > 1:
            continue  # 成立100周年, 7轮56份: no single count to ask for
        if sentence[:clause_match.start() + quantity.start].count('"') % 2:
            continue  # inside a quotation or a title: “两个全覆盖” is a name, not a count
        # A heading's number ((一)组织重点调研3项) and a judging 仅/只/才 (东坝镇仅有4名) are no words a member asks with.
        head = _LEADING_ADVERBS.sub("", _HEADING_NUMBER.sub("", clause[:quantity.start].strip()))
        head = _FIRST_PERSON.sub("", head)
        head = _JUDGING_ONLY.sub("", head)
        tail = re.sub(r"\([^)]*\)$", "", clause[quantity.end:].strip())
        if not _has_subject(head, tail, quantity.unit):
            continue
        question = f"{head}多少{_ask_unit(quantity.text)}{tail}"
        if not 8 <= len(question) <= 28 or len(_CJK.findall(head + tail)) < 5 or question.count('"') % 2:
            continue
        found.append((question, quantity.text, clause_match.start(), head))
    return found


def _has_subject(head: str, tail: str, unit: str) -> bool:
    """Whether a clause can be asked about as it stands: it does not open with a
    preposition or a passive (被…采用), nor end its subject with 等/的; with
    nothing before the amount only a count of people (11位委员作发言) stands alone."""
    if not head:
        return unit in _PERSON_UNITS and bool(tail)
    return not _NOT_A_SUBJECT.match(head) and not head.endswith(("等", "的", "约", "近"))


def _named(index, named: bool, label: str | None, question: str, p: int, s: int, fact: str, writer: str = "") -> str:
    """The question with whose and which year when several documents are loaded (the
    year alone when the committee is not known); as it stands otherwise.  A count a member's
    own report gives of its ``writer`` names the writer instead, loaded alone too (writer_asked.py)."""
    if named and label is not None:
        # A term before the committee (9届桂岚市政协共有委员…, 本届区政协…) goes with it: the label names
        # the committee, the year the time, and 桂岚市政协2025年9届桂岚市政协… says both twice.
        term = _TERM_OPENING.match(question)
        rest = question[term.end():] if term else ""
        if term and (re.match(re.escape(label[:-2]) + r"[市区县州]?政协", rest) or _OWN_COMMITTEE.match(rest)):
            question = rest
    over_years = spans_years(question)
    question = _display(question)
    if not named:
        return (writer_question(question, writer, "") if writer else question) + "？"
    if _YEAR.search(question) or over_years:
        year = None  # the clause names its own year, or several (5年共举办…: no one year's count)
    else:
        frame = index.frames[index.passage_doc[p]]
        year = figure_year(frame, index.section_norm[p], index.sentence_norm[p][s], fact)
        if year is not None:  # 今年县政协计划… of a 2024 report → 2025年县政协计划…, not 2025年今年…
            question = _RELATIVE_YEAR.sub("", question)
    if writer:
        return writer_question(question, writer, _with_year(year, "")) + "？"
    if label is not None and _OWN_COMMITTEE.match(question):
        question = _OWN_COMMITTEE.sub("", question)  # 檀源县政协 + 县政协计划… says the committee twice
    if label is None:
        return _with_year(year, question) + "？"
    place = label[:-2]
    body = index.frames[index.passage_doc[p]].body
    if body and _OWN_BODY.search(question):
        # 本委员会现有委员… of a committee's report: 雁塘区政协农业和农村委员会2017年现有委员…, not 雁塘区政协…本委员会
        question, label = _OWN_BODY.sub("", question, count=1), label + body
    if question.startswith(label):
        question = question[len(label):]
    elif question.startswith(place):
        return _with_year(year, question) + "？"  # 青岛市委… names its own place
    elif _WHOLE_AREA.match(question):
        # 全市政协系统… → 2020年青岛全市政协系统…
        return _with_year(year, place[:2] + question if len(place) > 1 else question) + "？"
    return texts.QA_SUGGESTION_NAMED.format(committee=label, year=_with_year(year, ""), question=question) + "？"


def _with_year(year: int | None, text: str) -> str:
    return text if year is None else f"{year}年{text}"


# Several years summed, written as a person writes them (五年来, 三年间, 五年共).
_YEARS_SUMMED = re.compile(r"(?<![\d.])([2-9]|10)年(?=来|间|里|共|一共|总共)")


def _display(question: str) -> str:
    """Normalised quotation marks, terms (9届 → 第九届, 9届4次 → 九届四次) and spans of years (5年来 → 五年来)
    shown as a person writes them."""
    while question.count('"') >= 2:
        question = question.replace('"', "“", 1).replace('"', "”", 1)
    if "届" not in question and not _YEARS_SUMMED.search(question):
        return question
    from cn2an import an2cn  # about 4 MB, loaded only when a term or a span of years is to be written

    question = _YEARS_SUMMED.sub(lambda m: f"{an2cn(m.group(1))}年", question)  # 5年共举办 → 五年共举办

    question = _TERM_SESSION.sub(lambda m: f"{an2cn(m.group(1))}届{an2cn(m.group(2))}次", question)
    return _TERM.sub(lambda m: f"第{an2cn(m.group(1))}届", question)


def _ask_unit(quantity_text: str) -> str:
    """The unit part of a shown quantity (1.68亿元 → 亿元, 30余条 → 条; a round amount in words, 近千人次 → 人次,
    近万人 → 万人: 多少近千人次 is no question a person asks)."""
    return re.sub(r"^[近约超过逾]*(?:[\d.]+|[一二两三四五六七八九十百千]+|(?=[万亿]))(?:余|多)?", "",
                  quantity_text).replace("余", "").replace("多", "")


# ------------------------------------------------------------ headings

def _work_sections(index) -> list[tuple[int, int, str]]:
    """(first passage, last passage, work item) of each section whose heading names
    a work item: a heading line of the index, or a numbered line standing alone as a
    paragraph (（三）聚焦民生实事，深化民主监督) over the paragraphs after it."""
    found = []
    p = 0
    while p < index.size:
        doc, section = index.passage_doc[p], index.section_norm[p]
        if _is_heading_line(index, p):
            last = p
            while (last + 1 < index.size and index.passage_doc[last + 1] == doc
                   and index.section_norm[last + 1] == section and not _is_heading_line(index, last + 1)):
                last += 1
            if last > p:
                found.append((p + 1, last, index.passages[p].sentences[0]))
            p = last + 1
            continue
        if section != index.title_norm[p] and (p == 0 or index.section_norm[p - 1] != section
                                               or index.passage_doc[p - 1] != doc):
            last = p
            while (last + 1 < index.size and index.passage_doc[last + 1] == doc
                   and index.section_norm[last + 1] == section):
                last += 1
            found.append((p, last, index.passages[p].section))
        p += 1
    frames = index.frames
    return [(first, last, item) for first, last, heading in found
            if (item := _work_item(heading, frames[index.passage_doc[first]].year))]


def _is_heading_line(index, p: int) -> bool:
    return is_heading_line(index.sentence_norm[p])


def is_heading_line(sentences: list[str] | tuple[str, ...]) -> bool:
    """A paragraph that is one numbered line without a full stop (（四）民主监督聚焦重点，
    监督实效持续增强): a sub-heading the splitter kept as a paragraph."""
    return (len(sentences) == 1 and len(sentences[0]) <= 30 and bool(_HEADING_NUMBER.match(sentences[0]))
            and not re.search(r"[。!?！？]$", sentences[0]))


def _work_item(heading: str, year: int | None) -> str | None:
    """The work a heading names (its first phrase), or None for a heading of plans,
    of a year's whole work, or of what was learned."""
    text = _HEADING_NUMBER.sub("", heading).strip()
    if not text or is_plan(text, "", year) or _YEAR.search(text) or re.search(r"体会|经验|启示|一年|工作$", text):
        return None
    item = re.split(r"[,;，；:：。]", text)[0]
    if "的" in item or _NOT_WORK.search(item):
        return None  # 存在的问题, 提案提交和立案情况: what a section is about, not work done
    return item if 4 <= len(item) <= 16 else None


def _work_question(item: str, named: bool, label: str | None, year: int | None) -> str:
    item = _display(item)
    question = texts.QA_SUGGESTION_WORK.format(item=item) if not item.startswith("在") else \
        texts.QA_SUGGESTION_WORK_IN.format(item=item)
    if not named:
        return question
    if label is None:
        return _with_year(year, question)
    return texts.QA_SUGGESTION_NAMED.format(committee=label, year=_with_year(year, ""), question=question)
