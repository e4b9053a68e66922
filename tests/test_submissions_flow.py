"""The 社情民意 form through the real Application: writing, resuming, co-signing, 附议, filing."""

from __future__ import annotations

from bot import texts
from tests.conftest import ADMIN_ID, register

TITLE = "关于老旧小区加装电梯的建议"
SITUATION = "我市老旧小区多建于上世纪九十年代，普遍没有电梯，老年居民上下楼十分困难。"
PROBLEM = "加装电梯需要全体业主同意，低层住户担心采光和噪音，资金分摊也缺少统一标准。"
SUGGESTION = "建议市住建局出台资金分摊指导意见，设立专项补贴，并由街道组织协商化解分歧。"


def answers(bot) -> list[str | None]:
    """What the bot said in answer to button presses (toasts and alerts)."""
    return [c.params.get("text") for c in bot.telegram.calls if c.method == "answerCallbackQuery"]


async def write_until_preview(person, title: str = TITLE, cosign: str | None = None) -> None:
    await person.send("/submit")
    await person.send(title)
    await person.press("民生关切")
    await person.send(SITUATION)
    await person.send(PROBLEM)
    await person.send(SUGGESTION)
    await person.press(texts.DONE)  # no attachments
    if cosign:
        await person.send(cosign)
        await person.press(next(b for b in person.last_reply().buttons if b.startswith(cosign)))
        await person.press(texts.DONE)
    else:
        await person.press(texts.SKIP)
    if person.last_reply().html == texts.SUB_ASK_PHONE:
        await person.send(person.phone)
    if person.last_reply().html == texts.SUB_ASK_UNIT:
        await person.send("青岛大学")
    await person.press(texts.SUB_CHECK_CONFIRM)


