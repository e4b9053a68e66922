"""`run_bot.py chat` as a script: the issue's registration scenario, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """@as 9001 管理员
/start
@as 2001 李四
/start
李四
> 经济界
>> 经济委员会
>> 分享手机号
@as 9001 管理员
> 通过
@as 2001 李四
/help
"""


def run_chat(tmp_path: Path, script: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}", ADMIN_IDS="9001")
    return subprocess.run([sys.executable, "run_bot.py", "chat", *args], cwd=ROOT, input=script, text=True,
                          capture_output=True, env=env, timeout=120)


def test_registration_script_registers_and_shows_the_member_menu(tmp_path):
    result = run_chat(tmp_path, SCRIPT, "--as", "member", "--user-id", "2001", "--name", "李四")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith("本地对话模式")
    assert "新的注册申请" in out and "已由 管理员 通过" in out
    assert "通过审核" in out
    tail = out[out.rindex("履职助手能为您做什么"):]
    assert "报送社情民意" in tail and "/members" not in tail
    assert "无法执行" not in out


def test_a_line_that_cannot_be_done_is_reported_and_the_script_goes_on(tmp_path):
    result = run_chat(tmp_path, "/start\n> 不存在的按钮\n李四\n", "--user-id", "2001", "--name", "李四")
    assert "第 2 行无法执行" in result.stdout and "界别" in result.stdout


def test_database_is_left_for_the_next_session(tmp_path):
    run_chat(tmp_path, SCRIPT, "--user-id", "2001", "--name", "李四")
    again = run_chat(tmp_path, "/start\n", "--user-id", "2001", "--name", "李四")
    assert "李四，您好" in again.stdout


async def test_in_a_terminal_a_number_presses_a_button_shown_on_switching_user(bot_factory):
    import io

    from bot.localchat.session import ChatSession

    bot = await bot_factory()
    session = ChatSession(bot, io.StringIO())

    async def say(line: str) -> None:
        await session.act(line, interactive=True)
        session.show_new()

    session.switch(9001, "管理员")
    await say("/start")
    session.switch(2001, "李四")
    for line in ("/start", "李四", "12", "10", "跳过"):  # [12] 经济界, [10] 无
        await say(line)
    session.switch(9001, "管理员")  # shows the request card with [1] 通过 [2] 拒绝
    session.show_new()  # nothing new: the numbers still point at that card
    await say("1")
    assert (await bot.services.members.get(2001)).status == "active"


def _run(tmp_path: Path, script: str, *args: str, admins: str = "9001") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}", ADMIN_IDS=admins)
    return subprocess.run([sys.executable, "run_bot.py", "chat", "--files", str(tmp_path / "files"), *args],
                          cwd=ROOT, input=script, text=True, capture_output=True, env=env, timeout=120)


def test_a_file_the_bot_sends_is_saved_and_its_path_printed(tmp_path):
    script = "/start\n/export\n> 全部\n> 全部\n> 全部\n> Excel\n"
    result = _run(tmp_path, script, "--as", "admin")
    assert result.returncode == 0, result.stderr
    saved = list((tmp_path / "files").glob("*.xlsx"))
    assert len(saved) == 1 and saved[0].read_bytes()[:2] == b"PK"  # a real XLSX (a zip)
    assert str(saved[0].resolve()) in result.stdout
    assert str((tmp_path / "files").resolve()) in result.stdout.splitlines()[1]


def test_a_missing_file_is_a_line_that_cannot_be_done(tmp_path):
    result = _run(tmp_path, "/start\n@file /nonexistent/nothing.docx\n/help\n", "--as", "admin")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "第 2 行无法执行" in result.stdout and "/nonexistent/nothing.docx" in result.stdout


async def test_the_pop_up_answer_to_a_button_is_shown(bot_factory):
    import io

    from bot import texts
    from bot.localchat.session import ChatSession

    bot = await bot_factory()
    out = io.StringIO()
    session = ChatSession(bot, out)
    session.switch(9001, "管理员")
    await session.act("/start", interactive=False)
    session.show_new()
    greeting = bot.member(9001, "管理员").last_reply()
    await bot.member(9001, "管理员").press_data("zz:1", on=greeting)  # a button of no known kind
    session.show_new()
    assert f"💬 {texts.BUTTON_EXPIRED}" in out.getvalue()


def test_a_later_run_presses_a_button_an_earlier_run_showed(tmp_path):
    _run(tmp_path, "/start\n/export\n", "--as", "admin")
    later = _run(tmp_path, "> 全部\n", "--as", "admin")
    assert "无法执行" not in later.stdout
    assert "第 2 步" in later.stdout
    assert later.stdout.count("您好") == 0  # what the earlier run showed is not shown again


def test_without_any_admin_the_session_says_how_to_become_one(tmp_path):
    result = _run(tmp_path, "/start\n", admins="")
    assert "ADMIN_IDS" in result.stdout and "--as admin" in result.stdout


def test_with_an_admin_there_is_no_such_hint(tmp_path):
    assert "ADMIN_IDS" not in _run(tmp_path, "/start\n").stdout
