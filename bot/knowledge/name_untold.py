"""Declining by reason a thing's own name asked (新建的委员工作室叫什么名字, 县级供水公司叫啥名, 品牌定的名字叫什么)
where the sentence quotes names, but only of other things: 新建委员工作室4个…编纂出版《芩溪文史》 names a book,
not a room; 组建县级供水公司 beside "同源、同网" (a slogan) names no company; 《关于打造…品牌的建议》 is the
title of a suggestion, not the brand's name. A quote may name the thing asked when it ends with the thing's
noun ("…调研报告", "…荷花节"), stands against it ("…"主题读书活动, 第十六辑《…》), follows a naming word
(titles._NAMING) or the verb that made it, or holds what the question says the thing is about.

A sentence quoting nothing is left to the checks that judge it (checks.py), and so is one naming a person
(the name of a person, asked by a role, is written unquoted: 总工程师冯立群).

Used by asked_untold.untold_doubt on a 'what' answer given as a whole sentence (no name read out of it);
general Chinese only.
"""

from __future__ import annotations

import re

from .people import find_person_names
from .question import QuestionAnalysis
from .titles import DOCUMENTS, WRITINGS, brand_made, generic_head, head_terms, named_in_quotes, names_asked_thing, quotes_made_thing

__all__ = ["name_untold"]

# A thing's own name asked: 叫什么(名字), 叫啥名, 什么名字, 名字(是|叫)什么, 名称是啥 (a title, 题目, asked of a
# writing, is judged in checks.py).
_ASKS_OWN_NAME = re.compile(r"叫(?:什么|啥)(?:名字?)?[?!。]*$|(?:什么|啥)名字[?!。]*$|(?:名字|名称)(?:是|叫)?(?:什么|啥)[?!。]*$")
_QUOTE = re.compile(r'"([^"]{2,60})"')
# How far from a quote the thing's noun may stand ("…"主题读书活动, 文史资料第十六辑《…》).
_NEAR = 8
# The thing's noun in brackets right after the quote, as the name's apposition (《…》(…文史资料第十八辑)).
_APPOSITION = re.compile(r"\(([^()]{1,24})\)")


def _may_name(quote: re.Match, shown: str, heads: list[str], words: list[str], question: str = "") -> bool:
    """Whether a quote may be the name of the thing whose nouns are ``heads``."""
    name = quote.group(1)
    if any(name.endswith(h[-2:]) or name.endswith(h[-1]) for h in heads):
        return True  # "…调研报告", "…系统": the name ends with the thing's noun
    after, before = shown[quote.end():quote.end() + _NEAR], shown[max(0, quote.start() - _NEAR):quote.start()]
    if any(c in after or c in before for h in heads for c in (h[-1], h[0] if len(h) == 2 else h[-1])):
        return True  # "同心战疫"书画摄影展 for 展览, 第十六辑《…》 for 第十六辑
    clause = re.match(r"[^,;。:、\"(]*", shown[quote.end():]).group()
    if any(h in clause and all(c in question for c in clause[:clause.find(h)]) for h in heads):
        return True  # "我的故乡"海外华裔青少年征文活动 for 海外华裔青少年征文活动: only the question's words between
    apposition = _APPOSITION.match(shown, quote.end())
    if apposition and any(h in apposition.group(1) for h in heads):
        return True  # 《檀源老街记忆》(檀源文史资料第十八辑) for 第十八辑
    writing = any(name.endswith(w) for w in WRITINGS)
    if writing and any(h in WRITINGS or h in DOCUMENTS for h in heads):
        return True  # 那条信息叫什么, 报送的文件叫什么 → "关于…的建议": a writing is titled by what it proposes or reports
    return not writing and any(w in name for w in words)  # "复工复产委员在行动" for 复工复产专项调研


def name_untold(q: QuestionAnalysis, shown: str, word_frequency, previous: str = "") -> bool:
    """Whether a thing's own name is asked and the sentence quotes names, none of which may be the thing's.
    A name the sentence ``previous`` writes as one of the generic head asked (三是实施"某某"项目。 for 消费帮扶项目
    叫啥) is that thing's: the paragraph goes on about it.  Names are read with the general dictionary's ``word_frequency``."""
    ask = _ASKS_OWN_NAME.search(q.norm)
    if not ask or '"' not in shown or find_person_names(shown, word_frequency):
        return False
    terms = head_terms(q)
    if terms is q.terms:
        return False  # nothing named before the name asked: the thing is not known
    if names_asked_thing(q, shown) or quotes_made_thing(q, shown) or named_in_quotes(q, shown) or brand_made(terms, shown):
        return False
    generic = generic_head(q)
    if generic is not None and any(f'"{m.group(1)}"{e}' in previous for m in _QUOTE.finditer(shown) for e in generic.equivalents):
        return False
    heads = [e for t in terms for e in t.equivalents if len(e) >= 2] or [t.text for t in terms]
    words = [e for t in q.terms if len(t.text) >= 2 and 0 <= q.norm.find(t.text) < ask.start()
             for e in t.equivalents if len(e) >= 2]
    return not any(_may_name(m, shown, heads, words, q.norm) for m in _QUOTE.finditer(shown))
