"""Declining by reason which ones are asked (哪几件, 哪些题目, 那2件提案是啥内容, 3篇信息是讲什么的) where
the sentence only counts them: 对办理不到位的3件提案退回重新办理 tells how many went back, not which;
被全国政协采用3篇 tells how many were taken up, not what they said. A clause naming them (quoting
titles, "…", 《…》, listing A、B, 包括…, 分别是…, a colon before the list) answers and is kept.

Used by asked_untold.untold_doubt on a 'what' answer given as a whole sentence; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["only_counted"]

_MEASURES = "件篇条个家项位处所名场期份部本次"
# Which ones asked, the question's last words: 是哪几件, 有哪些 (not 哪些单位办的: what is asked is then not what
# is counted; not 哪个, asking one, often named unquoted: 经济界别).
_ASKS_WHICH = re.compile(r"(?:哪几[" + _MEASURES + r"]?|(?:是|有)哪些|分别是(?:什么|啥|哪些))(?![\u4e00-\u9fff])")
# What the ones counted are (3篇是讲什么的, 那2件是啥内容); not 叫什么, asking a person's name, written unquoted.
_ASKS_WHAT = re.compile(r"(?:是|讲|说|写|关于)(?:的)?(?:什么|啥)|(?:什么|啥)(?:内容|题目|议题|主题)")
# So many given by the question (那2件提案, 3篇社情民意, 另1条: one of several), not one (第3次, 1件).
_GIVEN = re.compile(r"(?<![\d.第])(\d+)([" + _MEASURES + r"])")
# A count in the sentence: 3件, 8场, 不少于5处.
_COUNT = re.compile(r"(?<![\d.])\d+[" + _MEASURES + r"]")
# What names the ones counted: quoted titles, a list (A、B with words on each side, A29件、B24件), 包括/分别/即/如,
# a colon.
_NAMES = re.compile(r'["《》:]|分别|包括|即|例如|比如|[\u4e00-\u9fff]{2}(?:[\d.]+[\u4e00-\u9fff])?、[\u4e00-\u9fff]{2}')


def only_counted(norm: str, shown: str, words: list[str]) -> bool:
    """Whether the question asks which ones (or what they were) of a thing the sentence only counts:
    the clause counting them, and all after it, names none. ``words`` are the question's own words,
    to find the clause about the thing asked where the question gives no count."""
    given = [m for m in _GIVEN.finditer(norm) if int(m.group(1)) > 1 or norm[m.start() - 1:m.start()] == "另"]
    if not (_ASKS_WHICH.search(norm) or given and _ASKS_WHAT.search(norm)):
        return False
    clauses = re.split(r"(?<=[,;。!?])", shown)
    at = -1
    for m in given:
        at = next((n for n, c in enumerate(clauses) if re.search(r"(?<![\d.])" + m.group(0), c)), -1)
        if at >= 0:
            break
    if at < 0:
        scores = [sum(1 for w in words if w in c) for c in clauses]
        if not scores or max(scores) == 0:
            return False
        at = scores.index(max(scores))
    clause, rest = clauses[at], "".join(clauses[at:])
    if at and _COUNT.match(clause):
        rest = clauses[at - 1] + rest  # A29件、B24件,5个单位合计…: the count sums up the list before it
    return bool(_COUNT.search(clause)) and not _NAMES.search(rest)
