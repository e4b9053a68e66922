"""Admin commands: members list, promote/demote/block, and members refused everywhere."""

from __future__ import annotations

import pytest

from bot import texts
from bot.errors import PermissionDenied
from tests.conftest import ADMIN_ID, register

ADMIN_COMMANDS = ["/members", "/promote 2002", "/demote 9001", "/block 2002", "/unblock 2002", "/invite"]


async def test_member_is_refused_every_admin_command(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await register(bot, 2002, "王五")
    for command in ADMIN_COMMANDS:
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED, command
    assert (await bot.services.members.get(2002)).status == "active"
    assert (await bot.services.members.get(9001)).is_admin


async def test_member_cannot_press_approval_buttons(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await register(bot, 2003, "赵六", approve=False)
    pending = await bot.services.members.get(2003)
    await li.press_data(f"mem:ok:{pending.id}", on=li.last_reply())
    assert (await bot.services.members.get(2003)).status == "pending"


async def test_services_check_the_role_too(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    members = bot.services.members
    with pytest.raises(PermissionDenied):
        await members.promote(2001, 2001)
    with pytest.raises(PermissionDenied):
        await members.summary(2001)
    with pytest.raises(PermissionDenied):
        await members.create_invite(2001, 1, 1)
    with pytest.raises(PermissionDenied):
        await members.decide(2001, 1, True)


async def test_promote_by_reply_then_demote_and_block(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    li = await register(bot, 2001, "李四")
    await admin.send("/members 2001")
    card = admin.last_reply()
    assert "用户ID：2001" in card.text
    await admin.send("/promote", reply_to=card)
    assert admin.last_reply().text == texts.PROMOTED.format(name="李四")
    assert li.last_reply().text == texts.PROMOTED_NOTICE
    assert any('"type": "chat"' in scope and '2001' in scope for scope in bot.telegram.commands)
    await li.send("/members")
    assert "委员名单" in li.last_reply().text
    await admin.send("/demote 2001")
    assert admin.last_reply().text == texts.DEMOTED.format(name="李四")
    await li.send("/members")
    assert li.last_reply().text == texts.NOT_ALLOWED
    await admin.send("/block 2001")
    assert admin.last_reply().text == texts.BLOCKED.format(name="李四")
    await li.send(texts.MENU_SUBMIT)
    assert li.last_reply().text == texts.ACCOUNT_BLOCKED
    await admin.send("/unblock 2001")
    assert (await bot.services.members.get(2001)).status == "active"


async def test_configured_admin_cannot_be_demoted_or_blocked(bot_factory):
    bot = await bot_factory(admin_ids="9001,9002")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/demote 9002")
    assert "ADMIN_IDS" in admin.last_reply().text
    await admin.send("/block 9002")
    assert admin.last_reply().text == texts.CANNOT_BLOCK_ADMIN
    await admin.send("/promote")
    assert admin.last_reply().text == texts.PROMOTE_USAGE


async def test_members_overview_counts(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await register(bot, 2001, "李四", sector="经济界")
    await register(bot, 2002, "王五", sector="教育界", committee=None)
    await register(bot, 2003, "赵六", approve=False)
    await admin.send("/members")
    summary = next(r.text for r in admin.replies() if "委员名单" in r.text)
    assert "待审核 1" in summary and "经济界：" in summary and "教育界：1" in summary
    assert "李四" in summary and "王五" in summary


async def test_member_and_admin_menus_differ(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    default = bot.telegram.commands['{"type": "default"}']
    assert "members" not in [c["command"] for c in default]
    admin_scope = next(v for k, v in bot.telegram.commands.items() if str(ADMIN_ID) in k)
    assert "members" in [c["command"] for c in admin_scope]
    await admin.send("/help")
    assert "/members" in admin.last_reply().text
    li = await register(bot, 2001, "李四")
    await li.send("/help")
    assert "/members" not in li.last_reply().text and "报送社情民意" in li.last_reply().text
