"""How a role is written: held then or before (时任, 原, 上届), a post held or only its deputy's (副主席 is
not 主席), and the level of the body it is at (全国 / 省 / 市 / 区 / 县).

Plain functions over text, read by the fact reader, the checks and the answers about heads of bodies.
"""

from __future__ import annotations

import re

__all__ = ["ASKED_THEN", "FORMER", "THEN_HELD", "body_held", "group_level_asked", "holds", "leader_untold", "other_body_post", "qualified_post_untold", "level_of", "post_after_name", "post_apart", "post_taken", "post_written_at",
           "same_level"]

FORMER = re.compile(r"上[一1]?届|前任|原任|历任|首任|第[一1]任|以前的|之前的|原来的|原先的")
THEN_HELD = re.compile(r"时任|原任|前任|原(?=[\u4e00-\u9fff])")  # a role held then (时任主席), not now
# A question asking who held a post at a time of its own (疫情初期当县长的, 那会儿的秘书长, 换届前的主席): the
# holder then (时任县长) answers, not the one holding it when the report was written.
ASKED_THEN = re.compile(r"初期|期间|那会儿?|那时候?|那阵子?|当时|的时候|时期|之初|早期|刚开始|换届前")
# (Not the 区 of a word naming a place, 园区委员工作室, nor a 委 that begins 委员: 园区 is no district.)
_LEVEL = re.compile(r"(全国|(?<![节反])省|(?<![城都超门])市|(?<![园社城小景山街片校库矿辖营])区|县)(?:政协|委员会|委(?!员)|政府|人大)")
# A body that did something to what is asked, or got it (被全国政协采用, 报送省政协): not the level of the post asked.
_ACTING_BODY = re.compile(r"(?:被|获|向|经|报送|报给|送)" + _LEVEL.pattern)
# A leader of a level asked (市领导, 省领导): whoever it is holds a post of that level; one who only wrote on
# what is asked (获省领导批示的是哪位委员) is no level of the person asked.
# A meeting of a level's body that someone attended or spoke at (在全省政协…交流会上, 在省政协全会上): no level of theirs.
_AT_MEETING = re.compile(r"在[\u4e00-\u9fff]{0,2}" + _LEVEL.pattern + r"[\u4e00-\u9fff]{0,16}?会(?:议)?上")
_LEADER = re.compile(r"(全国|省|市|区|县)(?:委|政府)?领导")
_ACTING_LEADER = re.compile(r"(?:被|获|经|得到)(?:全国|省|市|区|县)(?:委|政府)?(?:主要)?领导")


# Posts asked by their usual short form, told in full (补选某某为常务委员 holds the 常委 asked).
_SHORT_POST = {"常委": "常务委员", "主委": "主任委员"}


def holds(role: str, post: str) -> bool:
    """Whether a role is the post asked (副主席 is not 主席; 常务委员 is the 常委 asked)."""
    if post in _SHORT_POST and post not in role and holds(role, _SHORT_POST[post]):
        return True
    start = role.find(post)
    while start >= 0:
        if post.startswith("副") or role[start - 1:start] != "副":
            return True
        start = role.find(post, start + 1)
    return False


# A post written right after a name (周某副主席带队): its holder's post, told the other way round.
_POST_AFTER = re.compile(r"副?(?:主席|主任|书记|秘书长|部长|局长|县长|市长|区长|镇长|组长|会长|召集人)")


def post_after_name(name: str, text: str) -> str:
    """The post a text writes right after a bare name (周某副主席带队 → 副主席), or ""."""
    at = text.find(name) if name else -1
    post = _POST_AFTER.match(text, at + len(name)) if at >= 0 else None
    return post.group(0) if post else ""


# A post the names take in a body (…副主席甲、乙任副组长): a second post of theirs, beside the one before the names.
_TAKEN = re.compile(r"(?:兼任|担任|任)(" + _POST_AFTER.pattern + ")")


