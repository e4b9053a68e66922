"""A reminder states the member's current answer, read when it is sent, and offers only the
buttons that change it; 签到 only while check-in is open."""

from __future__ import annotations

from datetime import timedelta

from bot import texts
from tests.conftest import register
from tests.test_events_flow import create_event, reminders_of


async def test_reminders_show_the_current_answer_and_only_what_changes_it(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    await create_event(bot, start="3小时后", offsets="2小时,10分钟")
    notice = li.last_reply()
    assert notice.buttons == [texts.ATTEND, texts.LEAVE, texts.ADD_TO_CALENDAR]  # 签到 not open yet
    await li.press(texts.ATTEND, on=notice)

    await bot.advance(timedelta(hours=1, minutes=1))
    first = reminders_of(li)[-1]
    assert "您已报名参加" in first.text
    assert first.buttons == [texts.LEAVE, texts.ADD_TO_CALENDAR]
    unanswered = reminders_of(wang)[-1]
    assert "您已" not in unanswered.text
    assert unanswered.buttons == [texts.ATTEND, texts.LEAVE, texts.ADD_TO_CALENDAR]

    await bot.advance(timedelta(hours=1, minutes=49))  # 10 minutes before: check-in is open
    second = reminders_of(li)[-1]
    assert "10分钟后开始" in second.text and "您已报名参加" in second.text
    assert second.buttons == [texts.LEAVE, texts.CHECK_IN, texts.ADD_TO_CALENDAR]
    await li.press(texts.CHECK_IN, on=second)
    assert (await bot.services.events.schedule(2001))[0].attendance.checked_in_at is not None


async def test_the_answer_is_read_when_the_reminder_is_sent_not_when_queued(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="3小时后", offsets="2小时")
    event = (await bot.services.events.schedule(2001))[0].event
    state = await bot.services.events.reminder_recipient(1, event, bot.services.clock.now())
    assert state.attendance is not None and state.attendance.answer is None and not state.checkin_open
    await li.press(texts.ATTEND)
    state = await bot.services.events.reminder_recipient(1, event, bot.services.clock.now())
    assert state.attendance.answer == "attend"
