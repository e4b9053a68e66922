"""Review of 社情民意 by admins: the workflow, notices to the member, edits, the list, and refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import texts
from bot.errors import PermissionDenied, UserError
from handlers.submissions.buttons import FormSubmit, ReviewTo
from tests.conftest import ADMIN_ID, register
from tests.test_submissions_flow import answers, write_until_preview

PATH = ["accepted", "adopted_city", "reported_prov", "adopted_prov", "reported_nat", "adopted_nat",
        "instructed", "feedback"]


async def filed(bot, user_id: int = 2001, name: str = "李四", title: str | None = None):
    person = await register(bot, user_id, name)
    if title:
        await write_until_preview(person, title=title)
    else:
        await write_until_preview(person)
    await person.press(texts.SUB_SUBMIT)
    if texts.SUB_FILE_ANYWAY in person.last_reply().buttons:
        await person.press(texts.SUB_FILE_ANYWAY)
    return person, bot.member(ADMIN_ID, "管理员")


async def test_every_status_change_is_recorded_and_told_to_the_member(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    for i, to in enumerate(PATH):
        await admin.press(texts.SUB_ACTION_NAMES[to])
        if to == "instructed":
            await admin.send("王市长：请市住建局研究办理")
        else:
            await admin.send(f"第{i}步说明")
        told = li.last_reply().text
        assert texts.SUB_STATUS_NAMES[to] in told and "SQMY-2026-0001" in told
        if to != "instructed":
            assert f"说明：第{i}步说明" in told
    view = await bot.services.submissions.view_admin(ADMIN_ID, 1)
    assert [h.to_status for h in view.history] == ["submitted", *PATH]
    assert all(h.actor_name == "管理员" for h in view.history[1:])


async def test_rejected_and_returned_items_are_told_with_the_note(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await admin.press(texts.SUB_ACTION_NAMES["rejected"])
    await admin.send("与已编报信息重复")
    assert "未采用" in li.last_reply().text and "与已编报信息重复" in li.last_reply().text
    assert admin.last_reply().buttons == [texts.SUB_BTN_REPLY, texts.SUB_BTN_EDIT]  # no further status


async def test_a_returned_item_is_edited_and_resubmitted_under_the_same_number(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await admin.press(texts.SUB_ACTION_NAMES["returned"])
    await admin.send("请补充具体数据")
    notice = li.last_reply()
    assert "退回修改" in notice.text and "请补充具体数据" in notice.text and notice.buttons == [texts.SUB_REVISE]
    await li.press(texts.SUB_REVISE)
    assert texts.SUB_RESUBMIT in li.last_reply().buttons
    await li.press(texts.SUB_EDIT)
    await li.press("情况")
    await li.send("据统计，全市需加装电梯的老旧小区约 3200 个，已加装的不到一成。")
    await li.press(texts.SUB_RESUBMIT)
    assert li.last_reply().text == "✅ 已重新提交，编号不变：SQMY-2026-0001。"
    assert "退回修改后重新提交" in admin.last_reply().text and "3200" in admin.last_reply().text
    view = await bot.services.submissions.view_admin(ADMIN_ID, 1)
    assert view.status == "submitted" and view.number == "SQMY-2026-0001"
    assert await bot.services.submissions.count_filed() == 1


async def test_admin_edits_the_text_and_the_original_is_kept(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await admin.press(texts.SUB_BTN_EDIT)
    await admin.press("标题")
    await admin.send("关于加快老旧小区加装电梯的建议")
    assert admin.replies()[-2].text == texts.SUB_REVIEW_EDITED.format(field="标题")
    assert "原稿可查看" in admin.last_reply().text
    await admin.press(texts.SUB_BTN_ORIGINAL)
    assert "原稿" in admin.last_reply().text and "关于老旧小区加装电梯的建议" in admin.last_reply().text
    await li.send("/my")
    await li.press(li.last_reply().buttons[0])
    assert "关于加快老旧小区加装电梯的建议" in li.last_reply().text
    await li.press(texts.SUB_BTN_ORIGINAL)
    assert "原稿" in li.last_reply().text and "关于老旧小区加装电梯的建议" in li.last_reply().text
    records = [r async for r in bot.services.submissions.iter_filed()]
    assert records[0].title == "关于加快老旧小区加装电梯的建议"
    assert records[0].original["title"] == "关于老旧小区加装电梯的建议"


async def test_admin_reply_reaches_the_member(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await admin.press(texts.SUB_BTN_REPLY)
    await admin.send("请提供联系人电话")
    assert "工作人员留言" in li.last_reply().text and "请提供联系人电话" in li.last_reply().text
    assert admin.last_reply().text == texts.SUB_REVIEW_REPLIED


async def test_review_list_filters_by_status_category_and_pages(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    for i in range(9):
        await write_until_preview(li, title=f"关于第{i}号海水浴场救生设施的建议")
        await li.press(texts.SUB_SUBMIT)
        if texts.SUB_FILE_ANYWAY in li.last_reply().buttons:
            await li.press(texts.SUB_FILE_ANYWAY)
    await admin.press(texts.SUB_ACTION_NAMES["accepted"])
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    await admin.send("/review")
    listing = admin.last_reply()
    assert "共 10 篇，第 1/2 页" in listing.text and texts.NEXT_PAGE in listing.buttons
    await admin.press(texts.NEXT_PAGE)
    assert "第 2/2 页" in admin.last_reply().text
    await admin.send("/review 已受理")
    assert "共 1 篇" in admin.last_reply().text
    await admin.press(texts.SUB_REVIEW_STATUS_FILTERS["submitted"])
    assert "共 9 篇" in admin.last_reply().text
    await admin.send("/review 生态文明")
    assert texts.SUB_REVIEW_EMPTY in admin.last_reply().text
    await admin.send("/review 胡说")
    assert admin.last_reply().text == texts.SUB_REVIEW_USAGE
    await admin.send("/review")
    await admin.press(admin.last_reply().buttons[0])
    assert "办理记录" in admin.last_reply().text


async def test_a_member_cannot_review_whatever_they_send(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await li.send("/review")
    assert li.last_reply().text == texts.NOT_ALLOWED
    await li.press_data(ReviewTo(1, "accepted").pack(), on=li.last_reply())
    assert answers(bot)[-1] == texts.NO_PERMISSION_BUTTON
    await li.press_data("sr:v:1", on=li.last_reply())
    assert answers(bot)[-1] == texts.NO_PERMISSION_BUTTON
    with pytest.raises(PermissionDenied):
        await bot.services.submissions.change_status(2001, 1, "accepted")
    assert (await bot.services.submissions.view_admin(ADMIN_ID, 1)).status == "submitted"


async def test_forged_ids_do_not_reach_other_members_items(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    zhao = await register(bot, 2003, "赵六")
    await zhao.send("/my")
    here = zhao.last_reply()
    await zhao.press_data("sm:v:1", on=here)
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    await zhao.press_data("sm:rev:1", on=here)
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    await zhao.press_data(FormSubmit(1, 0).pack(), on=here)
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    await zhao.press_data("sd:drop:1", on=here)
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    await li.press_data("ss:1:0", on=li.last_reply())
    assert answers(bot)[-1] == texts.SUB_SECOND_OWN
    await zhao.press_data("sm:o:1", on=here)
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    assert (await bot.services.submissions.view_admin(ADMIN_ID, 1)).status == "submitted"


async def test_an_illegal_transition_is_refused_by_the_service_and_the_button(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    with pytest.raises(UserError):
        await bot.services.submissions.change_status(ADMIN_ID, 1, "adopted_nat")
    await admin.press_data(ReviewTo(1, "adopted_nat").pack(), on=admin.last_reply())
    assert answers(bot)[-1] == texts.SUB_REVIEW_NOT_ALLOWED.format(
        number="SQMY-2026-0001", current="已提交", status="全国政协采用")


async def test_old_drafts_are_reminded_then_cleared(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send("关于老旧小区加装电梯的建议")
    await li.send("/cancel")
    await bot.advance(timedelta(days=26))
    assert li.last_reply().text == texts.SUB_HELD
    await bot.advance(timedelta(days=1, hours=1))
    assert "将于" in li.last_reply().text and "自动清除" in li.last_reply().text
    await bot.advance(timedelta(days=3))
    assert li.last_reply().text == texts.SUB_DRAFT_CLEARED.format(title="关于老旧小区加装电梯的建议", days=30)
    assert await bot.services.submissions.current_draft(2001) is None


async def test_the_whole_bot_files_and_reviews_on_postgresql(bot_factory, pg_url):
    bot = await bot_factory(database_url=pg_url)
    li, admin = await filed(bot)
    assert "SQMY-2026-0001" in li.replies()[-1].text
    await admin.press(texts.SUB_ACTION_NAMES["accepted"])
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    assert "已受理" in li.last_reply().text


async def test_admin_sees_the_attachments(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send("关于老旧小区加装电梯的建议")
    await li.press("民生关切")
    for part in ("情况情况情况情况情况情况", "问题问题问题问题问题问题", "建议建议建议建议建议建议"):
        await li.send(part)
    await li.photo(b"jpeg")
    await li.file(b"%PDF-1.4", "调研报告.pdf")
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    await li.press(texts.SUB_SUBMIT)
    admin = bot.member(ADMIN_ID, "管理员")
    assert "附件：2 个" in admin.last_reply().text
    await admin.press(texts.SUB_BTN_ATTACHMENTS)
    sent = admin.replies()[-2:]
    assert sent[1].document["file_name"] == "调研报告.pdf" and "SQMY-2026-0001" in sent[0].text


async def test_my_list_is_newest_first_and_paged(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    for i in range(5):
        await bot.advance(timedelta(minutes=1))
        await write_until_preview(li, title=f"关于第{i}号海水浴场救生设施的建议")
        await li.press(texts.SUB_SUBMIT)
        if texts.SUB_FILE_ANYWAY in li.last_reply().buttons:
            await li.press(texts.SUB_FILE_ANYWAY)
    await li.tap(texts.MENU_MY)
    first = li.last_reply()
    assert "报送 6 篇" in first.text and "第 1/2 页" in first.text
    assert first.buttons[0].startswith("SQMY-2026-0006") and texts.NEXT_PAGE in first.buttons
    await li.press(texts.NEXT_PAGE)
    assert "第 2/2 页" in li.last_reply().text and li.last_reply().buttons[0].startswith("SQMY-2026-0001")


async def test_the_new_item_card_loses_its_buttons_and_says_what_was_chosen_once_decided(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    card_id = next(r for r in admin.replies() if "新的社情民意" in r.text).raw["message_id"]
    await admin.press(texts.SUB_ACTION_NAMES["accepted"])
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    card = next(r for r in admin.replies() if r.raw["message_id"] == card_id)
    assert card.buttons == [] and "新的社情民意" in card.text
    assert "已将此件设为“已受理”" in card.text


async def test_a_typed_note_takes_the_no_note_button_away(bot_factory):
    bot = await bot_factory()
    li, admin = await filed(bot)
    await admin.press(texts.SUB_ACTION_NAMES[PATH[0]])
    prompt = admin.find_button(texts.SUB_REVIEW_NO_NOTE)
    assert prompt is not None
    await admin.send("已收到，正在办理")
    assert admin.find_button(texts.SUB_REVIEW_NO_NOTE) is None  # the choice was made by typing
    assert "说明：已收到，正在办理" in li.last_reply().text
