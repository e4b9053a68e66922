"""Registration through the real Application: approval, invites, refusals, restarts."""

from __future__ import annotations

import re
from datetime import timedelta

from bot import texts
from tests.conftest import ADMIN_ID, register


async def test_member_registers_and_admin_approves(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    li = bot.member(2001, "李四")
    await li.send("/start")
    assert "真实姓名" in li.last_reply().text
    await li.send("李四")
    assert "界别" in li.last_reply().text
    await li.press("经济界")
    await li.press("经济委员会")
    assert texts.SHARE_PHONE in li.last_reply().keyboard
    await li.tap(texts.SHARE_PHONE)
    assert "审核" in li.last_reply().text
    card = admin.last_reply()
    assert "李四" in card.text and "经济界" in card.text and card.buttons == [texts.APPROVE, texts.REJECT]
    await admin.press(texts.APPROVE)
    assert "已由 管理员 通过" in admin.last_reply().text
    assert "通过审核" in li.last_reply().text
    assert texts.MENU_SUBMIT in li.last_reply().keyboard
    member = await bot.services.members.get(2001)
    assert member.status == "active" and member.phone == li.phone


async def test_rejected_member_is_told_and_cannot_act(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四", approve=False)
    await bot.member(ADMIN_ID, "管理员").press(texts.REJECT)
    assert li.last_reply().text == texts.MEMBER_REJECTED
    await li.send(texts.MENU_SUBMIT)
    assert li.last_reply().text == texts.ACCOUNT_REJECTED


async def test_wrong_answers_are_explained_and_asked_again(bot_factory):
    bot = await bot_factory()
    li = bot.member(2001, "李四")
    await li.send("/start")
    await li.send("李")
    assert li.replies()[-2].text == texts.NAME_INVALID
    await li.sticker()
    assert "姓名" in li.last_reply().text
    await li.send("李四")
    await li.send("不存在的界别")
    assert texts.SECTOR_INVALID in li.replies()[-2].text
    await li.send("教育界")  # typing a sector works as well as the button
    assert "专委会" in li.last_reply().text
    await li.press("无")
    await li.contact("13900000000", own=False)
    assert li.last_reply().text == texts.PHONE_NOT_OWN
    await li.send("12ab")
    assert li.replies()[-2].text == texts.PHONE_INVALID
    await li.send("13912345678")
    member = await bot.services.members.get(2001)
    assert (member.status, member.sector, member.special_committee, member.phone) == \
        ("pending", "教育界", None, "13912345678")


async def test_registration_resumes_after_restart(bot_factory):
    bot = await bot_factory()
    li = bot.member(2001, "李四")
    await li.send("/start")
    await li.send("李四")
    await bot.restart()
    await li.press("经济界")  # the button of the old process still works
    assert "专委会" in li.last_reply().text
    await bot.restart()
    await li.send("/start")
    assert texts.RESUME_REGISTRATION in li.replies()[-2].text
    assert "专委会" in li.last_reply().text


async def test_pending_user_is_told_politely(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四", approve=False)
    for action in (texts.MENU_SUBMIT, "去年社情民意编报了多少篇？", "/submit"):
        await li.send(action)
    assert texts.PENDING_APPROVAL in [r.text for r in li.replies()]
    await li.send("/start")
    assert li.last_reply().text == texts.ALREADY_PENDING


async def test_invite_registers_without_approval(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/invite 2 3")
    link = admin.last_reply().text.split("\n")[1]
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）\d{2}:\d{2}", admin.last_reply().text)  # expiry with weekday
    code = link.rsplit("start=", 1)[1]
    assert link.startswith("https://t.me/") and len(code) <= 64
    assert all(c.isalnum() or c in "_-" for c in code)
    wang = bot.member(2002, "王五")
    await wang.send(f"/start {code}")
    assert texts.INVITE_ACCEPTED in [r.text for r in wang.replies()]
    await wang.send("王五")
    await wang.press("教育界")
    await wang.press("无")
    await wang.tap(texts.SKIP)
    assert "注册完成" in wang.last_reply().text
    assert (await bot.services.members.get(2002)).status == "active"
    assert not any("王五" in r.text for r in admin.replies() if "新的注册申请" in r.text)


async def test_used_up_and_expired_invites_are_refused(bot_factory, clock):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/invite 1 1")
    code = admin.last_reply().text.split("start=", 1)[1].split()[0]
    first = bot.member(2002, "王五")
    await first.send(f"/start {code}")
    await first.send("王五")
    await first.press("教育界")
    await first.press("无")
    await first.tap(texts.SKIP)
    second = bot.member(2003, "赵六")
    await second.send(f"/start {code}")
    assert texts.INVITE_INVALID.format(reason=texts.INVITE_REASON_USED) in [r.text for r in second.replies()]
    await admin.send("/invite 5 1")
    code2 = admin.last_reply().text.split("start=", 1)[1].split()[0]
    clock.advance(timedelta(days=2))
    third = bot.member(2004, "孙七")
    await third.send(f"/start {code2}")
    assert texts.INVITE_INVALID.format(reason=texts.INVITE_REASON_EXPIRED) in [r.text for r in third.replies()]
    await third.send("孙七")
    await third.press("教育界")
    await third.press("无")
    await third.tap(texts.SKIP)
    assert (await bot.services.members.get(2004)).status == "pending"


async def test_admin_who_never_started_is_skipped(bot_factory):
    bot = await bot_factory(admin_ids="9001,9002")
    await bot.member(ADMIN_ID, "管理员").send("/start")
    await register(bot, 2001, "李四", approve=False)
    assert bot.telegram.bot_messages(9002) == []
    assert any("李四" in r.text for r in bot.member(ADMIN_ID, "管理员").replies())


async def test_late_admin_sees_waiting_requests_on_start(bot_factory):
    bot = await bot_factory(admin_ids="9001,9002")
    await register(bot, 2001, "李四", approve=False)
    late = bot.member(9002, "王主任")
    await late.send("/start")
    assert any("李四" in r.text and texts.APPROVE in r.buttons for r in late.replies())
    await late.press(texts.APPROVE)
    assert (await bot.services.members.get(2001)).status == "active"


async def test_html_in_a_name_is_escaped(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    evil = bot.member(2005, "<b>x</b>&")
    await evil.send("/start")
    await evil.send("李四")
    await evil.press("教育界")
    await evil.press("无")
    await evil.tap(texts.SKIP)
    card = admin.last_reply()
    assert "Telegram：<b>x</b>&" in card.text  # shown literally, not as markup
    assert "&lt;b&gt;" in card.html
