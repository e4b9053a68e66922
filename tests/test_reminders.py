"""Reminders: the right moments in Asia/Shanghai, exactly once (restarts, racing dispatchers), re-planning."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot import texts
from bot.clock import FrozenClock
from bot.events.public import EventDraft
from bot.localchat.driver import LocalBot
from bot.services import Services
from storage.events import Reminder
from storage.models import Member
from tests.conftest import ADMIN_ID, START, make_settings, register
from tests.test_events_flow import create_event, reminders_of

TZ = ZoneInfo("Asia/Shanghai")


def shanghai(*args) -> datetime:
    return datetime(*args, tzinfo=TZ).astimezone(timezone.utc)


async def test_reminders_come_at_each_offset_in_shanghai_time(bot_factory, clock):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="11月5日 14:30", offsets="1天,2小时")
    clock.set(shanghai(2026, 11, 4, 14, 29, 59))
    await bot.run_due()
    assert reminders_of(li) == []
    await bot.advance(timedelta(seconds=1))
    assert len(reminders_of(li)) == 1 and "1天后开始" in reminders_of(li)[0].text
    clock.set(shanghai(2026, 11, 5, 12, 29))
    await bot.run_due()
    assert len(reminders_of(li)) == 1
    await bot.advance(timedelta(minutes=1))
    assert len(reminders_of(li)) == 2 and "2小时后开始" in reminders_of(li)[1].text
    await bot.advance(timedelta(hours=3))
    assert len(reminders_of(li)) == 2


async def test_a_reminder_is_sent_once_across_a_restart(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="10分钟后", offsets="5分钟")
    await bot.advance(timedelta(minutes=5))
    await bot.restart()
    await bot.run_due()
    await bot.advance(timedelta(minutes=1))
    assert len(reminders_of(li)) == 1
    assert (await bot.services.events.reminder_states())["sent"] == 2  # the notice and the reminder


async def test_reminder_due_while_down_is_sent_on_start_if_the_event_has_not_begun(bot_factory, clock):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="1小时后", offsets="30分钟")
    await bot.stop()
    clock.advance(timedelta(minutes=45))
    await bot.start(migrate_first=False)
    await bot.run_due()
    assert len(reminders_of(li)) == 1 and "15分钟后开始" in reminders_of(li)[0].text


async def test_reminder_due_while_down_is_skipped_and_counted_if_the_event_has_begun(bot_factory, clock):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="1小时后", offsets="30分钟")
    await bot.stop()
    clock.advance(timedelta(minutes=61))
    await bot.start(migrate_first=False)
    await bot.run_due()
    assert reminders_of(li) == []
    assert (await bot.services.events.reminder_states())["skipped:started"] == 1


async def test_member_on_leave_gets_no_reminder_and_gets_them_again_after_changing(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="3小时后", offsets="2小时,1小时")
    await li.press(texts.LEAVE)
    await li.send("出差")
    await bot.advance(timedelta(hours=1))
    assert reminders_of(li) == []
    await li.press(texts.ATTEND)
    await bot.advance(timedelta(hours=1))
    assert len(reminders_of(li)) == 1 and "1小时后开始" in reminders_of(li)[0].text


async def test_changing_the_time_replans_reminders_and_tells_everyone(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="3小时后", offsets="2小时")
    await admin.press(texts.EVENT_BTN_TIME)
    await admin.send("明天上午9点")
    assert admin.last_reply().html == texts.EVENT_CONFIRM_NEW_TIME.format(when="2026年11月3日（周二）09:00（北京时间）")
    assert reminders_of(li) == [] and not li.last_reply().text.startswith("📝")  # nothing moves before 确认
    await admin.press(texts.TIME_CONFIRM)
    assert admin.replies()[-2].text == texts.EVENT_TIME_CHANGED.format(when="2026年11月3日（周二）09:00")
    assert li.last_reply().text.startswith("📝") and "2026年11月3日（周二）09:00" in li.last_reply().text
    await bot.advance(timedelta(hours=1, minutes=5))  # the old moment passes: nothing
    assert reminders_of(li) == []
    states = await bot.services.events.reminder_states()
    assert states["skipped:replanned"] == 1
    await bot.advance(timedelta(hours=20, minutes=55))  # 2026-11-03 07:00
    assert len(reminders_of(li)) == 1 and "2小时后开始" in reminders_of(li)[0].text


async def test_changing_the_place_tells_everyone(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="3小时后")
    await admin.press(texts.EVENT_BTN_PLACE)
    await admin.send("市民中心二楼")
    assert admin.replies()[-2].text == texts.EVENT_PLACE_CHANGED.format(place="市民中心二楼")
    assert "市民中心二楼" in li.last_reply().text


async def test_cancelling_tells_everyone_and_stops_reminders(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="3小时后", offsets="2小时")
    await admin.press(texts.EVENT_BTN_CANCEL)
    await admin.press(texts.EVENT_CANCEL_YES)
    assert admin.last_reply().text == texts.EVENT_CANCELLED_DONE.format(title="十一月理论学习会", count=1)
    assert li.last_reply().text.startswith("❌")
    await bot.advance(timedelta(hours=2))
    assert reminders_of(li) == []
    notice = next(r for r in li.replies() if r.text.startswith("📢"))
    await li.press(texts.ATTEND, on=notice)
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.EVENT_IS_CANCELLED


async def test_weekly_event_repeats_until_the_date_with_reminders_each_time(bot_factory, clock):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="11月4日 9:00", offsets="1小时", repeat="每周", until="11月25日")
    assert texts.NEWEVENT_PUBLISHED_SERIES.format(occurrences=4, count=1) in [r.text for r in admin.replies()]
    notices = [r for r in li.replies() if r.text.startswith("📢")]
    assert len(notices) == 1 and "每周一次，共 4 次" in notices[0].text
    mine = await bot.services.events.schedule(2001)
    assert [m.event.starts_at.astimezone(TZ).date() for m in mine] == [
        date(2026, 11, 4), date(2026, 11, 11), date(2026, 11, 18), date(2026, 11, 25)]
    for day in (4, 11, 18, 25):
        clock.set(shanghai(2026, 11, day, 8, 0))
        await bot.run_due()
    assert [r.text.count("2026年11月") for r in reminders_of(li)] == [1] * 4
    assert "2026年11月25日（周三）09:00" in reminders_of(li)[-1].text


async def test_monthly_event_skips_months_without_that_day(bot_factory, clock):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    draft = EventDraft("meeting", "月度协商会", shanghai(2027, 1, 31, 9, 0), None, "会议室", {"all": True}, (60,),
                       "monthly", date(2027, 5, 31))
    events = await bot.services.events.publish(ADMIN_ID, draft)
    assert [e.starts_at.astimezone(TZ).date() for e in events] == [
        date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31)]


async def test_nudge_reaches_only_those_who_have_not_answered(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    admin = await create_event(bot, start="明天上午9点")
    await li.press(texts.ATTEND)
    await admin.press(texts.EVENT_BTN_NUDGE)
    assert admin.last_reply().text == texts.EVENT_NUDGED.format(count=1)
    assert wang.last_reply().text.startswith("🔔")
    assert not any(r.text.startswith("🔔") for r in li.replies())


async def test_member_who_blocked_the_bot_is_marked_and_not_retried(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    bot.telegram.blocked_chats.add(2001)
    await create_event(bot, start="明天上午9点")
    assert not (await bot.services.members.get(2001)).reachable
    assert (await bot.services.events.reminder_states())["failed"] == 1
    assert not any(r.text.startswith("📢") for r in li.replies())


async def test_a_timed_out_reminder_is_tried_again_on_the_next_tick(bot_factory):
    from bot.localchat.fakeapi import Fault

    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    faults = iter([Fault(0)])
    bot.telegram.fault_hook = lambda method, params: next(faults, None) if method == "sendMessage" \
        and params.get("chat_id") == 2001 else None
    await create_event(bot, start="明天上午9点")
    assert not any(r.text.startswith("📢") for r in li.replies())
    await bot.run_due()
    await bot.run_due()
    assert sum(r.text.startswith("📢") for r in li.replies()) == 1


# --- two dispatchers on one database ---------------------------------------------------------------

async def _members_and_event(services: Services, count: int) -> int:
    async with services.db.transaction() as s:
        for i in range(count):
            s.add(Member(telegram_id=50000 + i, name=f"委员{i}", status="active", role="member", chat_started=True,
                         sector="经济界", created_at=services.clock.now()))
    draft = EventDraft("study", "学习会", services.clock.now() + timedelta(hours=3), None, "会议室", {"all": True},
                       (120,))
    events = await services.events.publish(ADMIN_ID, draft)
    return events[0].id


async def test_two_dispatchers_racing_claim_each_reminder_once(db_url):
    clock = FrozenClock(START)
    one = Services.build(make_settings(db_url), clock)
    two = Services.build(make_settings(db_url), clock)
    await one.start()
    try:
        await _members_and_event(one, 60)
        clock.advance(timedelta(hours=1, minutes=1))  # the notices and the 2-hour reminders are due

        async def drain(services: Services, name: str) -> list[int]:
            got = []
            while True:
                claim = await services.events.claim_due(name, limit=7)
                if not claim.reminders:
                    return got
                got += [r.id for r in claim.reminders]
                await services.events.finish(sent=[r.id for r in claim.reminders])

        results = await asyncio.gather(drain(one, "a"), drain(two, "b"), drain(one, "c"), drain(two, "d"))
        claimed = [i for r in results for i in r]
        assert len(claimed) == len(set(claimed)) == 120
        assert sum(1 for r in results if r) >= 2  # both processes took part
        async with one.db.transaction() as s:
            assert (await s.execute(select(Reminder).where(Reminder.state != "sent"))).first() is None
    finally:
        await one.close()
        await two.close()


async def _two_bots(url: str, clock) -> tuple[LocalBot, LocalBot]:
    settings = make_settings(url)
    first = await LocalBot(settings, clock=clock).start(migrate_first=False)
    second = await LocalBot(settings, clock=clock, telegram=first.telegram).start(migrate_first=False)
    return first, second


async def _race_two_bots(url: str, clock) -> None:
    first, second = await _two_bots(url, clock)
    try:
        people = [await register(first, 2001 + i, name) for i, name in enumerate(("赵一", "钱二", "孙三", "李四", "周五"))]
        await create_event(first, start="10分钟后", offsets="5分钟")
        clock.advance(timedelta(minutes=5))
        await asyncio.gather(first.run_due(), second.run_due(), first.run_due(), second.run_due())
        await second.restart()
        await asyncio.gather(first.run_due(), second.run_due())
        assert [len(reminders_of(p)) for p in people] == [1] * 5
    finally:
        await first.stop()
        await second.stop()


async def test_two_bots_on_one_sqlite_database_send_each_reminder_once(sqlite_url, clock):
    await _race_two_bots(sqlite_url, clock)


async def test_two_bots_on_one_postgresql_database_send_each_reminder_once(pg_url, clock):
    await _race_two_bots(pg_url, clock)


async def test_a_claim_left_by_a_crashed_process_is_taken_over(db_url):
    clock = FrozenClock(START)
    services = Services.build(make_settings(db_url), clock)
    await services.start()
    try:
        await _members_and_event(services, 1)
        claim = await services.events.claim_due("crashed")
        assert len(claim.reminders) == 1
        assert (await services.events.claim_due("other")).reminders == ()
        clock.advance(timedelta(minutes=11))
        taken = await services.events.claim_due("other")
        assert [r.id for r in taken.reminders] == [claim.reminders[0].id]
        async with services.db.transaction() as s:
            await s.execute(update(Reminder).values(state="sent"))
    finally:
        await services.close()
