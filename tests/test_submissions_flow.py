"""The 社情民意 form through the real Application: writing, resuming, co-signing, 附议, filing."""

from __future__ import annotations

from bot import texts
from tests.conftest import ADMIN_ID, register

TITLE = "关于老旧小区加装电梯的建议"
SITUATION = "我市老旧小区多建于上世纪九十年代，普遍没有电梯，老年居民上下楼十分困难。"
PROBLEM = "加装电梯需要全体业主同意，低层住户担心采光和噪音，资金分摊也缺少统一标准。"
SUGGESTION = "建议市住建局出台资金分摊指导意见，设立专项补贴，并由街道组织协商化解分歧。"


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
    await admin.press(texts.SUB_ACTION_NAMES["reported_prov"])
    await admin.press(texts.SUB_REVIEW_NO_NOTE)
    assert "报送省政协" in li.last_reply().text
    await admin.press(texts.SUB_ACTION_NAMES["instructed"])
    await admin.send("王市长：请市住建局研究办理")
    told = li.last_reply().text
    assert "领导批示" in told and "王市长批示：请市住建局研究办理" in told

    # /my shows it all.
    await li.send("/my")
    mine = li.last_reply().text
    assert "报送 1 篇，市政协采用 1 篇" in mine and "获领导批示 1 篇" in mine and "SQMY-2026-0001" in mine
    await li.press(li.last_reply().buttons[0])
    detail = li.last_reply().text
    assert "联名委员：王五" in detail and "附议：1 人（赵六）" in detail
    assert "王市长批示“请市住建局研究办理”" in detail and "市政协采用：编入《社情民意》第5期" in detail
