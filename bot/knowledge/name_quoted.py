"""Declining by reason a name asked (书名叫什么, 题目是什么, 叫什么名字) where the sentence quotes no
name but the one the question itself gives: 《某某文史资料》第二十三辑书名叫什么 asked, the sentence
planning to publish "某某文史资料"第二十三辑 tells the series, not the volume's own title.

Used by asked_untold.untold_doubt on a 'what' answer; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["TITLE_GIVEN", "only_own_name_quoted"]

# A word naming what follows as a title (作题为"…"的辅导, 名为"…", 以"…"为题): the name quoted is the title told.
TITLE_GIVEN = re.compile(r'(?:题为|题目为|名为|名称为|命名为|定名为|称为|叫做)"|以"[^"]+"为题')
_ASKS_NAME = re.compile(r"(?:名|名字|名称|题目|标题|书名|刊名|篇名)(?:叫|是)(?:什么|啥)|叫(?:什么|啥)名|(?:什么|啥)(?:名字|名称|题目|标题)")


def only_own_name_quoted(norm: str, shown: str) -> bool:
    """Whether a name is asked and every name the sentence quotes is one the question already gives."""
    if not _ASKS_NAME.search(norm):
        return False
    quoted = re.findall(r'"([^"]+)"', shown)
    if quoted and not all(name in norm for name in quoted):
        # A clause quoting the question's own name and nothing else tells no title of it, whatever another
        # clause quotes (…围绕"十三五"规划收官,…编辑出版"某某文史资料"第22辑).
        clauses = [re.findall(r'"([^"]+)"', clause) for clause in re.split(r"[,，;；。]", shown)]
        own = [names for names in clauses if any(name in norm for name in names)]
        if any(TITLE_GIVEN.search(clause) for clause in re.split(r"[,，;；。]", shown)
               if any(name not in norm for name in re.findall(r'"([^"]+)"', clause))):
            return False  # 作客"甲讲堂",作题为"…"的专题辅导: another clause gives the title, by a word naming it
        return bool(own) and all(name in norm for names in own for name in names)
    return bool(quoted)
