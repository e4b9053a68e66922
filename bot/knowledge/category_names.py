"""A category of a breakdown asked by the first word of its name only (民生方面 asked, 社会事业和民生保障方面
101件 told; 经济方面 asked, 经济建设方面203件 told): reports name their categories by longer qualifiers than
members say.  When the documents never write the asked word before a category word (民生方面, 民生类,
民生领域) but write exactly one longer qualifier it opens (民生保障), the question names that one.

Learned from the documents' own text when asked, like agencies' short forms (agencies.py); no list of
categories.  Two longer qualifiers (经济建设方面 and 经济发展类) leave the question as it is.
"""

from __future__ import annotations

import re

from .categories import CATEGORY_WORDS

_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?=方面|类|领域)")
# What may come between the asked word and the category word: up to four characters, no conjunction (民生和
# 社会保障方面 lists two categories, neither 民生's alone), no particle of a clause (的, 等).
_MIDDLE = r"((?:(?![和与及、的等])[\u4e00-\u9fff]){1,4}?)(?:方面|类|领域)"


def expand_category_short_forms(text: str, corpus: str) -> str:
    """The question with a category asked by the first word of its name named in full, where the
    documents write that word only opening exactly one longer qualifier of a category."""
    for match in reversed(list(_ASKED.finditer(text))):
        word = match.group(1)
        if any(word + category in corpus for category in CATEGORY_WORDS):
            continue  # the documents name the category so (经济方面72件)
        longer = set(re.findall(re.escape(word) + _MIDDLE, corpus))
        if len(longer) == 1:
            text = text[:match.end()] + longer.pop() + text[match.end():]  # 民生方面 → 民生保障方面
    return text
