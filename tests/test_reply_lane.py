"""The real bot with its rate limiter on: a member's reply is not queued behind a broadcast."""

from __future__ import annotations

import asyncio

from bot import texts
from bot.localchat.driver import LocalBot
from bot.localchat.limits import TelegramLimits
from tests.conftest import ADMIN_ID, make_settings
from tests.test_broadcasts import add_members, compose, delivered


async def test_a_reply_is_sent_promptly_while_the_outbox_is_saturated(sqlite_url, clock, tmp_path):
    config = tmp_path / "slow.toml"
    config.write_text("[rate_limits]\noverall_per_second = 10\nper_chat_per_second = 1\n"
                      "[broadcasts]\nbatch_size = 50\n")
    bot = LocalBot(make_settings(sqlite_url, BOT_CONFIG=str(config)), clock=clock, rate_limit=True)
    await bot.start(migrate_first=False)
    try:
        admin = bot.member(ADMIN_ID, "管理员")
        await admin.send("/start")
        people = await add_members(bot, 3001, 40)
        await compose(admin, receipt=False)
        await admin.press(texts.BC_SEND_NOW)
        limits = TelegramLimits(overall=30, per_chat=1)
        bot.telegram.fault_hook = limits
        loop = asyncio.get_running_loop()
        broadcast = asyncio.ensure_future(bot.run_due())  # 40 notices at 10/s: about 4 s
        await asyncio.sleep(1.0)
        assert 0 < sum(delivered(bot, p.id) for p in people) < 40  # the outbox is busy
        asked = loop.time()
        for stranger in range(9001, 9009):  # 8 people write within the second
            assert await bot.member(stranger, "路人").send("/start")
        answered = loop.time() - asked
        # Replies take the budget first: each the next slot of 10/s, ahead of the 30 notices still
        # waiting (about 0.8 s for the 8; behind the notices they would wait 3 s or more).
        assert answered < 1.0, answered
        await broadcast
        assert all(delivered(bot, p.id) == 1 for p in people)
        assert [t for t in limits.throttled if t[1] != ADMIN_ID] == []
    finally:
        await bot.stop()
