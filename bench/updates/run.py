"""Benchmark: the cost of an update, beside a bare python-telegram-bot echo bot (``make bench-updates``).

In one run, on the fake Bot API (bot/localchat/fakeapi.py) served over HTTP by
bot/localchat/server.py (`--transport http`, the default: each Bot API call goes through
httpx and aiohttp as it would to Telegram, for the echo bot and the bot alike; the server
runs in this process, so both pay its CPU) or called in-process (`--transport inprocess`),
updates are put on each Application's update queue, as polling would, and a reply is the
first Bot API call into the sender's chat (or the answer to their button press):
  echo  bare PTB: echoes 2 000 texts from 200 people (no database, no limiter);
  (a)   the bot: 2 000 questions from 200 approved members;
  (b)   the bot: 3 000 已阅 presses on a notice with receipt;
  (c)   Telegram's limits on (30/s, 1/s per chat, 429 + retry_after) and the shipped
        config: a 3 000-recipient broadcast while 200 members ask 600 questions at 10/s.
(a) and (b) lift the fake's limits and the bot's budget (rate_limits.overall_per_second = 100 000,
bench-only), so they measure the cost of an update rather than pacing; all updates are
queued at once, so their latency includes the queue. Each scenario gets a fresh database:
a SQLite file, or with `--database postgres` a new PostgreSQL database (created and dropped
on the server of `--pg-url`). Last, the idle RSS of the bot with the bundled report loaded
and of the bare echo bot: real processes (`run_bot.py run`, a PTB echo script) polling the
fake Bot API over HTTP.

    python bench/updates/run.py [--scale 1.0] [--only ab|b|c|idle] [--database sqlite|postgres] [--transport http|inprocess]

`--only b` runs the echo and (b) alone (the cost of a 已阅 press, for profiling it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from telegram import Update  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters  # noqa: E402

from bot import texts  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.localchat.driver import LocalBot  # noqa: E402
from bot.localchat.fakeapi import FakeRequest, FakeTelegram  # noqa: E402
from bot.localchat.limits import SEND_METHODS, TelegramLimits  # noqa: E402
from bot.localchat.server import FakeBotApiServer  # noqa: E402
from bot.app import build_application  # noqa: E402
from bot.services import Services  # noqa: E402
from storage.db import migrate  # noqa: E402
from storage.models import Member  # noqa: E402

ADMIN_ID, FIRST = 9001, 100_000
QUESTION = "委员怎样提交社情民意信息？"
TELEGRAM_OVERALL = 30
REPLY_METHODS = set(SEND_METHODS) | {"answerCallbackQuery", "editMessageText", "editMessageReplyMarkup"}
TOKEN = "123456789:AAFakeTokenForTheUpdatesBench"
OPTIONS = argparse.Namespace(transport="http", database="sqlite",
                             pg_url="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")


class HttpBot(LocalBot):
    """The bot talking HTTP to the fake Bot API server (PTB's own httpx request), as in production."""

    async def start(self, migrate_first: bool = True) -> "HttpBot":
        self.services = Services.build(self.settings, self.clock)
        self.app = build_application(self.settings, self.services, None, rate_limit=self.rate_limit)
        await self.app.initialize()
        await self.app.post_init(self.app)
        if self.run_jobs:
            await self.app.start()
        return self


async def _serve(telegram: FakeTelegram) -> FakeBotApiServer | None:
    return await FakeBotApiServer(telegram).start() if OPTIONS.transport == "http" else None


async def _database(name: str, workdir: Path) -> str:
    """A fresh, empty database for one scenario."""
    if OPTIONS.database == "sqlite":
        return f"sqlite+aiosqlite:///{workdir / (name + '.db')}"
    import asyncpg

    base = OPTIONS.pg_url.rsplit("/", 1)[0]
    db_name = f"bench_updates_{name}_{os.getpid()}"
    conn = await asyncpg.connect(base.replace("+asyncpg", "") + "/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{db_name}"')
        await conn.execute(f'CREATE DATABASE "{db_name}"')
    finally:
        await conn.close()
    return f"{base}/{db_name}"


async def _drop_database(url: str) -> None:
    if not url.startswith("postgresql"):
        return
    import asyncpg

    base, db_name = url.rsplit("/", 1)
    conn = await asyncpg.connect(base.replace("+asyncpg", "") + "/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
    finally:
        await conn.close()


class Replies:
    """When each queued update was answered (first Bot API call into its chat after the put)."""

    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram
        self.waiting: dict[int, list[float]] = {}  # chat → put times not yet answered
        self.latencies: list[float] = []
        self.last = 0.0
        self.unanswered = 0  # kept as a count: summing 3 000 lists every 10 ms slowed the bot measured
        self.cpu_ms = float("nan")  # CPU of the process per update, set by _flood
        telegram.listeners.append(self._on_call)

    def expect(self, chat_id: int) -> None:
        self.waiting.setdefault(chat_id, []).append(time.monotonic())
        self.unanswered += 1

    def _on_call(self, method: str, params: dict) -> None:
        if method not in REPLY_METHODS:
            return
        if method == "answerCallbackQuery":
            chat = self.telegram._query_users.get(params.get("callback_query_id"))  # noqa: SLF001
        else:
            chat = int(params.get("chat_id", 0))
        pending = self.waiting.get(chat)
        if pending:
            now = time.monotonic()
            self.latencies.append(now - pending.pop(0))
            self.last = now
            self.unanswered -= 1

    def outstanding(self) -> int:
        return self.unanswered

    async def all_answered(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.outstanding() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    def percentile(self, p: float) -> float:
        values = sorted(self.latencies)
        return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


async def _flood(app: Application, telegram: FakeTelegram, replies: Replies, updates: list[tuple[int, dict]]) -> float:
    """Updates/s; the CPU time of this process per update (all its threads: the fake server's share
    and aiosqlite's included) goes to `replies.cpu_ms`, steadier than the rate on a shared machine."""
    started, cpu = time.monotonic(), time.process_time()
    for chat, raw in updates:
        replies.expect(chat)
        app.update_queue.put_nowait(Update.de_json(raw, app.bot))
    await replies.all_answered(timeout=600)
    replies.cpu_ms = (time.process_time() - cpu) * 1000 / len(updates)
    return len(updates) / ((replies.last or time.monotonic()) - started)


def _echo_app(telegram: FakeTelegram, server: FakeBotApiServer | None) -> Application:
    builder = ApplicationBuilder().token(TOKEN)
    if server is not None:
        builder = builder.base_url(server.base_url).base_file_url(server.base_file_url)
    else:
        builder = builder.request(FakeRequest(telegram)).get_updates_request(FakeRequest(telegram))
    app = builder.build()

    async def echo(update: Update, _context) -> None:  # noqa: ANN001
        await update.get_bot().send_message(update.effective_chat.id, update.effective_message.text)

    async def press(update: Update, _context) -> None:  # noqa: ANN001
        await update.callback_query.answer("ok")
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(press))
    return app


async def bare_echo(count: int, people: int) -> tuple[float, Replies]:
    telegram = FakeTelegram()
    server = await _serve(telegram)
    app = _echo_app(telegram, server)
    for i in range(people):
        telegram.user(FIRST + i, f"委员{i}")
    replies = Replies(telegram)
    await app.initialize()
    await app.start()
    try:
        updates = [(FIRST + i % people, telegram.text_update(FIRST + i % people, QUESTION)) for i in range(count)]
        return await _flood(app, telegram, replies, updates), replies
    finally:
        await app.stop()
        await app.shutdown()
        if server is not None:
            await server.stop()


async def _bot(workdir: Path, name: str, lifted: bool, members: int) -> LocalBot:
    url = await _database(name, workdir)
    environ = {"DATABASE_URL": url, "ADMIN_IDS": str(ADMIN_ID)}
    telegram = FakeTelegram()
    server = await _serve(telegram)
    if server is not None:
        environ.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=server.base_url,
                       TELEGRAM_BASE_FILE_URL=server.base_file_url)
    if lifted:
        config = workdir / "lifted.toml"
        config.write_text("[rate_limits]\noverall_per_second = 100000\n[broadcasts]\nbatch_size = 50\n")
        environ["BOT_CONFIG"] = str(config)
    settings = load_settings(environ=environ, dotenv_path=Path("/nonexistent"))
    await asyncio.to_thread(migrate, url)
    bot = (HttpBot if server is not None else LocalBot)(settings, rate_limit=True, run_jobs=True, telegram=telegram)
    bot.bench_server, bot.bench_url = server, url  # type: ignore[attr-defined]
    await bot.start(migrate_first=False)
    async with bot.services.db.transaction() as s:
        for i in range(members):
            s.add(Member(telegram_id=FIRST + i, name=f"委员{i}", sector="经济界", special_committee="经济委员会",
                         status="active", chat_started=True, created_at=bot.clock.now()))
    for i in range(members):
        bot.member(FIRST + i, f"委员{i}")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await bot.member(FIRST, "委员0").send(QUESTION)  # loads the knowledge index before the clock starts
    return bot


async def _stop(bot: LocalBot) -> None:
    await bot.stop()
    if getattr(bot, "bench_server", None) is not None:
        await bot.bench_server.stop()
    await _drop_database(bot.bench_url)


async def _broadcast(bot: LocalBot, receipt: bool) -> None:
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/broadcast")
    await admin.send("<b>关于召开经济委员会学习会的通知</b>\n请于周五下午三点到会。")
    await admin.press("经济委员会")
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES if receipt else texts.BC_RECEIPT_NO)
    await admin.press(texts.BC_SEND_NOW)


async def questions(workdir: Path, count: int, people: int) -> tuple[float, Replies]:
    bot = await _bot(workdir, "a", lifted=True, members=people)
    try:
        replies = Replies(bot.telegram)
        updates = [(FIRST + i % people, bot.telegram.text_update(FIRST + i % people, QUESTION)) for i in range(count)]
        return await _flood(bot.app, bot.telegram, replies, updates), replies
    finally:
        await _stop(bot)


async def presses(workdir: Path, count: int) -> tuple[float, Replies]:
    bot = await _bot(workdir, "b", lifted=True, members=count)
    try:
        await _broadcast(bot, receipt=True)
        while (await bot.services.outbox.unfinished_broadcasts()):
            await asyncio.sleep(0.2)
        replies = Replies(bot.telegram)
        updates = []
        for i in range(count):
            person = bot.member(FIRST + i, f"委员{i}")
            notice = person.find_button(texts.BC_READ_BUTTON)
            current = bot.telegram.chats[person.id][notice.message_id]
            updates.append((person.id, bot.telegram.callback_update(
                person.id, current, notice.button_data(texts.BC_READ_BUTTON))))
        return await _flood(bot.app, bot.telegram, replies, updates), replies
    finally:
        await _stop(bot)


async def crowd(workdir: Path, recipients: int, people: int, asked: int, per_second: float) -> dict:
    bot = await _bot(workdir, "c", lifted=False, members=recipients)
    limits = TelegramLimits(overall=TELEGRAM_OVERALL, per_chat=1)
    bot.telegram.fault_hook = limits
    sends: list[float] = []
    bulk: list[float] = []  # the broadcast's notices among the sends (they start with 📢)

    def sent(method: str, params: dict) -> None:
        if method in SEND_METHODS:
            sends.append(time.monotonic())
            if str(params.get("text", "")).startswith("📢"):
                bulk.append(sends[-1])
    bot.telegram.listeners.append(sent)
    try:
        replies = Replies(bot.telegram)
        await _broadcast(bot, receipt=False)
        await asyncio.sleep(2.0)  # the broadcast is under way
        started = time.monotonic()
        for i in range(asked):
            chat = FIRST + (i * 7) % people
            replies.expect(chat)
            bot.app.update_queue.put_nowait(Update.de_json(bot.telegram.text_update(chat, QUESTION), bot.app.bot))
            await asyncio.sleep(max(0.0, started + (i + 1) / per_second - time.monotonic()))
        await replies.all_answered(timeout=60)
        ended = time.monotonic()
        in_window = sum(1 for t in sends if started <= t < ended)
        bc_in_window = in_window - len(replies.latencies)
        # Per whole second of the window, at the fake: notices and everything else sent (the replies).
        seconds = [(sum(1 for t in bulk if started + k <= t < started + k + 1),
                    sum(1 for t in sends if started + k <= t < started + k + 1))
                   for k in range(int(ended - started))]
        while await bot.services.outbox.unfinished_broadcasts():
            await asyncio.sleep(0.2)
        delivered = sum(1 for i in range(recipients) if any(
            (m.get("text") or "").startswith("📢") for m in bot.telegram.bot_messages(FIRST + i)))
        return {"replies": replies, "window": ended - started, "bc_rate": bc_in_window / (ended - started),
                "reply_rate": len(replies.latencies) / (ended - started), "delivered": delivered,
                "sum": in_window / (ended - started) / TELEGRAM_OVERALL,
                "throttled": len(limits.throttled), "seconds": seconds, "max_in_window": limits.max_in_window,
                "why": {why: sum(1 for w, _ in limits.throttled if w == why) for why in ("overall", "chat")}}
    finally:
        await _stop(bot)


async def main(args: argparse.Namespace) -> int:
    OPTIONS.transport, OPTIONS.database, OPTIONS.pg_url = args.transport, args.database, args.pg_url
    workdir = Path(tempfile.mkdtemp(prefix="bench-updates-"))
    n = lambda value: max(1, int(value * args.scale))  # noqa: E731
    print(f"database {args.database}, Bot API {args.transport}, load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores", flush=True)
    if args.only == "c":
        return await _crowd_scenario(workdir, n)
    if args.only == "idle":
        return await _idle_memory(workdir)
    if args.only in ("ab", "b"):
        return await _update_costs(workdir, n, questions_too=args.only == "ab")
    ab_ok = await _update_costs(workdir, n) == 0
    c_ok = await _crowd_scenario(workdir, n) == 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the run  {rss:.0f} MB")
    idle_ok = await _idle_memory(workdir) == 0
    ok = ab_ok and c_ok and idle_ok
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


async def _update_costs(workdir: Path, n, questions_too: bool = True) -> int:  # noqa: ANN001
    """The cost of an update: the echo, (a) and (b) (alone with `--only ab`, or first in the full run;
    the echo and (b) with `--only b`)."""
    echo_rate, echo = await bare_echo(n(2000), n(200))
    print(f"bare PTB echo        {echo_rate:7.1f} updates/s  CPU {echo.cpu_ms:.2f} ms/update  "
          f"p50 {echo.percentile(0.5):.3f} s  p95 {echo.percentile(0.95):.3f} s", flush=True)
    a_rate = echo_rate  # not run: counts as met
    if questions_too:
        a_rate, a = await questions(workdir, n(2000), n(200))
        print(f"(a) questions        {a_rate:7.1f} updates/s = {a_rate / echo_rate:.2f} × echo (target ≥ 0.5)  "
              f"CPU {a.cpu_ms:.2f} ms/update = {echo.cpu_ms / a.cpu_ms:.2f} × echo's  "
              f"p50 {a.percentile(0.5):.3f} s  p95 {a.percentile(0.95):.3f} s", flush=True)
    b_rate, b = await presses(workdir, n(3000))
    print(f"(b) 已阅 presses      {b_rate:7.1f} updates/s = {b_rate / echo_rate:.2f} × echo (target ≥ 0.7)  "
          f"CPU {b.cpu_ms:.2f} ms/update = {echo.cpu_ms / b.cpu_ms:.2f} × echo's  "
          f"p50 {b.percentile(0.5):.3f} s  p95 {b.percentile(0.95):.3f} s", flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end", flush=True)
    return 0 if a_rate >= 0.5 * echo_rate and b_rate >= 0.7 * echo_rate else 1


async def _idle_memory(workdir: Path) -> int:
    idle_bot, idle_echo = await _idle_rss("bot", workdir), await _idle_rss("echo", workdir)
    print(f"idle RSS             bot with the bundled report {idle_bot:.0f} MB (target ≤ 120), "
          f"bare PTB echo {idle_echo:.0f} MB", flush=True)
    return 0 if idle_bot <= 120 else 1


async def _crowd_scenario(workdir: Path, n) -> int:  # noqa: ANN001
    c = await crowd(workdir, n(3000), n(200), n(600), 10.0)
    r = c["replies"]
    print(f"(c) broadcast + questions, shipped config, Telegram's limits on: reply latency "
          f"p50 {r.percentile(0.5):.3f} s  p95 {r.percentile(0.95):.3f} s (target ≤ 1.5)")
    print(f"    while questions came: broadcast {c['bc_rate']:.1f}/s + replies {c['reply_rate']:.1f}/s "
          f"= {c['sum']:.1%} of {TELEGRAM_OVERALL}/s (target ≥ 93 %); 429 answers {c['throttled']} "
          f"({c['why']['overall']} overall, {c['why']['chat']} per chat; all retried: "
          f"{c['delivered']} of {n(3000)} delivered)", flush=True)
    totals = sorted(total for _, total in c["seconds"]) or [0]
    print(f"    per second while questions came (notices + replies at the fake): min {totals[0]}, "
          f"median {totals[len(totals) // 2]}, max {totals[-1]}; notices min "
          f"{min((b for b, _ in c['seconds']), default=0)}; most in any sliding second {c['max_in_window']}",
          flush=True)
    ok = r.percentile(0.95) <= 1.5 and c["sum"] >= 0.93 and c["delivered"] == n(3000)
    return 0 if ok else 1


ECHO_SCRIPT = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters
async def echo(update, _context):
    await update.get_bot().send_message(update.effective_chat.id, update.effective_message.text)
app = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2]).base_file_url(sys.argv[3]).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(poll_interval=0.0)
"""


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def _idle_rss(which: str, workdir: Path) -> float:
    """RSS of a real process (`run_bot.py run`, or a bare PTB echo bot) polling the fake Bot API over
    HTTP, after it answered one question (the bot's index of the bundled report is loaded) and idled 2 s."""
    telegram = FakeTelegram()
    server = await FakeBotApiServer(telegram).start()
    root = Path(__file__).resolve().parents[2]
    url = await _database("idle", workdir)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS",
                                                                     "BOT_CONFIG"))}
    if which == "bot":
        env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=server.base_url,
                   TELEGRAM_BASE_FILE_URL=server.base_file_url, ADMIN_IDS=str(ADMIN_ID), DATABASE_URL=url)
        command = [sys.executable, "run_bot.py", "run"]
    else:
        command = [sys.executable, "-c", ECHO_SCRIPT, TOKEN, server.base_url, server.base_file_url]
    child = await asyncio.create_subprocess_exec(*command, cwd=root, env=env, stdout=asyncio.subprocess.DEVNULL,
                                                 stderr=asyncio.subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not any(c.method == "getUpdates" for c in telegram.calls) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)  # updates queued before the first poll would be dropped
        await asyncio.sleep(0.5)
        telegram.user(ADMIN_ID, "管理员")
        for text in (["/start", QUESTION] if which == "bot" else [QUESTION]):
            before = len(telegram.bot_messages(ADMIN_ID))
            telegram.text_update(ADMIN_ID, text)
            deadline = time.monotonic() + 120
            while len(telegram.bot_messages(ADMIN_ID)) == before and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        await asyncio.sleep(2.0)
        return _rss_mb(child.pid)
    finally:
        child.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(child.wait(), 20)
        except asyncio.TimeoutError:
            child.kill()
            await child.wait()
        await server.stop()
        await _drop_database(url)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite",
                        help="a fresh SQLite file per scenario, or a fresh PostgreSQL database on --pg-url's server")
    parser.add_argument("--pg-url", default=os.environ.get("TEST_DATABASE_URL") or OPTIONS.pg_url,
                        help="a PostgreSQL URL whose server may create and drop bench databases")
    parser.add_argument("--transport", choices=["http", "inprocess"], default="http",
                        help="the fake Bot API over HTTP (as production) or called in-process")
    parser.add_argument("--only", choices=["ab", "b", "c", "idle"],
                        help="run only the echo with (a) and (b), the echo with (b), the broadcast with questions (c), "
                             "or the idle RSS")
    parser.add_argument("--scale", type=float, default=1.0, help="scale every count (0.1 for a quick look)")
    sys.exit(asyncio.run(main(parser.parse_args())))
