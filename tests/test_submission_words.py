"""What a member reads in the registration and 社情民意 flows: counts that match, long items split
between sections, the resubmit wording, the co-signers' state at the moment a preview is shown."""

from __future__ import annotations

import re

from bot import texts
from tests.conftest import ADMIN_ID, register
from tests.test_submissions_flow import PROBLEM, SITUATION, SUGGESTION, TITLE, write_until_preview

CN_COUNT = {"二": 2, "三": 3, "四": 4, "五": 5}


async def test_registration_counts_its_steps_and_numbers_each(bot_factory):
    bot = await bot_factory()
    await bot.member(ADMIN_ID, "管理员").send("/start")
    li = bot.member(2001, "李四")
    await li.send("/start")
    promised = CN_COUNT[re.search(r"只需(.)步", li.last_reply().text).group(1)]
    asked = [li.last_reply().text]
    await li.send("李四")
    asked.append(li.last_reply().text)
    await li.press("经济界")
    asked.append(li.last_reply().text)
    await li.press("经济委员会")
    asked.append(li.last_reply().text)
    assert promised == len(asked) == 4
    for word, text in zip(("第一步", "第二步", "第三步", "第四步"), asked):
        assert word in text, text


async def test_submission_intro_counts_the_parts_it_names(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    intro = li.replies()[-2].text
    named = re.search(r"正文包括(.+?)三部分", intro).group(1)
    assert len(named.split("、")) == 3 and "标题" not in named


async def test_the_preview_names_the_button_under_it(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await write_until_preview(li)
    assert f"请点“{texts.SUB_SUBMIT}”" in li.last_reply().text
    await li.press(texts.SUB_SUBMIT)
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.press(texts.SUB_ACTION_NAMES["returned"])
    await admin.send("请补充数据")
    await li.press(texts.SUB_REVISE)
    preview = li.last_reply()
    assert texts.SUB_RESUBMIT in preview.buttons and texts.SUB_SUBMIT not in preview.buttons
    assert f"请点“{texts.SUB_RESUBMIT}”" in preview.text and "请点“提交”" not in preview.text


async def test_a_long_submission_is_split_between_sections(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    long_parts = [(SITUATION * 40)[:1990], (PROBLEM * 40)[:1990], (SUGGESTION * 40)[:1990]]
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for body in long_parts:
        await li.send(body)
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    if li.last_reply().html == texts.SUB_ASK_PHONE:
        await li.send(li.phone)
    if li.last_reply().html == texts.SUB_ASK_UNIT:
        await li.send("青岛大学")
    before = len(li.replies())
    await li.press(texts.SUB_CHECK_CONFIRM)
    parts = [r.text for r in li.replies()[before:]]
    assert len(parts) >= 2
    headings = ("一、情况", "二、问题与原因", "三、意见建议")
    for part in parts:
        assert not part.rstrip().endswith(headings), part[-40:]
    for heading, body in zip(headings, long_parts):
        holder = next(p for p in parts if heading in p)
        assert body[:30] in holder.split(heading, 1)[1], heading
    assert any(p.startswith(headings[1]) or p.startswith(headings[2]) for p in parts)


async def test_preview_and_checklist_show_the_cosigners_state_when_shown(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.press(texts.DONE)
    await li.send("王五")
    await li.press("王五（经济界）")
    await li.press(texts.DONE)
    await li.send(li.phone)
    await li.send("青岛大学")
    checklist = li.last_reply()
    assert "待确认联名：王五" in checklist.text
    await li.press(texts.SUB_CHECK_CONFIRM)
    old_preview = li.last_reply()
    assert "待确认联名：王五" in old_preview.text
    await wang.press(texts.SUB_COSIGN_AGREE)
    await li.press(texts.SUB_SUBMIT, on=old_preview)  # the old preview no longer tells the truth
    fresh = li.last_reply()
    assert fresh is not old_preview and "联名委员：王五" in fresh.text and "待确认联名" not in fresh.text
    assert (await bot.services.submissions.count_filed()) == 0
    await li.press(texts.SUB_SUBMIT, on=fresh)
    assert "SQMY-2026-0001" in li.last_reply().text


async def test_checklist_shows_an_agreed_cosigner_as_agreed(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    wang = await register(bot, 2002, "王五")
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.press(texts.DONE)
    await li.send("王五")
    await li.press("王五（经济界）")
    await wang.press(texts.SUB_COSIGN_AGREE)
    await li.press(texts.DONE)
    await li.send(li.phone)
    await li.send("青岛大学")
    checklist = li.last_reply()
    assert "联名委员：王五" in checklist.text and "待确认" not in checklist.text


async def test_a_photo_keeps_its_caption_and_is_named_from_the_title_and_date(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send("关于老旧小区/加装电梯的建议")
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.photo(b"jpeg-1", caption="三号楼楼道现状")
    day = bot.services.clock.now().astimezone(bot.services.settings.timezone).strftime("%Y%m%d")
    first_name = f"关于老旧小区_加装电梯的建议_{day}_照片1.jpg"
    assert first_name in li.last_reply().text
    await li.photo(b"jpeg-2")
    assert f"_{day}_照片2.jpg" in li.last_reply().text
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    await li.press(texts.SUB_SUBMIT)
    admin = bot.member(ADMIN_ID, "管理员")
    assert first_name in admin.last_reply().text
    await admin.press(texts.SUB_BTN_ATTACHMENTS)
    first, second = admin.replies()[-2:]
    assert first_name in first.text and "委员说明：三号楼楼道现状" in first.text
    assert "委员说明" not in second.text
    view = await bot.services.submissions.view_admin(ADMIN_ID, 1)
    assert [a.caption for a in view.attachments] == ["三号楼楼道现状", None]


async def _until_phone(li) -> None:
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.press(texts.DONE)
    await li.press(texts.SKIP)


async def test_the_phone_at_filing_can_be_shared_with_the_button_and_is_required(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")  # skipped the phone at registration
    await _until_phone(li)
    asked = li.last_reply()
    assert asked.html == texts.SUB_ASK_PHONE
    assert asked.keyboard == [texts.SHARE_PHONE]  # no 跳过: staff require it
    await li.send(texts.SKIP)
    assert li.last_reply().text == texts.SUB_PHONE_REQUIRED
    await li.contact(own=False)
    assert li.last_reply().text == texts.SUB_PHONE_NOT_OWN
    await li.tap(texts.SHARE_PHONE)
    assert li.replies()[-2].text == texts.SUB_PHONE_SAVED
    assert li.last_reply().html == texts.SUB_ASK_UNIT
    assert (await bot.services.members.get(2001)).phone == li.phone


async def test_the_phone_at_filing_may_be_skipped_where_staff_allow_it(bot_factory, tmp_path):
    config = tmp_path / "optional_phone.toml"
    config.write_text('[submissions]\ncategories = ["民生关切", "其他"]\nphone_required = false\n')
    bot = await bot_factory(BOT_CONFIG=str(config))
    li = await register(bot, 2001, "李四")
    await _until_phone(li)
    asked = li.last_reply()
    assert asked.html == texts.SUB_ASK_PHONE_OPTIONAL and asked.keyboard == [texts.SHARE_PHONE, texts.SKIP]
    await li.tap(texts.SKIP)
    assert li.replies()[-2].text == texts.SUB_PHONE_SKIPPED
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    await li.press(texts.SUB_SUBMIT)
    assert "SQMY-2026-0001" in li.last_reply().text
    assert (await bot.services.members.get(2001)).phone is None


async def test_only_the_newest_attachment_reply_offers_done(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send(TITLE)
    await li.press("民生关切")
    for part in (SITUATION, PROBLEM, SUGGESTION):
        await li.send(part)
    await li.photo(b"jpeg-1")
    await li.photo(b"jpeg-2")
    await li.photo(b"jpeg-3")
    with_done = [r for r in li.replies() if texts.DONE in r.buttons]
    assert len(with_done) == 1 and with_done[0].message_id == li.last_reply().message_id
