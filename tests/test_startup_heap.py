"""The objects alive once the bot has started are frozen out of full garbage collections, once a process
(bot/app.py `freeze_startup_heap`). Checked in a fresh interpreter: the test process's own heap, and the
bots other tests started in it, are not what a bot process starts with."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import asyncio, gc, sys
from tests.conftest import make_settings
from bot.localchat.driver import LocalBot

async def main():
    counts = [gc.get_freeze_count()]
    for _ in range(2):  # a second Application in the same process freezes nothing more
        bot = await LocalBot(make_settings(sys.argv[1])).start(migrate_first=False)
        counts.append(gc.get_freeze_count())
        await bot.member(2001, "李四").send("/start")  # it still works: nothing it needs was collected
        counts.append(len(bot.member(2001, "李四").replies()))
        await bot.stop()
    print(*counts)

asyncio.run(main())
"""


async def test_the_start_up_heap_is_frozen_once_per_process(sqlite_url):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SCRIPT, sqlite_url, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, stderr.decode()[-2000:]
    before, first, replies, second, replies_again = map(int, stdout.split())
    assert before == 0
    assert first > 50_000  # the modules, classes and services of a started bot
    assert second <= first  # nothing more frozen (some of the first bot's objects were freed since)
    assert replies >= 1 and replies_again >= 1
