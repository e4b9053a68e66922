"""Benchmark: what /metrics costs (``make bench-metrics``).

  hook    the update path's share: handlers/telemetry.py's update_type + Telemetry.update_handled,
          alone (best of 5 × 200 000 calls);
  app     a bare PTB Application with one no-op handler against the same with MeteredApplication,
          20 000 updates each through process_update (best of 3), in-process fake Bot API;
  scrape  one /metrics and one /healthz request (aiohttp test client) on a fresh SQLite file
          holding --rows outbox rows, --rows reminders and --rows / 10 questions and members
          (median of 20).

    python bench/metrics/run.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import timeit
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aiohttp.test_utils import TestClient, TestServer  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, MessageHandler, filters  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.localchat.driver import LocalBot  # noqa: E402
from bot.localchat.fakeapi import FakeRequest, FakeTelegram  # noqa: E402
from bot.monitoring import Telemetry  # noqa: E402
from handlers.telemetry import MeteredApplication, update_type  # noqa: E402
from handlers.web import build_web_app  # noqa: E402
from storage.broadcasts import OutboxRow  # noqa: E402
from storage.events import Event, Reminder  # noqa: E402
from storage.knowledge import AskedQuestion  # noqa: E402
from storage.models import Member  # noqa: E402


def bench_hook() -> float:
    telegram = FakeTelegram()
    telegram.user(1, "甲")
    update = Update.de_json(telegram.text_update(1, "你好"), None)
    telemetry = Telemetry()

    def hook() -> None:
        started = time.perf_counter()
        telemetry.update_handled(update_type(update), time.perf_counter() - started)

    n = 200_000
    return min(timeit.repeat(hook, number=n, repeat=5)) / n


async def bench_app(cls: type[Application], updates: int = 20_000) -> float:
    telegram = FakeTelegram()
    telegram.user(1, "甲")
    request = FakeRequest(telegram)
    app = (ApplicationBuilder().token("1:x").request(request).get_updates_request(request)
           .application_class(cls).build())

    async def noop(update: Update, context: object) -> None:
        return None

    app.add_handler(MessageHandler(filters.TEXT, noop))
    await app.initialize()
    batch = [Update.de_json(telegram.text_update(1, f"第{i}条"), app.bot) for i in range(updates)]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for update in batch:
            await app.process_update(update)
        best = min(best, time.perf_counter() - started)
    await app.shutdown()
    return best / updates


async def bench_scrape(rows: int) -> tuple[float, float, int]:
    from storage.db import migrate

    folder = tempfile.mkdtemp(prefix="bench-metrics-")
    url = f"sqlite+aiosqlite:///{folder}/bot.db"
    await asyncio.to_thread(migrate, url)
    settings = load_settings(environ={"DATABASE_URL": url, "ADMIN_IDS": "9001"},
                             dotenv_path=Path("/nonexistent/.env"))
    bot = await LocalBot(settings).start(migrate_first=False)
    now = bot.clock.now()
    async with bot.services.db.transaction() as s:
        members = [Member(telegram_id=100_000 + i, name=f"委员{i}", status="active", role="member",
                          created_at=now) for i in range(max(1, rows // 10))]
        event = Event(kind="study", title="学习会", starts_at=now + timedelta(days=1), place="会议室",
                      audience={"all": True}, organiser_tid=9001, created_at=now, updated_at=now)
        s.add_all([*members, event])
        await s.flush()
        s.add_all(OutboxRow(telegram_id=100_000 + i % 1000, kind="reminder",
                            state=("sent", "pending", "unreachable", "failed")[i % 4]) for i in range(rows))
        s.add_all(Reminder(event_id=event.id, member_id=members[i % len(members)].id, kind="remind",
                           due_at=now + timedelta(minutes=i), state=("pending", "sent", "skipped")[i % 3],
                           created_at=now)
                  for i in range(rows))
        s.add_all(AskedQuestion(telegram_id=1, question=f"问题{i}", answered=i % 2 == 0, created_at=now)
                  for i in range(rows // 10))
    metrics, health = [], []
    async with TestClient(TestServer(build_web_app(bot.app))) as client:
        for _ in range(20):
            started = time.perf_counter()
            body = await (await client.get("/metrics")).text()
            metrics.append(time.perf_counter() - started)
            started = time.perf_counter()
            await (await client.get("/healthz")).text()
            health.append(time.perf_counter() - started)
    await bot.stop()
    return statistics.median(metrics), statistics.median(health), len(body)


async def main(args: argparse.Namespace) -> int:
    hook = bench_hook()
    print(f"hook     {hook * 1e6:.2f} µs per update (update_type + update_handled)")
    plain, metered = await bench_app(Application), await bench_app(MeteredApplication)
    print(f"app      bare PTB {plain * 1e6:.1f} µs/update, with MeteredApplication {metered * 1e6:.1f} µs/update "
          f"(+{(metered - plain) * 1e6:.1f} µs)")
    scrape, health, size = await bench_scrape(args.rows)
    print(f"scrape   /metrics {scrape * 1000:.1f} ms ({size} bytes), /healthz {health * 1000:.1f} ms "
          f"(median of 20; {args.rows} outbox rows, {args.rows} reminders, {args.rows // 10} members and questions)")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    sys.exit(asyncio.run(main(parser.parse_args())))
