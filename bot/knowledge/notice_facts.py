"""What an issued paper (a 通报, 通知, 决定) tells of itself in its layout rather than its sentences: its number
(文号, the line under the title: 某政协发〔2025〕5号), the body signing it and the day it is signed (its 落款:
the body's name, then a date alone on the next line, before any 附件 printed after it), the body it is sent to
(the line under its title: 中共某市委：, asked 这份总结是报给谁的), the contact named
above it ((联系人：某科　某某，电话：…)) and the bodies it is copied to at its foot (抄送：甲，乙，丙。).  Asked
这个通报是哪个单位发的 / 文号是多少 / 落款日期是哪天 / 联系人是谁 / 抄送给哪些单位, these answer, shown as the paper writes them (二〇二五年二月二十日, 〔2025〕).  A person's phone
asked stays declined before this (question.py keeps contact details out); an office's phone printed on the
contact line (信息科联系电话多少, of 联系人：某办公室信息科　某某，电话：…) is the office's public number, and answers.

Learned on the first such question; called first by ``HeadAnswers._answer_delivery`` (heads_answers.py).
General layout of Chinese official papers only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cited_number import cited_number

__all__ = ["NoticeFacts", "asked_notice_fact", "learn_notice_facts", "notice_fact", "office_phone_asked", "phone_untold"]

# A paper's number opening a line, as written: the issuer's short mark, the year in brackets, the number; the line
# may be read run together with the title above it (…的通报某政协办发〔2024〕4号各位委员:), the title then cut off.
_NUMBER = re.compile(r"^\s*([\u4e00-\u9fff]{1,12}[\[〔(（【]\d{4}[\]〕)）】]第?\d{1,4}号)")
_DATE_ALONE = re.compile(r"^[(（]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日[)）]?(?:印发|签发|印|发)?$")
# What follows the day on its line (二〇二四年二月七日印发): no part of the date shown.
_ISSUED_WORD = re.compile(r"(?:印发|签发|印|发)\s*$")
# A body's name signing a paper (政协某县委员会, 某市政协办公室, 某某人民政府).
_BODY = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}(?:委员会|办公室|办公厅|政协|人民政府|委员会办公室|党组|机关|协会|联合会|研究室)$")
# The body and the day on one line, as minutes and bulletins print them under the title or at the foot (某政协办公室
# 2025年7月4日印发).
_BODY_DATED = re.compile(r"^([\u4e00-\u9fff()（）]{2,30}(?:委员会|办公室|办公厅|政协|人民政府|党组|机关|研究室))\s*"
                         r"((?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:印发|印|发)?$")
# The paper's issuer before 关于 in its title (政协某县委员会关于…的通报).
_TITLE_ISSUER = re.compile(r"^([\u4e00-\u9fff()（）]{2,30}?)关于")
# The body a paper is sent to, on the line under its title (中共某市委:), not a salutation to those in the room (各位委员:).
_ADDRESSEE = re.compile(r"^([\u4e00-\u9fff、]{2,30})[:：]$")
_AUDIENCE = re.compile(r"^(?:各位|尊敬的|亲爱的|同志们)")
# The contact line: (联系人：某科 某某，电话：…).
_CONTACT = re.compile(r"联系人[:：]\s*(?P<who>[^,，;；:：()（）]{2,40})[,，;；)）]")

# What is asked of the paper itself; the day and the issuer only with the paper named by its kind (这个通报, 这份文件,
# 这份计划, 这份总结).
# (…or by the words naming it before its kind: 这份换届总结, 换届总结是报给谁的)
_NAMES_PAPER = re.compile(r"通报|通知|文件|决定|公文|发文|落款|纪要|简报|(?:这|该|本)(?:份|个|项|篇)?[\u4e00-\u9fff]{0,6}?"
                          r"(?:计划|方案|要点|规则|办法|细则|总结|报告)|^[\u4e00-\u9fff]{0,8}?(?:总结|报告)(?:是|的)")
_ASKS = (
    ("number", re.compile(r"文号|发文字号|发文编号|(?:通报|通知|文件|决定|公文)(?:的)?编号")),
    ("date", re.compile(r"落款(?:日期|时间|的日期|是哪天|是几号|哪天)|(?:印发|发文|签发|下发|成文)(?:日期|时间)"
                        r"|(?:哪天|哪1天|什么时候|何时|几号|哪个日子)(?:印发|发文|签发|下发|发布|发出|发)的?")),
    # …whom it is sent to (报给谁, 报送哪个单位, 主送, 写给谁: the line under its title, 中共某市委:).
    ("addressee", re.compile(r"(?<!抄)(?:报|报送|呈报|上报|送|写|递交|提交)给?(?:谁|哪)|主送|向(?:谁|哪[个家]?[\u4e00-\u9fff]{0,2})(?:报告|汇报|报送)")),
    ("issuer", re.compile(r"(?:哪个|哪家|哪1个|什么|啥)(?:单位|部门|机关|机构)(?:印发|下发|发布|制发|发出|发|签发|写|起草|报送|报|出)"
                          r"|发文(?:单位|机关)|落款(?:单位|机关)|谁(?:印发|下发|发布|发出|发|签发)的")),
    ("phone", re.compile(r"(?:科|室|处|办|部|中心)(?:的)?(?:联系|办公|值班)?电话")),
    ("contact", re.compile(r"联系人")),
    ("copied", re.compile(r"抄送|抄报")),
)
# The line at a paper's foot listing the bodies it is copied to (抄送：县委办公室，县政府办公室。).
_COPIED = re.compile(r"^\s*(?:抄送|抄报)\s*[:：]\s*(?P<to>[^:：]{2,200}?)[。.]?\s*$")
# The phone printed on the contact line (电话：6236 1087, 电话:0571-8888 1234), as written.
_PHONE = re.compile(r"电话[:：]\s*(\d[\d\s\-－—]{4,18}\d)")


@dataclass(frozen=True)
class NoticeFacts:
    doc: int
    number: tuple[str, int, int] | None = None  # (as written, passage, sentence)
    date: tuple[str, int, int] | None = None
    issuer: tuple[str, int, int] | None = None
    contact: tuple[str, int, int] | None = None
    phone: tuple[str, int, int] | None = None
    copied: tuple[str, int, int] | None = None  # the bodies of the 抄送 line, as written
    office: str = ""  # the office the contact line names (某市政协办公室信息科), whose phone it gives
    addressee: tuple[str, int, int] | None = None  # the body it is sent to (中共某市委)


def asked_notice_fact(norm: str) -> str | None:
    """Which of the paper's own facts the question asks (number, date, issuer, contact), or None."""
    for fact, pattern in _ASKS:
        if pattern.search(norm) and (fact in ("number", "contact", "phone", "copied") or _NAMES_PAPER.search(norm)):
            return fact
    return None


