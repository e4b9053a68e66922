"""What a member's message to the Q&A is for, decided before the documents see it.

Four destinations: the member's own schedule (events, leave, attendance,
check-in), the member's own submissions (their status, co-signing
invitations, 附议), small talk (a greeting, thanks, "who are you", "what can
you do", goodbye: a short friendly reply), or the documents.  A question
about a report never reaches the schedule because it mentions 视察 or 学习,
and a personal question never reaches the report: the test is who the
question is about (我 / 我的 / 本人 …, or a near date like 下周) and what it
asks for, in general Chinese, with no word taken from any one document.

Not for answering: the caller sends the member to the feature that holds
their data, or to the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.knowledge.simplify import to_simplified

__all__ = ["Route", "Routed", "route", "small_talk"]


class Route(str, Enum):
    DOCUMENTS = "documents"
    SCHEDULE = "schedule"
    MY_SUBMISSIONS = "my_submissions"
    GREETING = "greeting"
    THANKS = "thanks"
    IDENTITY = "identity"
    ABILITIES = "abilities"
    GOODBYE = "goodbye"
    RECORD = "record"

    @property
    def small_talk(self) -> bool:
        return self in _SMALL_TALK


_SMALL_TALK = {Route.GREETING, Route.THANKS, Route.IDENTITY, Route.ABILITIES, Route.GOODBYE}


@dataclass(frozen=True)
class Routed:
    route: Route
    question: str  # the question with a leading greeting or thanks taken off (for the documents)


# A message is small talk only when nothing but the phrase (and particles,
# punctuation, 您/你 and 啊/呀) is left: "你好，去年……多少" is a question.
_PARTICLES = r"[\s,，。.!！?？~～、…啊呀呢吧哦噢嗯啦哈了的好呀哇喔]*"
_SMALL_TALK_PHRASES: tuple[tuple[Route, str], ...] = (
    (Route.GREETING, r"(?:你们?|您)好|hi|hello|hey|哈[喽啰罗]|嗨|[早午晚]上好|[上中下]午好|早安|早|在吗|在不在|有人吗"),
    (Route.THANKS, r"(?:非常|十分|太)?(?:谢谢|多谢|感谢|谢了|谢啦|谢)(?:你|您|啦)?|辛苦(?:你|您)?了|thanks?(?: you)?|thx|好的?谢谢"),
    (Route.IDENTITY, r"你是(?:谁|什么|啥|哪位|机器人吗|真人吗|人工智能吗|ai吗)|你叫(?:什么|啥)(?:名字)?|"
                     r"(?:介绍一下|介绍下)?你自己|(?:请)?(?:自我介绍|介绍一下你自己)(?:一下)?"),
    (Route.ABILITIES, r"你(?:能|会|可以)(?:做|干|帮我做|帮我干)?(?:什么|啥|些什么)|你有(?:什么|啥|哪些)(?:功能|本事|用)|"
                      r"你能帮(?:我|上)?(?:做|干)?(?:什么|啥)|(?:这个?|它)?(?:怎么用|如何使用|怎么使用)|(?:我)?(?:能|可以)问(?:你)?(?:什么|啥|些什么)|"
                      r"有什么功能|功能介绍|帮助"),
    (Route.GOODBYE, r"再见|拜拜|拜|bye(?:bye)?|晚安|回头见|下次见|88"),
)
_SMALL_TALK_RES = tuple((r, re.compile(rf"^{_PARTICLES}(?:好的?|嗯|ok)?{_PARTICLES}(?:{p})(?:{_PARTICLES}(?:{p}))*{_PARTICLES}$", re.I))
                        for r, p in _SMALL_TALK_PHRASES)
# A greeting or thanks before a real question is dropped, the question kept.
_LEADING_COURTESY = re.compile(r"^(?:(?:你们?|您)好|哈[喽啰]|嗨|hi|hello|谢谢|多谢|好的)[\s,，。!！~～、]+", re.I)

# Who the question is about: the member (我, 俺, 本人, 咱, 自己 …), not a
# framing "我想知道 / 我想问 / 请告诉我" before a question about the report.
_ASKING_FRAME = re.compile(r"我(?:想|要|来)?(?:知道|了解|问问?|请教|打听|咨询|查询?)(?:一下|下)?|请?(?:告诉|帮)我(?:查(?:一?下|查)?|看看)?")
_ME = re.compile(r"我(?!们)|俺(?!们)|本人|咱(?!们)|自己")
_NEAR_TIME = re.compile(r"今天|明天|后天|明早|今晚|这周|本周|下周|这个?星期|下个?星期|这礼拜|下礼拜|周[一二三四五六日末]|"
                        r"星期[一二三四五六日天]|礼拜[一二三四五六日天]|最近|近期|近日|这几天|下个?月")
_EVENT = re.compile(r"活动|学习|视察|调研|考察|会议|开会|会吗|(?:个|场|的|什么|啥|有)会(?![员长议商])|日程|安排|行程|培训|座谈|集合|讲座|报到|啥事|什么事")
_LEAVE = re.compile(r"请(?:个|一天|半天)?假|去不了|参加不了|不能参加|来不了")
_ATTENDANCE = re.compile(r"出勤|考勤|缺席|缺勤|签到|签过到|参加了(?:几|多少)|参加过(?:几|多少)|报名的")
_SUBMISSION = re.compile(r"社情民意|报送|信息|稿子|稿件|材料|提交的|报的|交的|投的|写的|东西")
_SUBMISSION_STATUS = re.compile(r"到哪|进度|进展|状态|怎么样了|咋样了|如何了|审核|采用|批示|通过|退回|回复|消息|处理|编号|记录|"
                                r"几篇|多少篇|多少条|几条|在哪看|在哪里看")
_COSIGN = re.compile(r"联名|附议")
# "我报的 / 我提交的 / 我的 … 信息": one's own filings, whatever is asked about them.
_MY_FILED = re.compile(r"(?:我|俺|本人)(?:的|(?:上次|之前|刚才|前几天)?(?:报送?|提交|上报|写|交|投)了?的)(?:那篇|那条|那个|那份)?"
                       r"(?:社情民意|信息|稿子|稿件|稿|报送|材料|东西)")
_MY_SUBMISSIONS_MENU = re.compile(r"^我的(?:报送|社情民意|信息)(?:记录|列表)?$")
# One's own 履职 record: points, the record itself, or how many activities one attended so far.
_RECORD = re.compile(r"履职|积分|档案|参加了(?:几|多少)|参加过(?:几|多少)")
_SCHEDULE_MENU = re.compile(r"^(?:我的)?(?:活动日程|日程安排|日程|活动安排|行程)$")


def _normal(text: str) -> str:
    text = to_simplified(text.strip()).lower()
    return re.sub(r"\s+", " ", text)


def small_talk(text: str) -> Route | None:
    for kind, pattern in _SMALL_TALK_RES:
        if pattern.match(text):
            return kind
    return None


def _about_me(text: str) -> bool:
    return bool(_ME.search(_ASKING_FRAME.sub("", text)))


def _personal(text: str) -> Route | None:
    bare = re.sub(r"[\s,，。.!！?？~～、]+", "", text)
    if _MY_SUBMISSIONS_MENU.match(bare):
        return Route.MY_SUBMISSIONS
    if _SCHEDULE_MENU.match(bare):
        return Route.SCHEDULE
    me = _about_me(text)
    if me and _RECORD.search(text):
        return Route.RECORD
    # Co-signing and 附议 are about one's own submissions only when asked as one's own.
    if _COSIGN.search(text) and (me or "邀请" in text):
        return Route.MY_SUBMISSIONS
    if _MY_FILED.search(text):
        return Route.MY_SUBMISSIONS
    if me and _SUBMISSION.search(text) and (_SUBMISSION_STATUS.search(text) or text.rstrip("?？吗").endswith(("报送", "社情民意"))):
        return Route.MY_SUBMISSIONS
    if _LEAVE.search(text) and (me or not re.search(r"多少|几[次个名人位]", text)):
        return Route.SCHEDULE
    if _ATTENDANCE.search(text) and (me or re.match(r"^(?:怎么|如何|在哪)", text)):
        return Route.SCHEDULE
    if _EVENT.search(text) and (me or _NEAR_TIME.search(text)):
        # "下周的学习有多少次" reads a report; "我参加了多少次学习" is one's own attendance.
        if not me and re.search(r"多少|几[次场期项个]|一共|总共", text):
            return None
        return Route.SCHEDULE
    return None


def route(message: str) -> Routed:
    """Where a member's message should go (see the module docstring)."""
    text = _normal(message)
    kind = small_talk(text)
    if kind is not None:
        return Routed(kind, message.strip())
    question = _LEADING_COURTESY.sub("", message.strip())
    personal = _personal(_normal(question))
    return Routed(personal or Route.DOCUMENTS, question)
