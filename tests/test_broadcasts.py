"""Broadcasts through the real Application: composing, sending at pace, progress, report, 已阅, restarts."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot import texts
from bot.localchat.fakeapi import Fault
from bot.localchat.limits import TelegramLimits
from storage.broadcasts import OutboxRow
from storage.models import Member
from tests.conftest import ADMIN_ID, register

FAST = """
[rate_limits]
overall_per_second = 1000
per_chat_per_second = 1000
[broadcasts]
progress_seconds = 3
max_retries = 3
batch_size = {batch}
lease_seconds = 60
"""


@pytest.fixture
def fast_config(tmp_path):
    def write(batch: int = 50) -> str:
        path = tmp_path / f"fast{batch}.toml"
        path.write_text(FAST.format(batch=batch))
        return str(path)

    return write


@pytest.fixture
async def setup(bot_factory, fast_config):
    """A bot with three members: 李四 and 王五 in 经济委员会, 赵六 in 提案委员会."""

    async def make(batch: int = 50, database_url: str | None = None, bot=None):  # noqa: ANN001, ANN202
        bot = bot or await bot_factory(database_url=database_url, BOT_CONFIG=fast_config(batch))
        admin = bot.member(ADMIN_ID, "管理员")
        people = [await register(bot, 2001, "李四"), await register(bot, 2002, "王五"),
                  await register(bot, 2003, "赵六", sector="教育界", committee="提案委员会")]
        return bot, admin, people

    return make


def notices(person) -> list:  # noqa: ANN001
    return [r for r in person.replies() if r.text.startswith("📢")]


async def compose(admin, text: str = "<b>关于召开经济委员会学习会的通知</b>\n请于周五下午三点到会。",  # noqa: ANN001
                  groups=("经济委员会",), receipt: bool = True) -> None:
    await admin.send("/broadcast")
    await admin.send(text)
    for group in groups:
        await admin.press(group)
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES if receipt else texts.BC_RECEIPT_NO)


async def test_admin_sends_notice_with_receipt_to_one_committee(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await admin.send("/broadcast")
    assert admin.last_reply().text == texts.BC_ASK_CONTENT.replace("<b>", "").replace("</b>", "")
    # Bold typed in Telegram arrives as an entity; the notice keeps it.
    await admin.other(text="关于召开学习会的通知\n请于周五下午三点到会。",
                      entities=[{"type": "bold", "offset": 0, "length": 10}])
    await admin.press("经济委员会")
    assert "收件人：2 人" in admin.last_reply().text
    assert "✅ 经济委员会" in admin.last_reply().buttons
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES)
    preview = admin.replies()[-2]
    assert preview.text.startswith("📢 通知") and preview.buttons == [texts.BC_READ_BUTTON]
    assert "共 2 人" in admin.last_reply().text
    await admin.press(texts.BC_SEND_NOW)
    progress = admin.last_reply()
    assert "已发送 0 / 2" in progress.text and progress.buttons == [texts.BC_PAUSE, texts.BC_CANCEL]
    await bot.run_due()
    for person in (li, wang):
        [notice] = notices(person)
        assert "关于召开学习会的通知" in notice.text and notice.buttons == [texts.BC_READ_BUTTON]
        assert {"type": "bold", "offset": 7, "length": 10} in notice.raw["entities"]  # formatting kept
    assert notices(zhao) == []
    final = bot.telegram.chats[ADMIN_ID][progress.message_id]
    assert "发送完毕" in final["text"] and "已发送 2 / 2" in final["text"]
    report = admin.last_reply()
    assert "发送报告" in report.text and "已送达 2 人" in report.text and texts.BC_DOWNLOAD in report.buttons

    await li.press(texts.BC_READ_BUTTON)
    assert li.last_reply().text.endswith("✅ 已阅")
    await li.press(texts.BC_READ_BUTTON)  # twice is fine
    await admin.send("/broadcasts")
    assert "已阅 1 / 2" in admin.last_reply().text
    await admin.press(texts.BC_UNREAD_BUTTON)
    assert "王五" in admin.last_reply().text and "李四" not in admin.last_reply().text
    await admin.press(texts.BC_REMIND_BUTTON)
    assert admin.last_reply().text == texts.BC_REMIND_STARTED.format(count=1)
    await bot.run_due()
    reminder = wang.last_reply()
    assert reminder.text.startswith("⏰") and reminder.buttons == [texts.BC_READ_BUTTON]
    assert not any(r.text.startswith("⏰") for r in li.replies())
    await wang.press(texts.BC_READ_BUTTON, on=reminder)
    await admin.send("/broadcasts")
    assert "已阅 2 / 2" in admin.last_reply().text