def learn_notice_facts(index) -> list[NoticeFacts]:  # noqa: ANN001 - a PassageIndex
    """Each document's own facts of an issued paper, as written (its original text)."""
    lines: dict[int, list[tuple[int, int, str, str]]] = {}  # doc → (passage, sentence, normalised, written)
    sections: dict[int, list[tuple[int, str, str]]] = {}
    for p in range(index.size):
        doc = index.passage_doc[p]
        written = index.passages[p]
        lines.setdefault(doc, []).extend((p, s, t, written.sentences[s]) for s, t in enumerate(index.sentence_norm[p]))
        sections.setdefault(doc, []).append((p, index.section_norm[p], written.section))
    found = []
    for doc, own in lines.items():
        title = index.documents[doc].title.strip()
        heads = [(w.removeprefix(title), p, s) for p, s, _, w in own[:8]] + [(w, p, 0) for p, _, w in sections[doc][:8]]
        number = next(((m.group(1), p, s) for w, p, s in heads if (m := _NUMBER.match(w))), None)
        date = issuer = None
        for at in range(len(own) - 1, -1, -1):
            if at and _DATE_ALONE.match(own[at][2]) and _BODY.match(own[at - 1][2]):
                date = _ISSUED_WORD.sub("", own[at][3].strip()), own[at][0], own[at][1]
                issuer = own[at - 1][3].strip(), own[at - 1][0], own[at - 1][1]
                break
            if printed := _BODY_DATED.match(own[at][2]):  # 某政协办公室　2025年7月4日印发: one line
                date = printed.group(2), own[at][0], own[at][1]
                issuer = printed.group(1), own[at][0], own[at][1]
                break
        issued = _TITLE_ISSUER.match(title)
        if issuer is None and issued and own:
            issuer = issued.group(1), own[0][0], own[0][1]
        contact = phone = copied = None
        office = ""
        for p, s, t, w in own:
            if listed := _COPIED.match(w):
                copied = listed.group("to").strip(), p, s
            told = _CONTACT.search(w)
            who = told.group("who").split() if told else []
            if len(who) > 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", who[-1]):
                contact = who[-1], p, s  # 某科　某某: the name after the office
                office = "".join(who[:-1])
                printed = _PHONE.search(w)
                phone = (printed.group(1).strip(), p, s) if printed else None
        sent = [(m.group(1), p, s) for p, s, t, _ in own[:1] if (m := _ADDRESSEE.match(t.strip())) and not _AUDIENCE.match(m.group(1))]
        found.append(NoticeFacts(doc, number, date, issuer, contact, phone, copied, office, sent[0] if sent else None))
    return found


def notice_fact(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The paper's own fact asked, of the paper the question names by its kind (通报) where several tell it;
    None when not asked so or no paper tells it (the general answer reads on)."""
    asked = asked_notice_fact(norm)
    if asked is None:
        return None
    if asked == "number" and (cited := cited_number(answerer.index, norm)) is not None:
        return answerer._fact_result("name", cited[0], cited[1:], norm)  # 关于…的实施意见文号 (cited_number.py)
    if answerer.__dict__.get("_notice_facts") is None:
        answerer._notice_facts = learn_notice_facts(answerer.index)
    told = [(f, getattr(f, asked)) for f in answerer._notice_facts if getattr(f, asked)]
    if not told:
        return None
    titles = answerer.index.documents
    kinds = [k for k in ("通报", "通知", "决定", "文件") if k in norm]
    told.sort(key=lambda item: any(k in titles[item[0].doc].title for k in kinds), reverse=True)
    if asked == "phone":  # the office asked is the contact line's (信息科 of 市政协办公室信息科)
        told = [item for item in told if (office := _OFFICE_ASKED.search(norm)) and office.group(1) in item[0].office]
        if not told:
            return None
    fact, p, s = told[0][1]
    return answerer._fact_result("name", fact, (p, s), norm)


# The office a phone is asked of, as the question names it: the last word before 电话 ending in an office's mark.
_OFFICE_ASKED = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:科|室|处|办|部|中心))(?:的)?(?:联系|办公|值班)?电话")


def office_phone_asked(norm: str) -> bool:
    """Whether the question asks an office's phone (信息科联系电话多少), not a person's: not kept out as private."""
    return bool(_OFFICE_ASKED.search(norm))


def phone_untold(norm: str, shown: str) -> bool:
    """Whether an office's phone is asked (服务科联系电话是多少) and the answer's text writes no phone: a count
    beside the office's name (委员17名) is no number to call."""
    return office_phone_asked(norm) and "电话" not in shown
