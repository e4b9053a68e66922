"""The rules of the 社情民意 review, held once by the service: transitions, the 批示 format, the
/review filters (parsed into the export's filter), and the feature's typed buttons."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.errors import UserError
from bot.export.records import ExportFilter
from bot.submissions import ADOPTED, TRANSITIONS, TransitionNotAllowed
from bot.submissions.review_filters import ReviewQuery, export_filters, parse_review_words, review_filter
from bot.submissions.workflow import check_transition, parse_instruction
from handlers.buttons import KINDS
from handlers.export_buttons import IssueAction, IssueAddTo, IssueItemAction
from handlers.submissions.buttons import (CosignReply, FormAction, FormCategory, FormSubmit, Mine, ReviewItem,
                                          ReviewList, ReviewTo, Second)
from tests.conftest import ADMIN_ID
from tests.test_submissions_flow import answers
from tests.test_submissions_review import filed

TZ = ZoneInfo("Asia/Shanghai")
CATEGORIES = ("经济发展", "民生关切", "生态文明")
NOW = datetime(2026, 3, 15, 2, 0, tzinfo=timezone.utc)


# --- transitions -------------------------------------------------------------------------------

@pytest.mark.parametrize("was,to", [(was, to) for was, targets in TRANSITIONS.items() for to in targets])
def test_every_listed_transition_is_allowed(was, to):
    check_transition("SQMY-2026-0001", was, to)


@pytest.mark.parametrize("was,to", [("submitted", "adopted_nat"), ("returned", "accepted"), ("rejected", "accepted"),
                                    ("feedback", "feedback"), ("submitted", "submitted"), ("accepted", "nonsense")])
def test_an_unlisted_transition_is_refused_with_both_statuses(was, to):
    with pytest.raises(TransitionNotAllowed) as caught:
        check_transition("SQMY-2026-0001", was, to)
    assert (caught.value.from_status, caught.value.to_status) == (was, to)
    assert isinstance(caught.value, UserError)
    assert caught.value.text == texts.SUB_REVIEW_NOT_ALLOWED.format(
        number="SQMY-2026-0001", current=texts.SUB_STATUS_NAMES[was],
        status=texts.SUB_STATUS_NAMES.get(to, to))


async def test_the_service_refuses_a_transition_with_the_typed_error(bot_factory):
    bot = await bot_factory()
    await filed(bot)
    with pytest.raises(TransitionNotAllowed) as caught:
        await bot.services.submissions.change_status(ADMIN_ID, 1, "adopted_nat")
    assert (caught.value.from_status, caught.value.to_status) == ("submitted", "adopted_nat")
    with pytest.raises(TransitionNotAllowed):
        await bot.services.submissions.prepare_change(ADMIN_ID, 1, "feedback")
    assert (await bot.services.submissions.view_admin(ADMIN_ID, 1)).status == "submitted"


# --- 批示 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,parsed", [
    ("王市长：请研究办理", ("王市长", "请研究办理")),
    ("王市长:请研究办理", ("王市长", "请研究办理")),
    ("  王市长 ： 请研究：并回复 ", ("王市长", "请研究：并回复")),
    ("王市长请研究办理", None),
    ("：请研究办理", None),
    ("王市长：  ", None),
    ("", None),
])
def test_an_instruction_names_its_leader_and_its_text(typed, parsed):
    assert parse_instruction(typed) == parsed


async def test_a_malformed_instruction_is_refused_by_the_service(bot_factory):
    bot = await bot_factory()
    await filed(bot)
    sub = bot.services.submissions
    for to in ("accepted", "adopted_city"):
        await sub.change_status(ADMIN_ID, 1, to)
    with pytest.raises(UserError) as caught:
        await sub.instruct(ADMIN_ID, 1, "请研究办理")
    assert caught.value.text == texts.SUB_REVIEW_INSTRUCTION_INVALID
    change = await sub.instruct(ADMIN_ID, 1, "王市长:请研究办理")
    assert (change.leader, change.instruction, change.to_status) == ("王市长", "请研究办理", "instructed")


# --- /review filters ----------------------------------------------------------------------------

@pytest.mark.parametrize("words,query", [
    ([], ReviewQuery()),
    (["待受理"], ReviewQuery(status="submitted")),
    (["已提交"], ReviewQuery(status="submitted")),
    (["已采用"], ReviewQuery(status="adopted")),
    (["退回修改", "生态文明"], ReviewQuery(status="returned", category=2)),
    (["今年"], ReviewQuery(period="y")),
    (["本年", "民生关切"], ReviewQuery(category=1, period="y")),
    (["近30天"], ReviewQuery(period="m")),
    (["最近30天", "已受理"], ReviewQuery(status="accepted", period="m")),
    (["今年", "近30天"], ReviewQuery(period="m")),  # the last period word counts
])
def test_review_words_are_parsed(words, query):
    assert parse_review_words(words, CATEGORIES) == query


@pytest.mark.parametrize("words", [["本月"], ["民生"], ["已受理", "明年"], ["2026-01-01"], [""]])
def test_an_unknown_review_word_is_refused(words):
    assert parse_review_words(words, CATEGORIES) is None


def test_the_review_query_becomes_the_exports_filter():
    flt = review_filter(ReviewQuery("accepted", 1, "y"), CATEGORIES, NOW, TZ)
    assert flt.status == "已受理" and flt.category == "民生关切"
    assert flt.date_from == datetime(2026, 1, 1, tzinfo=TZ) and flt.date_to == datetime(2027, 1, 1, tzinfo=TZ)
    filters = export_filters(flt)
    assert filters.statuses == ("accepted",) and filters.categories == ("民生关切",)
    recent = review_filter(ReviewQuery(period="m"), CATEGORIES, NOW, TZ)
    assert recent.date_from == datetime(2026, 2, 13, 2, 0, tzinfo=timezone.utc) and recent.date_to is None
    assert export_filters(recent).statuses == ()
    everything = review_filter(ReviewQuery(), CATEGORIES, NOW, TZ)
    assert (everything.date_from, everything.date_to, everything.status, everything.category) == (None,) * 4


def test_the_adopted_group_selects_every_adopted_status():
    flt = review_filter(ReviewQuery(status="adopted"), CATEGORIES, NOW, TZ)
    assert export_filters(flt).statuses == ADOPTED
    assert export_filters(ExportFilter(status="不存在的状态")).statuses == ("不存在的状态",)  # matches nothing


def test_codes_from_an_old_button_fall_back_to_all():
    query = ReviewQuery(status="gone", category=7, period="z").normalised(CATEGORIES)
    assert query == ReviewQuery()
    flt = review_filter(ReviewQuery(category=-1), CATEGORIES, NOW, TZ)
    assert flt.category is None


# --- buttons ------------------------------------------------------------------------------------

def test_the_submission_kinds_are_registered_with_short_prefixes():
    for kind in (FormAction, FormCategory, FormSubmit, CosignReply, Second, Mine, ReviewItem, ReviewTo, ReviewList,
                 IssueAction, IssueItemAction, IssueAddTo):
        assert KINDS[kind.prefix] is kind and len(kind.prefix) <= 5


@pytest.mark.parametrize("value", [
    FormAction("drop", 12), FormCategory(12, 3), FormSubmit(12, 4), FormSubmit(12, 4, force=True),
    CosignReply(True, 9), CosignReply(False, 9), Second(5), Second(5, 12), Mine("rev", 3),
    ReviewItem("v", 3), ReviewTo(3, "adopted_city"), ReviewList("adopted", None, "y", 2), ReviewList("all", 4, "a", 1),
])
def test_a_button_packs_and_parses_back(value):
    assert type(value).parse(value.pack()) == value


@pytest.mark.parametrize("kind,data", [
    (FormCategory, "sd:cat:1:3"), (FormAction, "sd:cat:1:3"), (FormSubmit, "sd:go:1:0"),
    (ReviewTo, "sr:t:1:accepted"), (ReviewItem, "sr:t:1:accepted"), (ReviewList, "sr:l:all:a:a:1"),
    (CosignReply, "sc:y:5"), (Mine, "sm:v"), (ReviewList, "srl:all:x:a:1"), (Second, "ss:a:1"),
])
def test_old_or_malformed_data_parses_as_none(kind, data):
    assert kind.parse(data) is None


async def test_an_old_button_answers_expired(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    for data in ("sr:t:1:accepted", "sr:l:all:a:a:1", "xi:ai:1:1"):
        await admin.press_data(data, on=admin.last_reply())
        assert answers(bot)[-1] == texts.BUTTON_EXPIRED
    await li.press_data("sd:go:1:0", on=li.last_reply())
    assert answers(bot)[-1] == texts.BUTTON_EXPIRED
    assert (await bot.services.submissions.view_admin(ADMIN_ID, 1)).status == "submitted"
