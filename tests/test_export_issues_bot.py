"""Issues of 《社情民意》 through the real bot: number, add, reorder, remove, publish, authors told."""

from __future__ import annotations

import io

import docx
import pytest

from bot import texts
from handlers.export_buttons import IssueAddItem, IssueAddTo, IssueItemAction, IssueNew
from tests.conftest import ADMIN_ID, register
from tests.test_export_bot import file_by_service, sent_file
from tests.test_submissions_flow import answers

TITLES = ["关于治理近海浒苔的建议", "关于优化营商环境审批的建议", "关于发展海洋牧场产业的建议"]
NAMES = ["李四", "王五", "赵六"]


async def adopt(bot, sid: int) -> None:
    sub = bot.services.submissions
    await sub.change_status(ADMIN_ID, sid, "accepted")
    await sub.change_status(ADMIN_ID, sid, "adopted_city")


@pytest.fixture
async def adopted(bot_factory):
    """Three members, one adopted item each (SQMY-2026-0001 … 0003)."""
    bot = await bot_factory()
    for i, (title, name) in enumerate(zip(TITLES, NAMES)):
        await register(bot, 2001 + i, name)
        await adopt(bot, await file_by_service(bot, 2001 + i, title))
    admin = bot.member(ADMIN_ID, "管理员")
    return bot, admin


def toc(document) -> list[str]:
    lines = [p.text for p in document.paragraphs]
    start = lines.index(texts.ISSUE_TOC) + 1
    return [line for line in lines[start:] if line[:2] in ("1.", "2.", "3.", "4.")]


async def test_an_issue_of_three_items_is_compiled_in_order_and_its_authors_are_told(adopted):
    bot, admin = adopted
    await admin.send("/issue_new")
    assert "2026年第1期" in admin.last_reply().text
    await admin.press(texts.ISSUE_USE_PROPOSED.format(issue="2026年第1期"))
    assert texts.ISSUE_CREATED.format(issue="2026年第1期") in [r.text for r in admin.replies()]
    await admin.send("SQMY-2026-0001 sqmy-2026-0002，SQMY-2026-0003")
    screen = admin.last_reply()
    assert "1. 关于治理近海浒苔的建议（SQMY-2026-0001，李四）" in screen.text
    assert "3. 关于发展海洋牧场产业的建议（SQMY-2026-0003，赵六）" in screen.text

    await admin.press(texts.ISSUE_BTN_UP.format(index=3))           # 0003 before 0002
    await admin.press(texts.ISSUE_BTN_REMOVE.format(index=1))       # 0001 out …
    assert "（SQMY-2026-0001，李四）" not in admin.last_reply().text
    await admin.send("SQMY-2026-0001")                              # … and back in, at the end
    await admin.press(texts.ISSUE_BTN_DOWN.format(index=1))          # 0003 below 0002 again
    view = (await bot.services.issues.recent(ADMIN_ID))[0]
    assert [i.number for i in view.items] == ["SQMY-2026-0002", "SQMY-2026-0003", "SQMY-2026-0001"]

    await admin.press(texts.ISSUE_BTN_PUBLISH)
    await admin.press(texts.ISSUE_BTN_CONFIRM)
    document = next(r for r in reversed(admin.replies()) if r.document)
    assert document.document["file_name"] == "社情民意2026年第1期.docx"
    assert document.text == texts.ISSUE_DOC_CAPTION.format(issue="2026年第1期", count=3)
    issue = docx.Document(io.BytesIO(sent_file(bot, document)))
    assert toc(issue) == ["1. 关于优化营商环境审批的建议（SQMY-2026-0002）",
                          "2. 关于发展海洋牧场产业的建议（SQMY-2026-0003）",
                          "3. 关于治理近海浒苔的建议（SQMY-2026-0001）"]
    assert [p.text for p in issue.paragraphs][1] == "2026年第1期"
    assert admin.last_reply().text == texts.ISSUE_PUBLISHED.format(issue="2026年第1期", count=3, told=3)

    for i, (title, name) in enumerate(zip(TITLES, NAMES)):
        author = bot.member(2001 + i, name)
        assert author.last_reply().text == texts.ISSUE_COMPILED_NOTICE.format(
            title=title, number=f"SQMY-2026-{i + 1:04d}", issue="2026年第1期")


