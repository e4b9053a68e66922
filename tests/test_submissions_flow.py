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
