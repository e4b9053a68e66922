"""/export through the real bot: the four choices, the file sent back, filters at their edges, refusals."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import docx
import openpyxl
import pytest

from bot import texts
from bot.submissions import PHONE, PREVIEW, UNIT
from tests.conftest import ADMIN_ID, register
from tests.test_submissions_flow import answers, write_until_preview

SHANGHAI_NOVEMBER = datetime(2026, 10, 31, 16, 0, tzinfo=timezone.utc)  # 2026-11-01 00:00 in Shanghai
BODY = "这是一段足够长的正文内容，用来测试社情民意的导出是否完整。"


async def file_by_service(bot, telegram_id: int, title: str, category: int = 0) -> int:
    """A filed item written through the submissions service (faster than the chat form)."""
    sub = bot.services.submissions
    view = await sub.start(telegram_id)
    await sub.answer(telegram_id, view.id, "title", title)
    await sub.choose_category(telegram_id, view.id, category)
    for part in ("situation", "problem", "suggestion"):
        await sub.answer(telegram_id, view.id, part, f"{title}：{part}。{BODY}")
    await sub.finish_step(telegram_id, view.id, "files")
    result = await sub.finish_step(telegram_id, view.id, "cosign")
    if result.view.step == PHONE:
        result = await sub.answer(telegram_id, view.id, PHONE, "13800000000")
    if result.view.step == UNIT:
        result = await sub.answer(telegram_id, view.id, UNIT, "青岛大学")
    result = await sub.finish_step(telegram_id, view.id, "check")
    assert result.view.step == PREVIEW
    return (await sub.file(telegram_id, view.id)).view.id


async def file_by_chat(person, title: str) -> None:
    """A filed item written through the real /submit conversation."""
    await write_until_preview(person, title=title)
    await person.press(texts.SUB_SUBMIT)
    if texts.SUB_FILE_ANYWAY in person.last_reply().buttons:
        await person.press(texts.SUB_FILE_ANYWAY)
    assert "SQMY-" in person.last_reply().text


def sent_file(bot, reply) -> bytes:
    assert reply.document is not None, f"expected a document, got: {reply.text}"
    return bot.telegram.files[reply.document["file_id"]][0]


async def export(admin, period: str = texts.EXPORT_PERIOD_YEAR, status: str = texts.EXPORT_CHOICE_ALL,
                 category: str = texts.EXPORT_CHOICE_ALL, fmt: str = "Excel"):
    await admin.send("/export")
    if period in (texts.EXPORT_PERIOD_MONTH, texts.EXPORT_PERIOD_QUARTER, texts.EXPORT_PERIOD_YEAR,
                  texts.EXPORT_PERIOD_ALL):
        await admin.press(period)
    else:
        await admin.send(period)
    await admin.press(status)
    await admin.press(category)
    await admin.press(fmt)
    return admin.last_reply()


def xlsx_rows(data: bytes) -> list[tuple]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return list(book[texts.EXPORT_SHEET_DATA].iter_rows(values_only=True))


TITLES = ["关于治理近海浒苔的建议", "关于优化营商环境审批的建议", "关于发展海洋牧场产业的建议"]


@pytest.fixture
async def three_filed(bot_factory):
    """Three members each file one item through the chat form."""
    bot = await bot_factory()
    for i, title in enumerate(TITLES):
        person = await register(bot, 2001 + i, ["李四", "王五", "赵六"][i])
        await file_by_chat(person, title)
    return bot


@pytest.mark.parametrize("fmt", ["Excel", "CSV", "Word"])
async def test_admin_exports_the_year_from_the_bot_and_the_file_holds_every_item(three_filed, fmt):
    bot = three_filed
    admin = bot.member(ADMIN_ID, "管理员")
    sent = await export(admin, fmt=fmt)
    assert sent.text.startswith(texts.EXPORT_CAPTION.format(period="2026年", count=3, status="全部", category="全部",
                                                            format=fmt))
    name = sent.document["file_name"]
    data = sent_file(bot, sent)
    if fmt == "Excel":
        assert name.startswith("社情民意_2026年_") and name.endswith(".xlsx")
        rows = xlsx_rows(data)
        assert rows[0][:3] == (texts.EXPORT_COL_NUMBER, texts.EXPORT_COL_FILED_AT, texts.EXPORT_COL_MEMBER)
        assert [(r[0], r[2], r[8]) for r in rows[1:]] == [
            ("SQMY-2026-0001", "李四", TITLES[0]), ("SQMY-2026-0002", "王五", TITLES[1]),
            ("SQMY-2026-0003", "赵六", TITLES[2])]
        assert rows[1][1] == datetime(2026, 11, 2, 9, 0)   # a real date, in the committee's zone
        assert rows[1][5] == "青岛大学" and rows[1][14] == "已提交"
    elif fmt == "CSV":
        assert name.endswith(".csv") and data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert [r[8] for r in rows[1:]] == TITLES and rows[1][2] == "李四"
    else:
        assert name.endswith(".docx")
        text = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
        assert texts.EXPORT_DOCX_COUNT.format(count=3) in text
        assert [t for t in text if t in TITLES] == TITLES
        assert "编号：SQMY-2026-0002" in text


async def test_the_export_shows_its_progress_by_editing_one_message(three_filed, monkeypatch):
    import bot.export.service as service

    bot = three_filed
    monkeypatch.setattr(service, "YIELD_EVERY", 1)
    bot.services.export.progress_seconds = 0
    admin = bot.member(ADMIN_ID, "管理员")
    await export(admin)
    progress = next(r for r in admin.replies() if r.text.startswith("正在导出"))
    assert progress.raw.get("edited", 0) >= 3
    assert progress.text == texts.EXPORT_PROGRESS.format(
        done=3, of_total=texts.EXPORT_PROGRESS_OF_TOTAL.format(total=3))


async def test_typed_dates_take_the_first_and_last_second_of_the_month_in_shanghai(bot_factory, clock):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    admin = bot.member(ADMIN_ID, "管理员")
    clock.set(SHANGHAI_NOVEMBER - timedelta(seconds=1))          # 31 October 23:59:59 in Shanghai
    await file_by_service(bot, 2001, "关于十月最后一秒的建议")
    clock.set(SHANGHAI_NOVEMBER)                                  # 1 November 00:00:00
    await file_by_service(bot, 2001, "关于十一月第一秒的建议")
    clock.set(SHANGHAI_NOVEMBER + timedelta(days=30) - timedelta(seconds=1))  # 30 November 23:59:59
    await file_by_service(bot, 2001, "关于十一月最后一秒的建议")
    clock.set(SHANGHAI_NOVEMBER + timedelta(days=30))             # 1 December 00:00:00
    await file_by_service(bot, 2001, "关于十二月第一秒的建议")
    sent = await export(admin, period="2026-11-01 2026-11-30")
    assert "共 2 条" in sent.text
    assert [r[8] for r in xlsx_rows(sent_file(bot, sent))[1:]] == ["关于十一月第一秒的建议", "关于十一月最后一秒的建议"]
    sent = await export(admin, period=texts.EXPORT_PERIOD_MONTH)   # the clock is in December now
    assert [r[8] for r in xlsx_rows(sent_file(bot, sent))[1:]] == ["关于十二月第一秒的建议"]


async def test_status_and_category_filters_pick_only_matching_items(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    admin = bot.member(ADMIN_ID, "管理员")
    categories = bot.services.submissions.categories
    first = await file_by_service(bot, 2001, "关于第一件事情的建议", category=0)
    await file_by_service(bot, 2001, "关于第二件事情的建议", category=1)
    third = await file_by_service(bot, 2001, "关于第三件事情的建议", category=1)
    for sid in (first, third):
        await bot.services.submissions.change_status(ADMIN_ID, sid, "accepted")
        await bot.services.submissions.change_status(ADMIN_ID, sid, "adopted_city")
    sent = await export(admin, status=texts.EXPORT_REACHED_NAMES["adopted_city"], category=categories[1], fmt="CSV")
    rows = list(csv.reader(io.StringIO(sent_file(bot, sent).decode("utf-8-sig"))))
    assert [r[8] for r in rows[1:]] == ["关于第三件事情的建议"]
    assert rows[1][14] == "市政协采用" and rows[1][15] == "市政协"
    assert f"状态：已采用（市级及以上）｜类别：{categories[1]}｜格式：CSV" in sent.text


async def test_an_empty_export_still_sends_a_file_that_opens_and_says_zero(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    sent = await export(admin, period=texts.EXPORT_PERIOD_ALL)
    assert "共 0 条" in sent.text and texts.EXPORT_CAPTION_EMPTY.strip() in sent.text
    rows = xlsx_rows(sent_file(bot, sent))
    assert len(rows) == 1 and rows[0][0] == texts.EXPORT_COL_NUMBER
    summary = openpyxl.load_workbook(io.BytesIO(sent_file(bot, sent)))[texts.EXPORT_SHEET_SUMMARY]
    assert any(row[:2] == (texts.EXPORT_SUMMARY_TOTAL, 0) for row in summary.iter_rows(values_only=True))


async def test_a_typed_period_the_bot_cannot_read_is_explained_and_asked_again(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/export")
    await admin.send("明年上半年")
    assert admin.last_reply().text == texts.EXPORT_PERIOD_BAD
    await admin.send("2026-06-30 2026-01-01")
    assert admin.last_reply().text == texts.EXPORT_PERIOD_REVERSED
    await admin.sticker()
    assert admin.last_reply().text == texts.EXPORT_TEXT_EXPECTED
    await admin.send("2026-01-01 2026-06-30")
    assert "2026年1月1日至2026年6月30日" in admin.last_reply().text


async def test_cancel_ends_the_export_and_its_old_buttons_do_nothing(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/export")
    await admin.press(texts.EXPORT_PERIOD_YEAR)
    await admin.send("/cancel")
    assert admin.last_reply().text == texts.EXPORT_CANCELLED
    await admin.press(texts.EXPORT_CHOICE_ALL)
    assert answers(bot)[-1] == texts.BUTTON_EXPIRED
    assert not [r for r in admin.replies() if r.document]
    assert await bot.services.dialogs.get(ADMIN_ID) is None


async def test_a_member_is_refused_export_and_forged_export_buttons(three_filed):
    bot = three_filed
    li = bot.member(2001, "李四")
    await li.send("/export")
    assert li.last_reply().text == texts.NOT_ALLOWED
    for data in ("xp:p:y", "xp:s:a", "xp:c:a", "xp:f:xlsx"):
        await li.press_data(data, on=li.last_reply())
        assert answers(bot)[-1] == texts.NO_PERMISSION_BUTTON
    assert not [r for r in li.replies() if r.document]
    assert await bot.services.dialogs.get(2001) is None


async def test_the_service_refuses_a_member_even_without_the_handler(three_filed, tmp_path):
    from bot.errors import PermissionDenied

    bot = three_filed
    flt = bot.services.export.filter_for(texts.EXPORT_PERIOD_ALL)
    with pytest.raises(PermissionDenied):
        await bot.services.export.export("xlsx", flt, tmp_path / "x.xlsx", actor=2001)
    assert not (tmp_path / "x.xlsx").exists()


async def test_others_are_answered_while_an_export_runs(three_filed):
    import asyncio

    bot = three_filed
    admin, li = bot.member(ADMIN_ID, "管理员"), bot.member(2001, "李四")
    gate = asyncio.Event()
    stream = bot.services.export.source

    def paused_source(flt):
        async def records():
            async for record in stream(flt):
                yield record
                await gate.wait()          # the export stops after its first row until released
        return records()

    bot.services.export.source = paused_source
    await admin.send("/export")
    await admin.press(texts.EXPORT_PERIOD_YEAR)
    await admin.press(texts.EXPORT_CHOICE_ALL)
    await admin.press(texts.EXPORT_CHOICE_ALL)
    pressing = asyncio.create_task(admin.press("Excel"))
    for _ in range(200):
        if any(r.text.startswith("正在导出") for r in admin.replies()):
            break
        await asyncio.sleep(0.01)
    await li.send("/my")                                   # answered while the export waits
    assert "SQMY-2026-0001" in li.last_reply().text
    assert not [r for r in admin.replies() if r.document]
    gate.set()
    await pressing
    assert "共 3 条" in admin.last_reply().text and admin.last_reply().document
