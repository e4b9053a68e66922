"""Status filters by level reached: an item adopted by the city and then given 批示 or 办理反馈 is
still "adopted" for staff — in `export --status 市政协采用`, in /export and in the 统计 sheet.
"当前状态：市政协采用" keeps the items that are at that status now.
"""

from __future__ import annotations

import csv
import io

import openpyxl

from bot import texts
from bot.export.statuses import parse_status
from tests.conftest import ADMIN_ID, register
from tests.test_export_bot import export, file_by_service, sent_file
from tests.test_export_cli import cli
from tests.test_export_files import section, summary_rows

ADOPTED_LABEL = texts.EXPORT_REACHED_NAMES["adopted_city"]


async def three_levels(bot) -> list[int]:
    """One item only adopted, one adopted then given 批示, one adopted then given 反馈, one only filed."""
    subs = bot.services.submissions
    await register(bot, 2001, "李四")
    ids = [await file_by_service(bot, 2001, title) for title in
           ("关于只被采用的建议", "关于采用后获批示的建议", "关于采用后有反馈的建议", "关于尚未受理的建议")]
    for sid in ids[:3]:
        await subs.change_status(ADMIN_ID, sid, "accepted")
        await subs.change_status(ADMIN_ID, sid, "adopted_city")
    await subs.change_status(ADMIN_ID, ids[1], "instructed", leader="副市长王某某", instruction="请市住建局研究。")
    await subs.change_status(ADMIN_ID, ids[2], "feedback", note="已办结")
    return ids


def test_the_words_say_which_filter_is_which():
    assert parse_status("市政协采用").reached and parse_status("市政协采用").label == ADOPTED_LABEL
    assert parse_status(ADOPTED_LABEL).reached
    current = parse_status("当前状态：市政协采用")
    assert not current.reached and current.statuses == ("adopted_city",)
    assert not parse_status("已受理").reached and parse_status("已受理").label == "已受理"
    assert parse_status("已完成") is None


async def test_cli_status_adopted_means_every_item_the_city_adopted(bot_factory, sqlite_url, tmp_path):
    bot = await bot_factory()
    await three_levels(bot)
    out = tmp_path / "adopted.xlsx"
    result = cli(sqlite_url, "--status", "市政协采用", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已导出 3 条")
    book = openpyxl.load_workbook(out)
    rows = list(book[texts.EXPORT_SHEET_DATA].iter_rows(values_only=True))
    assert [(r[8], r[14]) for r in rows[1:]] == [
        ("关于只被采用的建议", "市政协采用"), ("关于采用后获批示的建议", "领导批示"), ("关于采用后有反馈的建议", "办理反馈")]
    stats = summary_rows(book[texts.EXPORT_SHEET_SUMMARY])
    levels = section(stats, texts.EXPORT_SUMMARY_BY_LEVEL)
    assert levels[ADOPTED_LABEL] == 3
    assert levels[texts.EXPORT_REACHED_NAMES["instructed"]] == 1
    assert levels[texts.EXPORT_REACHED_NAMES["feedback"]] == 1
    assert section(stats, texts.EXPORT_SUMMARY_BY_STATUS)["市政协采用"] == 1   # where they are now

    out = tmp_path / "now.csv"
    result = cli(sqlite_url, "--status", "当前状态：市政协采用", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert [r[8] for r in rows[1:]] == ["关于只被采用的建议"]


async def test_export_in_the_bot_by_level_reached_and_by_current_status(bot_factory):
    bot = await bot_factory()
    await three_levels(bot)
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    sent = await export(admin, period=texts.EXPORT_PERIOD_ALL, status=ADOPTED_LABEL)
    assert "共 3 条" in sent.text and f"状态：{ADOPTED_LABEL}" in sent.text
    book = openpyxl.load_workbook(io.BytesIO(sent_file(bot, sent)))
    titles = [r[8] for r in book[texts.EXPORT_SHEET_DATA].iter_rows(min_row=2, values_only=True)]
    assert titles == ["关于只被采用的建议", "关于采用后获批示的建议", "关于采用后有反馈的建议"]
    assert section(summary_rows(book[texts.EXPORT_SHEET_SUMMARY]), texts.EXPORT_SUMMARY_BY_LEVEL)[ADOPTED_LABEL] == 3

    sent = await export(admin, period=texts.EXPORT_PERIOD_ALL, status=texts.EXPORT_REACHED_NAMES["instructed"],
                        fmt="CSV")
    rows = list(csv.reader(io.StringIO(sent_file(bot, sent).decode("utf-8-sig"))))
    assert [r[8] for r in rows[1:]] == ["关于采用后获批示的建议"]

    sent = await export(admin, period=texts.EXPORT_PERIOD_ALL, status="当前状态：市政协采用", fmt="CSV")
    rows = list(csv.reader(io.StringIO(sent_file(bot, sent).decode("utf-8-sig"))))
    assert [r[8] for r in rows[1:]] == ["关于只被采用的建议"]
