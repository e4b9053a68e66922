"""Whose name a question asks (主席叫什么 → a person; 读书活动叫啥名 → a thing).

"叫什么 / 叫啥 / 名字" asks for a person only when the word it follows is a person's
(主席, 委员, 负责人); a person word earlier in the question (委员读书活动) only says whose
the named thing is.  Used by question.detect_kind; not for 谁 or 哪位, which always ask a person.
"""

from __future__ import annotations

import re

# "叫什么(名字)" or 全名 asks for a person only when a person is meant (主席叫什么, 张副县长全名是什么).
NAME_RE = re.compile(r"叫什么名字|叫什么名|叫什么|叫啥名字|叫啥名|叫啥|姓名|名字|全名")
# A surname given to tell a person apart (姓林的副主席, 姓冯的那个副主任): no word a sentence writes, only
# a check on the names found (told.py).
SURNAME_ASKED = re.compile(r"姓([\u4e00-\u9fff])的")
_PERSON_WORDS = (r"主席|书记|支书|委员|常委|专家|队长|队员|成员|主任|部长|局长|秘书长|华侨|夫妇|人士|代表|作者|领导|"
                 r"召集人|组长|校长|院长|会长|县长|市长|区长|镇长|乡长|省长|村长|处长|科长|董事长|理事长|经理|主委|负责人|馆长|社长|站长|所长|行长|台长|团长|厂长|总编辑|"
                 # Titles and callings a history writes a person by (那个教授叫啥, 老船工叫啥名).
                 r"教授|研究员|工程师|医生|老师|教师|律师|船工|窑工|收藏家|作家|画家|书法家|学者|编辑|编审|个体工商户|知青|老人|"
                 # People a report on overseas Chinese or a hometown tells of (那位侨领叫什么, 捐资的乡贤叫啥).
                 r"侨领|侨商|乡贤|企业家")
PERSON_HINT_RE = re.compile(_PERSON_WORDS)
# The person word closing what the name is asked of, before light words (主席的, 这位委员现在).
_PERSON_BEFORE_RE = re.compile(rf"(?:{_PERSON_WORDS})(?:的|是|现在|目前|到底|又|都|全|本人)*$")


# 是哪个 closing a question (县长是哪个, 提案委员会主任是哪1个): which one, a person when a person word is its subject.
# …or 有哪些 (副主任有哪些, 召集人都有哪些): which ones, people when a person word is its subject.
_WHICH_ONE_RE = re.compile(r"(?:哪(?:个|1个|一个)|(?:都|分别)?(?:有|是)哪些)[?？!！。呢啊呀]*$")


def asks_person_name(norm: str) -> bool:
    """Whether the question asks a person's name: 姓名 always; 叫什么 or 名字 when it follows a person word,
    or, the name asked first (叫什么名字的那位主任), when a person word comes after it; 是哪个 or 有哪些 after a
    person word (县长是哪个, 副主任有哪些) as well."""
    which = _WHICH_ONE_RE.search(norm)
    if which and _PERSON_BEFORE_RE.search(norm[:which.start()]):
        return True
    found = NAME_RE.search(norm)
    if found is None:
        return False
    if found.group(0) == "姓名":
        return True
    before = norm[:found.start()]
    if before.strip():
        return bool(_PERSON_BEFORE_RE.search(before))
    return bool(PERSON_HINT_RE.search(norm[found.end():]))


# Writers picked out by what was done to them (受表彰的作者, 获奖作者, 被评为优秀的作者): people the text names, not
# the writer of the document.
_DEED_BEFORE_WRITERS = re.compile(r"(?:受到?|被|获)[\u4e00-\u9fff]{1,6}?的?作者|获奖作者")


def writers_by_deed(norm: str) -> bool:
    """Whether the writers asked are told by a deed done to them (受表彰的作者): a word to find, not the byline."""
    return _DEED_BEFORE_WRITERS.search(norm) is not None
