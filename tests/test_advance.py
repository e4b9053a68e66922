"""The chat session's `@advance` runs what falls due at each moment on the way, as the real clock
would: reminders go out at their own times, in order, once; a broadcast scheduled on the way
starts at its time; a reminder whose event has already begun is not sent.

The clock stands at Monday 2026-11-02 09:00 北京时间 (tests/conftest.py). Each message the fake
Telegram receives is recorded with the bot's clock at that moment.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from bot.localchat.session import ChatSession
from tests.conftest import ADMIN_ID, register


def _at(day: int, hour: int) -> datetime:
    """2026-11-<day> <hour>:00 北京时间, in UTC."""
    return datetime(2026, 11, day, hour, tzinfo=timezone.utc) - timedelta(hours=8)


def _event(title: str, start: str, offsets: str) -> list[str]:
    return ["/newevent", "> 学习", title, start, "> 确认", "> 跳过", "会议室", "> 全体委员", "> 完成",
            offsets, "> 确认", "> 不重复", "> 发布"]


async def _run(session: ChatSession, lines: list[str]) -> None:
    for line in lines:
        await session.act(line, interactive=False)


def _sends_to(log: list, chat_id: int, start: str) -> list[tuple[str, datetime]]:
    return [(text, at) for method, chat, text, at in log
            if method == "sendMessage" and chat == chat_id and text.startswith(start)]


async def test_advance_sends_each_reminder_at_its_time_in_order_and_starts_a_broadcast_on_the_way(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    log: list[tuple[str, int, str, datetime]] = []
    bot.telegram.listeners.append(lambda method, params: log.append(
        (method, int(params.get("chat_id") or 0), str(params.get("text") or ""), bot.clock.now())))
    session = ChatSession(bot, io.StringIO())
    session.switch(ADMIN_ID, "管理员")
    await _run(session, ["/start"]
               + _event("甲学习会", "明天下午3点", "1天,2小时")  # 11-03 15:00: reminders 11-02 15:00, 11-03 13:00
               + _event("乙学习会", "后天上午10点", "1天,2小时")  # 11-04 10:00: reminders 11-03 10:00, 11-04 08:00
               + ["/broadcast", "请于周五到会。", "> 全体委员", "> 下一步", "> 不需要", "> 定时发送",
                  "明天上午11点", "> 确认"])  # 11-03 11:00
    assert _sends_to(log, 2001, "⏰") == []

    await session.act("@advance 3d", interactive=False)

    sent = [(("甲" if "甲学习会" in text else "乙") + ("1天" if "1天后开始" in text else "2小时"), at)
            for text, at in _sends_to(log, 2001, "⏰")]
    assert sent == [("甲1天", _at(2, 15)), ("乙1天", _at(3, 10)), ("甲2小时", _at(3, 13)), ("乙2小时", _at(4, 8))]
    notices = [n for n in _sends_to(log, 2001, "📢") if "请于周五到会" in n[0]]
    assert [at for _, at in notices] == [_at(3, 11)]
    assert bot.clock.now() == _at(5, 9)
    states = await bot.services.events.reminder_states()
    assert states.get("sent") == 6 and "skipped:started" not in states  # 2 notices + 4 reminders


async def test_a_reminder_whose_event_began_while_the_bot_was_down_is_not_sent(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    session = ChatSession(bot, io.StringIO())
    session.switch(ADMIN_ID, "管理员")
    await _run(session, ["/start"] + _event("丙学习会", "明天上午9点", "2小时"))  # reminder 11-03 07:00
    bot.clock.advance(timedelta(days=1, hours=1))  # down from 09:00 to 10:00 the next day: the event began
    await session.act("@advance 1h", interactive=False)
    assert [r for r in li.replies() if r.text.startswith("⏰")] == []
    assert (await bot.services.events.reminder_states())["skipped:started"] == 1


async def test_advance_with_nothing_due_moves_the_clock_once(bot_factory):
    bot = await bot_factory()
    start = bot.clock.now()
    await bot.advance(timedelta(days=3))
    assert bot.clock.now() == start + timedelta(days=3)
    assert await bot.services.next_due_at() is None
