"""The real transport path: `run_bot.py run` long-polls a local Bot API server over HTTP."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from prometheus_client.parser import text_string_to_metric_families

from bot import texts
from bot.localchat.fakeapi import FakeTelegram, Fault
from bot.localchat.server import FakeBotApiServer

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAFakeTokenForLocalServer_never_logged"


def bot_env(tmp_path: Path, server: FakeBotApiServer, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=server.base_url,
               TELEGRAM_BASE_FILE_URL=server.base_file_url, ADMIN_IDS="9001",
               DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", **extra)
    return env


@asynccontextmanager
async def bot_process(env: dict[str, str]) -> AsyncIterator[list[str]]:
    """`run_bot.py run` in a child process; stopped with SIGINT. Yields a list that gets its output."""
    output: list[str] = []
    process = await asyncio.create_subprocess_exec(
        sys.executable, "run_bot.py", "run", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        yield output
    finally:
        process.send_signal(signal.SIGINT)
        try:
            stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
        except asyncio.TimeoutError:
            process.kill()
            stdout, stderr = await process.communicate()
        output.append(stdout.decode() + stderr.decode())


async def wait_for(predicate, timeout: float = 20.0) -> None:
    """Wait for another process to act (this is real I/O, not scheduled time)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the bot process did not answer in time")
        await asyncio.sleep(0.05)