async def test_member_writes_and_files_a_submission(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = bot.member(ADMIN_ID, "管理员")
    await li.tap(texts.MENU_SUBMIT)
    assert li.last_reply().text.startswith("第 1 步")
    await li.send("/cancel")
    await write_until_preview(li)
    preview = li.last_reply()
    assert TITLE in preview.text and "青岛大学" in preview.text and "正文共" in preview.text
    assert preview.buttons == [texts.SUB_SUBMIT, texts.SUB_EDIT, texts.SUB_HOLD, texts.SUB_DISCARD]
    await li.press(texts.SUB_SUBMIT)
    assert "SQMY-2026-0001" in li.last_reply().text
    notice = admin.last_reply()
    assert "新的社情民意" in notice.text and TITLE in notice.text and li.phone in notice.text
    assert texts.SUB_ACTION_NAMES["accepted"] in notice.buttons


async def test_done_when_cosigned_seconded_accepted_adopted_reported_and_instructed(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    zhao = await register(bot, 2003, "赵六")
    admin = bot.member(ADMIN_ID, "管理员")

    # 李四 writes, invites 王五 to co-sign; 王五 agrees.
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    await li.send(SITUATION)
    await li.send(PROBLEM)
    await li.send(SUGGESTION)
    await li.press(texts.DONE)
    await li.send("王")
    await li.press("王五（经济界）")
    invite = wang.last_reply()
    assert "李四" in invite.text and TITLE in invite.text
    await wang.press(texts.SUB_COSIGN_AGREE)
    assert texts.SUB_COSIGN_AGREED_AUTHOR.format(name="王五", title=TITLE) == li.last_reply().text
    await li.press(texts.DONE)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    assert "联名委员：王五" in li.last_reply().text
    await li.press(texts.SUB_SUBMIT)
    assert "SQMY-2026-0001" in li.last_reply().text

    # 赵六 writes about the same matter, is shown it, and 附议s instead of filing.
    await write_until_preview(zhao, title="关于老旧小区加装电梯的几点建议")
    await zhao.press(texts.SUB_SUBMIT)
    similar = zhao.last_reply()
    assert "SQMY-2026-0001" in similar.text
    await zhao.press(texts.SUB_SECOND_BUTTON.format(number="SQMY-2026-0001"))
    assert "已附议 SQMY-2026-0001" in zhao.last_reply().text
    assert await bot.services.submissions.current_draft(2003) is None
    # The author is told of the 附议 (issue 13).
    assert li.last_reply().text == texts.SUB_SECONDED_AUTHOR.format(name="赵六", number="SQMY-2026-0001", title=TITLE)

    # The admin accepts, adopts at 市 level, reports it up, records a 批示; 李四 is told each step.
    notice = next(r for r in reversed(admin.replies()) if "新的社情民意" in r.text)
    assert "附议" not in notice.text
    await admin.press(texts.SUB_ACTION_NAMES["accepted"], on=notice)
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    assert "已受理" in li.last_reply().text
    await admin.press(texts.SUB_ACTION_NAMES["adopted_city"])
    await admin.send("编入《社情民意》第5期")
    told = li.last_reply().text
    assert "市政协采用" in told and "编入《社情民意》第5期" in told
    cosigner_told = wang.last_reply().text  # the co-signer hears of the adoption (issue 13) ...
    assert "您联名的社情民意 SQMY-2026-0001" in cosigner_told and "市政协采用" in cosigner_told
    await admin.press(texts.SUB_ACTION_NAMES["reported_prov"])
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    assert "报送省政协" in li.last_reply().text
    assert wang.last_reply().text == cosigner_told  # ... not of a report upwards ...
    await admin.press(texts.SUB_ACTION_NAMES["instructed"])
    await admin.send("王市长：请市住建局研究办理")
    told = li.last_reply().text
    assert "领导批示" in told and "王市长批示：请市住建局研究办理" in told
    assert "王市长批示：请市住建局研究办理" in wang.last_reply().text  # ... and of the 批示

    # /my shows it all.
    await li.send("/my")
    mine = li.last_reply().text
    assert "报送 1 篇，市政协采用 1 篇" in mine and "获领导批示 1 篇" in mine and "SQMY-2026-0001" in mine
    await li.press(li.last_reply().buttons[0])
    detail = li.last_reply().text
    assert "联名委员：王五" in detail and "附议：1 人（赵六）" in detail
    assert "王市长批示“请市住建局研究办理”" in detail and "市政协采用：编入《社情民意》第5期" in detail


async def test_the_form_resumes_after_a_restart_mid_flow(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send(TITLE)
    await bot.restart()
    await li.press("民生关切")  # the old process's button still works
    await bot.restart()
    await li.send(SITUATION)
    assert li.last_reply().html == texts.SUB_ASK_PROBLEM
    view = await bot.services.submissions.current_draft(2001)
    assert (view.title, view.category, view.situation, view.step) == (TITLE, "民生关切", SITUATION, "problem")


async def test_submit_with_a_draft_offers_continue_or_restart(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send(TITLE)
    await li.send("/cancel")
    assert li.last_reply().text == texts.SUB_HELD
    await li.send("/submit")
    assert TITLE in li.last_reply().text and li.last_reply().buttons == [texts.SUB_CONTINUE, texts.SUB_RESTART]
    await li.press(texts.SUB_CONTINUE)
    assert li.last_reply().html == texts.SUB_ASK_CATEGORY
    await li.send("/submit")
    await li.press(texts.SUB_RESTART)
    assert li.last_reply().html == texts.SUB_ASK_TITLE
    assert (await bot.services.submissions.current_draft(2001)).title == ""


async def test_hold_keeps_the_draft_and_discard_deletes_it(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await write_until_preview(li)
    await li.press(texts.SUB_HOLD)
    assert li.last_reply().text == texts.SUB_HELD
    assert (await bot.services.submissions.current_draft(2001)).title == TITLE
    await li.send("/submit")
    await li.press(texts.SUB_CONTINUE)
    await li.press(texts.SUB_DISCARD)
    assert li.last_reply().text == texts.SUB_DISCARDED
    assert await bot.services.submissions.current_draft(2001) is None


async def test_edit_a_field_from_the_preview_returns_to_the_preview(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await write_until_preview(li)
    await li.press(texts.SUB_EDIT)
    await li.press("标题")
    assert TITLE in li.last_reply().text  # the current value is shown to copy
    await li.send("关于老旧小区加装电梯资金分摊的建议")
    assert "关于老旧小区加装电梯资金分摊的建议" in li.last_reply().text and texts.SUB_SUBMIT in li.last_reply().buttons


async def test_an_old_preview_cannot_file_newer_content_and_nothing_is_filed_twice(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await write_until_preview(li)
    old = li.last_reply()
    await li.press(texts.SUB_EDIT)  # another device edits the title in the meantime
    await li.press("标题")
    await li.send("关于老旧小区加装电梯资金分摊的建议")
    fresh = li.last_reply()
    await li.press(texts.SUB_SUBMIT, on=old)
    assert answers(bot)[-1] == texts.SUB_STALE_PREVIEW
    assert await bot.services.submissions.count_filed() == 0
    submit = fresh.button_data(texts.SUB_SUBMIT)
    await li.press(texts.SUB_SUBMIT, on=fresh)
    await li.press_data(submit, on=fresh)  # pressed again (or from a second device)
    assert answers(bot)[-1] == texts.SUB_ALREADY_FILED.format(number="SQMY-2026-0001")
    assert await bot.services.submissions.count_filed() == 1


async def test_same_member_is_warned_of_a_duplicate(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await write_until_preview(li)
    await li.press(texts.SUB_SUBMIT)
    await write_until_preview(li)
    await li.press(texts.SUB_SUBMIT)
    warning = li.last_reply()
    assert "已报送过相似的信息" in warning.text and not any(b.startswith("附议") for b in warning.buttons)
    await li.press(texts.SUB_FILE_ANYWAY)
    assert "SQMY-2026-0002" in li.last_reply().text


async def test_a_cosigner_who_declines_or_never_answers_is_not_listed(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    await register(bot, 2003, "王小明")
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.press(texts.DONE)
    await li.send("张无忌")
    assert li.last_reply().text == texts.SUB_COSIGN_NOT_FOUND.format(name="张无忌")
    await li.send("王")
    await li.press("王五（经济界）")
    await li.send("王")
    await li.press("王小明（经济界）")
    invite = wang.last_reply()
    agree = invite.button_data(texts.SUB_COSIGN_AGREE)
    await li.press_data(agree, on=li.last_reply())  # not li's invitation
    assert answers(bot)[-1] == texts.SUB_NOT_FOUND
    await wang.press(texts.SUB_COSIGN_DECLINE)
    assert "没有同意联名" in li.last_reply().text
    await wang.press_data(agree, on=invite)  # changing his mind on the old message
    assert answers(bot)[-1] == texts.SUB_COSIGN_ANSWERED
    await li.press(texts.DONE)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    await li.press(texts.SUB_SUBMIT)
    records = [r async for r in bot.services.submissions.iter_filed()]
    assert records[0].co_signers == ()


async def test_a_cosigner_who_cannot_be_reached_is_told_to_the_author(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await register(bot, 2002, "王五")
    bot.telegram.blocked_chats.add(2002)
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.press(texts.DONE)
    await li.send("王五")
    await li.press("王五（经济界）")
    assert li.last_reply().text == texts.SUB_COSIGN_UNREACHABLE.format(name="王五")
    await li.send("王五")
    await li.press("王五（经济界）")
    assert answers(bot)[-1] == texts.SUB_COSIGN_ALREADY.format(name="王五")
