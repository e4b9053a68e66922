"""The console in a real browser: Debian's chromium, headless, driven by Playwright.

An admin opens the link /web gave, enters, filters the submissions, adopts one, downloads
the XLSX of the filter and opens it; screenshots of the overview and the submissions page
are saved in the test's output folder (the README shows copies under docs/). One browser
launch. Skipped only where /usr/bin/chromium is not installed (`.ci/run` installs it).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot import texts
from tests.conftest import ADMIN_ID
from tests.console_support import CONSOLE_ENV, console_client, login_path
from tests.test_events_flow import create_event
from tests.test_submissions_review import filed

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium): "
                                                  "apt-get install -y chromium")
async def test_admin_logs_in_filters_adopts_and_downloads_in_a_browser(bot_factory, tmp_path):
    from playwright.async_api import async_playwright

    bot = await bot_factory(**CONSOLE_ENV)
    await filed(bot, 2001, "李四", title="关于老旧小区加装电梯的建议")
    wang, _ = await filed(bot, 2002, "王五", title="关于完善社区养老服务的建议")
    await create_event(bot, title="十二月委员理论学习会", start="明天上午9点")
    client = await console_client(bot)
    base = str(client.make_url("")).rstrip("/")
    path = await login_path(bot, ADMIN_ID)
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = await browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN",
                                          accept_downloads=True)
            await page.goto(base + path)
            async with page.expect_navigation(url=base + "/admin/"):
                await page.click("#enter")
            assert "<svg" in await page.content()
            await page.screenshot(path=str(tmp_path / "console-overview.png"), full_page=True)

            await page.click(f"text={texts.CONSOLE['nav_submissions']}")
            await page.select_option("select[name=status]", label=texts.SUB_STATUS_NAMES["submitted"])
            await page.fill("input[name=q]", "养老")
            async with page.expect_navigation():
                await page.click("#filter")
            body = await page.inner_text("main")
            assert "关于完善社区养老服务的建议" in body and "关于老旧小区加装电梯的建议" not in body
            await page.screenshot(path=str(tmp_path / "console-submissions.png"), full_page=True)

            async with page.expect_navigation():
                await page.click("text=关于完善社区养老服务的建议")
            for to in ("accepted", "adopted_city"):
                await page.select_option("#to", value=to)
                await page.fill("textarea[name=note]", "已编入本期社情民意")
                async with page.expect_navigation():
                    await page.click("#change")
                assert texts.CONSOLE["member_told"] in await page.inner_text(".flash")

            await page.goto(base + "/admin/submissions?status=" + texts.SUB_STATUS_NAMES["adopted_city"])
            async with page.expect_download() as info:
                await page.click("#export-xlsx")
            download = await info.value
            saved = tmp_path / download.suggested_filename
            await download.save_as(saved)
            await browser.close()
    finally:
        await client.close()

    book = openpyxl.load_workbook(saved)
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row]
    assert any("关于完善社区养老服务的建议" in c for c in cells)
    assert not any("关于老旧小区加装电梯的建议" in c for c in cells)
    await bot.run_due()
    assert texts.SUB_STATUS_NAMES["adopted_city"] in wang.last_reply().text   # the member was told in the chat
    assert (tmp_path / "console-overview.png").stat().st_size > 0
