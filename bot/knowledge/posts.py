"""Who holds which post, and what a declared short name stands for, as the
documents write them; learned once per index, read when a question asks.

- A post and its holder are written together: 「<body><post><name>」
  (市委书记高建国, 提案委员会主任陆文涛, 市民政局局长许明川).  A question asking who
  holds a body's post (鹭原市委书记叫什么, 提案委员会陆主任全名叫什么) is answered by the
  holder of that very post of that very body; when the documents name that post
  only for other bodies (市交通运输局局长 asked, 市民政局局长 told), it is declined.
- A full name declared with its short one: 「X（以下简称Y）」 answers 「Y的全称是什么」.

General Chinese only (how posts and declared names are written); no document's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .post_then_holder import post_then_holder
from .people import SURNAMES, find_people, find_person_names, is_surname_name
from .vocabulary import DECLARED_AFTER, in_order

__all__ = ["HeldPost", "DeclaredName", "AskedPost", "learn_posts", "learn_declared_names", "asked_post",
           "asked_full_name", "body_of", "counted_post", "counts_post", "sector_level", "sector_without_level"]


@dataclass(frozen=True)
class HeldPost:
    name: str  # 高建国
    role: str  # 市委书记, as written before the name
    passage: int
    sentence: int


@dataclass(frozen=True)
class DeclaredName:
    short: str  # 市政协
    full: str  # 中国人民政治协商会议鹭原市委员会
    passage: int
    sentence: int


@dataclass(frozen=True)
class AskedPost:
    body: str  # 鹭原市委, 提案委员会, 市交通运输局
    post: str  # 书记, 主任, 局长
    surname: str | None  # 陆 of 陆主任


# Posts a question may ask the holder of, longest first where one ends another (副主席 before 主席).
_POSTS = ("副主席", "主席", "副书记", "书记", "副主任", "主任", "副部长", "部长", "副局长", "局长", "秘书长",
          "副市长", "市长", "副区长", "区长", "副县长", "县长", "镇长", "乡长", "副主委", "主委",
          "副会长", "会长", "理事长", "副院长", "院长", "副校长", "校长", "厅长", "处长", "科长",
          "副召集人", "召集人", "副组长", "组长", "队长", "副馆长", "馆长", "副社长", "社长", "站长", "所长", "行长",
          "台长", "团长", "厂长")
# 「<body><surname?><post>(的)? 是谁 / 是哪个 / 叫什么 / 全名 …」: the whole question asks who holds one post.
_ASKS_HOLDER = re.compile(
    r"^(?:请问)?(?:第?[\d一二三四五六七八九十]{1,3}届)?(?P<body>[\u4e00-\u9fff]*?)(?P<surname>[\u4e00-\u9fff])?(?P<post>" + "|".join(_POSTS) + r")"
    r"的?(?:全名|姓名|名字)?(?:是谁|是哪位|是哪(?:个|1个|一个)|叫什么名字|叫什么|叫啥|是什么|是啥"
    r"|(?:都|分别)?(?:有谁|是谁|有哪些人?|有哪几位|是哪几位|是哪些人?))[?？!。]*$")  # 副主席都有谁: all its holders
# 「Y的全称是什么」: the full name a short one stands for.
_ASKS_FULL_NAME = re.compile(r"^(?:请问)?(?P<short>[\u4e00-\u9fff]{2,12}?)的?(?:全称|全名|完整名称)"
                             r"(?:是什么|叫什么|是啥|叫啥)?[?？!。]*$")
_DECLARED = re.compile(r"([\u4e00-\u9fff]{2,30})" + DECLARED_AFTER)
# How a body's name ends (提案委员会, 市委, 民建市委会, 市交通运输局, 教育界别, 调研组, 柘川县, 委员会办公室).
_BODY_END = re.compile(r"(?:委员会|委|会|界别|界|局|办|组|政协|部|厅|处|院|校|中心|队|党|社|联|团|省|市|县|区|州|镇|乡|馆|站|所|银行|电视台|厂|办公室|研究室|支)$")  # 民盟某县总支
# 由<role><name>任<post>(的<body>): a post given by appointment, the body named beside it.
_APPOINTED = re.compile(r"(?:同志)?(?:担任|出任|任)(" + "|".join(_POSTS) + r")")
_ROLE_BEFORE_NAME = 8  # 由市政协副主席 before the name
_BODY_AFTER = re.compile(r"的([\u4e00-\u9fff]{1,12}?(?:小组|组|委员会|队|团|班))(?![\u4e00-\u9fff])")
_BODY_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:小组|组|委员会|队|团|班))$")
# Posts of a place's own government, named by its level (市长 of 溪河市): 溪河市长 asks 溪河市's.
_LEVEL_POSTS = frozenset("市县区镇乡")
# Words before a post that only say where or when, not which body (现任, 目前的).
# Words of time or term before a post name no body: 现任, 时任 (the holder then), 上届 / 本届 (a term's);
# nor do 咱们 / 本 before the body (咱们界别, 本界别: the reporting one).
_NOT_A_BODY = re.compile(r"^(?:现任|时任|前任|原任|历任|首任|目前的?|现在的?|当前的?|上[一1]?届|本届|这届|那届|"
                         r"咱们的?|我们的?|本(?=界别|专委会|委员会))|"
                         r"(?:这位|那位|这个|那个|的那位|的那个|的?(?:现任|目前的?|现在的?|当前的?))$")


def asked_post(norm: str, places: Iterable[str] = ()) -> AskedPost | None:
    """The body and post a question asks the holder of, or None when it asks something else
    or names no body (主席是谁 is left to the general answer). One of ``places`` (the committees'
    places) written before a place's own post names its body (溪河市长 → 溪河市)."""
    match = _ASKS_HOLDER.match(norm)
    if match is None:
        return None
    places = set(places)
    body, surname = match.group("body"), match.group("surname")
    if surname and (surname not in SURNAMES or not body or body + surname in places):
        body, surname = body + surname, None  # 书 of 市委书记 is no surname; 陆主任 needs a body before it; 溪阳市长:
        # the place's own last character (阳, 华, 宁 are surnames too)
    if surname and _NOT_A_BODY.search(body + surname):
        body, surname = body + surname, None  # 委员会现任主任: 任 of 现任 is no surname
    body = _NOT_A_BODY.sub("", body)
    body = next((body[len(place) + 1:] for place in places if body.startswith(place + "的")), body)  # 鹭原的界别: its 界别
    level = match.group("post").lstrip("副")[0]
    if level in _LEVEL_POSTS and body in places:
        body += level  # 溪河市长: the post names the place's level (溪河市的市长)
    if "的" in body or not _BODY_END.search(body):
        return None  # 联系教育界别的副主席, 经济委员会分管副主席: a clause may say which one, not a body
    return AskedPost(body, match.group("post"), surname) if len(body) >= 2 else None


