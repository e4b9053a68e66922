"""What a question asks of one named person's post, and whether a person read in a sentence tells it:
罗某是什么职务 (the post written beside the name), 谭某调任了什么职务 (the post moved to, not the one
left), 韩某以前担任什么职务 (only a post written as held before: 原主任), 潘某在民盟某市委担任什么职务
(only a post of that body).  A question asking a named person's post is never answered by another
person's.

Used by the sentence reader (reading.py ``FactReader._fit_person``); general Chinese only.
"""

from __future__ import annotations

import re

from .people import Person
from .post_words import FORMER, THEN_HELD
from .told_words import names_own_body

__all__ = ["job_of_named", "asks_a_post", "role_told", "post_doubt", "tenure_bonus"]

# The question asks a post or title (什么职务, 担任什么, 啥身份, 是什么领导), not who holds one.
# …or in plain speech, the post as an office held (当过什么官, 做过啥官), not 什么官方媒体 nor 什么官网; or the post
# named first (王某职务是啥).
_ASKS_POST = re.compile(r"(?:什么|啥)(?:职务|职位|职|身份|头衔)|哪(?:些|几个|\d+个)(?:职务|职位)|是(?:什么|啥)领导|(?:担任|兼任|任)(?:什么|啥|何)|本职"
                        r"|(?:什么|啥)官(?![方网员宣])|(?:职务|职位|头衔|身份)(?:是|为)(?:什么|啥)"
                        r"|^[\u4e00-\u9fff]{2,4}?(?:委员|同志)?是(?:干|做)(?:什么|啥)的|^[\u4e00-\u9fff]{2,4}?是哪(?:里|儿)?的(?:委员|常委|领导|干部|官员)")
# What a person named first does (某某是干什么的, 某某委员是做啥的): their post or job, told with their name.
# …or where a named member sits (某某是哪的委员, 是哪里的常委): the post written before the name (香港区委员).
_DOES_WHAT = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:委员|同志)?是(?:(?:干|做)(?:什么|啥)的|哪(?:里|儿)?的(?:委员|常委|领导|干部|官员))[?!。]*$")
# The one a post question asks of, written first (王某是啥职务, 王某的本职工作, 王某在某寺是啥职务).
_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:委员|同志)?(?:是|的|在|现任|担任|兼任|还)")
# …unless it is a post itself (王主任, 李书记, 张组长): that is no name to find.
_POST_END = re.compile(r"主任|主席|书记|秘书|召集|委员|[长人员]$")
# A person's own job asked (本职是干啥的, 本职工作是什么): not the committee's post written with it.
_ASKS_OWN_JOB = re.compile(r"本职")
# A committee's own post, written bare (兼职副主任, 委员): no job of the person's own.
_BARE_POST = re.compile(r"^(?:\d+[.、])?(?:专职|兼职|常务)?副?(?:主任|主席|主委|秘书长|召集人|委员|组长|会长|理事长)$")  # (会长: an association's own)
# A working group's own post or plain membership (召集人, 组长, 5.委员), its group named or not (课题组副组长,
# as body_names completes a bare post): no post of one's own; a 副主席 is.
_GROUP_POST = re.compile(r"^(?:\d+[.、])?(?:[\u4e00-\u9fff]{0,10}组)?副?(?:召集人|组长|委员)$")
# The question asks the post one holds in the committee itself (在界别担任什么, 活动组里是什么角色): a bare post answers.
_ASKS_COMMITTEE_POST = re.compile(r"界别|活动组|小组|课题组|专委会|委员会|政协")
# Who one is asked (啥身份, 什么身份), not a post held: the party or body one stands for tells it.
_ASKS_STANDING = re.compile(r"(?:什么|啥)身份|身份(?:是|为)(?:什么|啥)")
# Where a person moved to (调任了什么职务, 现任什么职务).
_ASKS_MOVED = re.compile(r"调任|调到|调往|改任|升任|转任|现任|现在")
# A post held before the one the text tells (以前担任什么职务, 担任主任之前是什么职务).
_ASKS_EARLIER = re.compile(r"以前|之前|此前|原来|曾经|过去")
# A role written as held before (原主任, 时任, 前任, 曾任).
_HELD_BEFORE = re.compile(r"原|时任|前任|曾任")
# The body whose post is asked (在民盟某市委担任什么职务).
_IN_BODY = re.compile(r"在([\u4e00-\u9fff]{2,14}?)还?(?:担任|兼任|任|是)(?:什么|啥|何)")