async def test_a_published_issue_shows_on_the_review_card_and_in_the_members_my(adopted):
    bot, admin = adopted
    iid = (await bot.services.issues.create(ADMIN_ID, 2026, 12)).id
    await bot.services.issues.add_by_number(ADMIN_ID, iid, "SQMY-2026-0001")
    await admin.send("/issues")
    await admin.press(texts.ISSUE_LIST_LINE.format(issue="2026年第12期", status="草稿", count=1))
    await admin.press(texts.ISSUE_BTN_PUBLISH)
    await admin.press(texts.ISSUE_BTN_CONFIRM)
    await admin.send("/review")
    await admin.press(next(b for b in admin.last_reply().buttons if b.startswith("SQMY-2026-0001")))
    card = admin.last_reply()
    assert "编入期刊：《社情民意》2026年第12期" in card.text and "编入《社情民意》2026年第12期" in card.text
    assert texts.ISSUE_ADD_BUTTON not in card.buttons
    li = bot.member(2001, "李四")
    await li.send("/my")
    await li.press(li.last_reply().buttons[0])
    assert "编入期刊：《社情民意》2026年第12期" in li.last_reply().text


async def test_the_review_card_of_an_adopted_item_adds_it_to_a_draft_issue(adopted):
    bot, admin = adopted
    await bot.services.issues.create(ADMIN_ID, 2026, 3)
    await admin.send("/review")
    await admin.press(next(b for b in admin.last_reply().buttons if b.startswith("SQMY-2026-0002")))
    await admin.press(texts.ISSUE_ADD_BUTTON)
    await admin.press(texts.ISSUE_PICK_LINE.format(issue="2026年第3期", count=0))
    assert admin.last_reply().text == texts.ISSUE_ADDED.format(number="SQMY-2026-0002", title=TITLES[1], count=1)
    view = (await bot.services.issues.recent(ADMIN_ID))[0]
    assert [i.number for i in view.items] == ["SQMY-2026-0002"]


async def test_only_adopted_items_not_yet_in_an_issue_can_be_added(adopted):
    bot, admin = adopted
    sid = await file_by_service(bot, 2001, "关于尚未采用事项的建议")
    await bot.services.submissions.change_status(ADMIN_ID, sid, "accepted")
    await admin.send("/issue_new")
    await admin.send("2026年第12期")
    await admin.send("SQMY-2026-0004")
    assert admin.replies()[-2].text == texts.ISSUE_NOT_ADOPTED.format(number="SQMY-2026-0004", status="已受理")
    await admin.send("SQMY-2026-0009")
    assert texts.ISSUE_NUMBER_NOT_FOUND.format(number="SQMY-2026-0009") in admin.replies()[-2].text
    await admin.send("SQMY-2026-0001")
    await admin.send("/issue_new")
    assert "2026年第13期" in admin.last_reply().text
    await admin.send("2026-12")
    assert admin.last_reply().text == texts.ISSUE_EXISTS.format(issue="2026年第12期")
    await admin.send("2026-13")
    await admin.send("SQMY-2026-0001")
    assert texts.ISSUE_ALREADY_IN.format(number="SQMY-2026-0001", issue="2026年第12期") in admin.replies()[-2].text


