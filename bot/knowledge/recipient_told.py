"""Who received what a verb of handing over sends: the object written right after it.

退回承办单位重新办理, 移交有关部门处理, 转交提案人: a verb of handing something over is followed by
its recipient (with or without 给 / 至 / 到), and the recipient ends where the next deed begins.
Two readings use it:

- asked "退回给谁" (to whom it was sent back), the recipient written after that very verb answers,
  not the body doing the sending (``recipient_of``);
- asked a count of what went to one recipient (退回提案人的有几件), a sentence where the verb only ever
  sends to another (退回承办单位重新办理) tells another deed (``other_recipient``); one where the
  verb stands bare (经与提案人沟通后退回) may be the one asked.

General Chinese only: the verbs of handing over and the heads a recipient's name ends with.
"""

from __future__ import annotations

import re

__all__ = ["other_recipient", "recipient_of"]

# Verbs that hand something over to a recipient written right after them.
_HANDING = r"退回|退还|退给|交给|转交|移交|送交|转送|转给|发给|交由|报送|呈报|抄送|反馈给"
# Where a recipient's name stops: the next deed, or a mark (承办单位 | 重新办理, 有关部门 | 研究参考).
_STOP = re.compile(r"[^\u4e00-\u9fff]|重新|重办|再次|再|进行|研究|办理|处理|答复|并|后|予以|按照|按|依法|限期|督促|要求|的")
# The heads a recipient's name ends with: a body or a person's role.
_HEAD = re.compile(r"(?:单位|部门|机关|机构|人|者|会议|委员会|常委会|政府|中心|企业|群众|委员|领导|街道|乡镇|社区|局|厅|院|组)$")
# The verb a who-question asks the recipient of (退回给谁, 交给了哪个单位).
_ASKS_TO_WHOM = re.compile(rf"({_HANDING})了?(?=谁|哪)|([\u4e00-\u9fff]{{2}})(?:给了?|到|至)(?=谁|哪)")
_QUESTION_WORD = re.compile(r"谁|哪|什么|啥|几|多少")


def _recipient_after(sentence: str, at: int) -> str:
    """The recipient written from ``at`` on (after a verb of handing over): '' when the verb stands bare
    (…沟通后退回。, 退回重办) or what follows is no body's or person's name."""
    rest = sentence[at:at + 16]
    rest = rest[1:] if rest[:1] in ("给", "至", "到") else rest
    stop = _STOP.search(rest)
    told = rest[:stop.start()] if stop else rest
    return told if len(told) >= 2 and _HEAD.search(told) else ""


def recipient_of(question: str, sentence: str) -> str | None:
    """The recipient the sentence writes right after the verb a who-question asks the recipient of
    (不满意的提案退回给谁 → 承办单位 of 退回承办单位重新办理); None when the question asks no recipient
    or the sentence writes none after that verb."""
    asked = _ASKS_TO_WHOM.search(question)
    if asked is None:
        return None
    verb = asked.group(1) or asked.group(2)
    for match in re.finditer(verb, sentence):
        told = _recipient_after(sentence, match.end())
        if told:
            return told
    return None


def other_recipient(question: str, sentence: str) -> bool:
    """Whether the question asks of a verb of handing over with its recipient (退回提案人) and the
    sentence writes that verb only with other recipients (退回承办单位), never bare."""
    asked = re.search(rf"({_HANDING})(?:给|至|到)?([\u4e00-\u9fff]{{2,10}}?)(?=的|有|了|是|多少|几|[?？]|$)", question)
    if asked is None or _QUESTION_WORD.search(asked.group(2)):
        return False
    verb, wanted = asked.groups()
    told = [_recipient_after(sentence, m.end()) for m in re.finditer(verb, sentence)]
    return bool(told) and all(r and wanted[:2] not in r for r in told)
