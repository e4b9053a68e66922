"""`run_bot.py events import`: documented columns, row-by-row errors naming row and column, all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from bot import texts
from bot.events_import import EventImporter, read_rows
from storage.events import Event
from tests.conftest import ADMIN_ID, register

HEADER = "类型,标题,开始时间,结束时间,地点,参加对象,提醒,重复,重复截止,组织者\n"


def csv_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "events.csv"
    path.write_text(HEADER + body, encoding="utf-8-sig")
    return path


async def count_events(bot) -> int:
    async with bot.services.db.transaction() as s:
        return (await s.execute(select(func.count()).select_from(Event))).scalar_one()


async def test_valid_csv_is_imported_and_the_audience_is_notified(bot_factory, tmp_path):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    path = csv_file(tmp_path, "学习,十二月理论学习,2026-12-03 14:30,16:30,三楼会议室,全体委员,1天,,,9001\n"
                              "视察,浒苔治理视察,12月10日上午9点,,海洋局,经济委员会、教育界,,每周,12月24日,管理员\n")
    result = await EventImporter(bot.services.events).import_rows(read_rows(path))
    assert result.errors == () and result.events == 4 and result.notices == 2
    await bot.run_due()
    notices = [r.text for r in li.replies() if r.text.startswith("📢")]
    assert len(notices) == 2 and "2026年12月3日（周四）14:30–16:30" in notices[0]
    mine = await bot.services.events.schedule(2001)
    assert mine[0].event.organiser_tid == ADMIN_ID and mine[0].event.offsets == (1440,)


async def test_errors_name_row_and_column_and_nothing_is_imported(bot_factory, tmp_path):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    path = csv_file(tmp_path, "学习,好的一行,2026-12-03 14:30,,三楼,全体委员,,,,9001\n"
                              "学习,错的日期,2月30日 10:00,,三楼,全体委员,,,,9001\n"
                              "调研,未知专委会,12月5日 9:00,,三楼,不存在委员会,,,,9001\n"
                              "会议,结束早于开始,12月5日 9:00,8:00,三楼,全体委员,,,,9001\n"
                              "会议,没有组织者,12月5日 9:00,,三楼,全体委员,,,,\n"
                              "会议,不是管理员,12月5日 9:00,,三楼,全体委员,,,,2001\n"
                              "开会,类型不对,12月5日 9:00,,三楼,全体委员,,,,9001\n")
    result = await EventImporter(bot.services.events).import_rows(read_rows(path))
    assert result.errors == (
        texts.IMPORT_ROW_ERROR.format(row=3, column="开始时间", problem=texts.TIME_BAD_DAY.format(month=2, day=30)),
        texts.IMPORT_ROW_ERROR.format(row=4, column="参加对象",
                                      problem=texts.EVENT_UNKNOWN_GROUP.format(name="不存在委员会")),
        texts.IMPORT_ROW_ERROR.format(row=5, column="结束时间", problem=texts.EVENT_END_BEFORE_START),
        texts.IMPORT_ROW_ERROR.format(row=6, column="组织者", problem=texts.IMPORT_REQUIRED),
        texts.IMPORT_ROW_ERROR.format(row=7, column="组织者", problem=texts.IMPORT_BAD_ORGANISER.format(value="2001")),
        texts.IMPORT_ROW_ERROR.format(row=8, column="类型", problem=texts.EVENT_BAD_KIND),
    )
    assert await count_events(bot) == 0


async def test_missing_required_column_is_named(bot_factory, tmp_path):
    bot = await bot_factory()
    path = tmp_path / "e.csv"
    path.write_text("类型,标题,开始时间,地点,参加对象\n学习,x,2026-12-03 14:30,三楼,全体委员\n", encoding="utf-8")
    result = await EventImporter(bot.services.events).import_rows(read_rows(path))
    assert result.errors == (texts.IMPORT_MISSING_COLUMN.format(column="组织者"),)


async def test_xlsx_with_date_cells_is_read_in_the_committee_zone(bot_factory, tmp_path):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["会议", "协商座谈会", datetime(2026, 12, 3, 14, 30), None, "市民中心", "全体委员", "2小时", None, None,
                  9001])
    path = tmp_path / "events.xlsx"
    book.save(path)
    result = await EventImporter(bot.services.events).import_rows(read_rows(path))
    assert result.errors == ()
    event = (await bot.services.events.schedule(2001))[0].event
    assert event.starts_at.isoformat() == "2026-12-03T06:30:00+00:00"


def test_cli_reports_errors_and_exits_1(tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    path = csv_file(tmp_path, "学习,错的日期,2月30日 10:00,,三楼,全体委员,,,,9001\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}", ADMIN_IDS="9001")
    result = subprocess.run([sys.executable, "run_bot.py", "events", "import", str(path)], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "第 2 行“开始时间”：2月没有30日" in result.stdout
    assert texts.IMPORT_NOTHING_DONE.format(count=1) in result.stdout


def test_a_csv_saved_by_excel_on_chinese_windows_is_read(tmp_path):
    """Excel on a Chinese Windows saves CSV in GBK: the import reads it as the roster import does (table_files.py)."""
    path = tmp_path / "gbk.csv"
    path.write_bytes((HEADER + "学习,十二月理论学习,2026-12-03 14:30,,三楼会议室,全体委员,,,,9001\n").encode("gbk"))
    rows = read_rows(path)
    assert rows == [{"类型": "学习", "标题": "十二月理论学习", "开始时间": "2026-12-03 14:30", "结束时间": "",
                     "地点": "三楼会议室", "参加对象": "全体委员", "提醒": "", "重复": "", "重复截止": "", "组织者": "9001"}]
