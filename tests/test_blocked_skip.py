"""A member whose chat answered 403 costs later broadcasts no request, until they write to the bot again.

Telegram counts every request against the bot's 30 messages/s, 403s included; so after the
first notice that finds a chat blocked, later notices skip it (and still list the member
as 无法送达), which keeps the whole rate for deliveries.
"""

from __future__ import annotations

from bot import texts
from tests.test_broadcasts import compose, delivered, fast_config, setup  # noqa: F401 - fixtures


def _requests_to(bot, chat_id: int) -> int:  # noqa: ANN001
    return sum(1 for c in bot.telegram.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == chat_id)


async def test_a_blocked_member_is_skipped_by_later_broadcasts_until_they_write_again(setup):  # noqa: F811
    bot, admin, (li, wang, _) = await setup()
    bot.telegram.blocked_chats.add(wang.id)
    before = _requests_to(bot, wang.id)  # their registration's messages
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert _requests_to(bot, wang.id) == before + 1  # the first notice finds the block (403)
    assert (await bot.services.members.get(wang.id)).reachable is False

    await compose(admin, "第二份通知", receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert _requests_to(bot, wang.id) == before + 1  # no request spent on the known block
    assert delivered(bot, li.id) == 2
    assert "无法送达 1 人：王五" in admin.last_reply().text  # still listed in the report

    bot.telegram.blocked_chats.discard(wang.id)  # they unblock the bot and write to it
    await wang.send("你好")
    assert (await bot.services.members.get(wang.id)).reachable is True
    await compose(admin, "第三份通知", receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, wang.id) == 1
