"""Bad input in the 社情民意 form gets a clear Chinese answer; nothing is lost or filed twice."""

from __future__ import annotations

from bot import texts
from handlers.submissions.buttons import FormCategory
from tests.conftest import register
from tests.test_submissions_flow import PROBLEM, SITUATION, SUGGESTION, TITLE


async def at_step(bot, step: str):
    """A registered member whose draft is at `step` (title, situation, files)."""
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    if step == "title":
        return li
    await li.send(TITLE)
    await li.press("民生关切")
    if step == "situation":
        return li
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    assert step == "files"
    return li


async def test_a_sticker_where_text_is_expected_is_explained_and_asked_again(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "title")
    replies = await li.sticker()
    assert [r.text for r in replies][0] == texts.SUB_TEXT_EXPECTED
    assert replies[-1].html.startswith("第 1 步")


async def test_voice_location_and_photo_where_text_is_expected_are_refused_politely(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "situation")
    await li.other(voice={"file_id": "V1", "file_unique_id": "UV1", "duration": 3})
    assert li.replies()[-2].text == texts.SUB_TEXT_EXPECTED
    await li.other(location={"latitude": 36.06, "longitude": 120.38})
    assert li.replies()[-2].text == texts.SUB_TEXT_EXPECTED
    await li.photo(b"jpeg-bytes")
    assert li.replies()[-2].text == texts.SUB_TEXT_EXPECTED
    assert li.last_reply().html == texts.SUB_ASK_SITUATION
    assert (await bot.services.submissions.current_draft(2001)).step == "situation"


async def test_html_is_kept_as_text_and_shown_escaped(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "title")
    await li.send("<b>关于路灯</b>的建议 & 意见")
    view = await bot.services.submissions.current_draft(2001)
    assert view.title == "<b>关于路灯</b>的建议 & 意见"
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, "<script>alert(1)</script> 建议加强路灯巡查维修。"):
        await li.send(part)
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("<i>青岛大学</i>")
    await li.press(texts.SUB_CHECK_CONFIRM)
    preview = li.last_reply()
    assert "<b>关于路灯</b>的建议 & 意见" in preview.text and "<script>alert(1)</script>" in preview.text
    assert "（<i>青岛大学</i>）" in preview.text


async def test_title_too_short_or_too_long_is_explained(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "title")
    await li.send("路灯")
    assert li.last_reply().text == texts.SUB_TITLE_INVALID.format(length=2)
    await li.send("很" * 41)
    assert li.last_reply().text == texts.SUB_TITLE_INVALID.format(length=41)
    assert (await bot.services.submissions.current_draft(2001)).step == "title"


async def test_ten_thousand_characters_are_refused_with_the_limit(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "situation")
    await li.send("字" * 10000)
    assert li.last_reply().text == texts.SUB_BODY_TOO_LONG.format(length=10000)
    await li.send("太短")
    assert li.last_reply().text == texts.SUB_BODY_TOO_SHORT.format(length=2)
    assert (await bot.services.submissions.current_draft(2001)).situation == ""


async def test_a_long_body_gets_a_gentle_warning_and_the_preview_still_fits(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "situation")
    await li.send("情" * 2000)
    await li.send("问" * 2000)
    await li.send("建" * 2000)
    assert texts.SUB_LONG_WARNING.format(length=6000) in [r.text for r in li.replies()]
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    assert "超过建议的 1500 字" in li.last_reply().text  # the preview came in several messages
    await li.press(texts.SUB_SUBMIT)
    assert "SQMY-2026-0001" in li.last_reply().text


async def test_a_60_mb_file_is_refused_with_the_reason(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "files")
    await li.file(b"%PDF-1.4", "材料.pdf", size=60 * 1024 * 1024)
    assert li.last_reply().text == texts.SUB_FILE_TOO_BIG.format(size=60.0, mb=20)
    await li.file(b"%PDF-1.4", "调研报告.pdf")
    assert "调研报告.pdf" in li.last_reply().text
    view = await bot.services.submissions.current_draft(2001)
    assert [a.name for a in view.attachments] == ["调研报告.pdf"]


async def test_a_sixth_attachment_is_refused(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "files")
    for i in range(5):
        await li.photo(f"photo{i}".encode())
    await li.photo(b"one more")
    assert li.last_reply().text == texts.SUB_FILE_LIMIT.format(max=5)
    await li.sticker()
    assert li.last_reply().text == texts.SUB_FILES_EXPECTED
    await li.send(texts.DONE)
    assert li.last_reply().html == texts.SUB_ASK_COSIGN
    assert len((await bot.services.submissions.current_draft(2001)).attachments) == 5


async def test_typing_at_a_button_step_points_to_the_buttons(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send(TITLE)
    await li.send("不存在的类别")
    assert li.replies()[-2].text == texts.SUB_CATEGORY_INVALID
    await li.send("生态文明")  # typing a category by name works too
    assert li.last_reply().html == texts.SUB_ASK_SITUATION


async def test_a_category_button_from_an_old_message_does_not_change_a_later_step(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "situation")
    old = next(r for r in li.replies() if r.html.startswith(texts.SUB_ASK_CATEGORY))
    await li.press_data(FormCategory(1, 3).pack(), on=old)
    view = await bot.services.submissions.current_draft(2001)
    assert view.category == "民生关切" and view.step == "situation"
    assert li.last_reply().html == texts.SUB_ASK_SITUATION


async def test_a_body_full_of_html_characters_is_previewed_and_filed(bot_factory):
    bot = await bot_factory()
    li = await at_step(bot, "situation")
    for _ in range(3):
        await li.send("&<>" * 666)  # each escapes to five times its length
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    assert texts.SUB_SUBMIT in li.last_reply().buttons
    await li.press(texts.SUB_SUBMIT)
    assert "SQMY-2026-0001" in li.last_reply().text


async def test_a_member_awaiting_approval_cannot_submit(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四", approve=False)
    await li.send("/submit")
    assert li.last_reply().text == texts.PENDING_APPROVAL
    await li.send("/my")
    assert li.last_reply().text == texts.PENDING_APPROVAL
    assert await bot.services.submissions.count_filed() == 0
