"""问卷调查 through the real Application: quick polls (native Telegram polls) end to end."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot import texts
from storage.polls import PollRecipient, PollTally
from tests.conftest import ADMIN_ID, register

FAST = """
[rate_limits]
overall_per_second = 1000
per_chat_per_second = 1000
"""


@pytest.fixture
async def setup(bot_factory, tmp_path):
    """A bot with three members: 李四 and 王五 in 经济委员会, 赵六 in 提案委员会."""

    async def make(database_url: str | None = None):  # noqa: ANN202
        config = tmp_path / "fast.toml"
        config.write_text(FAST)
        bot = await bot_factory(database_url=database_url, BOT_CONFIG=str(config))
        admin = bot.member(ADMIN_ID, "管理员")
        people = [await register(bot, 2001, "李四"), await register(bot, 2002, "王五"),
                  await register(bot, 2003, "赵六", sector="教育界", committee="提案委员会")]
        return bot, admin, people

    return make


def polls_of(person) -> list:  # noqa: ANN001
    return [r for r in person.replies() if r.raw.get("poll")]


async def make_poll(admin, anonymous: bool = False, deadline: str | None = "明天下午5点",  # noqa: ANN001
                    group: str = "经济委员会", multiple: bool = False) -> None:
    await admin.send("/poll")
    await admin.send("下次协商会选哪个议题？")
    await admin.send("老旧小区改造\n海洋经济\n营商环境")
    await admin.press(texts.POLL_MULTI if multiple else texts.POLL_SINGLE)
    await admin.press(texts.POLL_ANON if anonymous else texts.POLL_NAMED)
    await admin.press(group)
    await admin.press(texts.BC_NEXT)
    if deadline:
        await admin.send(deadline)
        await admin.press(texts.TIME_CONFIRM)
    else:
        await admin.press(texts.POLL_NO_DEADLINE_BUTTON)
    preview = admin.last_reply()
    assert "预览" in preview.text
    assert (texts.POLL_ANON_NOTE_POLL if anonymous else texts.POLL_NAMED_NOTE) in preview.text
    await admin.press(texts.POLL_SEND)


async def test_named_poll_to_a_committee_counts_changes_and_retractions_and_closes_at_the_deadline(setup, db_url):
    bot, admin, (li, wang, zhao) = await setup(database_url=db_url)  # SQLite and PostgreSQL
    await make_poll(admin)
    assert "2 人将收到" in admin.last_reply().text
    li_poll, = polls_of(li)
    assert li_poll.raw["poll"]["is_anonymous"] is False
    assert [o["text"] for o in li_poll.raw["poll"]["options"]] == ["老旧小区改造", "海洋经济", "营商环境"]
    assert polls_of(zhao) == []  # not in 经济委员会

    await li.vote(1)
    await li.vote(2)  # changed
    await wang.vote(3)
    await wang.vote()  # retracted

    await admin.send("/polls")
    assert "已答 1 / 2 人" in admin.last_reply().text
    await admin.press("查看 #1")
    results = next(r for r in reversed(admin.replies()) if r.text.startswith("投票 #1"))
    assert "海洋经济：1 票（100%）" in results.text and "老旧小区改造：0 票" in results.text
    assert "未作答（1 人）：王五" in results.text
    chart = admin.last_reply()
    assert chart.raw.get("photo") and "1=老旧小区改造" in chart.text

    await bot.advance(timedelta(days=2))  # past the deadline: closed, every copy stopped
    assert polls_of(li)[0].raw["poll"]["is_closed"] and polls_of(wang)[0].raw["poll"]["is_closed"]
    closed = next(r for r in reversed(admin.replies()) if r.text.startswith(texts.POLL_CLOSED_NOTICE))
    assert "状态：已结束" in closed.text and "海洋经济：1 票" in closed.text
    with pytest.raises(LookupError):  # Telegram refuses a vote on a closed poll
        await wang.vote(1)

    async with bot.services.db.transaction() as s:
        rows = {r.telegram_id: r for r in (await s.execute(select(PollRecipient))).scalars()}
    assert rows[2001].choice == [1] and rows[2002].choice is None


async def test_anonymous_poll_is_counted_from_poll_updates_and_names_nobody(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await make_poll(admin, anonymous=True, deadline=None, group=texts.BC_ALL, multiple=True)
    assert polls_of(li)[0].raw["poll"]["is_anonymous"] is True
    await li.vote(1, 3)
    await wang.vote(3)
    await zhao.vote(2)
    await zhao.vote()  # retracted: Telegram's counts follow

    results = await bot.services.polls.results(ADMIN_ID, 1)
    assert results.questions[0].counts == (1, 0, 2)
    assert results.responded == 2 and results.non_responders is None
    async with bot.services.db.transaction() as s:
        recipients = list((await s.execute(select(PollRecipient))).scalars())
        tallies = list((await s.execute(select(PollTally))).scalars())
    assert len(tallies) == 3  # one per copy (李四, 王五, 赵六)
    assert all(r.tg_poll_id is None and r.choice is None and r.answered_at is None for r in recipients)

    await admin.send("/polls")
    await admin.press("查看 #1")
    await admin.press(texts.POLL_REMIND_BUTTON)
    assert bot.telegram.popups[-1][1] == texts.POLL_ANON_NO_REMIND
    await admin.press(texts.POLL_CLOSE_BUTTON)
    assert all(p.raw["poll"]["is_closed"] for person in (li, wang, zhao) for p in polls_of(person))


async def test_reminder_reaches_non_responders_once_an_hour_and_export_opens(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await make_poll(admin, deadline=None)
    await li.vote(1)
    await admin.send("/polls")
    await admin.press("查看 #1")
    await admin.press(texts.POLL_REMIND_BUTTON)
    assert texts.POLL_REMINDED.format(count=1) in admin.last_reply().text
    assert "提醒：您还没有参加投票" in wang.last_reply().text
    assert not any("提醒" in r.text for r in li.replies())
    await admin.press(texts.POLL_REMIND_BUTTON)
    assert "每小时最多提醒一次" in bot.telegram.popups[-1][1]
    await bot.advance(timedelta(minutes=61))
    await admin.press(texts.POLL_REMIND_BUTTON)
    assert sum("提醒：您还没有参加投票" in r.text for r in wang.replies()) == 2

    await admin.press(texts.POLL_EXPORT_BUTTON)
    doc = admin.last_reply().document
    assert doc["file_name"].endswith(".xlsx")
    wb = load_workbook(io.BytesIO(bot.telegram.files[doc["file_id"]][0]))
    sheet = wb["第1题"]
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["老旧小区改造", 1, "100.0%"] in rows and ["李四", "老旧小区改造"] in rows
    assert ["王五"] in [[c for c in row] for row in wb["未作答"].iter_rows(values_only=True)]


async def test_a_member_is_refused_every_admin_command_and_button(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await make_poll(admin, deadline=None)
    for command in ("/poll", "/survey", "/polls"):
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED
    await admin.send("/polls")
    listing = admin.last_reply()
    for label in ("查看 #1",):
        await li.press_data(listing.button_data(label), on=li.last_reply())
        assert bot.telegram.popups[-1] == (li.id, texts.NO_PERMISSION_BUTTON, True)
    await admin.press("查看 #1")
    results = next(r for r in reversed(admin.replies()) if r.text.startswith("投票 #1"))
    for label in (texts.POLL_REMIND_BUTTON, texts.POLL_CLOSE_BUTTON, texts.POLL_EXPORT_BUTTON):
        await li.press_data(results.button_data(label), on=li.last_reply())
        assert bot.telegram.popups[-1] == (li.id, texts.NO_PERMISSION_BUTTON, True)
    from handlers.polls.compose import STEPS, PollAudience, PollStep, QuestionKind
    from handlers.polls.listing import ACTIONS, PollAction

    forged = ([PollStep(1, a).pack() for a in STEPS] + [PollAction(1, a).pack() for a in ACTIONS] +
              [PollAudience(1, "all").pack(), QuestionKind(1, "text").pack()])
    for data in forged:
        await li.press_data(data, on=li.last_reply())
        assert bot.telegram.popups[-1] == (li.id, texts.NO_PERMISSION_BUTTON, True)
    from bot.errors import PermissionDenied

    for call in (bot.services.polls.results(2001, 1), bot.services.polls.remind(2001, 1),
                 bot.services.polls.close(2001, 1), bot.services.polls.begin(2001, "poll"),
                 bot.services.polls.recent(2001)):
        with pytest.raises(PermissionDenied):  # the service refuses too
            await call
    assert (await bot.services.polls.view(1)).status == "open"


async def test_cli_exports_a_poll_and_says_so_in_chinese(setup, sqlite_url, tmp_path):
    import asyncio
    import os
    import subprocess
    import sys
    from pathlib import Path

    bot, admin, (li, wang, zhao) = await setup(database_url=sqlite_url)
    await make_poll(admin, deadline=None)
    await li.vote(2)
    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env["DATABASE_URL"] = sqlite_url

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "run_bot.py", "polls", "export", *args], cwd=root,
                              capture_output=True, text=True, env=env, timeout=120)

    out = tmp_path / "结果.xlsx"
    done = await asyncio.to_thread(cli, "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "已导出 #1《下次协商会选哪个议题？》（已答 1 / 2 人）" in done.stdout
    rows = [[c for c in row if c is not None] for row in load_workbook(out)["第1题"].iter_rows(values_only=True)]
    assert ["李四", "海洋经济"] in rows
    import argparse
    import contextlib

    from bot.polls import cli as polls_cli

    said = io.StringIO()
    with contextlib.redirect_stderr(said):  # the same function, in-process: a second start costs seconds
        code = await polls_cli.run(bot.services.polls, argparse.Namespace(id=9, out=str(out)))
    assert code == 2 and texts.POLL_CLI_NOT_FOUND.format(id=9) in said.getvalue()


async def test_the_admin_keyboard_offers_polls_and_surveys(setup):
    bot, admin, _ = await setup()
    await admin.send(texts.MENU_BROADCAST)
    await admin.press(texts.ADMIN_TASK_SURVEY_NEW)
    assert admin.last_reply().html == texts.SURVEY_ASK_TITLE
    await admin.send("/cancel")
    await admin.send(texts.MENU_BROADCAST)
    await admin.press(texts.ADMIN_TASK_POLL_NEW)
    assert admin.last_reply().html == texts.POLL_ASK_QUESTION
    await admin.send("/cancel")
    assert admin.last_reply().text == texts.POLL_DISCARDED
    await admin.send(texts.MENU_BROADCAST)
    await admin.press(texts.ADMIN_TASK_POLL_LIST)
    assert admin.last_reply().text == texts.POLL_LIST_EMPTY