def post_taken(names: str, text: str) -> str:
    """The post a text says the names answered take right after them (甲、乙任副组长 → 副组长), or "": a
    group's post held by members of another rank (副主席甲任领导小组副组长)."""
    at = text.find(names) if names else -1
    post = _TAKEN.match(text, at + len(names)) if at >= 0 else None
    return post.group(1) if post else ""


def post_apart(name: str, post: str, text: str) -> bool:
    """Whether a text writes the post asked only apart from the person named (王某委员…获县长批示, 得到分管副市长
    批示): not within a few characters before the name (县长、党组书记王某) nor right after it (王某县长, 王某任县长)."""
    spots = [m.start() for m in re.finditer(re.escape(post), text) if holds(text[max(m.start() - 1, 0):m.end()], post)]
    names = [m.start() for m in re.finditer(re.escape(name), text)] if name else []
    if not spots or not names or post in name:  # 市委书记罗某: the answer writes the post itself
        return False
    near = any(0 <= n - (s + len(post)) <= 8 and not re.search(r"[,;。]", text[s:n]) or
               0 <= s - (n + len(name)) <= 3 or _LEADS_TO_NAMES.search(text[s + len(post):n])
               or 0 <= s - (n + len(name)) and _NAMES_THEN_POST.fullmatch(text[n + len(name):s]) for s in spots for n in names)
    return not near


# The holders of a post counted, then named (县政协常委3名,分别是周某、李某): the post is theirs.
_LEADS_TO_NAMES = re.compile(r"^[^。;]{0,8}?(?:分别是|分别为|是|为|有|即|:)$")
# The holders named in a run, then the post they take (分别由甲某某、乙某某担任组长): the post is each one's.
_NAMES_THEN_POST = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,4}){0,8}?(?:分别)?(?:担任|出任|兼任|任)")


def post_written_at(text: str, at: int) -> str:
    """The post written at ``at``, right after a name (林某副主席兼任… → 副主席), or ""."""
    post = _POST_AFTER.match(text, at)
    return post.group(0) if post else ""


def level_of(text: str) -> set[str]:
    return set(_LEVEL.findall(text))


# A working group's post asked (某某指导组组长是谁, 调研组副组长): the group is the body asked.
_GROUP_POST_ASKED = re.compile(r"组副?组长")


def group_level_asked(question: str, role: str) -> bool:
    """Whether a question asks a working group's post and the role holds one: the level words of the question
    name the group (区县政协换届指导组组长), not the standing post of the one leading it (市政协副主席、组长)."""
    return bool(_GROUP_POST_ASKED.search(question)) and any(part.rstrip("）)").endswith("组长") for part in role.split("、"))


def same_level(question: str, role: str) -> bool:
    """A question about a 省 or 全国 body is not answered by a 市 one's holder (a body that only took up or
    got what the person did is no level of theirs); nor one asking a leader of a level (批示的市领导是谁) by a
    holder of another level's post (县政协主席)."""
    bare = _ACTING_LEADER.sub("", _ACTING_BODY.sub("", question))  # 被全国政协采用的是哪位委员: a member of ours
    bare = _AT_MEETING.sub("", bare)  # 在全省政协…交流会上介绍经验的是谁: a meeting of the province's, spoken at by ours
    asked = set(_LEVEL.findall(bare)) | set(_LEADER.findall(bare))
    told = set(_LEVEL.findall(role))
    return not asked or not told or bool(asked & told)


# A post asked of a named workplace (县中医院的院长, 实验中学校长): the workplace by its kind word, the post after it.
_WORKPLACE_POST = re.compile(r"(?:那个|这个|那家|这家|那所|这所)?([\u4e00-\u9fff]{2,10}?(医院|卫生院|学校|中学|小学|大学|学院|幼儿园|公司|银行|协会|商会|学会|"
                             r"合作社|研究所|研究院|事务所|集团|中心))的?([\u4e00-\u9fff]{0,2}(?:长|主任|经理|书记|主席))"
                             r"(?:是谁|是哪位|叫什么|叫啥|姓什么)")


