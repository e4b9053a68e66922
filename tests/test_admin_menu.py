"""The admin's own keyboard: every admin task is a key or a button under one, and /help lists tasks."""

from __future__ import annotations

from bot import texts
from tests.conftest import ADMIN_ID, register


async def test_admin_keyboard_reaches_every_task_without_commands(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    keyboard = next(r.keyboard for r in admin.replies() if r.keyboard)
    for key in (texts.MENU_REVIEW, texts.MENU_BROADCAST, texts.MENU_EVENTS, texts.MENU_EXPORT,
                texts.MENU_MEMBERS, texts.MENU_HELP, texts.MENU_SUBMIT):
        assert key in keyboard, key
    await admin.send(texts.MENU_REVIEW)
    assert texts.SUB_REVIEW_EMPTY in admin.last_reply().text or "社情民意" in admin.last_reply().text

    await admin.send(texts.MENU_EVENTS)
    assert admin.last_reply().buttons == [texts.ADMIN_TASK_EV_NEW, texts.ADMIN_TASK_EV_LIST]
    await admin.press(texts.ADMIN_TASK_EV_NEW)
    assert admin.last_reply().text.startswith("🗓 新建活动")
    await admin.send("/cancel")

    await admin.send(texts.MENU_EXPORT)
    await admin.press(texts.ADMIN_TASK_EXPORT)
    assert "导出社情民意" in admin.last_reply().text
    await admin.send("/cancel")

    await admin.send(texts.MENU_MEMBERS)
    await admin.press(texts.ADMIN_TASK_INVITE)
    assert "邀请链接已生成" in admin.last_reply().text
    await admin.send(texts.MENU_MEMBERS)
    await admin.press(texts.ADMIN_TASK_MEMBERS)
    assert "委员名单" in admin.last_reply().text

    await admin.send(texts.MENU_BROADCAST)
    await admin.press(texts.ADMIN_TASK_BC_NEW)
    assert "群发通知" in admin.last_reply().text


async def test_admin_help_lists_tasks_and_keeps_admin_keyboard(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send(texts.MENU_HELP)
    help_reply = admin.last_reply()
    assert "管理员的工作" in help_reply.text and "点“审核”" in help_reply.text
    assert texts.MENU_REVIEW in help_reply.keyboard
    await admin.send("/cancel")
    assert texts.MENU_EXPORT in admin.last_reply().keyboard


async def test_member_keys_are_not_admin_keys(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    assert texts.MENU_REVIEW not in li.last_reply().keyboard
    await li.send(texts.MENU_HELP)
    assert "管理员" not in li.last_reply().text and texts.MENU_REVIEW not in li.last_reply().keyboard
    before = len(li.replies())
    await li.send(texts.MENU_EXPORT)  # a member typing 导出 is asking something, not running an admin task
    assert all("导出与编报" not in r.text for r in li.replies()[before:])
    await li.press_data("adm:invite", on=li.last_reply())
    assert all("邀请链接已生成" not in r.text for r in li.replies()[before:])
