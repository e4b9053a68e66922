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
# The names of several things given asked (6个委员工作室都叫什么, 3家基地分别叫啥): as 哪几个 asks which ones;
# persons (3名委员都叫什么) are counted by 名 or 位, and their names are written unquoted.
_ASKS_NAMES = re.compile(r"(?:都|分别|各)叫(?:什么|啥)")
_NOT_PERSONS = re.compile(r"[件篇条个家项处所场期份部本]")
# One of several given asked (那11篇里哪篇, 另1家是哪家): which one, as 哪几篇 asks which ones.
_ASKS_ONE = re.compile(r"哪[" + _MEASURES + r"](?!\d)")
# Levels listed (市、区领导, 省、市、县三级): who or where, not a list naming the ones counted.
_LEVELS_LISTED = re.compile(r"[省市县区乡镇](?:、[省市县区乡镇])+")
# So many given by the question (那2件提案, 3篇社情民意, 另1条: one of several), not one (第3次, 1件).
_GIVEN = re.compile(r"(?<![\d.第])(\d+)([" + _MEASURES + r"])")
# A count in the sentence: 3件, 8场, 不少于5处.
_COUNT = re.compile(r"(?<![\d.])\d+[" + _MEASURES + r"]")
# What names the ones counted: quoted titles, a list (A、B with words on each side, A29件、B24件), 包括/分别/即/如,
# a colon.
_NAMING = r'["《》:]|分别|包括|即|例如|比如|[\u4e00-\u9fff]{2}{counted}、[\u4e00-\u9fff]{2}'
_NAMES = re.compile(_NAMING.replace("{counted}", r"(?:[\d.]+[\u4e00-\u9fff])?"))
# What the ones counted were about asked (对口协商会有哪些题目, 议题都定了哪些): a list of kinds each counted
# (专题协商会5场、对口协商会8场) names none of the topics.
_ASKS_CONTENT = re.compile(r"哪些(?:题目|议题|主题|课题|内容)|(?:题目|议题|主题|课题)[^,?]{0,4}哪些")
# Topics asked: a list of kinds each counted (专题协商会5场、对口协商会8场) names none, so the
# counted alternative is left out.
_NAMES_CONTENT = re.compile(_NAMING.replace("{counted}", ""))
# Which ones of so many the question gives (8个先进集体都是哪些单位): the ones counted are asked, whatever noun
# closes the question; a breakdown by kind (其中县区政协4个、专门委员会4个) names none of them.
_GIVEN_WHICH = re.compile(r"(?:都|分别|各)(?:是|有)哪些[\u4e00-\u9fff]{0,4}[?？]?$")
# Which ones of a noun asked (哪2个部门, 哪几处场所, 是哪个重点调研课题), that noun closing the question.
_WHICH_NOUN = re.compile(r"哪(?:几|些|\d+)?[" + _MEASURES + r"]?([\u4e00-\u9fff]{2,8})[?？]?$")


def _counted_right_there(noun: str, shown: str) -> bool:
    """Whether the sentence counts ``noun`` itself, a count written right after it (课题不少于15项) or
    right before it (2个区级部门), more than one of it."""
    for m in re.finditer(re.escape(noun), shown):
        after = re.match(r"(?:不少于|不低于|至少|共|达)?(\d+)[" + _MEASURES + "]", shown[m.end():])
        before = re.search(r"(?<![\d.])(\d+)[" + _MEASURES + r"][\u4e00-\u9fff]{0,2}$", shown[max(0, m.start() - 6):m.start()])
        if any(c and int(c.group(1)) > 1 for c in (after, before)):
            return True
    return False


def _masked(text: str, words: list[str], norm: str) -> str:
    """The sentence with the question's own words masked and any quote left naming nothing else dropped:
    创建"和谐寺观教堂"不少于5处 quotes the kind asked (哪几处 of 和谐寺观教堂), 主席、副主席领衔 lists the
    question's own 主席; neither names the ones asked."""
    for word in sorted({w for w in words if len(w) >= 2 and w in norm}, key=len, reverse=True):
        text = text.replace(word, "□")
    return _LEVELS_LISTED.sub("□", re.sub(r'"[^"\u4e00-\u9fff]*"|《[^》\u4e00-\u9fff]*》', "□", text))