async def test_an_empty_issue_cannot_be_published_and_a_published_one_cannot_change(adopted):
    bot, admin = adopted
    issues = bot.services.issues
    from bot.errors import UserError

    iid = (await issues.create(ADMIN_ID, 2026, 1)).id
    with pytest.raises(UserError):
        await issues.publish(ADMIN_ID, iid)
    added = await issues.add_by_number(ADMIN_ID, iid, "SQMY-2026-0001")
    await issues.publish(ADMIN_ID, iid)
    with pytest.raises(UserError):
        await issues.publish(ADMIN_ID, iid)                    # a second press publishes nothing twice
    with pytest.raises(UserError):
        await issues.remove(ADMIN_ID, iid, added.item.id)
    with pytest.raises(UserError):
        await issues.add_by_number(ADMIN_ID, iid, "SQMY-2026-0002")
    view = await bot.services.submissions.view_admin(ADMIN_ID, added.item.submission_id)
    assert [h.kind for h in view.history].count("issue") == 1


async def test_a_member_is_refused_every_issue_command_and_forged_button(adopted):
    bot, admin = adopted
    issues = bot.services.issues
    iid = (await issues.create(ADMIN_ID, 2026, 1)).id
    added = await issues.add_by_number(ADMIN_ID, iid, "SQMY-2026-0001")
    li = bot.member(2001, "李四")
    for command in ("/issue_new", "/issues"):
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED
    item = added.item.id
    for data in (IssueNew(2026, 5).pack(), f"xi:v:{iid}", IssueItemAction("u", iid, item).pack(),
                 IssueItemAction("r", iid, item).pack(), f"xi:w:{iid}", f"xi:p:{iid}", f"xi:pp:{iid}", f"xi:x:{iid}",
                 IssueAddItem(1).pack(), IssueAddTo(iid, 2).pack()):
        await li.press_data(data, on=li.last_reply())
        assert answers(bot)[-1] == texts.NO_PERMISSION_BUTTON
    view = (await issues.recent(ADMIN_ID))[0]
    assert view.is_draft and [i.number for i in view.items] == ["SQMY-2026-0001"]
    assert len(await issues.recent(ADMIN_ID)) == 1
    assert not [r for r in li.replies() if r.document]
    from bot.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        await issues.publish(2001, iid)


async def test_cancel_leaves_the_issue_screen_and_keeps_the_draft(adopted):
    bot, admin = adopted
    await admin.send("/issue_new")
    await admin.send("2026年第12期")
    await admin.send("SQMY-2026-0001")
    await admin.send("/cancel")
    assert admin.last_reply().text == texts.ISSUE_CANCELLED
    await admin.send("SQMY-2026-0002")                    # now a question, not an item
    view = (await bot.services.issues.recent(ADMIN_ID))[0]
    assert [i.number for i in view.items] == ["SQMY-2026-0001"]


async def test_on_postgresql_the_year_exports_and_an_issue_publishes(bot_factory, pg_url):
    from tests.test_export_bot import export, xlsx_rows

    bot = await bot_factory(database_url=pg_url)
    for i, (title, name) in enumerate(zip(TITLES, NAMES)):
        await register(bot, 2001 + i, name)
        await adopt(bot, await file_by_service(bot, 2001 + i, title))
    admin = bot.member(ADMIN_ID, "管理员")
    sent = await export(admin)
    assert [r[8] for r in xlsx_rows(sent_file(bot, sent))[1:]] == TITLES
    await admin.send("/issue_new")
    await admin.send("2026-12")
    await admin.send("SQMY-2026-0003 SQMY-2026-0001")
    await admin.press(texts.ISSUE_BTN_PUBLISH)
    await admin.press(texts.ISSUE_BTN_CONFIRM)
    issue = docx.Document(io.BytesIO(sent_file(bot, next(r for r in reversed(admin.replies()) if r.document))))
    assert toc(issue) == [f"1. {TITLES[2]}（SQMY-2026-0003）", f"2. {TITLES[0]}（SQMY-2026-0001）"]
    assert bot.member(2003, "赵六").last_reply().text == texts.ISSUE_COMPILED_NOTICE.format(
        title=TITLES[2], number="SQMY-2026-0003", issue="2026年第12期")
