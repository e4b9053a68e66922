"""The operator's side of the web server, in process: /metrics parsed by prometheus-client's own
parser after real updates, and /healthz answering 200, or 503 naming what is wrong."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from bot import texts
from bot.clock import FrozenClock
from bot.localchat.driver import LocalBot
from bot.localchat.fakeapi import Fault
from bot.monitoring import Monitoring
from bot.services import Services
from handlers.web import build_web_app
from storage.broadcasts import OutboxRow, SenderProcess
from storage.knowledge import AskedQuestion
from tests.conftest import START, make_settings, register
from tests.test_events_flow import create_event, reminders_of
from tests.test_submissions_flow import write_until_preview

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def get(application, path: str) -> tuple[int, str, dict]:
    async with TestClient(TestServer(build_web_app(application))) as client:
        response = await client.get(path)
        return response.status, await response.text(), dict(response.headers)


async def scrape(application) -> Samples:
    status, body, headers = await get(application, "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(body) for s in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


async def test_metrics_count_updates_by_type_latency_errors_and_what_the_database_holds(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    before = await scrape(bot.app)

    await li.send("去年社情民意编报了多少篇？")  # answered from the 2020 report
    await li.send("济南市政协主席是谁？")  # declined …
    await li.press(texts.QA_FORWARD_BUTTON)  # … and handed to staff
    armed = [True]

    def refuse_once(method, params):  # noqa: ANN001, ANN202 - the next message to 王五 is refused
        if method == "sendMessage" and int(params.get("chat_id", 0)) == wang.id and armed:
            armed.clear()
            return Fault(400, "Bad Request: message is too long")
        return None

    bot.telegram.fault_hook = refuse_once
    await wang.send("/help")  # the handler's reply raises: the error handler runs
    bot.telegram.fault_hook = None
    middle = await scrape(bot.app)

    def grew(name: str, earlier: Samples, later: Samples, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return later[key] - earlier.get(key, 0.0)

    assert grew("lvzhi_updates_total", before, middle, type="message") == 3
    assert grew("lvzhi_updates_total", before, middle, type="callback_query") == 1
    assert grew("lvzhi_update_handling_seconds_count", before, middle) == 4  # each update timed once
    assert grew("lvzhi_update_handling_seconds_sum", before, middle) > 0
    assert grew("lvzhi_errors_total", before, middle, source="update") == 1
    assert value(middle, "lvzhi_questions_total", outcome="answered") == 1
    assert value(middle, "lvzhi_questions_total", outcome="declined") == 1
    assert value(middle, "lvzhi_questions_total", outcome="forwarded") == 1

    await write_until_preview(li)
    await li.press(texts.SUB_SUBMIT)
    bot.telegram.blocked_chats.add(wang.id)  # 王五 blocked the bot: his notices cannot be delivered
    await create_event(bot, start="10分钟后", offsets="5分钟")
    await bot.advance(timedelta(minutes=5))
    assert len(reminders_of(li)) == 1
    after = await scrape(bot.app)

    # Every update is counted by type and timed: the totals match the database's own log of update ids.
    handled = value(after, "lvzhi_updates_total", type="message") + value(
        after, "lvzhi_updates_total", type="callback_query")
    assert handled == value(after, "lvzhi_update_handling_seconds_count") == value(after, "lvzhi_recent_updates")
    assert value(after, "lvzhi_update_handling_seconds_bucket", le="+Inf") == handled
    assert value(after, "lvzhi_errors_total", source="update") == 1
    assert value(after, "lvzhi_submissions", status="submitted") == 1
    assert value(after, "lvzhi_members", status="active") == 3  # the admin, 李四, 王五
    assert value(after, "lvzhi_outbox", state="pending") == 0 and value(after, "lvzhi_outbox", state="failed") == 0
    assert value(after, "lvzhi_outbox", state="unreachable") == 1  # the event's notice to 王五 (403)
    assert value(after, "lvzhi_outbox", state="sent") > value(middle, "lvzhi_outbox", state="sent")
    # 李四: the event's notice and the reminder sent; 王五: the notice failed (403), so the reminder skipped.
    assert value(after, "lvzhi_reminders", state="sent") == 2
    assert value(after, "lvzhi_reminders", state="failed") == 1
    assert value(after, "lvzhi_reminders", state="skipped") == 1
    assert value(after, "lvzhi_reminders", state="pending") == 0
    assert value(after, "lvzhi_sender_processes_alive") == 1
    assert value(after, "lvzhi_database_up") == 1


async def test_two_applications_keep_their_own_counts(bot_factory):
    first, second = await bot_factory(), await bot_factory()
    await first.member(2001, "李四").send("/start")
    assert value(await scrape(first.app), "lvzhi_updates_total", type="message") == 1
    assert ("lvzhi_updates_total", (("type", "message"),)) not in await scrape(second.app)


async def test_healthz_is_200_with_the_facts_then_503_when_the_database_breaks(sqlite_url, clock):
    bot = LocalBot(make_settings(sqlite_url), clock=clock, run_jobs=True)  # the scheduler runs
    await bot.start(migrate_first=False)
    try:
        status, body, _ = await get(bot.app, "/healthz")
        assert status == 200
        health = json.loads(body)
        assert health["status"] == "ok" and health["problems"] == []
        assert health["database"] == "ok" and health["scheduler"] == "running" and health["updates"] == "running"
        assert health["seconds_since_last_update"] is None  # nothing came yet
        assert health["outbox_pending"] == 0 and health["reminders_pending"] == 0
        await bot.member(2001, "李四").send("/start")
        health = json.loads((await get(bot.app, "/healthz"))[1])
        assert 0 <= health["seconds_since_last_update"] < 60

        # Break the database: close the pool, and put a folder where the file was.
        path = sqlite_url.removeprefix("sqlite+aiosqlite:///")
        await bot.services.db.engine.dispose()
        shutil.move(path, path + ".moved")
        os.mkdir(path)
        status, body, _ = await get(bot.app, "/healthz")
        health = json.loads(body)
        assert status == 503 and health["status"] == "error"
        assert health["database"] == "OperationalError"
        assert health["problems"] == ["database unreachable (OperationalError)"]
        samples = await scrape(bot.app)  # the update counters are still served
        assert value(samples, "lvzhi_database_up") == 0
        assert value(samples, "lvzhi_updates_total", type="message") == 1
    finally:
        await bot.stop()


async def test_healthz_is_503_naming_a_stopped_scheduler(bot_factory):
    bot = await bot_factory()  # initialised, never started: no scheduler, no update processing
    status, body, _ = await get(bot.app, "/healthz")
    health = json.loads(body)
    assert status == 503
    assert health["problems"] == ["scheduler not running", "update processing not running"]
    assert health["database"] == "ok"


async def test_the_counts_behind_metrics_on_both_databases(db_url):
    services = Services.build(make_settings(db_url))
    try:
        async with services.db.transaction() as s:
            s.add_all([AskedQuestion(telegram_id=1, question="q1", answered=True, created_at=START),
                       AskedQuestion(telegram_id=1, question="q2", answered=False, forwarded=True, created_at=START),
                       AskedQuestion(telegram_id=1, question="q3", answered=False, created_at=START),
                       OutboxRow(telegram_id=1, kind="x", state="pending"),
                       OutboxRow(telegram_id=2, kind="x", state="unreachable"),
                       SenderProcess(process_id="a", seen_at=START),
                       SenderProcess(process_id="b", seen_at=START - timedelta(minutes=5))])
        numbers = await Monitoring(services.db, FrozenClock(START), timedelta(seconds=10)).metrics()
        assert numbers.questions_by_outcome == {"answered": 1, "declined": 2, "forwarded": 1}
        assert numbers.outbox_by_state == {"pending": 1, "unreachable": 1}
        assert numbers.reminders_by_state == {} and numbers.submissions_by_status == {}
        assert numbers.processes_alive == 1
    finally:
        await services.close()


def test_each_start_failure_is_named_in_one_chinese_line(sqlite_url):
    from telegram.error import BadRequest, InvalidToken, TimedOut

    from bot.app import start_failure

    settings = make_settings(sqlite_url)
    taken = OSError(98, "address already in use")
    assert start_failure(taken, settings) == texts.START_WEB_FAILED.format(
        host=settings.web.host, port=settings.web.port, reason="[Errno 98] address already in use")
    assert start_failure(InvalidToken("Not Found"), settings) == texts.START_TOKEN_REFUSED.format(reason="Not Found")
    assert start_failure(TimedOut(), settings) == texts.START_TELEGRAM_UNREACHABLE.format(
        server="https://api.telegram.org", reason="Timed out")
    assert start_failure(BadRequest("Chat not found"), settings) == texts.START_TELEGRAM_REFUSED.format(
        server="https://api.telegram.org", reason="Chat not found")