def _kind_listed(noun: str, text: str) -> bool:
    """Whether the text lists two or more of the kind asked, each by its own name ending in the noun (哪几个社区 →
    东关社区、清河社区2个社区): masking the question's noun would hide the list that names them."""
    return re.search(rf"[\u4e00-\u9fff]{{2}}{re.escape(noun)}、[\u4e00-\u9fff]{{2,8}}?{re.escape(noun)}", text) is not None


_NAMING_OPENS = r"(?:分别|包括|其中|即|具体|它们|这些|名单)"


def _sentence_rest(clauses: list[str], words: list[str], by_item: bool = False) -> str:
    """The clauses from the counting one to its sentence's end, and the sentences after it that open by
    naming them (分别是, 包括, 其中, 即, 具体) or tell a word of the question (郑某领衔督办的"…"): a later
    sentence telling none of that is of other things."""
    rest = ""
    for sentence in re.split(r"(?<=。)", "".join(clauses)):
        if rest and not (re.match(_NAMING_OPENS, sentence) or any(w in sentence for w in words if len(w) >= 2)):
            break
        rest += sentence
    if not by_item:
        return rest
    # Asked the names of things counted: an item of a plan or list ends at its semicolon (力争新建工作室6个,实现…全覆盖;
    # 将深化"回头看"), and the next item, unless it opens by naming them, is another deed.
    items = re.split(r"(?<=;)", rest)
    kept = items[0]
    for item in items[1:]:
        if not re.match(_NAMING_OPENS + r'|["《]', item):  # ;《关于…》等获评: the names after it
            break
        kept += item
    return kept


def only_counted(norm: str, shown: str, words: list[str]) -> bool:
    """Whether the question asks which ones (or what they were) of a thing the sentence only counts:
    the clause counting them, and all after it, names none. ``words`` are the question's own words,
    to find the clause about the thing asked where the question gives no count."""
    given = [m for m in _GIVEN.finditer(norm) if int(m.group(1)) > 1 or norm[m.start() - 1:m.start()] == "另"]
    noun = _WHICH_NOUN.search(norm)
    content = _ASKS_CONTENT.search(norm)
    counted = noun and _counted_right_there(noun.group(1), shown)
    if counted:
        words = [noun.group(1)] + words
    names_asked = bool(_ASKS_NAMES.search(norm)) and any(_NOT_PERSONS.fullmatch(m.group(2)) for m in given)
    given_which = bool(given) and bool(_GIVEN_WHICH.search(norm)) and not _ASKS_WHICH.search(norm)  # (a noun closing it)
    if not counted and not (_ASKS_WHICH.search(norm) or given and (_ASKS_WHAT.search(norm) or _ASKS_ONE.search(norm))
                            or content or names_asked or given_which):
        return False
    names = _NAMES_CONTENT if content or given_which else _NAMES
    clauses = re.split(r"(?<=[,;。!?])", shown)
    at = next((n for n, c in enumerate(clauses) if _counted_right_there(noun.group(1), c)), -1) if counted else -1
    for m in given if at < 0 else ():
        at = next((n for n, c in enumerate(clauses) if re.search(r"(?<![\d.])" + m.group(0), c)), -1)
        if at >= 0:
            break
    if at < 0:
        scores = [sum(1 for w in words if w in c) for c in clauses]
        if not scores or max(scores) == 0:
            return False
        at = scores.index(max(scores))
    clause, rest = clauses[at], _sentence_rest(clauses[at:], words, names_asked)
    if at and _COUNT.match(clause):
        rest = clauses[at - 1] + rest  # A29件、B24件,5个单位合计…: the count sums up the list before it
    return bool(_COUNT.search(clause)) and not names.search(_masked(rest, words, norm)) \
        and not (noun and _kind_listed(noun.group(1), rest))