def body_held(question: str, role: str, shown: str = "") -> bool:
    """Whether a role told may be the post a question asks of a named workplace: 县中医院的院长 asked, a 院长 of
    青石镇卫生院 is another's.  The workplace's name without its level word (县, 市, 区) must stand in the role,
    or, where the role points back at a workplace of that kind (该公司项目经理), in the text ``shown`` before it."""
    asked = _WORKPLACE_POST.search(question)
    if not asked or not role:
        return True
    # 姓郗的医院副院长: the surname tells the person apart (name_asked.SURNAME_ASKED), no part of the workplace's name.
    body = re.sub(r"^(?:[县市区省镇乡]|本)", "", re.sub(r"^姓[\u4e00-\u9fff]的", "", asked.group(1)))
    name = body[:-len(asked.group(2))]  # 杨梅合作社 is 某镇某村杨梅专业合作社 shortened: its name, then its kind word
    named = re.compile(re.escape(name) + r"[\u4e00-\u9fff]{0,6}?" + asked.group(2))
    if body in role or len(name) >= 2 and named.search(role):
        return True
    # 由某地云帆数字科技有限公司中标承建,该公司项目经理某某…: 云帆公司's, named in full before 该公司.
    # The post asked must be the one pointed (总经理 asked, 该公司项目经理 told: another post of it).
    pointed = shown.find("该" + asked.group(2)) if role.startswith("该" + asked.group(2)) \
        and role.rstrip("）)").endswith(asked.group(3)) else -1
    return pointed > 0 and len(name) >= 2 and bool(named.search(shown, 0, pointed))


# A leader asked by the word 领导 (市委哪位领导出席了, 哪个领导批示的): whoever answers holds some leading post.
_LEADER_ASKED = re.compile(r"(?:哪位|哪个|哪一位|什么)领导")
# Leading posts (general Chinese): a head of any body (市长, 部长, 院长), its chair, secretary or director, or a
# member of its standing committee.  A 教授 or 专家 who spoke there leads nothing.
_LEADING_POST = re.compile(r"主席|主任|书记|常委|领导|负责人|[\u4e00-\u9fff]长|督办")


def leader_untold(question: str, role: str) -> bool:
    """Whether a leader is asked (市委哪位领导出席了) and the role told of the person answered is no leading post
    (市委党校教授, though it names the body asked)."""
    return bool(role and _LEADER_ASKED.search(question)) and not _LEADING_POST.search(role)


# An organisation's name ending (理论研究会, 某研究院, 某中心) between the body asked and its post: the post is that
# organisation's (省政协理论研究会秘书长 is no 省政协秘书长).  Not 委员会, which also ends a committee's formal name.
_ORGANISATION_END = re.compile(r"(?:研究会|学会|协会|促进会|联谊会|研究院|研究中心|中心|工作室)$")
# The body a question writes right before the post it asks (省政协秘书长, 某局局长).
_BODY_BEFORE_POST = re.compile(r"(?:政协|委员会|局|院)$")
# A post asked with a qualifier (常务副秘书长, 专职副主席): a plain 副秘书长 told holds another post.
_POST_QUALIFIER = r"(?:常务|专职|执行)"


def other_body_post(question: str, role: str, post: str) -> bool:
    """Whether the role holds ``post`` of an organisation written between the body the question names right
    before the post and the post (省政协秘书长 asked, 省政协理论研究会秘书长 told)."""
    at = question.find(post)
    body = _BODY_BEFORE_POST.search(question, 0, at) if at > 0 else None
    if body is None:
        return False
    k = role.find(body.group(0))
    end = role.find(post, k + len(body.group(0))) if k >= 0 else -1
    return end > k >= 0 and bool(_ORGANISATION_END.search(role[k + len(body.group(0)):end]))


def qualified_post_untold(question: str, role: str, post: str) -> bool:
    """Whether the question asks ``post`` with a qualifier (常务副秘书长) the role does not write (副秘书长)."""
    asked = re.search(_POST_QUALIFIER + "副?" + re.escape(post), question)
    return asked is not None and asked.group(0) not in role