# How many hold a post (有几名副主任, 副主席共有几位): the post next to the count.
_COUNTED_POST = re.compile(r"(?:多少|几)(?:名|位|个|人)?(?P<before>" + "|".join(_POSTS) + r")|"
                           r"(?P<after>" + "|".join(_POSTS) + r")(?:一共|总共|共)?(?:有|是)?(?:多少|几)")


def counted_post(norm: str) -> str | None:
    """The post whose holders a question counts (专委会有几名副主任 → 副主任), or None."""
    match = _COUNTED_POST.search(norm)
    return (match.group("before") or match.group("after")) if match else None


def counts_post(post: str, sentence: str, start: int, end: int) -> bool:
    """Whether the amount at [start, end) counts the holders of ``post``: written right after it
    (其中主任1名、副主任3名) or right before it (3位副主席); a 副主任 is no 主任 asked."""
    for at in (start - len(post), end):
        if sentence.startswith(post, at) and (post.startswith("副") or sentence[at - 1:at] != "副"):
            return at >= 0
    return False


_LEVEL_OF_SECTOR = re.compile(r"^[市县区省州](?=[\u4e00-\u9fff]{0,10}界别$)")


def sector_without_level(body: str) -> str:
    """A 界别 written with its committee's level (市界别, 市工商联界别: the 市政协's), without it."""
    return _LEVEL_OF_SECTOR.sub("", body)


