"""Redelivered updates, handler errors, bad input: each handled once, politely, and logged."""

from __future__ import annotations

from bot import texts
from handlers import errors
from tests.conftest import ADMIN_ID, register


async def test_an_update_delivered_twice_is_handled_once(bot_factory):
    bot = await bot_factory()
    li = bot.member(2001, "李四")
    update = bot.telegram.text_update(2001, "/start")
    await bot.redeliver(update)
    await bot.redeliver(update)
    assert len(li.replies()) == 1


async def test_redelivery_after_restart_is_still_dropped(bot_factory):
    bot = await bot_factory()
    li = bot.member(2001, "李四")
    update = bot.telegram.text_update(2001, "/start")
    await bot.redeliver(update)
    await bot.restart()
    await bot.redeliver(update)
    assert len(li.replies()) == 1


async def test_handler_error_apologises_logs_and_tells_admins_once_a_minute(bot_factory, monkeypatch, caplog):
    errors.reset_throttle()
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    li = await register(bot, 2001, "李四")

    async def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(bot.services.members, "summary", broken)
    await admin.send("/members")
    assert admin.replies()[-2].text == texts.SORRY_ERROR
    assert "database on fire" in admin.last_reply().text
    notices = len([r for r in admin.replies() if "机器人出错" in r.text])
    await admin.send("/members")
    assert len([r for r in admin.replies() if "机器人出错" in r.text]) == notices
    record = next(r for r in caplog.records if r.name == "handlers.errors")
    assert "user=9001" in record.getMessage() and "update=" in record.getMessage()
    assert "/members" in record.getMessage()
    await li.send("/help")  # the bot goes on working
    assert "报送社情民意" in li.last_reply().text


async def test_unknown_command_and_stale_button(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/nonsense")
    assert li.last_reply().text == texts.UNKNOWN_COMMAND
    await li.press_data("zzz:1", on=li.last_reply())  # nothing breaks
    await li.send("/cancel")
    assert li.last_reply().text == texts.NOTHING_TO_CANCEL


async def test_non_text_messages_get_a_polite_answer(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.sticker()
    assert li.last_reply().text == texts.UNSUPPORTED_MESSAGE
    await li.other(voice={"file_id": "V1", "file_unique_id": "UV1", "duration": 3})
    assert li.last_reply().text == texts.UNSUPPORTED_MESSAGE
    await li.other(location={"latitude": 36.06, "longitude": 120.38})
    assert li.last_reply().text == texts.UNSUPPORTED_MESSAGE


async def test_stranger_is_asked_to_register(bot_factory):
    bot = await bot_factory()
    stranger = bot.member(2999, "路人")
    await stranger.send("你好")
    assert stranger.last_reply().text == texts.NOT_REGISTERED
    await stranger.send("/help")
    assert stranger.last_reply().text == texts.HELP_UNREGISTERED