def press(telegram: FakeTelegram, user_id: int, label: str) -> None:
    for message in reversed(telegram.bot_messages(user_id)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    telegram.callback_update(user_id, message, button["callback_data"])
                    return
    raise AssertionError(f"no button {label}")


async def register_over_http(telegram: FakeTelegram) -> None:
    """Admin 9001 opens the chat; 李四 (2001) registers and is approved, all through the running bot."""
    telegram.user(9001, "管理员")
    telegram.user(2001, "李四")
    telegram.text_update(9001, "/start")
    await wait_for(lambda: telegram.bot_messages(9001))
    telegram.text_update(2001, "/start")
    await wait_for(lambda: telegram.bot_messages(2001))
    assert "真实姓名" in telegram.bot_messages(2001)[-1]["text"]
    telegram.text_update(2001, "李四")
    await wait_for(lambda: "界别" in telegram.bot_messages(2001)[-1].get("text", ""))
    press(telegram, 2001, "经济界")
    await wait_for(lambda: "专委会" in telegram.bot_messages(2001)[-1].get("text", ""))
    press(telegram, 2001, "无")
    await wait_for(lambda: "手机" in telegram.bot_messages(2001)[-1].get("text", ""))
    telegram.text_update(2001, "跳过")
    await wait_for(lambda: any("新的注册申请" in m.get("text", "") for m in telegram.bot_messages(9001)))
    press(telegram, 9001, "通过")
    await wait_for(lambda: "通过审核" in telegram.bot_messages(2001)[-1].get("text", ""))


async def test_bot_polls_a_local_bot_api_server_registers_and_answers(tmp_path):
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    try:
        async with bot_process(bot_env(tmp_path, server)) as output:
            await register_over_http(telegram)
            telegram.text_update(2001, "去年社情民意编报了多少篇？")
            await wait_for(lambda: "926篇" in telegram.bot_messages(2001)[-1].get("text", ""))
            assert TOKEN in server.tokens  # the token travels in the URL, as with Telegram
            assert {"getMe", "getUpdates", "sendMessage", "editMessageText"} <= {c.method for c in telegram.calls}
            assert not telegram.unknown
    finally:
        await server.stop()
    assert texts.CLI_POLLING.split("{")[0] in output[0]
    assert TOKEN not in output[0] and "AAFakeToken" not in output[0]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_mode_with_secret_health_and_metrics(tmp_path):
    import aiohttp

    telegram = FakeTelegram()
    server = await FakeBotApiServer(telegram).start()
    port = free_port()
    config = tmp_path / "web.toml"
    config.write_text(f'[web]\nenabled = true\nport = {port}\n'
                      f'webhook_url = "http://127.0.0.1:{port}/telegram/webhook"\n', encoding="utf-8")
    env = bot_env(tmp_path, server, BOT_CONFIG=str(config), TELEGRAM_WEBHOOK_SECRET="s3cret-token")
    base = f"http://127.0.0.1:{port}"
    try:
        async with bot_process(env):
            await wait_for(lambda: any(c.method == "setWebhook" for c in telegram.calls))
            webhook_call = next(c for c in telegram.calls if c.method == "setWebhook")
            assert webhook_call.params["secret_token"] == "s3cret-token"
            assert webhook_call.params["allowed_updates"] == ["message", "callback_query", "poll", "poll_answer"]
            telegram.user(2001, "李四")
            update = telegram.text_update(2001, "/start")
            async with aiohttp.ClientSession() as http:
                async with http.post(f"{base}/telegram/webhook", json=update) as response:
                    assert response.status == 403  # no secret
                async with http.post(f"{base}/telegram/webhook", json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-tokeN"}) as response:
                    assert response.status == 403  # a wrong one
                assert telegram.bot_messages(2001) == []
                async with http.post(f"{base}/telegram/webhook", json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}) as response:
                    assert response.status == 200
                await wait_for(lambda: telegram.bot_messages(2001))
                assert "真实姓名" in telegram.bot_messages(2001)[-1]["text"]
                async with http.get(f"{base}/healthz") as response:
                    assert response.status == 200 and (await response.json())["status"] == "ok"
                async with http.get(f"{base}/metrics") as response:
                    samples = {(s.name, tuple(s.labels.items())): s.value
                               for f in text_string_to_metric_families(await response.text()) for s in f.samples}
                    assert samples[("lvzhi_members", (("status", "registering"),))] == 1
                    assert samples[("lvzhi_updates_total", (("type", "message"),))] == 1
            assert not any(c.method == "getUpdates" for c in telegram.calls)
    finally:
        await server.stop()


async def run_until_it_stops(env: dict[str, str]) -> tuple[int, str, str]:
    """`run_bot.py run` that is expected to stop by itself: its exit code, stdout and stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "run_bot.py", "run", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
    except asyncio.TimeoutError:
        process.kill()
        await process.communicate()
        raise AssertionError("the bot did not stop by itself") from None
    return process.returncode, stdout.decode(), stderr.decode()


def said(stderr: str) -> list[str]:
    """What the process said besides its INFO log records (the migration's, PTB's)."""
    return [line for line in stderr.splitlines() if line.strip() and not re.match(r"^\S+ \S+ INFO ", line)]


def webhook_config(tmp_path: Path) -> tuple[Path, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    config = tmp_path / "web.toml"
    config.write_text(f'[web]\nport = {port}\nwebhook_url = "{url}"\n', encoding="utf-8")
    return config, url


async def test_webhook_refused_by_telegram_stops_with_one_chinese_line_and_exit_code_2(tmp_path, sqlite_url):
    """The database is the migrated template (`sqlite_url` is tmp_path/bot.db): no migration to wait for."""
    telegram = FakeTelegram()
    telegram.fault_hook = lambda method, params: (
        Fault(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook") if method == "setWebhook" else None)
    server = await FakeBotApiServer(telegram).start()
    config, url = webhook_config(tmp_path)
    try:
        code, stdout, stderr = await run_until_it_stops(
            bot_env(tmp_path, server, BOT_CONFIG=str(config), TELEGRAM_WEBHOOK_SECRET="s3cret-token"))
    finally:
        await server.stop()
    assert code == 2
    assert said(stderr) == [texts.START_WEBHOOK_REFUSED.format(
        url=url, reason="Bad webhook: https url must be provided for webhook")]
    assert "Traceback" not in stdout + stderr
    assert not any(c.method == "getUpdates" for c in telegram.calls)


async def test_telegram_server_unreachable_at_start_stops_with_one_chinese_line_and_exit_code_2(tmp_path, sqlite_url):
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    config, _ = webhook_config(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=f"{closed}/bot", TELEGRAM_BASE_FILE_URL=f"{closed}/file/bot",
               DATABASE_URL=sqlite_url, BOT_CONFIG=str(config),
               TELEGRAM_WEBHOOK_SECRET="s3cret-token")
    code, stdout, stderr = await run_until_it_stops(env)
    assert code == 2
    [line] = said(stderr)
    before, after = texts.START_TELEGRAM_UNREACHABLE.format(server=f"{closed}/bot", reason="\0").split("\0")
    assert line.startswith(before) and line.endswith(after) and "ClientConnectorError" in line
    assert "Traceback" not in stdout + stderr and TOKEN not in stdout + stderr


async def press_when_shown(telegram: FakeTelegram, user_id: int, label: str) -> None:
    def shown() -> bool:
        return any(b["text"] == label for m in telegram.bot_messages(user_id)[-3:]
                   for row in (m.get("reply_markup") or {}).get("inline_keyboard", []) for b in row)

    await wait_for(shown)
    press(telegram, user_id, label)


async def test_broadcast_receipt_and_export_file_travel_over_http(tmp_path):
    """Files (multipart uploads) and paced sends through the real Bot API request (aiohttp) and rate limiter."""
    import io

    import openpyxl

    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    try:
        async with bot_process(bot_env(tmp_path, server)):
            await register_over_http(telegram)

            telegram.text_update(9001, "/broadcast")
            await wait_for(lambda: "通知内容" in telegram.bot_messages(9001)[-1].get("text", ""))
            telegram.text_update(9001, "请各位委员本周五前提交年度履职报告。")
            await press_when_shown(telegram, 9001, "全体委员")
            await press_when_shown(telegram, 9001, "下一步")
            await press_when_shown(telegram, 9001, "需要回执")
            await press_when_shown(telegram, 9001, "立即发送")
            await press_when_shown(telegram, 2001, "已阅")
            await wait_for(lambda: "已阅" in telegram.bot_messages(2001)[-1].get("text", ""))

            telegram.text_update(9001, "/export")
            for step, label in (("第 1 步", "全部"), ("第 2 步", "全部"), ("第 3 步", "全部"), ("第 4 步", "Excel")):
                await wait_for(lambda: step in telegram.bot_messages(9001)[-1].get("text", ""))
                press(telegram, 9001, label)
            await wait_for(lambda: any("document" in m for m in telegram.bot_messages(9001)))
            sent = next(m for m in telegram.bot_messages(9001) if "document" in m)
            data = telegram.files[sent["document"]["file_id"]][0]
            book = openpyxl.load_workbook(io.BytesIO(data))
            assert book.sheetnames[0] == "社情民意"
            assert not telegram.unknown
    finally:
        await server.stop()