def sector_level(body: str) -> str | None:
    """The level a 界别 is written with (市 of 市界别), or None."""
    match = _LEVEL_OF_SECTOR.match(body)
    return body[0] if match else None


def asked_full_name(norm: str) -> str | None:
    """The short name whose full name is asked (市政协的全称是什么 → 市政协)."""
    match = _ASKS_FULL_NAME.match(norm)
    return match.group("short") if match else None


def body_of(role: str, post: str) -> str | None:
    """The body a role names before the post (市委书记 → 市委), or None when the role is not that post
    (副书记 is not 书记). A role of several posts holds it in any (召集人、市发改委副主任: the post of a
    sector written before the name, the workplace in brackets after it)."""
    parts = role.split("、")
    for at in range(len(parts), 0, -1):
        held = "、".join(parts[:at])
        if held.endswith(post) and (post.startswith("副") or not held.endswith("副" + post)):
            return _NOT_A_BODY.sub("", held[:-len(post)])
    return None


def learn_posts(sentences: Iterable[tuple[int, int, str]], word_frequency=None) -> list[HeldPost]:
    """Every holder written with the post before the name (市委书记高建国), in document order."""
    found: list[HeldPost] = []
    for p, s, sentence in sentences:
        if not any(post in sentence for post in _POSTS):
            continue
        names = find_person_names(sentence, word_frequency)
        group = ""
        for person in find_people(sentence, names):
            if person.role and any(person.role.endswith(post) for post in _POSTS):
                found.append(HeldPost(person.name, person.role, p, s))
                group = _group_of(sentence, person, group)
                group_post = person.role.rsplit("、", 1)[-1]  # 某委员会主任乙任副组长: the group's post taken after the name
                if group and group_post in _GROUP_POSTS:
                    found.append(HeldPost(person.name, group + group_post, p, s))
                body = _committee_before(sentence, person)
                if body:
                    if sentence[person.start - len(person.role) - 1] in "(（":
                        # 某区政协（主席某某）: the post is that body's alone, not the report's own
                        found.remove(HeldPost(person.name, person.role, p, s))
                    found.append(HeldPost(person.name, body + person.role, p, s))
        found.extend(HeldPost(name, role, p, s) for name, role in _appointed(sentence, names))
        found.extend(HeldPost(name, role, p, s) for name, role in post_then_holder(sentence, names, _POSTS))
        byline = _BYLINE.match(sentence)
        if byline and is_surname_name(byline.group("name"), "", word_frequency):
            found.append(HeldPost(byline.group("name"), byline.group("role"), p, s))
    return found


# A group's own posts, written bare after the group's name (1.东关活动组，组长某某，委员6名; 课题组组长甲，副组长乙).
_GROUP_POSTS = frozenset({"组长", "副组长", "召集人", "副召集人", "队长", "副队长", "团长", "副团长"})
# A group named right before a bare post, its clause ending there (…活动组，组长): the post is that group's.
_GROUP_BEFORE = re.compile(r"([\u4e00-\u9fff·]{1,12}?(?:小组|组|队|团))[，,：:]?$")
# A group the sentence opens with, told of first (某某服务队现有队员36名，队长由…担任): a bare post of a later clause
# naming no group is that group's.
_GROUP_OPENS = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:小组|组|队|团))(?=现有|共有|由|设|下设|有|[，,])")


