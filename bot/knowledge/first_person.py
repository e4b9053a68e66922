"""A report one person writes of themself (个人履职报告, 述职报告) or a speech one person gives (讲话, 致辞):
its 本人 and its 我 are its author, whom members name (王委员去年交了几件提案) or point at as 她 / 他 / 这位委员
when the report is about no one else.

At ``kb add`` (index.py) the author is found from the title (区政协委员王某某2024年度个人履职报告, 王某某同志述职报告),
a line of the opening holding only the name or a post and the name (政协某县委员会主席　王某某), or the
opening's 我是王某某; and the normalised sentences of that report name the author where it writes 本人 or a
lone 我 (not 我们, 我区, 我会: a body), and its self-introduction (我是王某,区政协委员,现任某中学校长) as the posts
written before the name (区政协委员、某中学校长王某), as a report writes of others.  The text shown to members
keeps its own words.

A question's 她 / 他 / 这位委员 / 王委员 is read as that author when the loaded reports have exactly one
(``about_author``, answer.py), and every sentence of the author's own report tells of them, named or not
(经审查，立案5件): the answerer matches the name there (answer.py ``_own_body``) and its checks read the
sentence as naming them (``told_of_writer``).  A question opening with 我 is the member's own (the bot routes it): left alone.
General Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .people import find_person_names, is_surname_name

__all__ = ["report_author", "as_author", "about_author", "told_of_writer", "writer_of"]

# A title naming one person's own report or speech.
_OWN_REPORT = re.compile(r"述职|履职报告|履职情况报告|讲话|致辞|发言|演讲|主持词")
# A name opening the title before the report it heads (王某某同志2024年度述职报告, 李某2023年个人履职报告).
_NAME_OPENS_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:同志|委员)?(?:20\d\d年度?|二〇..年度?)?(?:个人)?(?:述职|履职)")
# 我是王某某 in the opening.
_SAYS_NAME = re.compile(r"(?:我是|我叫)([\u4e00-\u9fff]{2,3}?)(?=[,，。、;；]|$)")
# A line holding only a name (the byline under a report's title).
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# 本人 as the writer (not 委员本人, 其本人: the person just spoken of).
_SELF = re.compile(r"(?<![其人员者])本人")
# A lone 我: not 我们, nor 我区 / 我会 / 我校 (the writer's body or place), nor 自我.
_LONE_I = re.compile(r"(?<![自你])我(?![们区县市国省州乡镇村会校院党军方部局委厅办处所站室科组])")
# The general words a post ends with (区政协委员, 某中学副校长, 主任医师), for a self-introduction's posts.
_POST_END = re.compile(r"(?:委员|常委|代表|主任|主席|召集人|书记|秘书长|会长|理事|校长|院长|所长|馆长|站长|局长|部长|组长|"
                       r"经理|董事长|总监|主编|医师|教师|教授|研究员|工程师|律师)$")
# How many times a report must write 本人 of its writer to be one person's own report.
_SELF_USES = 3
# 我本人 (I myself) is the speaker beyond doubt: once is enough where the opening names one person (a report a
# vice-chair delivers under their byline: 由我本人任组长).
_I_MYSELF = re.compile(r"我本人")
# The question's pointer at the one person a report is about: 她 / 他 (not 他们, 其他, 他人), 这位委员.
_POINTER = re.compile(r"(?<![其吉])(?:她|他)(?![们人乡国方])|(?:这位|该|此位|这名)(?:委员|同志|代表)")


def _names_in(line: str, word_frequency) -> set[str]:
    found = set(find_person_names(line, word_frequency))
    opening = _NAME_OPENS_TITLE.match(line)
    if opening and is_surname_name(opening.group(1), line[opening.end(1):], word_frequency):
        found.add(opening.group(1))
    return found


def report_author(title: str, opening: Sequence[str], sentences: Sequence[str], word_frequency) -> str | None:
    """The person a report is written or spoken by in the first person, or None.

    ``title`` and the ``opening`` lines (its first few sentences) are normalised; ``sentences`` are all of its
    normalised sentences.  Names are read as everywhere (people.py), with the general dictionary's
    ``word_frequency``."""
    text = "".join(sentences)
    own_title = bool(_OWN_REPORT.search(title))
    self_uses = len(_SELF.findall(text)) + (_SELF_USES if _I_MYSELF.search(text) else 0)
    if self_uses < _SELF_USES and not (own_title and _LONE_I.search(text)):
        return None
    candidates = _names_in(title, word_frequency) if own_title or self_uses >= _SELF_USES else set()
    for line in opening:
        said = _SAYS_NAME.search(line)
        if said and is_surname_name(said.group(1), line[said.end(1):], word_frequency):
            candidates.add(said.group(1))
        elif _BARE_NAME.fullmatch(line) and is_surname_name(line, "", word_frequency) and line != title:
            candidates.add(line)
        elif len(line) <= 40 and not re.search(r"[,，。]", line):
            speaker = find_person_names(line, word_frequency)
            if len(speaker) == 1 and line.endswith(next(iter(speaker))):
                candidates |= speaker  # 政协某县委员会主席　王某某
    if len(candidates) != 1:
        return None
    return next(iter(candidates))


def as_author(sentence: str, author: str) -> str:
    """A normalised sentence of the author's report naming the author where it writes 本人 or a lone 我."""
    if "本人" not in sentence and "我" not in sentence:
        return sentence
    sentence = _SELF.sub(author, _I_MYSELF.sub(author, sentence))
    intro = re.match(rf"我是{author},([^,。;]+?)(?:,(?:现任|现为|任)([^,。;]+))?(?=[,。;])", sentence)
    if intro and all(_POST_END.search(item) for g in intro.groups() if g for item in g.split("、")):
        # 我是王某,区政协委员,现任某中学校长。 → 区政协委员、某中学校长王某。: the posts before the name, as written of others
        sentence = "、".join(g for g in intro.groups() if g) + author + sentence[intro.end():]
    return _LONE_I.sub(lambda m: m.group() if sentence.startswith(f"是{author}", m.end()) else author, sentence)


def about_author(question: str, authors: Sequence[str], names: Sequence[str] = ()) -> str:
    """A normalised question pointing at the one author loaded (她2023年提了几件提案) or at the one of a surname
    (王委员出勤率多少) naming them; unchanged when it names someone (``names``), or points at one of several."""
    authors = sorted({author for author in authors if author})
    if not authors or any(name in question for name in (*names, *authors)):
        return question
    by_surname = [author for author in authors if re.search(rf"{author[0]}(?:委员|同志|代表)", question)]
    if len(by_surname) == 1:  # 王委员: the one writer of that surname, however many reports are loaded
        return re.sub(rf"{by_surname[0][0]}(?:委员|同志|代表)", by_surname[0], question, count=1)
    return _POINTER.sub(authors[0], question, count=1) if len(authors) == 1 else question


def told_of_writer(q, shown: str, writer: str):  # noqa: ANN001, ANN201 - a QuestionAnalysis, and it with the text
    """The question and the answer's text as the checks should read them when the answer comes from a report
    ``writer`` wrote of themself: every sentence of it tells of them, named or not (立案5件 is their count), so the
    text names them and the question names no one else to look for."""
    if not writer or writer not in q.names:
        return q, shown
    return replace(q, names=[name for name in q.names if name != writer]), shown if writer in shown else writer + shown


def writer_of(index, p: int) -> str:  # noqa: ANN001 - the PassageIndex
    """The writer of passage ``p``'s report when it is written of oneself, else ""."""
    authors = getattr(index, "authors", ())
    doc = index.passage_doc[p]
    return authors[doc] if doc < len(authors) else ""
