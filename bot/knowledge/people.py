"""Finding people inside one (normalised) sentence: their names (a surname and one or two
characters, told from the words around them), the posts they hold (before the name, after it,
in brackets, or by 由…担任), and the bylines of a feature (记者 王宏).

Pure functions on strings; they know nothing about questions or indexes (facts.py finds the
sentence's quantities and dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .aged_names import aged_names
from .body_names import AGENCY_AFTER_AND, elided_bodies
from .entry_lines import entry_line_names
from .names_before_kind import names_before_kind
from .names_joined import and_ends_name, joined_names, share_joined_posts
from .paired_posts import paired_post_names
from .post_words import post_written_at
from .posts_given import engaged_as, given_names
from .role_words import ROLE_WORDS
from .bracket_posts import LISTED_UNDER, post_in_brackets, qualifiers
from .shaped_names import shaped_names
from .surnames import COMPOUND_SURNAMES, SURNAMES, WORD_STARTING_SURNAMES
from .post_around_name import body_before_name, group_post, own_part, post_before_titled_by, post_of_previous_name, post_taken, titled_by

__all__ = [
    "SURNAMES", "Person", "find_person_names", "reads_as_name", "is_surname_name", "find_people", "find_bylines", "post_in_brackets",
]

_NAME_STOP = set("说代表在对作设等的和、，,。指介专夫委为向是也同带率主副局部市区省出表讲称认强透谈介"
                 "了将就都与及从到被把给所以已曾正还又再亲会领负牵担兼")
# The name is looked at without being consumed, so 提案委员会主任刘明辉 is tried at 委员 and again at 主任.
_ROLE_BEFORE = re.compile(
    "(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")(?=([\u4e00-\u9fff]{2,3}))"
)
_NAME_BEFORE_ROLE = re.compile(
    r"(?:^|[，,、。；;：:“\"（(\s]|得到|由|和|与|在|其中)([\u4e00-\u9fff]{2,3}?)副?(?:委员|主席|书记|部长|局长|主任|队长|专家|秘书长)"
)
# A post given before 由 and its holders after it: 组长由孙建平担任, 副组长由李梅、周强担任;
# or after 担任: 赵立华担任市科协副主席.
# The holder may come with their own title (召集人由青禾师范学院副院长陈立新担任).
_HELD_BY = re.compile(r"由(?:[^，,。；;、：:由]{0,16}?)([\u4e00-\u9fff]{2,3}?)((?:、[\u4e00-\u9fff]{2,3}?)*)(?:同志)?(?:担任|出任|兼任)")
# After 是, a chain of posts joined by 、, each ending with a post word (某某委员是市政协常委、某医院副院长): all of them.
_POST_AFTER_IS = r"[^，,。；;、：:“”\"（）()的]{2,20}?(?:" + "|".join(ROLE_WORDS) + ")"
_HOLDS_AFTER = re.compile(r"^(?:(?:担任|出任|兼任|当选为|当选|任)([^，,。；;、：:“”\"（）()]{2,14}?)|(?:委员|常委)?是(?:[^，,。；;、：:“”\"（）()的]{2,12}的)?(?:[1一][名位])?("
                          + _POST_AFTER_IS + "(?:、" + _POST_AFTER_IS + r")*))(?=[，,。；;、]|$)")
# Moved or appointed to a post, written after the name (原主任谭某同志调任…委员会主任, 钟某同志任专委会主任); it ends with a post word.
_MOVED_TO = re.compile(r"(?:同志)?(?P<verb>调任|改任|升任|转任|接任|继任|任)(?P<post>[^，,。；;、：:“”\"（）()]{2,24}?)(?=[，,。；;、]|$)")
_TRANSFERS = ("调任", "改任", "升任", "转任")
# Elected to a post, written after the name and the post held then (市工商联主席某某当选副主席).
_ELECTED = re.compile(r"(?:委员|常委|同志)?(?:当选为|当选)")
# In charge of what the clause is about (工作室…由张某委员负责): its 负责人.
_IN_CHARGE_AFTER = re.compile(r"(?:委员|常委|同志)?负责(?=[,，。；;]|$)")
# Titles written right after a name, before the post taken (某某教授担任…): no post of their own.
_TITLES_AFTER_NAME = "教授|副教授|研究员|博士|院士"
_TITLE_AFTER = re.compile(_TITLES_AFTER_NAME)
# What someone is or also holds, told after the name (王某是1名医生, 兼任界别联络员; 是某镇的1名乡村医生: the post after 的), not a post taken (任副组长, 担任…).
_IS_AFTER = re.compile(r"(?:委员|常委|同志)?(?:是|兼任)")
# Taking up a post besides those written before the name (某院总工程师孟某担任调研组技术顾问).
# A scholar's title may stand between (某学院院长某某教授担任研究中心首席专家).
# A bare 任 only before a post written out (秘书长某某任编纂委员会副主任).
_TAKES_UP = re.compile(r"(?:委员|常委|同志|" + _TITLES_AFTER_NAME + r")?"
                       r"(?:担任|出任|任(?=[^，,。；;、]{2,16}?(?:副?主任|副?主席|副?组长|副?书记|秘书长)))(?![,，。；;、]|$)")
# Words naming someone only a member (委员, 市政协委员, 常委): no post of their own.
# Leading a group, then taking its post (由副主席某某带队并任视察组组长).
_LED_AND = re.compile(r"^(?:同志)?(?:带队|牵头|率队|领队)并")
_MEMBER_ONLY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:委员|常委|同志)")
_POST_BEFORE_BY = re.compile(r"([^，,。；;：:“”\"（）()、]{2,14})由$")
# Bylines: (文/王晨霞), (文 李轲 图 郑斌) — spaces between Chinese characters
# are gone after normalisation, so names end where the next label begins.
# Names listed before a count of people that says how many they are (周某、陈某2名委员), or with 等 before it.
_NAMES_BEFORE_COUNT = re.compile(r"([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)(等)?(\d+)(?:名|位)")
_BYLINE = re.compile(
    r"[（(]\s*(?:文|记者|作者)\s*[/／:：]?\s*([\u4e00-\u9fff]{2,3}?)\s*(?=图|摄|[)）])"
    r"(?:(?:图|摄影|摄)\s*[/／:：]?\s*([\u4e00-\u9fff]{2,3}?)\s*(?=[)）]))?"
)


# Stop characters that are also common in given names (马志强, 王作军, 刘设): one of these ends a name only
# when it starts a word with what follows (强调, 作为, 表示), which the segmenter's dictionary tells.
_NAME_OR_WORD = set("代作设指介专夫委带率主副局部市区省出表讲称认强透谈领负牵担兼正")  # 负责, 牵头, 担任, 兼任, 正在
# Reporting verbs the general dictionary rates too rare to tell.
_VERBS_AFTER_NAME = ("率队", "率团", "领衔")  # 副县长贺明领衔督办: 领 starts the verb, not a name
_WORD_FREQUENCY_FLOOR = 20
# A word a surname this inventory adds starts (宣读 898, 扶持 624, 支部 403) is counted at least this often; given
# names written as words mostly less (华明 7, 卫东 2; 卫国 445 is lost).
_STARTED_WORD = 100
# A word this common (正在, 正是) after a surname is the word, even before a deed (王正在主持).
_COMMON_WORD = 1000
# A two-character "name" after a role word this common in general Chinese (加强委员管理, 委员服务) is the word: given
# names as words (和平, 文明, 高峰) are far rarer.
# Words qualifying a post by how it is held (常务副主席, 专职副主任, 驻会副主任, 执行主席), no person's name.
# The last character of a county, township or village before its members (某坪县委员之家): no name ends so.
_PLACE_ENDS = "县乡镇村"
_POST_QUALIFIERS = frozenset({"常务", "专职", "兼职", "驻会", "执行", "分管", "名誉", "荣誉", "首席"})
_EVERYDAY_WORD = 10000
# A member's studio written after the "name" (桑田委员工作室).
_STUDIO_AFTER = re.compile(r"委员工作室")


def _ends_name(char: str, following: str, word_frequency) -> bool:
    """Whether ``char`` (third after a surname) is a stop rather than part of the name."""
    if char not in _NAME_OR_WORD or word_frequency is None or not following:
        return True
    pair = char + following[0]
    return pair in _VERBS_AFTER_NAME or word_frequency(pair) >= _WORD_FREQUENCY_FLOOR


# 和 ends many names (许家和, 王永和) as often as it joins two: a name's own where a verb a person does
# follows it (许家和牵头), a conjunction before another name or noun (张平和李强, 王平和委员们).
_AND_IN_NAME = "和"
_DEEDS_AFTER_NAME = ("牵头", "主持", "带队", "率队", "率团", "担任", "兼任", "任组长", "表示", "指出", "介绍",
                     "认为", "强调", "说", "同志", "作", "做", "提出", "发言", "主讲", "领衔", "负责")


def _trim_name(candidate: str, following: str = "", word_frequency=None) -> str | None:
    if not candidate or candidate[0] not in SURNAMES:
        return None
    if len(candidate) == 3 and candidate[2] == _AND_IN_NAME and (following.startswith(_DEEDS_AFTER_NAME) or and_ends_name(following)):
        return candidate
    if len(candidate) == 3 and candidate[1] in _NAME_STOP and following.startswith(_DEEDS_AFTER_NAME) \
            and word_frequency is not None and word_frequency(candidate[1:]) < _COMMON_WORD:
        return candidate  # 主席陆正阳带队: 正 starts 正在, not 正阳, and a deed of a person follows
    if len(candidate) == 3 and candidate[1] in _NAME_STOP and following.startswith("、") \
            and word_frequency is not None and word_frequency(candidate[1:]) < _WORD_FREQUENCY_FLOOR:
        return candidate  # 副主席韦正岚、秘书长…: a name listed before the next one, 正岚 no word of its own
    if len(candidate) == 3 and candidate[2] in _NAME_STOP and _ends_name(candidate[2], following, word_frequency):
        candidate = candidate[:2]
    if len(candidate) == 2 and candidate[1] in _NAME_STOP:
        return None
    after_second = candidate[2:3] or following
    if candidate[1] in _NAME_STOP and _ends_name(candidate[1], after_second, word_frequency):
        return None
    if len(candidate) == 3 and candidate[2] in _NAME_STOP - _NAME_OR_WORD:
        return None
    return candidate


def _runs_into_word(name: str, rest: str, word_frequency) -> bool:
    """Whether a would-be name and what follows it are one word of the general dictionary
    (代表常务委员会: 常务 + 委员 is 常务委员, no person): then no name stands there.  A surname that starts words
    too (surnames.WORD_STARTING_SURNAMES) whose first two characters are a word of the dictionary, however plain
    (委员宣传政策, 副主席宣读表彰决定, 卫生院), is that word: given names written as such words are rarer."""
    if word_frequency is not None and name[0] in WORD_STARTING_SURNAMES and word_frequency(name[:2]) >= _STARTED_WORD:
        return True
    return word_frequency is not None and any(
        len(rest) >= k and word_frequency(name + rest[:k]) >= _WORD_FREQUENCY_FLOOR for k in (1, 2, 3))


def is_surname_name(name: str, following: str, word_frequency) -> bool:
    """Whether ``name``, where the shape around it says only that a person may stand (an item of a list, a line
    holding a name alone, a title opening with one), is a name by the checks a name after a post is read with:
    a listed surname and one or two characters no stop ends, and no word of the general dictionary with what
    ``follows`` it (宣传, 沙龙; 宣读, 卫生 of a surname that starts words).  The finders ask this, never a surname
    list of their own."""
    if _trim_name(name, following[:3], word_frequency) != name or _runs_into_word(name, following, word_frequency):
        return False
    return not (len(name) == 2 and word_frequency is not None and word_frequency(name) >= _EVERYDAY_WORD)


def reads_as_name(name: str, word_frequency) -> bool:
    """Whether ``name``, where the text's shape says a person stands (between a post and 同志, before the duty a
    post holder carries out, alone after a reporter's post on a head line), reads as a person's name though its
    surname is not listed: no stop character in it, and neither it nor its first two characters a word of the
    general dictionary."""
    if any(char in _NAME_STOP for char in name) or word_frequency is None:
        return False
    return all(word_frequency(part) < _WORD_FREQUENCY_FLOOR for part in {name, name[:2]})


def _counted_name(name: str, word_frequency) -> bool:
    """Whether a three-character item of a list of people counted (甲、乙2名委员) reads as a name: neither it
    nor its first or last two characters a word of the general dictionary (市政府 is a body, 副主任 a post)."""
    return len(name) == 3 and word_frequency is not None and all(
        word_frequency(part) < _WORD_FREQUENCY_FLOOR for part in (name, name[:2], name[1:]))


def find_person_names(sentence: str, word_frequency=None) -> set[str]:
    """Names introduced by a role (主席杨军, 华侨张国顺、曲媛夫妇, 薄涛委员,
    文/王晨霞).  Heuristic: a surname from a list plus one or two
    characters, cut before words that usually follow a name.
    ``word_frequency`` (word → count in a general dictionary) tells a third
    character of the name (马志强作为) from the start of a word (马志强调)."""
    names: set[str] = set()
    for match in _ROLE_BEFORE.finditer(sentence):
        name = _trim_name(match.group(1), sentence[match.end(1):match.end(1) + 3], word_frequency)
        if name and len(name) == 3 and _POSTED_AFTER.match(sentence, match.start(1) + 2):
            name = name[:2]  # 选派机关干部某磊任驻村第一书记: 任 takes up the post, no part of the name
        if name and _runs_into_word(name, sentence[match.start(1) + len(name):], word_frequency):
            name = None
        if name and len(name) == 2 and word_frequency is not None and word_frequency(name) >= _EVERYDAY_WORD:
            name = None  # 加强委员管理: 管理 is no person
        if name:
            names.add(name)
            rest = sentence[match.start(1) + len(name):]
            pair = re.match(r"、([\u4e00-\u9fff]{2,3}?)(?:夫妇|夫妻|两位|等)", rest)
            if pair and _trim_name(pair.group(1)):
                names.add(pair.group(1))
    for match in _NAME_BEFORE_ROLE.finditer(sentence):
        name = _trim_name(match.group(1), sentence[match.end(1):match.end(1) + 3], word_frequency)
        if name and _runs_into_word(name, sentence[match.start(1) + len(name):], word_frequency):
            continue
        if name in _POST_QUALIFIERS:
            continue  # 常务副主席, 专职副主任: a word qualifying the post, no person
        if name and len(name) == 3 and name[2] in _PLACE_ENDS:
            continue  # 在某坪县委员之家, 某坞镇委员工作站: a place's members, no person
        if name and len(name) == 2 and word_frequency is not None and word_frequency(name) >= _EVERYDAY_WORD:
            continue  # 走访委员所在单位和委员企业: 单位 is no person (as with a role before it)
        if name and word_frequency is not None and word_frequency(name) > 0 and _STUDIO_AFTER.match(sentence, match.end(1)):
            continue  # "桑田委员工作室": a word of the dictionary names the studio; a member's is a full name (某某某委员工作室)
        if name and len(name) >= 2:
            names.add(name)
    for match in _HELD_BY.finditer(sentence):
        for candidate in [match.group(1)] + match.group(2).split("、")[1:]:
            if candidate[0] in SURNAMES and candidate not in ROLE_WORDS:  # the shape says it is a name (周强 though 强
                # often ends one); a post is none (由常委担任的召集人41名)
                names.add(candidate)
    for match in _NAMES_BEFORE_COUNT.finditer(sentence):
        listed = match.group(1).split("、")
        listed[0] = listed[0] if listed[0][0] in SURNAMES else listed[0][1:]  # 向王强、李明: after the verb
        if (match.group(2) or int(match.group(3)) == len(listed)) and all(_trim_name(n) == n for n in listed):
            names.update(listed)
        elif not match.group(2) and int(match.group(3)) == len(listed) and any(n[0] in SURNAMES for n in listed) \
                and all(_counted_name(n, word_frequency) for n in listed):
            # 王以琳、海晓燕2名委员: the count of people says each is a name, though a rarer surname (海) or a
            # character often ending a name's run (以) stands in one; none is a word of the general dictionary.
            names.update(listed)
    names |= names_before_kind(sentence, _trim_name)  # 甲某、乙某等市政协领导 (names_before_kind.py)
    for match in _BYLINE.finditer(sentence):
        for group in match.groups():
            name = _trim_name(group) if group else None
            if name:
                names.add(name)
    for match in _NAME_THEN_POSTED.finditer(sentence):
        name = _trim_name(match.group(1))
        if name and len(name) >= 2:
            names.add(name)
    for match in _POST_NAME_COMRADE.finditer(sentence):
        name = match.group(1)
        if name[0] not in SURNAMES and reads_as_name(name, word_frequency):
            names.add(name)
    for match in _POST_NAME_DEED.finditer(sentence):
        name = match.group(1)
        if reads_as_name(name, word_frequency) and (name[0] in SURNAMES or len(name) == 3):
            names.add(name)  # (an unlisted surname only with a two-character given name: 主任某某负责)
    for match in _POST_IS_NAME.finditer(sentence):
        name = _trim_name(match.group(1))
        if name:
            names.add(name)
    for match in _HONOURED_AFTER_OF.finditer(sentence):
        # 曾连续3届担任委员的某某被评为…: a person told by a clause of who they are, then honoured; no post right
        # before the name, so the name must be no word of the general dictionary (的高新区被评为 is a place).
        name = _trim_name(match.group(1))
        if name == match.group(1) and word_frequency is not None and all(
                word_frequency(part) < _WORD_FREQUENCY_FLOOR for part in {name, name[:2]}):
            names.add(name)
    for match in _ROLE_THEN_COMPOUND.finditer(sentence):
        given = match.group(2)
        if len(given) == 2 and given[1] in _NAME_STOP and _ends_name(given[1], sentence[match.end(2):], word_frequency):
            given = given[:1]
        if given[0] not in _AFTER_COMPOUND_STOP:
            names.add(match.group(1) + given)
    names.update(given_names(sentence, _trim_name, lambda name: reads_as_name(name, word_frequency)))  # 增补某同志为主任,
    # 副主任为甲、乙同志; 选举甲、乙为副主席, though a surname is not listed (posts_given.py)
    if word_frequency is not None:  # 副市长某某在回应时说, a speaker's entry, a header line (shaped_names.py)
        names |= shaped_names(sentence, ROLE_WORDS, lambda name: reads_as_name(name, word_frequency) or (
            name[0] in SURNAMES and word_frequency(name) < _WORD_FREQUENCY_FLOOR), lambda name: reads_as_name(
            name, word_frequency) or (name[0] in SURNAMES and _trim_name(name, "", word_frequency) == name))
    for match in _ENTRY_NAME.finditer(sentence):
        # An entry of a list of people (吴某（农业界，某合作社理事长）：…): the brackets hold a post or a workplace.
        name = _trim_name(match.group(1))
        if name == match.group(1) and name[0] in SURNAMES and post_in_brackets(sentence, match.end(1)):
            names.add(name)
    # A line made only of people and their brackets (郑某(民盟界,某校副校长)) (entry_lines.py).
    names |= entry_line_names(sentence, _trim_name, post_in_brackets, SURNAMES, COMPOUND_SURNAMES)
    if "、" in sentence:
        for name in list(names):
            at = sentence.find(name)
            while at >= 0:
                names.update(_listed_after(sentence[at + len(name):]))
                at = sentence.find(name, at + 1)
    names |= aged_names(sentence, SURNAMES, word_frequency)  # 86岁的某某 (aged_names.py)
    names |= joined_names(sentence, names, _trim_name, word_frequency)  # 副主任王立平和李海燕 (names_joined.py)
    # (paired_posts.py; the whole name may be a word already: the index teaches the segmenter the names it found)
    names |= paired_post_names(sentence, ROLE_WORDS, names, lambda name: reads_as_name(name[:2], word_frequency)
                               and name[2] not in _NAME_STOP)
    return {name for name in names if not post_taken(name, ROLE_WORDS, sentence)}  # 副主席任组长 (post_around_name.py)


# (COMPOUND_SURNAMES: the two-character surnames, surnames.py.)
_ROLE_THEN_COMPOUND = re.compile(
    "(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")(" + "|".join(COMPOUND_SURNAMES)
    + r")([\u4e00-\u9fff]{1,2})"
)
# Words that cannot start a given name after a two-character surname (司徒在会上说).
_AFTER_COMPOUND_STOP = set("说在对的和是也与及从到被把给已曾将就都为向了等")
# A post and its holder joined by 为 / 是, the name with brackets of its own: 现任副主任为韩某(专职).
_POST_IS_NAME = re.compile("(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")(?:为|是)"
                           r"([\u4e00-\u9fff]{2,3}?)(?=[(（])")
# A name after 的, honoured right after it (…担任市政协委员的某某被评为优秀…, …的某某荣获…).
_HONOURED_AFTER_OF = re.compile(r"的([\u4e00-\u9fff]{2,3}?)(?:委员|同志)?(?:被评为|被授予|被聘为|获评|荣获|当选为)")
# A name opening its clause (or after 由), then 同志 and the verb of a post given (,钟某同志任专委会主任; 谭某同志调任…;
# ,由孟某同志任秘书长; ,孟某同志接任秘书长).
_NAME_THEN_POSTED = re.compile(r"(?:^|[，,、。；;：:])由?([\u4e00-\u9fff]{2,3}?)同志(?:调任|改任|升任|转任|接任|继任|任|担任|出任|兼任)")
# A post, then a name, then 同志 (办公室主任某某同志牵头…): the honorific says a person stands there, so a surname
# missing from SURNAMES (简, 揭, 仇 also start words) still starts a name; a general word there (干部职工同志) is none.
_POST_NAME_COMRADE = re.compile(
    "(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")([\u4e00-\u9fff]{2,3}?)同志(?!们)")
# A post, then a name, then the duty they carry out (研究室副主任某某负责…, 网络安全员某某牵头…): the post (a post
# word, or a staff title ending in 员) and the deed around it say a person stands there, so a surname missing
# from SURNAMES still starts a name; a general word there (委员单位负责) is none (reads_as_name).
_POST_NAME_DEED = re.compile(
    "(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r"|[\u4e00-\u9fff]员)([\u4e00-\u9fff]{2,3}?)"
    r"(?:负责(?!人)|牵头|主持|带领|带队)")
# A name opening an entry (a line, or an item after a semicolon), its brackets, then a colon: 吴某(农业界,某社理事长):….
_ENTRY_NAME = re.compile(r"(?:^|[。；;])([\u4e00-\u9fff]{2,3})(?=[(（][^()（）]{2,40}[)）][:：])")
# Names listed after one post, each with its own brackets: 副主任为韩某(专职)、陈某(兼职,市林业局副局长).
_BRACKETS_THEN_NAME = re.compile(r"[(（][^()（）]{1,30}[)）]、([\u4e00-\u9fff]{2,3}?)(?=[(（])")


# A two-character name taking up a post right after it (某磊任驻村第一书记): the post, within its clause, ends with a
# post word, so 任 is the verb, not a name's third character.
_POSTED_AFTER = re.compile(r"任[^，,。；;、：:“”\"（）()]{1,14}?(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
                           + r")(?=[，,。；;、]|$)")


def _listed_after(rest: str) -> list[str]:
    """The names listed after a name a post introduced, each written with brackets of its own."""
    found = []
    at = 0
    while (match := _BRACKETS_THEN_NAME.match(rest, at)) is not None:
        name = _trim_name(match.group(1))
        if name is None:
            break
        found.append(name)
        at = match.end(1)
    return found


def find_bylines(sentence: str) -> list[tuple[str, str]]:
    """(label, name) pairs of a byline: (文/王晨霞) → [("文", "王晨霞")];
    (文李轲图郑斌) → [("文", "李轲"), ("图", "郑斌")]."""
    found = []
    for match in _BYLINE.finditer(sentence):
        if match.group(1) and _trim_name(match.group(1)):
            found.append(("文", match.group(1)))
        if match.group(2) and _trim_name(match.group(2)):
            found.append(("图", match.group(2)))
    return found


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    start: int
    end: int
    moved_to: str = ""  # the post moved to, the role being the one left (原主任谭某调任市人大…主任)
    elected_to: str = ""  # the post elected to, the role being the one held when elected (市工商联主席某某当选副主席)
    titled: str = ""  # the posts written between 由 and the name, the role being the one given (队长由某所所长甲某担任)


# 特邀 ends the words before a post (邀请…特邀某某) but is part of one (特邀专家, 特邀委员).
# 在…会议上 (an occasion, as a dateline writes it: 在县政协主席会议第二十三次会议上 县政协某委员会主任 某某) ends before the post.
# 其中 opens a part of a count (其中民间收藏家某某): no post of its own.
_ROLE_CUT = re.compile(r"[，,。；;：:“”\"（）()！？!?]|其中|(?:会议|会)上|这是|也是|就是|分别是|分别为|正在出席|出席|邀请|选派|(?<![监纪])委派|特邀(?!专家|委员|代表|嘉宾|顾问)|聘请|得到|受到|获得|的|对|由|在|和|与")


def _speaker_posts(sentence: str, head: str, end: int) -> bool:
    """Whether a short line is only posts and the name ending it (a speaker's line under a title): its posts,
    however parted by commas (市政协党组成员、秘书长，机关党组书记 某某), each end with a post word."""
    if sentence[end:].strip() or len(sentence) > 40:
        return False
    parts = [part.strip() for part in re.split(r"[,，、]", head)]
    return len(parts) >= 2 and all(part.endswith(ROLE_WORDS + ("成员",)) for part in parts)


def find_people(sentence: str, names) -> list[Person]:
    """Occurrences of known ``names`` in the sentence, each with the role
    written just before it (青岛市政协主席 for 杨军)."""
    people: list[Person] = []
    for name in names:
        begin = 0
        while True:
            index = sentence.find(name, begin)
            if index < 0:
                break
            begin = index + len(name)
            head = sentence[:index]
            cuts = [0] + [match.end() for match in _ROLE_CUT.finditer(head)]
            cut = cuts[-1]
            if len(cuts) >= 2 and head[cut - 1] == "和" and (re.match(r"[\u4e00-\u9fff]{1,8}?(?:委员会|界)", head[cut:]) or re.match(
                    AGENCY_AFTER_AND, head[cut:]) and not head[:cut - 1].endswith(ROLE_WORDS)):  # (县发展和改革局副局长 too)
                cut = cuts[-2]  # 文化文史和学习委员会主任: the 和 joins the words of one body's name
            role = head[cut:].strip("、 ")
            if cut and head[cut - 1] in ",，" and _speaker_posts(sentence, head, index + len(name)):
                role = re.sub(r"[,，]", "、", head).strip("、 ")  # 党组成员、秘书长，机关党组书记 某某: all of them his
            # Another person named before (研究员晏书文、研究室原主任冯景川): the role starts after them.
            cut = max((role.rfind(other) + len(other) for other in names if other != name and other in role), default=0)
            role = role[cut:].strip("、 ")
            written_before = role
            after = post_written_at(sentence, index + len(name))
            if role and not any(role.endswith(w) for w in ROLE_WORDS) or cut and post_of_previous_name(after):
                role = ""  # 甲主席、乙副主席: the 主席 is 甲's (post_around_name.py)
            if not role and after:
                after = body_before_name(written_before) + after  # 区政协委员联络室乙主任: that body's 主任
            after = "" if role else after  # 林某副主席主持…
            held = _post_held(sentence, index, index + len(name))
            titled = ""
            elected = held if held and role and role != held and _ELECTED.match(sentence, index + len(name)) else ""
            held = "" if elected else held  # 市工商联主席某某当选副主席: the post held before, and the one elected to
            if held and role and not _MEMBER_ONLY.fullmatch(role) and role != held \
                    and (_IS_AFTER.match(sentence, index + len(name)) or _TAKES_UP.match(sentence, index + len(name))
                         or _LED_AND.match(sentence[index + len(name):])  # 副主席某某带队并任组长: both his
                         or group_post(held) and _HOLDS_AFTER.match(sentence[index + len(name):])):  # 经济委员会主任某某任副组长
                # 工作室负责人、市政协委员王某是1名社区医生; 某设计院总工程师孟某担任调研组技术顾问: the posts
                # before him are his too, the one he takes up besides them.
                role = f"{own_part(role)}、{held}"
            else:
                if held and role and role != held and not _MEMBER_ONLY.fullmatch(role) and titled_by(sentence, index):
                    titled = own_part(role)  # 召集人由县政协副主席、某支部主委某某担任: his own posts, told apart
                role = held or role  # 委员赵立华担任市科协副主席: the post he holds, not the word before him
            role = f"{after}、{held}" if after and held else (after or role)  # 林某副主席兼任县工商联主席: both
            moved = _MOVED_TO.match(sentence, index + len(name))
            moved_to = ""
            if not held and moved and moved.group("post").endswith(ROLE_WORDS):
                # 原主任谭某同志调任…主任: the post held here stays his role, the one moved to is told apart;
                # 钟某同志任专委会主任: the post given is the role.
                if role and (moved.group("verb") in _TRANSFERS or role.startswith("原")):  # 原主任某同志任秘书长
                    moved_to = moved.group("post")
                else:
                    role = moved.group("post")
            if not role and ("为" in sentence or "：" in sentence or ":" in sentence):
                role = given_names(sentence, _trim_name, names.__contains__).get(name, "")  # 增补戚某同志为提案委员会主任, 副主席：甲、乙
            elif role and (engaged := engaged_as(sentence, index, index + len(name), ROLE_WORDS)) \
                    and engaged not in role:
                role = f"{role}、{engaged}"  # 聘请…编审某某为特邀审读专家: both his (posts_given.py)
            listed = LISTED_UNDER.search(head)
            if listed and not role:
                # 副主任为韩某(专职)、陈某(兼职,…): the post they are listed under, as their brackets qualify it.
                role = qualifiers(sentence, index + len(name)) + listed.group(1)
            own = post_in_brackets(sentence, index + len(name))
            if own and own not in role:
                # 委员罗某(市第2人民医院副院长): the post written beside the name, after the word before it.
                role = f"{role}、{own}" if role else own
            people.append(Person(name, role, index, index + len(name), moved_to, elected, titled))
    people = share_joined_posts(sorted(people, key=lambda p: p.start), sentence)  # 副主任王立平和李海燕: both
    people = elided_bodies(people, sentence)  # 某委员会主任甲…，副主任乙: that committee's (body_names.py)
    # Drop names inside longer names (王宏 inside 王宏伟).
    return [p for p in people if not any(o is not p and o.start <= p.start and o.end >= p.end and len(o.name) > len(p.name) for o in people)]


def _post_held(sentence: str, start: int, end: int) -> str:
    """The post of a name told by its shape: 组长由孙建平担任 (before 由), 赵立华担任市科协副主席 (after the name,
    or after the post word written after it: 林某副主席兼任县工商联主席); 由张某委员负责 makes her the 负责人."""
    if sentence[max(start - 1, 0):start] == "由" and _IN_CHARGE_AFTER.match(sentence, end):
        return "负责人"
    title = _TITLE_AFTER.match(sentence, end)  # 某某教授担任首席专家: the post after the title
    after = _HOLDS_AFTER.match(_LED_AND.sub("", sentence[end:], count=1)) \
        or _HOLDS_AFTER.match(sentence[end + len(post_written_at(sentence, end)):]) \
        or (title and _HOLDS_AFTER.match(sentence[title.end():]))  # 某某带队并任组长: he is the 组长
    if after:
        held = after.group(1) or after.group(2)  # 赵某担任…副主席; 石某委员是…合作社理事长
        post, of, body = held.partition("的")
        # 乙任副组长的调研组, 刘某担任董事长的某公司: the post is of the body after 的 (调研组副组长, 某公司董事长).
        return body + post if of and body and post.endswith(ROLE_WORDS) else held
    for match in _HELD_BY.finditer(sentence):
        if match.start() < start and end <= match.end():
            before = _POST_BEFORE_BY.search(sentence[:match.start() + 1])
            return before.group(1) if before else ""
    return post_before_titled_by(sentence, start, end, _POST_BEFORE_BY, ROLE_WORDS)