# A table written as text, a line per committee (经济委员会：主任某某，开展调研11次；): the bare post after the
# committee's name and its colon (or comma) is that committee's.
_COMMITTEE_POSTS = frozenset({"主任", "副主任"})
_COMMITTEE_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,14}委员会)[：:，,(（]$")
# Any body written right before brackets opening with its head's post (某区政协（主席某某）, 某县委（书记某某）):
# the brackets hold that body's head, whatever the post.
_BODY_BEFORE_BRACKETS = re.compile(r"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,14}?(?:委员会|政协|人大|政府|委|局|办公室|工作组"
                                   r"|领导小组|协会|学会|商会))[(（]$")


def _committee_before(sentence: str, person) -> str:
    """The committee named right before a bare 主任 (经济委员会：主任某某), or the body right before brackets
    opening with the bare post (某区政协（主席某某）), else ''."""
    if person.role not in _POSTS:
        return ""
    at = person.start - len(person.role)
    bracketed = _BODY_BEFORE_BRACKETS.search(sentence, 0, at)
    if bracketed:  # (责任单位为某委员会（主任某某）: the body without the label naming its part)
        return re.sub(r"^[\u4e00-\u9fff]{0,4}?(?:单位|部门)(?:为|是)", "", bracketed.group(1))
    before = _COMMITTEE_BEFORE.search(sentence, 0, at) if person.role in _COMMITTEE_POSTS else None
    return before.group(1) if before else ""


def _group_of(sentence: str, person, group: str) -> str:
    """The group whose post the person holds: the one named right before a bare post (东关活动组，组长某某),
    the one a fuller role names (课题组组长甲), else the group of the sentence's earlier holder (，副组长乙)."""
    post = person.role.rsplit("、", 1)[-1]  # (市政协委员、某所所长、队长: the one given by 由…担任, last)
    if post in _GROUP_POSTS:
        at = person.start - len(person.role)
        if sentence[at:person.start] != person.role:  # 队长由某所所长甲某担任: the post is written before 由
            at = sentence.rfind(post + "由", 0, person.start)
        before = _GROUP_BEFORE.search(sentence, 0, at) if at >= 0 else None
        if before:
            return before.group(1).lstrip("·")
        opening = _GROUP_OPENS.match(sentence) if not group and at > 0 else None
        return opening.group(1) if opening else group
    for post in _GROUP_POSTS:
        if person.role.endswith(post) and _GROUP_BEFORE.search(person.role[:-len(post)]):
            return _GROUP_BEFORE.search(person.role[:-len(post)]).group(1)
    return group


# A report's byline, a line of its own: the speaker's post and, set apart by a space, the name
# (政协某市委员会主席　陈某某).
_BYLINE = re.compile(r"^(?P<role>[\u4e00-\u9fff]{2,30}?(?:" + "|".join(_POSTS) + r"))\s+"
                     r"(?P<name>[\u4e00-\u9fff]{2,3})$")


def _appointed(sentence: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """Holders written as appointed to a body's post (成立由副主席吴某任组长的督查组, 调研组由吴某任组长):
    the name with the body and the post, the body written after 的 or before 由."""
    held = []
    for name in names:
        for at in _occurrences(sentence, name):
            post = _APPOINTED.match(sentence, at + len(name))
            by = sentence.rfind("由", max(0, at - _ROLE_BEFORE_NAME), at)
            if post is None or by < 0:
                continue
            body = _BODY_AFTER.match(sentence, post.end()) or _BODY_BEFORE.search(sentence, 0, by)
            if body is not None:
                held.append((name, body.group(1) + post.group(1)))
    return held


def _occurrences(text: str, word: str) -> list[int]:
    at, found = text.find(word), []
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def learn_declared_names(sentences: Iterable[tuple[int, int, str]]) -> list[DeclaredName]:
    """Full names declared with their short ones (中国人民政治协商会议鹭原市委员会（以下简称市政协）):
    the whole name written before the brackets, from the start of its clause."""
    found = []
    for p, s, sentence in sentences:
        if "简称" not in sentence and "下称" not in sentence:
            continue
        for match in _DECLARED.finditer(sentence):
            full, short = match.group(1), match.group(2)
            # A body's short name keeps its characters in order (农业农村委 of …由农业和农村委员会): the
            # shortest such tail is its full name; else the whole name opening the clause (市政协 of
            # 中国人民政治协商会议鹭原市委员会, shortened by its common name).
            if match.start() > 0 and sentence[match.start() - 1] not in ",;:。!?，；：、\"":
                continue
            tail = next((full[k:] for k in range(len(full) - len(short), -1, -1)
                         if full[k] == short[0] and in_order(short, full[k:])), None)
            full = tail or full
            if full != short:
                found.append(DeclaredName(short, full, p, s))
    return found

