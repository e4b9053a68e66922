"""Updates of different people side by side, one person's in order (handlers/update_order.py).

The real Application, started as in production (updates taken off its queue, as polling puts
them there), with the shipped rate limiter; the fake Bot API answers the first reply to one
person with a 429, so that reply waits out its retry_after inside its handler.
"""

from __future__ import annotations

import asyncio

from bot.localchat.driver import LocalBot
from bot.localchat.fakeapi import Fault
from handlers.update_order import PerPersonOrder, order_keys
from telegram import Update
from tests.conftest import make_settings

SLOW, OTHER, SAME_AS_SLOW = 7001, 7002, 7003
STEPS = ["/start", "张三", "/start"]


async def _queue_all(bot: LocalBot, updates: list[dict]) -> None:
    for update in updates:
        await bot.app.update_queue.put(Update.de_json(update, bot.app.bot))


async def _until(condition, limit: float = 30.0) -> None:  # noqa: ANN001
    for _ in range(int(limit / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("not reached")


async def test_a_reply_waiting_out_a_429_holds_up_no_one_else_and_a_person_stays_in_order(sqlite_url) -> None:
    bot = LocalBot(make_settings(sqlite_url), rate_limit=True, run_jobs=True)
    await bot.start(migrate_first=False)
    try:
        assert isinstance(bot.app._update_processor, PerPersonOrder)  # noqa: SLF001 - the shipped builder's
        telegram = bot.telegram
        # The same steps one at a time, for the replies one person's steps must get, in this order.
        reference = bot.member(SAME_AS_SLOW, "张三")
        expected = [[r.text for r in await reference.send(step)] for step in STEPS]

        throttled: list[int] = []

        def first_reply_to_slow_is_throttled(method: str, params: dict) -> Fault | None:
            if method == "sendMessage" and int(params.get("chat_id", 0)) == SLOW and not throttled:
                throttled.append(SLOW)
                return Fault(429, retry_after=1)
            return None

        telegram.fault_hook = first_reply_to_slow_is_throttled
        for user_id in (SLOW, OTHER):
            telegram.user(user_id, "张三")
        await _queue_all(bot, [telegram.text_update(SLOW, step) for step in STEPS]
                         + [telegram.text_update(OTHER, STEPS[0])])
        await _until(lambda: len(telegram.bot_messages(SLOW)) == sum(map(len, expected)))

        assert throttled == [SLOW]
        # The other person was answered while the throttled reply was still waiting out its 429:
        # before the throttled reply's second try (one at a time, it came after all three steps).
        sends = [int(c.params["chat_id"]) for c in telegram.calls if c.method == "sendMessage"
                 and int(c.params["chat_id"]) in (SLOW, OTHER)]
        assert OTHER in sends, "the other person was answered only after the throttled person's steps"
        second_try = [i for i, chat in enumerate(sends) if chat == SLOW][1]
        assert sends.index(OTHER) < second_try
        # And the throttled person's three steps were handled in the order sent: the same replies.
        assert [m["text"] for m in telegram.bot_messages(SLOW)] == [t for texts in expected for t in texts]
    finally:
        await bot.stop()


def test_an_update_is_ordered_by_its_sender_and_its_chat() -> None:
    update = Update.de_json({"update_id": 1, "message": {
        "message_id": 1, "date": 0, "chat": {"id": -5, "type": "group"},
        "from": {"id": 9, "is_bot": False, "first_name": "李"}, "text": "x"}}, None)
    assert order_keys(update) == (("user", 9), ("chat", -5))
    assert order_keys(object()) == (("other",),)


def _message(update_id: int, user_id: int) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": user_id, "type": "private"},
        "from": {"id": user_id, "is_bot": False, "first_name": "李"}, "text": str(update_id)}}, None)


async def test_one_person_flooding_takes_no_slot_from_another() -> None:
    processor = PerPersonOrder(max_concurrent_updates=2)
    release = asyncio.Event()
    handled: list[int] = []

    async def handle(update_id: int) -> None:
        if update_id == 1:
            await release.wait()  # the flooder's first update waits (as a reply waiting out a 429)
        handled.append(update_id)

    flood = [asyncio.create_task(processor.process_update(_message(i, 1), handle(i))) for i in range(1, 11)]
    other = asyncio.create_task(processor.process_update(_message(99, 2), handle(99)))
    await asyncio.wait_for(other, 10)
    assert handled == [99]  # ten updates of one person queued, two slots: the other person got one
    release.set()
    await asyncio.gather(*flood)
    assert handled == [99, *range(1, 11)]  # and the flooder's in the order sent
