"""The 履职档案 end to end through the real Application: a member's record after events and
submissions (built with the clock), manual entries and their correction, weights changed and
recomputed, the committee's exports opened, and a member trying every staff command."""

from __future__ import annotations

import argparse
import io
from datetime import date, timedelta

import docx
import openpyxl
import pytest

from bot import texts
from bot.errors import PermissionDenied
from bot.records import cli as records_cli
from handlers.records.buttons import RecordButton, RecordsButton
from tests.conftest import ADMIN_ID, register
from tests.test_events_flow import create_event
from tests.test_export_bot import file_by_service


async def a_year(bot):
    """李四 checks in at a study session, asks leave (approved) for a second one, files an item the
    city adopts and a leader instructs on; 王五 is invited to both and answers neither."""
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    admin = await create_event(bot, title="十一月理论学习会", start="2分钟后")
    await li.press(texts.CHECK_IN)
    await create_event(bot, title="十一月视察", start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("外出开会")
    await admin.press(texts.APPROVE_LEAVE, on=admin.last_reply())
    sub = bot.services.submissions
    sid = await file_by_service(bot, 2001, "关于老旧小区加装电梯的建议")
    await sub.change_status(ADMIN_ID, sid, "accepted")
    await sub.change_status(ADMIN_ID, sid, "adopted_city")
    await sub.change_status(ADMIN_ID, sid, "instructed", leader="张市长", instruction="请住建局研究办理。")
    await bot.advance(timedelta(days=3))
    return li, wang, admin


async def test_the_member_sees_this_years_record_with_points_and_what_is_missing(bot_factory):
    bot = await bot_factory()
    li, wang, _ = await a_year(bot)
    await li.send("/record")
    text = li.last_reply().text
    assert "2026年履职档案（李四）" in text
    assert "参加活动 1 次（学习 1） · 请假 1 · 缺席 0" in text
    assert "报送 1 篇" in text and "市政协 1" in text and "领导批示 1" in text
    assert "积分 22 分" in text  # 学习 5 + 报送 2 + 市政协采用 5 + 批示 10
    assert "今年参加活动 1 次，至少应参加 4 次" in text and "还没有报送社情民意" not in text
    assert li.last_reply().buttons[:2] == [texts.RECORD_BTN_ENTRIES, texts.RECORD_BTN_DOCX]

    await wang.tap(texts.MENU_RECORD)
    text = wang.last_reply().text
    assert "缺席 2" in text and "今年还没有报送社情民意" in text and "积分 0 分" in text
    assert "不称职" in text

    await li.send("我的履职积分")  # the Q&A routes it here
    assert "积分 22 分" in li.last_reply().text
    await li.send("我今年参加了几次活动")
    assert "参加活动 1 次" in li.last_reply().text


async def test_the_member_pages_back_through_the_entries(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await file_by_service(bot, 2001, "关于老旧小区加装电梯的建议")
    for day in range(1, 10):  # nine manual entries, so the entries take two pages
        await bot.services.records.add_entry(ADMIN_ID, (await bot.services.members.get(2001)).id,
                                             date(2026, 10, day), "其他", f"第{day}项")
    await li.send("/record")
    await li.press(texts.RECORD_BTN_ENTRIES)
    first = li.last_reply()
    assert "第 1/2 页，共 10 条" in first.text
    assert first.text.index("2026年11月2日（周一） 报送社情民意") < first.text.index("第9项")  # newest first
    await li.press(texts.RECORD_BTN_OLDER)
    second = li.last_reply()
    assert "第 2/2 页" in second.text and "第1项" in second.text
    await li.press(texts.RECORD_BTN_BACK)
    assert "2026年履职档案" in li.last_reply().text


async def test_staff_add_correct_and_delete_a_manual_entry_and_each_keeps_who_and_when(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/record_add 李四 2026-10-20 大会发言 在全会上作大会发言")
    text = admin.last_reply().text
    assert text.startswith("✅ 已添加") and "记录 #1：李四" in text and "大会发言（5 分）" in text
    assert "2026年10月20日（周二）" in text and "录入：管理员" in text
    await li.send("/record")
    assert "其他履职记录 1 项" in li.last_reply().text and "积分 5 分" in li.last_reply().text
    await admin.send("/records 李四")  # staff open anyone's record, entries included
    assert "2026年履职档案（李四）" in admin.last_reply().text
    await admin.press(texts.RECORD_BTN_ENTRIES)
    assert "大会发言「在全会上作大会发言」 · 记录 #1 +5" in admin.last_reply().text

    await bot.advance(timedelta(hours=1))
    await admin.send("/record_fix 1 类型 培训（全天）")
    text = admin.last_reply().text
    assert "培训（全天）（10 分）" in text and "更正：管理员" in text and "版本 1 个" in text
    await admin.send("/record_fix 1 日期 2026-12-30")
    assert texts.RECORD_DATE_AHEAD.format(text="2026-12-30") in admin.last_reply().text
    await admin.send("/record_fix 1 备注 在全会上作书面发言")
    assert "备注：在全会上作书面发言" in admin.last_reply().text
    await li.send("/record")
    assert "积分 10 分" in li.last_reply().text

    await admin.send("/record_del 1")
    assert "已删除" in admin.last_reply().text
    await li.send("/record")
    assert "积分 0 分" in li.last_reply().text and "其他履职记录 0 项" in li.last_reply().text
    entry = await bot.services.records.entry(ADMIN_ID, 1)
    assert entry.deleted and entry.versions == 3 and entry.created_by_name == "管理员"

    await admin.send("/record_add 李四 2026-10-20 唱歌 无")
    assert "没有“唱歌”这种履职记录类型" in admin.last_reply().text
    await admin.send("/record_add 赵六 2026-10-20 提案 无")
    assert admin.last_reply().text == texts.RECORDS_NO_MEMBER.format(query="赵六")


async def test_a_change_of_weights_recomputes_the_points(bot_factory, sqlite_url, tmp_path):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await file_by_service(bot, 2001, "关于老旧小区加装电梯的建议")
    await li.send("/record")
    assert "积分 2 分" in li.last_reply().text
    override = tmp_path / "weights.toml"
    override.write_text("[records]\nsubmission = 7\npass_line = 5\n", encoding="utf-8")
    second = await bot_factory(sqlite_url, BOT_CONFIG=str(override))  # same database, new weights
    li2 = second.member(2001, "李四")
    await li2.send("/record")
    text = li2.last_reply().text
    assert "积分 7 分" in text and "低于合格线" not in text


async def test_exports_open_with_the_numbers_of_the_conversation(bot_factory, tmp_path):
    bot = await bot_factory()
    li, wang, admin = await a_year(bot)
    await admin.send("/records")
    overview = admin.last_reply()
    assert "2026年委员履职情况" in overview.text and "委员 2 人" in overview.text
    await admin.press(texts.RECORDS_BTN_XLSX, on=overview)
    document = admin.last_reply().document
    assert document["file_name"] == "2026年委员履职档案.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(bot.telegram.files[document["file_id"]][0]))
    assert book.sheetnames[0] == texts.RECORD_XLSX_SUMMARY_SHEET and "经济委员会" in book.sheetnames
    rows = list(book[texts.RECORD_XLSX_SUMMARY_SHEET].iter_rows(values_only=True))
    header = rows[0]
    li_row = dict(zip(header, next(r for r in rows if r[0] == "李四")))
    assert li_row["积分"] == 22 and li_row["学习参加"] == 1 and li_row["报送社情民意"] == 1
    assert li_row["市政协采用"] == 1 and li_row["领导批示"] == 1 and li_row["等级"] == "基本称职"
    detail = list(book[texts.RECORD_XLSX_DETAIL_SHEET].iter_rows(values_only=True))
    assert detail[0] == texts.RECORD_XLSX_DETAIL_COLUMNS
    assert sum(1 for r in detail if r[0] == "李四") == 5 and sum(1 for r in detail if r[0] == "王五") == 2

    await admin.press(texts.RECORDS_BTN_DOCX, on=overview)
    document = admin.last_reply().document
    report = docx.Document(io.BytesIO(bot.telegram.files[document["file_id"]][0]))
    paragraphs = [p.text for p in report.paragraphs]
    assert "2026年度委员履职情况通报" in paragraphs and texts.RECORD_REPORT_BELOW in paragraphs
    assert any("2 位委员共参加各类活动 1 人次" in p for p in paragraphs)
    cells = [c.text for t in report.tables for row in t.rows for c in row.cells]
    assert "李四" in cells and "22" in cells

    await li.send("/record")
    await li.press(texts.RECORD_BTN_DOCX)
    document = li.last_reply().document
    assert document["file_name"] == "李四2026年度履职档案.docx"
    own = docx.Document(io.BytesIO(bot.telegram.files[document["file_id"]][0]))
    assert any("全年积分 22 分" in p.text for p in own.paragraphs)

    out = tmp_path / "经济委员会.xlsx"
    args = argparse.Namespace(year=2026, format="xlsx", committee="经济委员会", sector=None, member=None, out=str(out))
    assert await records_cli.run(bot.services, args) == 0
    assert openpyxl.load_workbook(out)[texts.RECORD_XLSX_SUMMARY_SHEET].max_row == 3
    args.member, args.out = "2002", str(tmp_path / "王五.docx")
    assert await records_cli.run(bot.services, args) == 0
    assert any("全年积分 0 分" in p.text for p in docx.Document(args.out).paragraphs)
    args.member, args.format = None, "pdf"
    assert await records_cli.run(bot.services, args) == 2


async def test_a_member_trying_every_staff_command_is_refused(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    await li.send("/record")
    own = li.last_reply()
    for command in ("/records", "/records 王五", "/records 2025", "/record_add 王五 2026-10-20 提案 无",
                    "/record_fix 1 备注 x", "/record_del 1"):
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED, command
    wang_id = (await bot.services.members.get(2002)).id
    calls = len(bot.telegram.calls)
    for data in (RecordButton("v", 2026, wang_id, 0).pack(), RecordButton("d", 2026, wang_id, 0).pack(),
                 RecordsButton("x", 2026).pack()):
        await li.press_data(data, on=own)
    answers = [c.params.get("text") for c in bot.telegram.calls[calls:] if c.method == "answerCallbackQuery"]
    assert answers == [texts.NO_PERMISSION_BUTTON] * 3
    assert not any(c.method == "sendDocument" for c in bot.telegram.calls[calls:])
    records = bot.services.records
    with pytest.raises(PermissionDenied):
        await records.record(2001, 2026, wang_id)
    with pytest.raises(PermissionDenied):
        await records.committee_records(2001, 2026)
    with pytest.raises(PermissionDenied):
        await records.add_entry(2001, wang_id, records.today(), "提案", "")
    assert "王五" not in li.last_reply().text and wang.replies()