def job_of_named(norm: str, names) -> bool:
    """Whether ``norm`` asks what one of the documents' ``names`` does (谯某是干什么的): a who-question of their
    post, not of a thing's purpose (这个平台是干什么的)."""
    job = _DOES_WHAT.match(norm)
    return job is not None and job.group(1) in names


def asks_a_post(norm: str) -> bool:
    return _ASKS_POST.search(norm) is not None


def role_told(norm: str, person: Person) -> str:
    """The role to tell of a person asked about: the post moved to when the question asks it
    (谭某调任了什么职务 → 市人大常委会…主任), the post held before an election or the one elected to, as asked
    (某某原来是什么职务 → 市工商联主席 of 市工商联主席某某当选副主席), the job of one's own when asked (本职: not a bare post of the
    committee), else the role written with the name."""
    if person.moved_to and _ASKS_MOVED.search(norm):
        return person.moved_to
    if person.elected_to:  # 市工商联主席某某当选副主席: the post before asked (原来), the one elected to, or both
        return person.role if _ASKS_EARLIER.search(norm) else person.elected_to if _ASKS_MOVED.search(norm) \
            else f"{person.role}、{person.elected_to}"
    if person.titled and not _ASKS_OWN_JOB.search(norm):
        return f"{person.titled}、{person.role}"  # 召集人由县政协副主席、某支部主委某某担任: his own posts and the one given
    if _ASKS_OWN_JOB.search(norm):  # 兼职副主任程立新(区律师协会会长) → 区律师协会会长
        return "、".join(post for post in person.role.split("、") if not _BARE_POST.match(post)) or person.role
    return person.role


def post_doubt(norm: str, names, person: Person) -> float:
    """How far a person read tells the post a question asks of a named one: 0 for another person, little
    for a post not written as held before when an earlier one is asked, or not of the body asked;
    1.0 when the question asks no post of a named person."""
    if not asks_a_post(norm):
        return 1.0
    if not names:
        subject = _SUBJECT.match(norm)
        named = subject and not _POST_END.search(subject.group(1))
        # 王某的本职工作, 王某 read as no name: not 李某's post (but 王某作辅导 read as a name of three is 王某).
        return 0.0 if named and person.name[:2] != subject.group(1)[:2] else 1.0
    if person.name not in names:
        return 0.0  # 钟某担任主任之前是什么职务: 施某's post tells nothing of hers
    role = role_told(norm, person)
    bare = all(_BARE_POST.match(post) for post in role.split("、"))
    if _ASKS_OWN_JOB.search(norm) and bare:
        return 0.2  # 本职 asked, only the committee's post (兼职副主任) told here
    asked = _ASKS_EARLIER.search(norm)
    if asked and not _HELD_BEFORE.search(role) and not person.elected_to:  # (elected: the role is the one before)
        return 0.2  # the post held now (县政协秘书长), an earlier one asked
    body = _IN_BODY.search(norm)
    if body and body.group(1) not in role and not (bare and names_own_body(body.group(1))):  # 在委员会里: its 副主任
        return 0.2  # 在县委担任什么职务 asked, 县政协主席 told
    if _ASKS_STANDING.search(norm) and bare and not _ASKS_COMMITTEE_POST.search(norm):
        return 0.6  # 某某啥身份: the party or body one stands for (民建某市委会主委) before the committee's bare 副主席
    if all(_GROUP_POST.match(post) for post in role.split("、")) and not _ASKS_COMMITTEE_POST.search(norm):
        # 马某是什么职务: a sentence writing the post of one's own (区政协副主席, 某寺住持) tells more than one
        # naming only the committee's (召集人, 组长, 5.委员); the bare post still answers where no other is told.
        return 0.6
    return 1.0


def tenure_bonus(norm: str, role_words, person: Person, dated: bool = False) -> float:
    """Between the holder who left and the one now (原主任魏某同志任秘书长，钱某同志任主任): who held the post
    before is the one written as having held it (原主任), asked as 原来的主任; asked plainly, the one now.
    Asked at a time (2021年初担任…主任的是谁), either may have held it then: neither is preferred."""
    if not role_words or not person.role or dated:
        return 0.0
    held_then = bool(THEN_HELD.match(person.role))
    former = FORMER.search(norm) or THEN_HELD.search(norm)  # 原来的主任, 专委会的原主任
    return (0.3 if held_then else -0.3) if former else (-0.3 if held_then else 0.0)
